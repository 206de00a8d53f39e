"""The indicator table as people read it: one row per figure, filtered, in the vocabulary's order,
the reports that do not give an indicator, and CSV. Shared by `govqa facts` and the web chat's
指标表 tab, so both show the same rows. Pure: facts and report metadata in, rows out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

from app.core.escape import csv_cell
from app.core.records import IndicatorFact, ReportMeta
from app.vocab.indicators import INDICATORS

ORDER = {i.name: n for n, i in enumerate(INDICATORS)}


@dataclass(frozen=True)
class TableRow:
    """One figure of one report, with everything a citation carries (quote, source, raw offsets)."""

    doc_id: str
    title: str
    department: str
    region: str
    year: int | None
    indicator: str
    label: str  # the report's own wording
    value_text: str  # as written in the report
    unit: str  # normalised unit: 元 / % / 分 / a count unit / "" for a grade
    value: float | None  # normalised (元 for money, percent for rates)
    section: str
    quote: str  # verbatim: source text [start, end)
    source: str
    start: int
    end: int


FIELDS = tuple(TableRow.__dataclass_fields__)


@dataclass(frozen=True)
class Filter:
    """What the table is restricted to; empty means no restriction. By default a part of a name
    matches (the CLI's "满意率" picks both the hotline's and the survey's, "惠东" the county); exact
    is for choices made from lists (the web tab's 湛江市 must not pick 湛江市坡头区's department)."""

    indicator: str = ""
    region: str = ""  # region or department
    year: int | None = None
    exact: bool = False

    def keeps(self, indicator: str, meta: ReportMeta) -> bool:
        if not self.keeps_report(meta):
            return False
        return not self.indicator or (indicator == self.indicator if self.exact else self.indicator in indicator)

    def keeps_report(self, meta: ReportMeta) -> bool:
        if self.year is not None and meta.year != self.year:
            return False
        if not self.region:
            return True
        return meta.region == self.region if self.exact else self.region in meta.region + meta.department


def table_rows(facts: Iterable[IndicatorFact], meta: Callable[[str], ReportMeta],
               source: Callable[[str], str], where: Filter = Filter()) -> list[TableRow]:
    """The rows that pass the filter, by indicator (the vocabulary's order), then region and year."""
    rows = []
    for fact in facts:
        m = meta(fact.doc_id)
        if not where.keeps(fact.indicator, m):
            continue
        rows.append(TableRow(
            doc_id=fact.doc_id, title=m.title, department=m.department, region=m.region, year=m.year,
            indicator=fact.indicator, label=fact.label, value_text=fact.value_text, unit=fact.unit,
            value=fact.value, section=fact.section, quote=fact.quote, source=source(fact.doc_id),
            start=fact.start, end=fact.end,
        ))
    rows.sort(key=lambda r: (ORDER.get(r.indicator, len(ORDER)), r.region, r.year or 0, r.start))
    return rows


def reports_without(indicator: str, rows: Iterable[TableRow],
                    reports: Mapping[str, ReportMeta], where: Filter = Filter()) -> list[str]:
    """The reports in scope that give no figure for this indicator (exact name), by region and year."""
    has = {r.doc_id for r in rows if r.indicator == indicator}
    lacking = [(m.region, m.year or 0, doc_id) for doc_id, m in reports.items()
               if doc_id not in has and where.keeps_report(m)]
    return [doc_id for _, _, doc_id in sorted(lacking)]


def conflicts(rows: Sequence[TableRow]) -> dict[int, list[int]]:
    """Rows that disagree: the same report giving two different figures (in one unit) for the same
    indicator, as row index → the indexes of the rows it disagrees with. Figures equal to within
    a thousandth (381.34万元 and 3813400元) agree."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, r in enumerate(rows):
        if r.value is not None:
            groups.setdefault((r.doc_id, r.indicator, r.unit), []).append(i)
    out: dict[int, list[int]] = {}
    for members in groups.values():
        for i in members:
            a = rows[i].value or 0.0
            other = [j for j in members if abs(a - (rows[j].value or 0.0)) > 1e-3 * max(abs(a), abs(rows[j].value or 0.0), 1e-9)]
            if other:
                out[i] = other
    return out


def as_dict(row: TableRow) -> dict[str, object]:
    return asdict(row)


def to_csv(rows: Iterable[TableRow]) -> str:
    """The rows as CSV with a header, every field of a row (quote, source, offsets included); a
    cell that a spreadsheet would run as a formula is neutralised (app.core.escape.csv_cell)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in as_dict(r).items()} for r in rows)
    return out.getvalue()
