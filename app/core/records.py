"""Typed records passed between stages: files → reports → chunks → hits → answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

PAGED_SUFFIXES = (".pdf",)  # report files whose text has a form feed between pages
OCR_SURE = 0.9  # an OCR'd character read with a lower confidence is "unsure"


@dataclass(frozen=True)
class ReportMeta:
    """What a report is about, extracted from its own text.

    Stored as JSON (app.index.store); fields added later have defaults, so rows written before
    them still load."""

    department: str  # the organisation the report is about (a project report's 实施单位)
    region: str  # the most specific unit it covers, e.g. "惠东县", "乌力吉苏木", "城陵矶新港区"
    city: str  # the prefecture-level city it lies in ("" when the region is itself one or above)
    admin_level: str  # 省 / 市 / 县 / 区 / 旗 / 乡镇…: the region's own suffix
    year: int | None  # fiscal year evaluated (评价年度)
    filing_date: str | None  # ISO date the report was filed or published
    title: str  # the report's own title line; the file name when it has none (title_read False)
    province: str = ""  # the province the region lies in (the region itself for a province)
    county: str = ""  # the county a town or zone lies in
    kind: str = ""  # 部门整体 / 项目 / 自评表
    supervisor: str = ""  # 主管部门 of a project report or form
    implementer: str = ""  # 实施单位 of a project report or form
    title_read: bool = True
    origin: tuple[tuple[str, str], ...] = ()  # (field, where it was read: title / form / body / publisher / date / manifest)
    places: tuple[str, ...] = ()  # every place the text names (canonical names), for scoping questions
    organisations: tuple[str, ...] = ()  # every organisation the text names

    @property
    def of_a_project(self) -> bool:
        """Whether the report evaluates one project (a 项目支出 report or form), not a department's
        whole spending."""
        return self.kind == "项目" or (self.kind == "自评表" and "项目" in self.title and "整体" not in self.title)

    def __post_init__(self) -> None:
        # JSON gives lists back; the record keeps tuples so it stays hashable
        for name in ("origin", "places", "organisations"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                items = tuple(tuple(v) if isinstance(v, list) else v for v in value)
                object.__setattr__(self, name, items)

    @property
    def unit_label(self) -> str:
        """How answers name the report: its place (or department, or title) and year,
        "惠东县（2023年度）"; never empty."""
        name = self.region or self.department or self.title or "未命名报告"
        return f"{name}（{self.year}年度）" if self.year else name

    @property
    def read(self) -> dict[str, str]:
        """Which fields were read, and from where."""
        return dict(self.origin)


@dataclass(frozen=True)
class CleanText:
    """Cleaned text with, for each of its characters, the index of the raw character it came from."""

    text: str
    offsets: list[int]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering clean [start, end) (the end of a table cell's name, written on the line below its row
        in the raw text, is moved into its cell: the span then runs from the row to that line)."""
        if end <= start:
            at = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1)
            return at, at
        span = self.offsets[start:end]
        return min(span), max(span) + 1


@dataclass(frozen=True)
class Chunk:
    """A heading-aware piece of one report, with its place in the clean and the raw text."""

    id: str
    doc_id: str
    ordinal: int
    section: str  # "三、绩效自评情况 > （二）部门整体支出绩效指标分析"
    text: str  # clean text
    clean_start: int
    clean_end: int
    start: int  # raw offsets
    end: int


@dataclass(frozen=True)
class Region:
    """Where a stretch of the raw text comes from in the file, for readers that know more than the
    page: one OCR'd line (page, box in PDF points from the page's top-left, confidence, the raw
    offsets of characters read below OCR_SURE) or one spreadsheet cell (sheet, 1-based row, col)."""

    start: int  # raw offsets
    end: int
    kind: Literal["ocr", "cell"]
    page: int | None = None
    box: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom
    confidence: float | None = None
    unsure: tuple[int, ...] = ()
    sheet: str | None = None
    row: int | None = None
    col: int | None = None


@dataclass
class Report:
    """One report file, loaded, with its metadata."""

    doc_id: str
    source: str  # path relative to the project root (absolute when outside it)
    sha256: str
    raw: str
    meta: ReportMeta
    clean: CleanText | None = None
    chunks: list[Chunk] = field(default_factory=list)
    layout: list[Region] = field(default_factory=list)  # OCR lines and sheet cells, by raw offset


@dataclass(frozen=True)
class IndicatorFact:
    """One figure of one indicator in one report, traceable like a citation."""

    doc_id: str
    indicator: str
    label: str  # the report's own wording, e.g. "全年总支出"
    value_text: str  # the figure as written, e.g. "23155.62万元"
    unit: str  # normalised unit: 元 / % / 分 / a count unit / "" for a grade
    value: float | None  # normalised value (元 for money, percent for rates); None for a grade
    year: int | None
    section: str
    quote: str  # the sentence, verbatim from the raw text
    start: int  # raw offsets of the quote
    end: int


@dataclass(frozen=True)
class LabelledFigure:
    """One figure of a report with what it measures (ingest/labels.py): its label, the form column
    it stands in, its qualifiers and subject, and the raw spans of the figure and of its quote."""

    doc_id: str
    label: str  # the phrase it measures: a form row ("年度资金总额") or the words before it ("项目支出")
    column: str  # the form column it stands in ("全年执行数"); a field's name; "" in prose
    value_text: str  # as written: "321.62", "87.5万元", "≥200平方米", or a field's value
    unit: str  # normalised: 元 / % / 分 / a count unit / "" (a form's money unit applied to bare numbers)
    value: float | None  # normalised (元 for money, percent for rates); None for a text value
    kind: str  # amount / rate / count / score / number / date / text
    qualifiers: tuple[str, ...]  # names from app/vocab/data/qualifiers.toml ("执行", "上年", "增减")
    subject: str  # the project the form or sentence is about, else ""
    origin: str  # form / field / prose
    section: str
    quote: str  # verbatim: the form row up to the cell, or the sentence
    start: int  # raw span of the quote
    end: int
    value_start: int  # raw span of the figure itself
    value_end: int
    total: bool = False  # a form's row of the whole (年度资金总额)


class Location(BaseModel):
    """Where a citation's quote is in the source file, beyond offsets: the page region an OCR'd quote
    was read from, or the sheet and cell range of a spreadsheet quote."""

    kind: Literal["ocr", "cells"]
    label: str  # "第2页 OCR 区域(72,140)-(523,188)，识别置信度0.97" / "自评表!C5:E5"
    page: int | None = None
    box: list[float] | None = None  # x0, top, x1, bottom in PDF points from the page's top-left
    confidence: float | None = None  # OCR: the lowest line confidence of the quote
    unsure: list[str] = Field(default_factory=list)  # OCR: figures of the quote with an unsure character
    sheet: str | None = None
    cells: str | None = None  # "C5:E5"


class Citation(BaseModel):
    """A verbatim passage an answer relies on; raw[start:end] equals quote up to whitespace.

    raw is the text govqa reads from the source file (`govqa text FILE`): the file itself for
    .txt/.md, the extracted text of the other formats. page: the PDF page the quote starts on
    (1-based); None for other files. location: the OCR'd region or the cell range of the quote, for
    scanned PDF pages and spreadsheets; None for other text."""

    n: int
    doc_id: str
    title: str
    department: str
    region: str
    year: int | None
    section: str
    quote: str
    source: str
    start: int
    end: int
    page: int | None = None
    location: Location | None = None


class GuardReport(BaseModel):
    """The guard's verdict on a model-written answer (app.llm.guard): passed, or what it found wrong."""

    passed: bool
    problems: list[str] = Field(default_factory=list)


class Answer(BaseModel):
    """The CLI/API contract: one object per question."""

    question: str
    answer: str
    found: bool
    citations: list[Citation] = Field(default_factory=list)
    related: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    generator: Literal["llm", "extractive"] = "extractive"  # who wrote `answer`
    guard: GuardReport | None = None  # None when no model-written answer was checked
    notice: str = ""  # why a model-written answer was not used, shown with the answer
