"""Recover the grid of a flattened self-evaluation form (绩效自评表) from a report's raw text.

Pure. The same form reaches us flattened in several ways: one cell per line, cells ending in " |"
with "||||" between rows, "|"- or tab-separated rows, or a whole row on one line with spaces
between its cells. All of them read here as one stream of cells, each with its raw offsets
(line breaks do not end rows: a row often runs over two lines). In that stream:

- a header is a run of column headings (app/vocab/data/forms.toml: 年初预算数 全年预算数 全年执行数
  分值 执行率 得分, or 年度指标值 实际完成值 分值 得分 …); a heading broken over cells ("年初" / "预算数")
  is read joined;
- after a money header, a row is its label cells ("其中:当年财政拨款") and the run of value cells that
  follows. The values are bound to the columns in order; when the row has fewer values than the
  header has columns (an empty cell the flattening dropped), they are bound left or right, whichever
  fits the columns' kinds (a % only under 执行率, points only under 分值/得分) — and not at all when
  both fit or neither does, rather than guess;
- after an indicator header, a row is read back from its pair of points (分值, 得分): the value
  achieved before them, the target before that, and the indicator's name before the target; a
  table without points ("指标名称 | 目标值 | 完成值") is read a line a row;
- a field is a name and its value ("项目名称：X", "主管部门 | X", or two cells in a row).

Every bound cell keeps the raw span of the cell and of its row (from the row label to the cell), so
a citation quotes text that stands in the report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations

from app.core.headings import marker_end
from app.core.numbers import csv_commas, find_figures, normalise_digits, spaced_thousands
from app.core.slips import unslipped
from app.vocab.labels import FORMS, WORDINGS
from ingest.clean import display_columns, flattened, page_number, single_spaced
from ingest.table_units import SUBTOTAL

_SPACE = re.compile(r"\s+")
_MARKS = re.compile(r"[(（][A-Za-z/＊*×]*[)）]|[(（](?:万元|元|亿元|千元)[)）]|[:：]$")
_DASH = re.compile(r"^[-－—–/／\\~～─━]+$|^(?:无|—|--)$")
_VALUE = re.compile(r"^(?:[≥≤＞＜><≧≦═=约]\s*)?\d[\d.,%]*(?:[^\d\s]{1,6}(?:\d{1,2}[^\d\s]{1,2}){0,2})?$")
_SCORE = re.compile(r"^(\d{1,3}(?:\.\d+)?)分?$")  # points, their unit written or not ("98.1分")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEADING = re.compile(r"^(?:其中[:：]?|[:：])")
_MAX_JOIN = 3  # a heading broken over at most this many cells
_MAX_LABEL_CELLS = 4  # more text cells than this in a row: the money rows are over
_MAX_LABEL_CHARS = 40
_GROUP = re.compile(r"[\u4e00-\u9fff]{2,6}(?:金额|资金|经费)")  # a merged cell over columns of sums ("预算金额")
_HEAD_ROW = 4  # cells of a header's words before its first column of sums ("任务名称 | 主要内容 | 预算金额（万元）")
_HEAD_CELLS = 30  # a form's head (title, 年度, 主管部门, 实施单位 … 年度总体目标) before its first grid

_MONEY = {c: i for i, c in enumerate(FORMS.money_columns)}
_INDICATOR = {c: i for i, c in enumerate(FORMS.indicator_columns)}
_COLUMNS = set(FORMS.money_columns) | set(FORMS.indicator_columns) | set(FORMS.level_columns)
_FIELDS = sorted(FORMS.fields, key=len, reverse=True)


# a money heading, its marks ("(A)", "（B/A）") and the value written right after it
_PAIR = re.compile(
    "(?P<heading>(?:" + "|".join(map(re.escape, sorted(set(FORMS.money_columns) - set(FORMS.part_columns), key=len,
                                                       reverse=True))) + r")"
    r"(?:[(（][A-Za-z/]{1,5}[)）])?)(?P<value>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)(?![\d.]|,\d)")


@dataclass(frozen=True)
class Cell:
    """One cell of the stream: its text (NFKC, without whitespace) and its raw span."""

    text: str
    start: int
    end: int
    line: int
    col: int = -1  # its place on a tab- or "|"-separated line, empty cells counted; -1 elsewhere


@dataclass(frozen=True)
class Binding:
    """A value cell bound to its row and column labels."""

    row: str  # "年度资金总额", "其中当年财政拨款" without 其中: "当年财政拨款"; "" when the row has none
    column: str  # the heading as normalised: "全年执行数"
    value: str  # the cell as written (whitespace removed): "321.62", "≥200平方米"
    start: int  # raw span of the value cell
    end: int
    row_start: int  # raw span from the row's label to this cell
    row_end: int
    unit: str = ""  # the money unit the form states for bare numbers of money columns ("万元") or of the row
    part: str = "money"  # money / indicator
    level: str = ""  # the indicator's group ("数量指标")
    total: bool = False  # the row is the whole (年度资金总额, 合计)
    group: str = ""  # the group of money rows the row stands in ("社会救助类项目" over its rows and their 小计)


@dataclass(frozen=True)
class Field:
    """A field of the form's head: its name, its value and their raw spans."""

    name: str
    value: str
    start: int  # raw span of the value
    end: int
    row_start: int  # raw span from the name to the value
    row_end: int


@dataclass
class Form:
    bindings: list[Binding]
    fields: list[Field]


def norm(text: str) -> str:
    """A cell's text as compared: NFKC, half-width digits, no whitespace, a scan's slips read as meant
    ("万兀", "l0")."""
    return unslipped(_SPACE.sub("", normalise_digits(unicodedata.normalize("NFKC", text))))


def heading(text: str) -> str:
    """A column heading without its marks: "全年执行数(B)" → 全年执行数, "项目资金(万元)" → 项目资金."""
    out = norm(text)
    for _ in range(2):
        out = _MARKS.sub("", out)
    return out


def cells(raw: str) -> list[Cell]:
    """The stream of non-empty cells of raw, in order, each with its raw span."""
    out: list[Cell] = []
    pos = 0
    lines = raw.split("\n")
    saved = _saved_as_csv(lines)
    above: list[tuple[int, int, int]] = []  # the headings of the line before, set out by spaces: (cell, columns)
    n = -1  # the line a cell is on: a form flattened onto one line has a line a cell, as if copied one cell a line
    for line in lines:
        n += 1
        pieces: Iterable[tuple[int, str, int]]  # (offset on the line, text, place on the line or -1)
        before, above = above, []  # (only the line right before)
        if flattened(line):
            # "项目名称 高标准农田建设… 主管部门 … 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 86,500.00 …":
            # each cell a line of its own
            for at, piece in single_spaced(line):
                out += [Cell(norm(piece[a:b]), pos + at + a, pos + at + b, n, -1) for a, b in _pairs_apart(piece)]
                n += 1
            pos += len(line) + 1
            continue
        if "|" in line or "\t" in line:
            pieces = _separated(line, "|" if "|" in line else "\t")
        elif n in saved:
            pieces = _split_at(line, saved[n])
        else:
            pieces = ((m.start(), m.group(), -1) for m in _apart(line))
            spaced = list(pieces)
            if (rest := _headings_go_on(out, before, line, spaced)) is not None:
                out = rest  # "年初预    全年预" over "算数      算数": each heading's rest, under it
                pos += len(line) + 1
                continue
            above = _headings_of(line, spaced, len(out))
            pieces = _words_rejoined(line, spaced)
        for at, piece, col in pieces:
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            start = pos + at + lead
            pairs = _pairs_apart(stripped)
            pairs = _headings_apart(stripped) if len(pairs) == 1 else pairs
            pairs = _bound_apart(stripped) if len(pairs) == 1 else pairs
            for a, b in pairs:
                out.append(Cell(norm(stripped[a:b]), start + a, start + b, n, col if len(pairs) == 1 else -1))
        pos += len(line) + 1
    return _heading_tails(out)


def _words_rejoined(line: str, pieces: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """A row set out with spaces as a PDF's text may give it, a space between its words too ("受益 学生 人数 2.3 万人
    2.31 万人 10 10"): in a row that gives a figure, a figure and its unit after one space are one cell (2.3万人); and
    where most of its words are a character or two, words one space apart are one cell (受益学生人数). Other cells
    stay apart ("群众出行条件 明显改善 有所改善 10 8")."""
    if not any(_VALUE.match(p.strip()) for _, p, _ in pieces) or page_number(line):
        return pieces  # (nor a page's number: "第 2 页 共 3 页")
    words = [p.strip() for _, p, _ in pieces if _WORDS_ONLY.fullmatch(p.strip())]
    short = sum(len(w) <= _SHORT_REST for w in words)
    broken = short >= _BROKEN_WORDS and short >= _BROKEN_SHARE * len(words)
    out: list[tuple[int, str, int]] = []
    for at, piece, col in pieces:
        if out and at - (out[-1][0] + len(out[-1][1])) == 1 and _one_cell(out[-1][1], piece, broken):
            out[-1] = (out[-1][0], line[out[-1][0] : at + len(piece)], col)
        else:
            out.append((at, piece, col))
    return out


def _one_cell(before: str, after: str, broken: bool) -> bool:
    """Whether two pieces a single space sets apart are one cell: a figure and its unit, or, in a row whose words are
    broken apart, two pieces of words."""
    before, after = before.strip().replace(" ", ""), after.strip().replace(" ", "")
    if _DATE_SO_FAR.fullmatch(before) and _DATE_SO_FAR.fullmatch(before + after):
        return True  # "2023 年 3 月 底 前": a date, its pieces set apart
    if _VALUE.match(before) and not re.search(r"\d", after) and len(after) <= _UNIT_CHARS:
        figures = find_figures(before + after)
        return len(figures) == 1 and figures[0].kind != "number" \
            and (figures[0].end == len(before + after) or (before + after)[figures[0].end :].startswith("/"))
    # (not a cell said again, "长期 长期", nor a total's row: "总分 总分 总分 100 96.66")
    return broken and bool(_WORDS_ONLY.fullmatch(before) and _WORDS_ONLY.fullmatch(after)) and before != after \
        and not any(FORMS.is_total_row(w) or w in FORMS.score_rows for w in (before, after))


def _a_name_of_its_own(text: str) -> bool:
    """Whether a cell is a whole name of the form's: a total's or score's row, a column, a level."""
    return FORMS.is_total_row(text) or text in FORMS.score_rows or text in _COLUMNS or _a_level(text)


_BROKEN_WORDS = 3  # words of a character or two at least in a row whose words a PDF's text set apart ("受益 学生 人数")
_BROKEN_SHARE = 0.6  # and their share of its words at least


# a date so far, as its pieces are read one after another ("2023", "2023年", "2023年3", …, "2023年3月底前")
# (a day only with its 日: "2023 年 4 月 10 8" ends its date at 月, 10 is the row's 分值)
_DATE_SO_FAR = re.compile(r"(?:19|20)\d{2}(?:年(?:\d{1,2}(?:月(?:\d{1,2}日)?)?)?)?(?:底|初|末|上旬|中旬|下旬)?前?")
_UNIT_CHARS = 6  # characters of a unit written apart from its figure, at most ("元/生·天")


def _heading_tails(stream: list[Cell]) -> list[Cell]:
    """The stream with the headings of a header line joined by their ends, wrapped onto the lines under it, as a PDF's
    text gives a narrow column's heading ("项目资金 年初预算 全年预算 全年执行 分值 执行 得分" over "（万元） 数 数 数", then
    "率"): each end, in order, completes a heading of the line (年初预算数, …, 执行率) or is its mark ("（万元）"). A line
    is such ends only when every one of its cells so fits. Lines set out with spaces only: a separated line's cells
    stand in their columns."""
    lines: dict[int, list[int]] = {}
    for k, cell in enumerate(stream):
        lines.setdefault(cell.line, []).append(k)
    joined: dict[int, str] = {}
    dropped: set[int] = set()
    header: list[int] = []  # the cells of the header line the ends below it are read against
    for n in sorted(lines):
        ks = lines[n]
        if any(stream[k].col >= 0 for k in ks):
            header = []  # (a separated line places its cells by their columns: "\t（元）\t（元）" under its headings)
            continue
        if header and stream[header[0]].line < n and all(not is_value(stream[k]) for k in ks) \
                and (ends := _ends_placed(ks, header, stream, joined)) is not None:
            joined |= ends
            dropped |= set(ks)
            continue
        words = [k for k in ks if not is_value(stream[k])]
        header = ks if len(ks) >= _HEADER_CELLS and len(words) == len(ks) \
            and sum(_column_at(stream, k) is not None for k in ks) >= 2 else []
    if not dropped:
        return stream
    return [replace(c, text=joined[k]) if k in joined else c for k, c in enumerate(stream) if k not in dropped]


_FORM_WORDS = frozenset((*FORMS.text_columns, *FORMS.fields, *FORMS.section_cells))  # a form's own headings and fields
_HEADER_CELLS = 3  # cells of a header line at least, for the ends wrapped under it to be read
_MARK = re.compile(r"[(（][^()（）]{1,8}[)）]")  # a heading's mark: "（万元）", "(A)"


def _ends_placed(ends: list[int], header: list[int], stream: list[Cell], joined: dict[int, str]) -> dict[int, str] | None:
    """Each header cell's text with the end (a cell of ends) that completes it, placed in order; None when one does not fit."""
    out: dict[int, str] = {}
    at = 0
    for k in ends:
        end = stream[k].text
        if len(end) > _HEADING_END and not _MARK.fullmatch(end):
            return None
        while at < len(header):
            h = header[at]
            text = out.get(h) or joined.get(h) or stream[h].text
            at += 1
            if _MARK.fullmatch(end) or _column_at([replace(stream[h], text=text + end)], 0) is not None:
                out[h] = text + end
                break
        else:
            return None
    return out


_HEADING_END = 3  # characters of a heading's end wrapped onto the line under it, at most ("数", "完成值")


def _headings_of(line: str, pieces: list[tuple[int, str, int]], first: int) -> list[tuple[int, int, int]]:
    """A line of three headings or more set out by spaces (words, no figure): each heading's cell in the stream, from
    first, and the display columns it spans; [] for any other line."""
    words = [(at, piece.strip()) for at, piece, _ in pieces if piece.strip()]
    if len(words) < 3 or any(re.search(r"\d", w) for _, w in words):
        return []
    at = display_columns(line)
    return [(first + k, at[a], at[a + len(w)]) for k, (a, w) in enumerate(words)]


def _headings_go_on(out: list[Cell], above: list[tuple[int, int, int]], line: str,
                    pieces: list[tuple[int, str, int]]) -> list[Cell] | None:
    """The stream with the headings above joined by their rest on this line, where a narrow column broke them
    ("年初预    全年预    全年执" over "算数      算数      行数"): each word of the line stands under one heading, and one
    heading or more so joined is a column's; None when the line is no such rest."""
    words = [(a, piece.strip()) for a, piece, _ in pieces if piece.strip()]
    if not above or not words or any(re.search(r"\d", w) for _, w in words):
        return None
    at = display_columns(line)
    under: list[int] = []
    for a, w in words:
        hits = [cell for cell, lo, hi in above if at[a] < hi and lo < at[a + len(w)]]
        if len(hits) != 1 or hits[0] in under:
            return None
        under.append(hits[0])
    joined = {cell: out[cell].text + norm(w) for cell, (_, w) in zip(under, words, strict=True)}
    if not any(_column_at([Cell(text, 0, 0, 0)], 0) and not _column_at([out[cell]], 0) for cell, text in joined.items()):
        return None
    return [replace(c, text=joined[k]) if k in joined else c for k, c in enumerate(out)]


def _separated(line: str, sep: str) -> list[tuple[int, str, int]]:
    """A separated line's cells with their offsets and places, empty cells counted ("a\t\tb": a is 0,
    b is 2); the empty ends of "| a | b |" are no cells."""
    parts = line.split(sep)
    out: list[tuple[int, str, int]] = []
    at = 0
    for k, part in enumerate(parts):
        if not ((k == 0 or k == len(parts) - 1) and not part.strip() and sep == "|"):
            out.append((at, part, len(out)))
        at += len(part) + 1
    return out


def _saved_as_csv(lines: list[str]) -> dict[int, list[int]]:
    """The lines of a form saved as comma-separated values, with their separating commas: lines of
    three or more cells next to a line of as many (a line of prose with commas is no row)."""
    commas = [csv_commas(line) if "\t" not in line and "|" not in line else [] for line in lines]
    return {n: c for n, c in enumerate(commas) if len(c) >= 2
            and any(0 <= m < len(lines) and len(commas[m]) == len(c) for m in (n - 1, n + 1))}


def _split_at(line: str, commas: list[int]) -> list[tuple[int, str, int]]:
    """The cells between a line's separating commas, with offsets and places, empty cells counted."""
    bounds = [-1, *commas, len(line)]
    return [(a + 1, line[a + 1 : b], k) for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]


def row_name(label: str) -> str:
    """A row's label without what opens a part ("其中:当年财政拨款" → 当年财政拨款)."""
    return _LEADING.sub("", label)


_TRIMMED = re.compile(r"\S.*\S|\S")  # a cell without the spaces around it


def _apart(line: str) -> list[re.Match[str]]:
    """The cells of a row written with spaces between them, keeping together a figure written with
    spaces between its digit groups ("≥4200批次 4 415批次 10 10" → ≥4200批次, 4 415批次, 10, 10)."""
    inside = spaced_thousands(unslipped(line))  # ("l 872.5公里": one figure, a scan's 1 misread)
    gaps = [m for m in re.finditer(r"\s+", line) if not all(i in inside for i in range(m.start(), m.end()))]
    bounds = [0, *(x for m in gaps for x in (m.start(), m.end())), len(line)]
    return [m for a, b in zip(bounds[::2], bounds[1::2], strict=True)
            if (m := _TRIMMED.search(line, a, b))]


def _pairs_apart(text: str) -> list[tuple[int, int]]:
    """A cell that runs money headings and their values together, as a scanned form does
    ("年度资金总额:年初预算数186.00全年预算数(A)172.50"), as its spans: what comes before the first
    heading, then each heading and each value; the whole cell when it holds no such pair."""
    if len(norm(text)) != len(text) or not (pairs := list(_PAIR.finditer(unslipped(text)))) \
            or re.search(r"[，。；;]|,(?!\d{3})", text):
        # a sentence ("说明：…，2023年全年执行数486.33万元", "全年预算数48,356,200.00元，实际支出…") is no row of cells
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    at = 0
    for m in pairs:
        if m.start() > at:
            spans.append((at, m.start()))
        spans += [(m.start(), m.end("heading")), (m.start("value"), m.end())]
        at = m.end()
    if at < len(text):
        spans.append((at, len(text)))
    return spans


_RUN_WORDS = frozenset((*_COLUMNS, *FORMS.section_cells, *FORMS.text_columns))
_MARK_BEFORE = re.compile(r"[(（][^()（）]{1,8}[)）]$")  # a heading's mark ("（万元）", "(A)") ending where searched
_LONGEST_WORD = max(map(len, _RUN_WORDS))


def _headings_apart(text: str) -> list[tuple[int, int]]:
    """A cell that runs column headings together, as a scan or a PDF copy does
    ("年初预算数全年预算数全年执行数分值执行率得分"), as the spans of its headings; the whole cell when
    it is not headings only."""
    whole = [(0, len(text))]
    if len(norm(text)) != len(text) or len(text) < 4 or text in _RUN_WORDS:
        return whole
    text = unslipped(text)  # (a scan's "执行卒" is the heading 执行率; the same length)
    # the end of a heading broken over lines may open it ("实际完成" / "值分值得分…")
    for lead in (0, 1, 2):
        if lead and not any(w.endswith(text[:lead]) for w in _RUN_WORDS):
            continue
        # ends[i]: where the last heading of a cover of text[lead:i] starts
        ends: list[int | None] = [None] * (len(text) + 1)
        ends[lead] = lead
        for i in range(lead + 2, len(text) + 1):
            ends[i] = next((i - k for k in range(min(i - lead, _LONGEST_WORD), 1, -1)
                            if ends[i - k] is not None and text[i - k : i] in _RUN_WORDS), None)
            if ends[i] is None and (mark := _MARK_BEFORE.search(text, lead, i)) and mark.start() > lead \
                    and ends[mark.start()] is not None:
                ends[i] = ends[mark.start()]  # "项目资金（万兀）": the heading with its mark
        if ends[len(text)] is None:
            continue
        spans: list[tuple[int, int]] = []
        i = len(text)
        while i > lead:
            start = ends[i]
            assert start is not None
            spans.append((start, i))
            i = start
        return ([(0, lead)] if lead else []) + spans[::-1]
    return whole


# a row's name run into its target by a scan that lost the space ("修复性养护（大中修）≥20公里")
_NAME_THEN_BOUND = re.compile(r"(?=(?:[^\d≥≤＞＜><]*[\u4e00-\u9fff]){2})[^\d≥≤＞＜><]+(?=[≥≤＞＜><]\s*\d)")


def _bound_apart(text: str) -> list[tuple[int, int]]:
    """A cell that runs a row's name into its target ("…（大中修）≥20公里") as the spans of both; the
    whole cell otherwise."""
    m = _NAME_THEN_BOUND.match(text)
    if m is None or len(norm(text)) != len(text) or not _VALUE.fullmatch(text[m.end() :]) or _SENTENCE_MARKS.search(text):
        return [(0, len(text))]
    return [(0, m.end()), (m.end(), len(text))]


def is_value(cell: Cell) -> bool:
    return bool(_VALUE.match(cell.text) or _DASH.match(cell.text))


def _label_like(cell: Cell) -> bool:
    """A cell of words: no digits, or a name that holds a few numbers ("65岁及以上老年人健康管理人数",
    "90—99周岁享受人数"; not "2023年11月底前")."""
    words, digits = len(_CJK.findall(cell.text)), len(re.findall(r"\d+", cell.text))
    return not is_value(cell) and words >= 2 and (not digits or (words >= 6 and words >= 2 * digits))


def _column_at(stream: list[Cell], i: int) -> tuple[str, int] | None:
    """The column heading starting at cell i (joined over up to three cells), and how many cells."""
    for size in range(_MAX_JOIN, 0, -1):
        if i + size > len(stream):
            continue
        joined = heading("".join(c.text for c in stream[i : i + size]))
        joined = FORMS.column_shortened.get(joined, joined)
        if joined in _COLUMNS:
            return joined, size
    return None


def _headers(stream: list[Cell]) -> list[tuple[int, int, list[str]]]:
    """(first cell, cell after, headings) of each run of at least two column headings."""
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(stream):
        run: list[str] = []
        sizes: list[int] = []
        j = i
        while j < len(stream) and (hit := _column_at(stream, j)) is not None:
            run.append(hit[0])
            sizes.append(hit[1])
            j += hit[1]
        if len(run) > 2 and run[0] in FORMS.section_cells and any("预算" in c for c in run[1:]):
            # "年度预算数 | | 年初预算数 | 全年预算数 …": the merged cell over the money part, no column
            run, i = run[1:], i + sizes[0]
        if len(run) >= 2:
            out.append((i, j, run))
            i = j
        else:
            i += 1
    return out


def _stated_unit(text: str, whole_only: bool = False) -> str:
    """The money unit a cell states: "单位:万元", or "(万元)" unless only the whole table's is wanted."""
    for unit in sorted(FORMS.money_units, key=len, reverse=True):
        if f"单位:{unit}" in text or f"单位：{unit}" in text or (not whole_only and f"({unit})" in text):
            return unit
    return ""


def _unit(stream: list[Cell], at: int, stop: int | None = None, floor: int = 0) -> str:
    """The money unit the form states for the grid whose header starts at stream[at]: just before the
    header ("项目资金(万元)", "单位:万元"), else among the grid's own label cells before stop ("资金投入情况
    (万元)", flattened after the values), else once in the form's head since floor ("单位:万元" beside
    主管部门(盖章))."""
    window = stream[max(0, at - 4) : at + 1]
    # each cell, then the window's cells joined: a line break may cut the unit ("资金情况(万" / "元)")
    for text in [c.text for c in reversed(window)] + ["".join(c.text for c in window)]:
        if unit := _stated_unit(text):
            return unit
    grid = stream[at:stop] if stop is not None else []
    head = stream[max(floor, at - _HEAD_CELLS) : at]
    for cells_, whole_only in ((grid, False), (head[::-1], True)):
        for cell in cells_:
            if not is_value(cell) and (unit := _stated_unit(cell.text, whole_only)):
                return unit
    return ""


def _fits(column: str, value: str) -> bool:
    """Whether a value can stand under a column: a % only under a rate, points under 分值/得分."""
    if _DASH.match(value) or column in FORMS.text_columns:
        return True
    rate = value.endswith("%")
    if column.endswith("率"):
        return rate
    if rate:
        return column in FORMS.target_columns or column in FORMS.actual_columns
    if column in ("分值", "得分"):
        return (m := _SCORE.match(value)) is not None and float(m.group(1)) <= 100
    return True


def _align(columns: list[str], values: list[Cell]) -> list[str] | None:
    """The columns of a row's values, or None when they cannot be told apart."""
    n, v = len(values), len(columns)
    if n == 0 or n > v:
        return None
    if n == v:
        return columns if all(_fits(c, x.text) for c, x in zip(columns, values, strict=True)) else None
    if n == 1 and sum(_fits(c, values[0].text) for c in columns) > 1 and not _fits(columns[-1], values[0].text):
        return [""]  # "其中：基本支出 | 3,366.40" under 年度预算数, 全年执行数…: a sum, of no column it can be told by
    left, right = columns[:n], columns[v - n :]
    fit_left = all(_fits(c, x.text) for c, x in zip(left, values, strict=True))
    fit_right = all(_fits(c, x.text) for c, x in zip(right, values, strict=True))
    if fit_left and all(c in FORMS.text_columns for c in columns[n:]):
        return left  # only free-text columns left empty
    if fit_left != fit_right:
        return left if fit_left else right
    if not fit_left:
        # empty cells between ("其中：当年财政拨款  800  800  705.69    88.21%" under 年初预算数 … 分值 执行率
        # 得分): the one order-keeping placing where every value fits its column, if there is one
        placings = [[columns[k] for k in ks] for ks in combinations(range(v), n)
                    if all(_fits(columns[k], x.text) for k, x in zip(ks, values, strict=True))]
        if len(placings) == 1:
            return placings[0]
    return None


_BREAKDOWN_CELL = re.compile(r"按[\u4e00-\u9fff]{1,8}分[:：]?")  # "按支出性质分：": a breakdown, no row


def _row_label(run: list[Cell], first_value: Cell, described: bool = False) -> tuple[str, int]:
    """A money row's label from the text cells before its values: those on the values' line, else
    those on the run's last line (the rest belongs to the row before); and its raw start. described: the
    header has a column describing each row after its name's ("任务名称 | 主要内容"): the name's cell is the label."""
    if described and len(run) >= 2:
        return row_name(heading(run[-2].text)), run[-2].start
    same = [c for c in run if c.line == first_value.line]
    said = "".join(c.text for c in same)
    if same and (len(said) <= 2 or len(re.findall(r"[)）]", said)) > len(re.findall(r"[(（]", said))):
        # "其中：当年财政拨" / "款 1 420.00…", "其他资金（车购税" / "补助） 0 116.80…": the name began a line before
        same = [c for c in run if c.line == first_value.line - 1] + same
    chosen = same or [c for c in run if c.line == run[-1].line]
    while len(chosen) > 1 and (_BREAKDOWN_CELL.fullmatch(norm(chosen[0].text))
                               or heading(chosen[0].text) in FORMS.section_cells):
        chosen = chosen[1:]  # "按收入性质分 | 其中：财政拨款", "年度预算数 | 年度资金总额": the part, then the row's name
    if not chosen:
        return "", first_value.start
    text = row_name(heading("".join(c.text for c in chosen)))
    return text, chosen[0].start


def _groups_joined(values: list[Cell], columns: int) -> list[Cell]:
    """A row's values with the digit groups a space set apart joined ("3" "862.47" → "3862.47"): a cell
    of one to three digits followed on its line by one of three digits and decimals; then, while the
    row still has more values than columns, one of three digits alone ("3 200 3 586.6": 3200), from
    the left."""
    out: list[Cell] = []
    k = 0
    while k < len(values):
        a = values[k]
        b = values[k + 1] if k + 1 < len(values) else None
        if b is not None and a.line == b.line and re.fullmatch(r"\d{1,3}", a.text) \
                and re.fullmatch(r"\d{3}\.\d+", b.text):
            out.append(Cell(a.text + b.text, a.start, b.end, a.line))
            k += 2
        else:
            out.append(a)
            k += 1
    k = 0
    while len(out) > columns and k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if a.line == b.line and re.fullmatch(r"\d{1,3}", a.text) and re.fullmatch(r"\d{3}", b.text):
            out[k : k + 2] = [Cell(a.text + b.text, a.start, b.end, a.line)]
        k += 1
    return out


def _placed(stream: list[Cell], first: int, after: int, columns: list[str]) -> dict[int, str]:
    """The columns of a header written on one separated line, by their places on it ({1: 年初预算数,
    …}); empty when the header is broken over lines or cells."""
    head = stream[first:after]
    if len(head) != len(columns) or len({c.line for c in head}) != 1 or any(c.col < 0 for c in head):
        return {}
    return {c.col: column for c, column in zip(head, columns, strict=True)}


def _on_placed_line(placed: dict[int, str], values: list[Cell], run: list[Cell]) -> bool:
    """Whether a row is laid out as its header: the header leaves its first cells to the row labels,
    and the row's values stand on one separated line after its label."""
    return bool(placed) and min(placed) >= 1 and len({c.line for c in values}) == 1 \
        and all(c.col >= 0 for c in values) and any(c.line == values[0].line for c in run)


def _by_place(placed: dict[int, str], values: list[Cell]) -> list[str] | None:
    """The columns of a row's values by their places on a separated line like its header's (an empty
    cell kept its place: "上年结转资金\t\t158.00\t158.00" is no 年初预算数); None when a value stands
    under no heading ("3\t医保信息化平台运维经费\t208.00": 3 is the row's number) or does not fit it.
    A row whose label takes more cells than the header leaves ("按收入性质分\t其中：财政拨款\t4862.15…")
    has its values that many places on; a full row whose label takes fewer (the header's
    "年度预算执行情况\t资金来源\t全年预算数…" over "年度资金总额\t38 652.40…") that many places back."""
    bound = _at_places(placed, values, 0)
    shift = min(c.col for c in values) - min(placed)
    if bound is None and (shift > 0 or (shift < 0 and len(values) == len(placed))):
        bound = _at_places(placed, values, shift)
    return bound


def _at_places(placed: dict[int, str], values: list[Cell], shift: int) -> list[str] | None:
    if any(c.col - shift not in placed for c in values):
        return None
    bound = [placed[c.col - shift] for c in values]
    return bound if all(_fits(column, c.text) for column, c in zip(bound, values, strict=True)) else None


def _money_rows(stream: list[Cell], start: int, stop: int, columns: list[str], unit: str,
                header_start: int, placed: dict[int, str] | None = None, described: bool = False) -> list[Binding]:
    placed = placed or {}
    out: list[Binding] = []
    i = start
    run: list[Cell] = []
    rows = 0
    runs: dict[int, list[str]] = {}  # the columns the grid's first part row of so many sums took
    parts: list[tuple[int, list[Cell]]] = []  # where each such row's bindings start, and its sums
    grouped = False  # a row of the grid sets its figures' digit groups apart
    group = ""  # the group the rows stand in, named by a row of its own ("一、社会救助类项目 | | |")
    last_row = 0  # where the bindings of the row read last start in out
    while i < stop:
        if not is_value(stream[i]):
            if rows and (len(run) >= _MAX_LABEL_CELLS or len(stream[i].text) > _MAX_LABEL_CHARS
                         or _a_level(stream[i].text)):
                break  # prose or another part of the form ("绩效指标", "产出指标"): the money rows are over
            if rows and not run and _rest_of_name(stream, i, stop) and last_row < len(out) \
                    and not out[last_row].total and not out[last_row].row.endswith(SUBTOTAL):
                # "居家和社区养老服务改革 | 4,600.00 | …" / "试点配套资金": the row's name goes on, under its cell
                out[last_row:] = [replace(b, row=b.row + stream[i].text) for b in out[last_row:]]
                i += 1
                continue
            if _opens_group(stream, i, stop):
                group = (name := row_name(heading(stream[i].text)))[marker_end(name) :]
                i += 1
                continue
            run.append(stream[i])
            i += 1
            continue
        j = i
        while j < stop and is_value(stream[j]):
            j += 1
        values = stream[i:j]
        if len(values) > len(columns):
            values = _groups_joined(values, len(columns))  # "3 862.47 4 105.90": digit groups set apart by spaces
            grouped = True
        # a row without a label right under its header is quoted with the header ("全年执行数(B) 6992.95")
        label, row_start = _row_label(run, values[0], described) if run \
            else ("", header_start if not rows else values[0].start)
        if label and _tail_of_name(stream, j, stop, values[-1]):
            label += stream[j].text  # "其中：当年财政拨 3 975.20 … 98.43% —" / "款": the name ends a line below
            j += 1
        elif _BREAKDOWN_CELL.fullmatch(label) and j < stop and stream[j].text.startswith((":", "：")) \
                and not is_value(stream[j]):
            # "按支出性质分 682.30 701.15 701.15" / "：基本支出": the row's name, copied after its merged breakdown cell
            label = row_name(heading(stream[j].text.lstrip(":：")))
            j += 1
        by_place = _on_placed_line(placed, values, run)
        bound = _by_place(placed, values) if by_place else _align(columns, values)
        if bound is None and grouped and not by_place and len(joined := _groups_joined(values, 1)) < len(values):
            # "自治区资金 120 000 123 750 123 750" in a grid that sets digit groups apart: as many cells as
            # columns, but digit groups, which fit none
            values, bound = joined, _align(columns, joined)
        rows += 1
        if bound is not None and not by_place and rows > 1 and len(values) < len(columns):
            if bound != [""]:  # (a lone sum of no column is placed only by what it adds up to)
                bound = _within_the_whole(runs.get(len(values), bound), values, columns, out)
                runs.setdefault(len(values), bound)
            parts.append((len(out), values))
        if bound is not None:
            # a row without a label right under the header is the whole ("全年预算数 全年执行数 7165.32 …")
            if rows == 1 and label in FORMS.section_cells:
                label = ""  # named only by the merged cell over the money part: "年度预算 | 612.40 698.55 …"
            total = FORMS.is_total_row(label) or (rows == 1 and not label)
            if total:
                group = ""
            of_group = group
            if group and label == SUBTOTAL:
                label, of_group = group + label, ""  # "小计 | 9,310.00 | …" under "二、养老服务类项目": that group's 小计
            last_row = len(out)
            for column, cell in zip(bound, values, strict=True):
                if _DASH.match(cell.text):
                    continue
                out.append(Binding(label, column, cell.text, cell.start, cell.end, row_start, cell.end,
                                   unit, "money", "", total, of_group))
        run = []
        i = j
    return _summed_up(out, parts, columns)


def _alone(stream: list[Cell], i: int) -> bool:
    """Whether the cell at i is the only one on its line."""
    return (i == 0 or stream[i - 1].line != stream[i].line) \
        and (i + 1 >= len(stream) or stream[i + 1].line != stream[i].line)


def _opens_group(stream: list[Cell], i: int, stop: int) -> bool:
    """Whether the text cell at i names a group of the money rows below it: alone on its line, a row of the
    table whose other cells are empty ("二、养老服务类项目 | | |") or a numbered heading, with a row's name
    after it, and no total of its own."""
    cell = stream[i]
    if not _alone(stream, i) or i + 2 >= stop or is_value(stream[i + 1]) or stream[i + 1].line == cell.line \
            or not is_value(stream[i + 2]):
        return False  # (a row with figures after it, not another table's header: "二、资金支出明细" / "支出内容 | 金额")
    name = heading(cell.text)
    if FORMS.is_total_row(name) or name == SUBTOTAL or name in FORMS.section_cells or name in _COLUMNS:
        return False
    return cell.col >= 0 or marker_end(cell.text) > 0


def _rest_of_name(stream: list[Cell], i: int, stop: int) -> bool:
    """Whether the text cell at i ends the name of the row above it, wrapped under its cell: alone on a line of
    no separators, between a separated row of figures and the next separated row's name ("居家和社区养老服务改革
    | 4,600.00 | …" / "试点配套资金" / "经济困难老年人补贴 | 2,760.00 | …")."""
    cell = stream[i]
    if cell.col >= 0 or not _alone(stream, i) or not i or not is_value(stream[i - 1]) or stream[i - 1].col < 0 \
            or stream[i - 1].line != cell.line - 1 or marker_end(cell.text) > 0:
        return False
    # (words only, a few: no field, heading or reason said under the row, "偏差原因:…", "按收入性质分:", "年度总体目标")
    if not _WORDS_ONLY.fullmatch(cell.text) or len(cell.text) > _NAME_REST_ALONE or _a_name_of_its_own(cell.text) \
            or cell.text in FORMS.section_cells or heading(cell.text) in _FORM_WORDS:
        return False
    after = stream[i + 1] if i + 1 < stop else None
    # (the next row of figures right under it: "年度总体目标" over "预期目标 | 推进…" heads another part)
    # (whose name is whole: "常州市医疗保障基金管理" over "中心 | 6,006.50 | …" opens that row's name; a 小计 or 合计 is)
    return after is not None and after.line == cell.line + 1 and after.col >= 0 and not is_value(after) \
        and i + 2 < stop and stream[i + 2].line == after.line and is_value(stream[i + 2]) \
        and (len(name := heading(after.text)) > _SHORT_REST or name == SUBTOTAL or FORMS.is_total_row(name))


def _tail_of_name(stream: list[Cell], j: int, stop: int, last: Cell) -> bool:
    """Whether the cell after a money row's values is the end of the row's name, broken onto a line of
    its own ("款"): one or two characters alone on the next line, with no figure after them there."""
    if j >= stop or stream[j].line != last.line + 1 or is_value(stream[j]):
        return False
    return _alone(stream, j) and len(stream[j].text) <= _SHORT_REST and all(_CJK.fullmatch(ch) for ch in stream[j].text)


_LABELLED_CELL = re.compile(r"(?P<label>[\u4e00-\u9fff（）()]{2,16})[:：](?P<value>\d[\d,]*(?:\.\d+)?)")


def _amount(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _within_the_whole(bound: list[str], values: list[Cell], columns: list[str], done: list[Binding]) -> list[str]:
    """A part's row with fewer sums than the grid has money columns ("一般公共预算 | 4321.52 | 4201.67"
    under 年初预算数, 全年预算数, 全年执行数…): the run of columns, nearest the left, in which no sum exceeds
    the whole's row above it (年度资金总额 4125.6, 4538.92, 4419.07: 全年预算数 and 全年执行数, as a part
    never exceeds its whole); the columns it was given when no whole is read or no run fits better."""
    whole = _whole_sums(done)
    sums = [_amount(c.text) for c in values]
    if not whole or any(x is None for x in sums):
        return bound

    def fits(run: list[str]) -> bool:
        return all(c in whole and (w := whole[c]) is not None and x is not None and x <= w
                   for c, x in zip(run, sums, strict=True))

    if fits(bound):
        return bound
    return next((run for run in _runs_of_sums(columns, len(values)) if fits(run)), bound)


def _whole_sums(done: list[Binding]) -> dict[str, float | None]:
    """The sums of a grid's row of the whole, by column."""
    return {b.column: _amount(b.value) for b in done if b.total}


def _runs_of_sums(columns: list[str], k: int) -> list[list[str]]:
    """The runs of k adjacent money columns of a grid (not its 分值, 得分 or rates), leftmost first."""
    money = [c for c in columns if c not in ("分值", "得分") and not c.endswith("率")]
    return [money[s : s + k] for s in range(len(money) - k + 1)]


def _summed_up(out: list[Binding], parts: list[tuple[int, list[Cell]]], columns: list[str]) -> list[Binding]:
    """The part rows of a grid with as many sums each, moved to the run of columns in which they add up
    to the whole's row (once, or twice for two breakdowns: by income and by spending), when one does:
    "基本支出 428.6 427.95", "项目支出 260.3 247.48" under 年度资金总额 612.35 688.9 675.43 are 全年预算数
    and 全年执行数 (688.9 and 675.43), not 年初预算数."""
    whole = _whole_sums(out)
    by_count: dict[int, list[tuple[int, list[Cell]]]] = {}
    for at, values in parts:
        if all(_amount(c.text) is not None for c in values):
            by_count.setdefault(len(values), []).append((at, values))
    for k, rows in by_count.items():
        if len(rows) < 2:
            continue
        sums = [sum(_amount(values[n].text) or 0.0 for _, values in rows) for n in range(k)]
        for run in _runs_of_sums(columns, k):
            if all((w := whole.get(c)) and any(abs(x - times * w) < _CENT for times in (1, 2))
                   for c, x in zip(run, sums, strict=True)):
                for at, _ in rows:
                    out[at : at + k] = [replace(b, column=c) for b, c in zip(out[at : at + k], run, strict=True)]
                break
    return out


_CENT = 0.015  # sums that add up, as officials round them


def _labelled_cells(stream: list[Cell], start: int, stop: int, unit: str) -> list[Binding]:
    """Cells that hold their own row's name ("按支出性质分 | 基本支出：2,531.66 | 项目支出：426.38"), in the
    grid's money unit; a cell whose whitespace was dropped is not placed, and none without a unit."""
    out: list[Binding] = []
    for cell in stream[start:stop] if unit else ():
        m = _LABELLED_CELL.fullmatch(cell.text)
        if m and cell.end - cell.start == len(cell.text):
            at = cell.start + m.start("value")
            out.append(Binding(m.group("label"), "", m.group("value"), at, cell.end, cell.start, cell.end, unit))
    return out


def _indicator_rows(stream: list[Cell], start: int, stop: int, columns: list[str]) -> list[Binding]:
    """Rows read back from each pair of points: target, achieved, 分值, 得分."""
    if "分值" not in columns or "得分" not in columns:
        return []
    p = columns.index("分值")
    if p + 1 >= len(columns) or columns[p + 1] != "得分" or p < 2:
        return []
    # the values before the points: target and achieved, perhaps with more after them ("年度指标值 | 实际
    # 完成值 | 上年完成值 | 分值 | 得分": last year's value too)
    first_value = p
    while first_value > 0 and columns[first_value - 1] not in FORMS.level_columns:
        first_value -= 1
    values = columns[first_value:p] if p - first_value in (2, 3) else columns[p - 2 : p]
    target_col, actual_col = values[0], values[1]
    if target_col not in FORMS.target_columns or actual_col not in FORMS.actual_columns:
        return []
    n = len(values)
    out: list[Binding] = []
    floor = start  # cells before it belong to a row already read
    i = start + 2
    while i + 1 < stop:
        a, b = stream[i], stream[i + 1]
        if not _points(a.text, b.text) or i - 2 < floor:
            i += 1
            continue
        if i + 2 < stop and _points(b.text, stream[i + 2].text) and is_value(stream[i - 1]):
            i += 1  # "≥56 | 63 | 10 | 10": 63 and 10 could be points, but 10 and 10 are, after two values
            continue
        actual, target, more = stream[i - n + 1], stream[i - n], stream[i - n + 2 : i]
        if any(not is_value(c) for c in (target, actual, *more)) and n > 2:
            i += 1
            continue
        k = i - n - 1
        while k >= floor and not _label_like(stream[k]):
            k -= 1
        if k < floor or heading(actual.text) in _COLUMNS or any(actual.text.startswith(f) for f in _FIELDS):
            i += 1
            continue
        label_cell = stream[k]
        label = heading(label_cell.text)
        name_end = k
        if _name_begun_above(stream, k, floor):
            # ("C级危房户均" alone on its line, over "补助    ≤1.8万元/户 …": the name broken in its column)
            k -= 1
            label, label_cell = heading(stream[k].text) + label, stream[k]
        level = stream[k - 1].text if k - 1 >= floor and _a_level(stream[k - 1].text) else ""
        if grouped := _GROUPS_BEFORE.match(label):  # "产出指标数量指标城镇新增就业人数": the groups, run in
            level, label = grouped.group(1), label[grouped.end() :]
        first = name_end + 1
        while first < i - n and not is_value(stream[first]) and len(stream[first].text) <= _NAME_TAIL \
                and _CJK.match(stream[first].text):
            label += heading(stream[first].text)  # "农村公路列养里" / "程": the name broken over lines
            first += 1
        tail = _name_wrapped_below(stream, i + 2, stop, level)
        if tail:
            label += heading(tail[-1].text)  # "质量 | 农村集中供水工程 | ≥90% | 91.5% …" over "指标 | 水质达标率"
        unit = _stated_unit(norm(label_cell.text))  # "新增图书平均采购单价（元）": its values are money
        target_start = stream[first].start
        row = label_cell.start
        out.append(Binding(label, target_col, _join(stream[first : i - n + 1]), target_start, target.end, row,
                           target.end, unit, "indicator", level))
        for column, cell in ((actual_col, actual), *zip(values[2:], more, strict=True), ("分值", a), ("得分", b)):
            out.append(Binding(label, column, cell.text, cell.start, cell.end, row, cell.end,
                               "" if column in ("分值", "得分") else unit, "indicator", level))
        floor = i + 2 + len(tail)
        if not tail and p + 2 < len(columns) and columns[p + 2] in FORMS.text_columns:
            # the row's 偏差原因 cell after its points, perhaps broken over lines ("…二季" / "度补助延迟发放。")
            said = _reason_cells(stream, i + 2, stop, lost=_points_lost(a.text, b.text))
            if said:
                out.append(Binding(label, columns[p + 2], _join(said), said[0].start, said[-1].end, row, said[-1].end,
                                   "", "indicator", level))
                floor = i + 2 + len(said)
        i = floor
    return [b for b in out if not _DASH.match(b.value)]


def _name_wrapped_below(stream: list[Cell], at: int, stop: int, level: str) -> list[Cell]:
    """The cells of the line after a row's points that go on with its level and name, where both were wrapped in
    their columns ("质量 | 农村集中供水工程 | ≥90% | 91.5% | 7 | 7" over "指标 | 水质达标率": the level's 指标
    and the name's rest), or the name's alone where the next row opens with its level ("产出指标 | 数量指标 | 农村公路
    提档升级 | ≥120公里 | 126.4公里 | 10" over " | | 改造里程", then "产出指标 | …"), else none."""
    if at >= stop or stream[at].line != stream[at - 1].line + 1:
        return []
    line = [c for c in stream[at:stop] if c.line == stream[at].line]
    if len(line) == 1 and _WORDS_ONLY.fullmatch(alone := heading(line[0].text)) and len(alone) <= _NAME_REST_ALONE \
            and not _a_level(alone) and alone not in _COLUMNS:
        after = [c for c in stream[at + 1 : stop] if c.line == line[0].line + 1]
        # (a character or two alone under a row written on one line ends its name, as no name opens: "农村公路列养
        # 100% 100% 10 10" / "率"; a form copied one cell a line gives its cells so, "无" its reason)
        one_line = at >= 2 and stream[at - 2].line == stream[at - 1].line
        return line if not after or _a_level(after[0].text) or FORMS.is_total_row(heading(after[0].text)) \
            or one_line and len(alone) <= _SHORT_REST and not _a_name_of_its_own(alone) else []
    if not level or level.endswith(_LEVEL_END):
        return []
    if len(line) != 2 or heading(line[0].text) != _LEVEL_END:
        return []
    rest = line[1]
    if is_value(rest) or not _WORDS_ONLY.fullmatch(heading(rest.text)) or _a_level(rest.text) or heading(rest.text) in _COLUMNS:
        return []
    return line


_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_SHORT_REST = 2  # characters of a name's rest alone under its row, at most, that cannot open the next row's name
_NAME_REST_ALONE = 10  # characters of a name's rest, at most, on a line of its own under its row
_LEVEL_END = "指标"  # how a level's name ends ("质量指标"), wrapped to its own line in a narrow column


def _name_begun_above(stream: list[Cell], k: int, floor: int) -> bool:
    """Whether the row name at k goes on from a cell alone on the line right above it: words, no value, no group."""
    if k - 1 < floor:
        return False
    above = stream[k - 1]
    # (alone, or after its level: "时效指标 | 传染病疫情网络报告" over "及时率 | 100% | 99.7% …")
    alone = (k - 2 < floor or stream[k - 2].line != above.line or _a_level(stream[k - 2].text)
             and (k - 3 < floor or stream[k - 3].line != above.line)) and stream[k].line == above.line + 1
    return alone and not is_value(above) and _CJK.search(above.text) is not None and not _a_level(above.text) \
        and heading(above.text) not in _COLUMNS and not _SENTENCE_MARKS.search(above.text)


def _a_level(text: str) -> bool:
    """Whether a cell names an indicator level: "数量指标", or one without its 指标 ("可持续影响", "社会效益")."""
    return text.endswith("指标") or heading(text) in _LEVELS_SHORT


_LEVELS_SHORT = frozenset(level.removesuffix("指标") for level in FORMS.levels)


# the groups a row's name opens with, the last kept, and two characters of a name after them at least
_GROUPS_BEFORE = re.compile("(?:" + "|".join(map(re.escape, sorted(FORMS.levels, key=len, reverse=True)))
                            + r")*(" + "|".join(map(re.escape, FORMS.levels)) + r")(?=[^\d\s]{2})")
_SENTENCE_MARKS = re.compile(r"[，。；、,;]")


def _reason_cells(stream: list[Cell], at: int, stop: int, lost: bool = True) -> list[Cell]:
    """The cells of words from at that say why a row fell short: sentences, not the next row's level
    ("效益指标") or name, which say none. lost: whether the row lost points (one with all its points gives a reason
    in a sentence, if at all)."""
    out: list[Cell] = []
    while at < stop and not is_value(stream[at]) and not stream[at].text.endswith("指标") \
            and heading(stream[at].text) not in _COLUMNS and (_SENTENCE_MARKS.search(stream[at].text) or (
                # a sentence with no mark ("部分企业对融资对接效率评价不高"), not the next row's name, which
                # values follow ("肺结核可疑症状者" / "筛查人数" after a row with all its points)
                lost and len(_CJK.findall(stream[at].text)) >= _REASON_WORDS
                and not (at + 1 < stop and is_value(stream[at + 1])) and not _row_from(stream, at, stop))):
        out.append(stream[at])
        at += 1
    return out


def _row_from(stream: list[Cell], at: int, stop: int) -> bool:
    """Whether the cell at opens the next indicator row: a name, perhaps broken over two cells ("3岁以下儿童系统管" /
    "理率"), its target and value achieved (words, perhaps: "脱贫人口务工规模 | 稳中有增 | 稳中有增"), then its pair
    of points."""
    if any(_SENTENCE_MARKS.search(stream[k].text) for k in range(at + 1, min(at + 3, stop))):
        return False  # "个别村（居）法律顾问" / "服务频次不足，…": a reason going on, no row's target and value
    if at + 4 < stop and _points(stream[at + 3].text, stream[at + 4].text):
        return True
    tail = stream[at + 1].text if at + 1 < stop else ""
    return at + 5 < stop and len(tail) <= _NAME_TAIL and _CJK.match(tail) is not None and not is_value(stream[at + 1]) \
        and _points(stream[at + 4].text, stream[at + 5].text)


_REASON_WORDS = 8  # characters of a reason given without a mark
_NAME_TAIL = 3  # characters of a row's name carried over to the next line at most ("…列养里" / "程")


def _line_rows(stream: list[Cell], start: int, stop: int, columns: list[str]) -> list[Binding]:
    """Rows of an indicator table without 分值 ("指标名称 | 目标值 | 完成值", perhaps "| 得分" after them),
    one line a row: the last two cells (before the score) are the target and the value achieved, the
    cell before them the indicator. The table ends at a line with more cells than it has columns
    (another table begins)."""
    scored = int(columns[-1] == _GOT and len(columns) > 3)  # "… | 年度指标值 | 实际完成值 | 得分"
    target_col, actual_col = columns[-2 - scored], columns[-1 - scored]
    if target_col not in FORMS.target_columns or actual_col not in FORMS.actual_columns:
        return []
    lines: dict[int, list[Cell]] = {}
    for cell in stream[start:stop]:
        lines.setdefault(cell.line, []).append(cell)
    out: list[Binding] = []
    last: tuple[int, Cell, int] | None = None  # the line of the row read last, its name's cell, its bindings' count
    for row in lines.values():
        if len(row) > len(columns) + 1:
            break
        if last is not None and len(row) == 1 and row[0].line == last[0] + 1 and row[0].col == last[1].col \
                and _WORDS_ONLY.fullmatch(rest := heading(row[0].text)) and len(rest) <= _NAME_REST_ALONE:
            # ("产出指标 | 数量指标 | 农村公路提档升级 | ≥120公里 | 126.4公里 | 10" over " | | 改造里程"): the rest of the row's
            # name, in its column on the line below
            out[-last[2]:] = [replace(b, row=b.row + rest, row_end=max(b.row_end, row[0].end)) for b in out[-last[2]:]]
            last = None
            continue
        if len(row) < 3 + scored:
            continue
        label_cell, target, actual = row[len(row) - 3 - scored : len(row) - scored]
        # one line a row: the indicator may hold a year ("完成2021年吕梁山护工培训任务")
        named = not is_value(label_cell) and len(_CJK.findall(label_cell.text)) >= 2
        if not named or not (is_value(target) or is_value(actual)) or scored and not _SCORE.match(row[-1].text):
            continue
        label = heading(label_cell.text)
        before = row[len(row) - 4 - scored].text if len(row) >= 4 + scored else ""
        level = before if before.endswith("指标") else ""
        cells = [(target_col, target), (actual_col, actual)] + [(_GOT, row[-1])] * scored
        for column, cell in cells:
            out.append(Binding(label, column, cell.text, cell.start, cell.end, label_cell.start, cell.end, "",
                               "indicator", level))
        last = (label_cell.line, label_cell, len(cells))
    return [b for b in out if not _DASH.match(b.value)]


_GOT = "得分"  # the points a row got, its last column in a form without 分值


_STACKED_VALUE = 20  # characters of a target or value achieved at most, in a table copied one cell a line


def _stacked_rows(stream: list[Cell], start: int, stop: int, columns: list[str]) -> list[Binding]:
    """Rows of an indicator table without points copied one cell a line ("产出指标" / "数量指标" / "购置设备数量" /
    "≥45台（套）" / "46台（套）"): an indicator's name, then its target and the value achieved, one of them a figure.
    The rows end at the form's 总分 or at a cell of many words."""
    values = [c for c in columns if c not in FORMS.level_columns and c not in FORMS.text_columns]
    if len(values) != 2 or values[0] not in FORMS.target_columns or values[1] not in FORMS.actual_columns:
        return []
    out: list[Binding] = []
    i = start
    while i + 2 < stop:
        name, target, actual = stream[i : i + 3]
        if FORMS.is_total_row(heading(name.text)) or heading(name.text) in FORMS.score_rows \
                or len(name.text) > _MAX_LABEL_CHARS or marker_end(name.text) > 0:
            break  # (the form's 总分, or the report's next part: "五、自评结论")
        if len({name.line, target.line, actual.line}) < 3 or is_value(name) or _a_level(name.text) \
                or not (is_value(target) or is_value(actual)) or not _label_like(name) \
                or any(len(c.text) > _STACKED_VALUE for c in (target, actual)):
            i += 1
            continue
        level = stream[i - 1].text if i > start and _a_level(stream[i - 1].text) else ""
        for column, cell in zip(values, (target, actual), strict=True):
            out.append(Binding(heading(name.text), column, cell.text, cell.start, cell.end, name.start, cell.end, "",
                               "indicator", level))
        i += 3
    return [b for b in out if not _DASH.match(b.value)]


def _points(weight: str, got: str) -> bool:
    """Whether two cells can be an indicator's 分值 and 得分: points out of at most 100, got ≤ worth."""
    if not ((w := _SCORE.match(weight)) and (g := _SCORE.match(got))):
        return False
    return float(g.group(1)) <= float(w.group(1)) <= 100


def _points_lost(weight: str, got: str) -> bool:
    """Whether a row's points got are fewer than its points possible (two cells _points reads)."""
    w, g = _SCORE.match(weight), _SCORE.match(got)
    return w is not None and g is not None and float(g.group(1)) < float(w.group(1))


def _join(run: list[Cell]) -> str:
    return "".join(c.text for c in run)


def _fields(stream: list[Cell]) -> list[Field]:
    """Name-value pairs: a cell that is a field name and the cell after it, or "名称：值" in one cell."""
    out: list[Field] = []
    for i, cell in enumerate(stream):
        for name in _FIELDS:
            if not cell.text.startswith(name):
                continue
            rest = cell.text[len(name):]
            if rest.startswith((":", "：")) and len(rest) > 1:
                value = rest[1:]
                offset = cell.end - len(value)  # the value closes the cell
                out.append(Field(name, value, offset, cell.end, cell.start, cell.end))
            elif heading(rest) == "" and i + 1 < len(stream):
                nxt = stream[i + 1]
                if heading(nxt.text) in _COLUMNS or nxt.text in WORDINGS or any(nxt.text.startswith(f) for f in _FIELDS) \
                        or _DASH.match(nxt.text):
                    break  # a heading ("项目名称 | 预算 | 执行": a table's header row), not a value
                out.append(Field(name, nxt.text, nxt.start, nxt.end, cell.start, nxt.end))
            break
    return out


def read_form(raw: str) -> Form:
    """The bound cells and fields of every form in a report's raw text (none for plain prose)."""
    stream = cells(raw)
    headers = _headers(stream)
    bindings: list[Binding] = []
    last_unit = ""
    for n, (first, after, columns) in enumerate(headers):
        stop = headers[n + 1][0] if n + 1 < len(headers) else len(stream)
        floor = headers[n - 1][1] if n else 0
        if any(c in FORMS.target_columns or c in FORMS.actual_columns for c in columns):
            bindings += _indicator_rows(stream, after, stop, columns) or _line_rows(stream, after, stop, columns) \
                or _stacked_rows(stream, after, stop, columns)
        elif any(c in _MONEY and c not in ("分值", "得分") for c in columns) and not _columns_one_after_another(stream, after):
            values = [c for c in columns if c not in FORMS.level_columns]
            placed = {k: c for k, c in _placed(stream, first, after, columns).items() if c in values}
            # (a second grid of the form is in its unit, stated before the first: "单位：万元" by 填报单位)
            unit = _unit(stream, first, stop, floor) or (last_unit if not _new_form(stream[floor:first]) else "")
            last_unit = unit or last_unit
            # ("任务名称 | 主要内容 | 预算金额（万元）| 总额 …": each row named by its task, not what it describes)
            described = any(heading(c.text) in FORMS.content_columns for c in stream[max(floor, first - _HEAD_ROW) : first])
            if first and all(c in FORMS.part_columns for c in values) \
                    and (group := heading(stream[first - 1].text)) not in _COLUMNS and _GROUP.fullmatch(group):
                # "预算金额（万元）" over "总额 | 财政拨款 | 其他资金": each column is of the money the cell over them names
                values = [group + c for c in values]
                placed = {k: group + c for k, c in placed.items()}
            bindings += _money_rows(stream, after, stop, values, unit, stream[first].start, placed, described)
            bindings += _labelled_cells(stream, after, stop, unit)
    if not any(b.part == "money" for b in bindings):
        # (the money part copied a heading and its value a line, beside indicator rows read: "年初预算数" / "2,800.00")
        taken = {b.start for b in bindings}
        bindings += [b for b in _pair_rows(stream) if b.start not in taken]
    scores = _score_rows(stream)
    fields = _fields(stream) if headers or _has_fields(stream) else []
    read = {b.row_start for b in scores}  # "总分 | 100 | 96": 100 is its points, not its value
    return Form(bindings + scores, [f for f in fields if f.row_start not in read])


def _value_lines(stream: list[Cell], i: int) -> tuple[int, int]:
    """How many lines of values only stand from cell i on (a line that goes on with words is a row, not
    a column's cell), and the cell after them."""
    lines = 0
    while i < len(stream) and is_value(stream[i]):
        line = stream[i].line
        while i < len(stream) and stream[i].line == line and is_value(stream[i]):
            i += 1
        if i < len(stream) and stream[i].line == line:
            break
        lines += 1
    return lines, i


def _columns_one_after_another(stream: list[Cell], at: int) -> bool:
    """Whether the cells from `at` are a table's columns copied one after another (a PDF's): lines of
    values only, then a column heading over as many lines of values ("预算数 | 18 000 | 4 500 | 合计… |
    实际支出 | 18 000 | …"): no grid of rows."""
    lines, i = _value_lines(stream, at)
    if lines < 2 or (hit := _column_at(stream, i)) is None:
        return False
    return _value_lines(stream, i + hit[1])[0] == lines


def _column_of_values(stream: list[Cell], at: int) -> bool:
    """Whether the value cell at `at` is the first of a column of values one a line ("执行率 | 100% | 100% |
    81.83%"), not one heading's value."""
    return _value_lines(stream, at)[0] >= 2


def _new_form(between: list[Cell]) -> bool:
    """Whether a form's title stands among the cells between two grids: the second is a new form's."""
    return any(heading(c.text).endswith(tuple(FORMS.title_ends)) for c in between)


def _pair_rows(stream: list[Cell]) -> list[Binding]:
    """Money headings each followed by its value ("年度资金总额: | 年初预算数 | 186.00 | 全年预算数(A) |
    172.50 …", cells a scanned form ran together): bound to the row the label before them names."""
    out: list[Binding] = []
    i = 0
    while i < len(stream) - 1:
        hit = _column_at(stream, i)
        if hit is None or hit[0] not in _MONEY or hit[0] in ("分值", "得分") \
                or not _VALUE.match(stream[i + hit[1]].text if i + hit[1] < len(stream) else ""):
            i += 1
            continue
        before = stream[i - 1] if i and not is_value(stream[i - 1]) and _column_at(stream, i - 1) is None else None
        label = heading(before.text) if before else ""
        # "其中:当年财政拨款172.50执行数168.34": the row's name, without the value written after it
        label = next((t for t in FORMS.total_rows if t in label), row_name(re.sub(r"[\d.%]+$", "", label)))
        row_start = before.start if before else stream[i].start
        unit = _unit(stream, i) or (out[-1].unit if out else "")
        while i < len(stream) - 1 and (hit := _column_at(stream, i)) is not None and hit[0] in _MONEY:
            value = stream[i + hit[1]] if i + hit[1] < len(stream) else None
            if value is None or not _VALUE.match(value.text) or not _fits(hit[0], value.text) \
                    or (stream[i].col >= 0 and value.line != stream[i].line) or _column_of_values(stream, i + hit[1]) \
                    or _row_of_values(stream, i + hit[1]):
                break  # a heading ending a separated line has no value after it: the next row's number; a
                # heading over a column of values one a line ("执行率 | 100% | 100% | 81.83%") pairs with none
            total = FORMS.is_total_row(label)
            out.append(Binding(label, hit[0], value.text, value.start, value.end, row_start, value.end,
                               unit, "money", "", total))
            i += hit[1] + 1
        i += 1
    return out


def _row_of_values(stream: list[Cell], at: int) -> bool:
    """Whether a value has another value after it on its line: a table's row ("预算执行率 | 98.52% | 98.25%" under
    "项目 | 2022年 | 2023年"), no heading and its one value."""
    nxt = stream[at + 1] if at + 1 < len(stream) else None
    return nxt is not None and nxt.line == stream[at].line and is_value(nxt)


def _score_rows(stream: list[Cell]) -> list[Binding]:
    """The total score row ("总分 | 100 | 96 | 优"): its points and its score, when both are there
    and the score is no more than the points."""
    out: list[Binding] = []
    for i, cell in enumerate(stream[:-2]):
        if heading(cell.text) not in FORMS.score_rows:
            continue
        worth, got = stream[i + 1], stream[i + 2]
        if _points(worth.text, got.text) and float(worth.text.rstrip("分")) >= 50:
            out += [Binding(heading(cell.text), column, c.text, c.start, c.end, cell.start, c.end, part="indicator", total=True)
                    for column, c in (("分值", worth), ("得分", got))]
    return out


def _has_fields(stream: list[Cell]) -> bool:
    """Whether two cells or more are a form's fields: a field's name, alone or with its value after a colon
    ("项目名称:2023年农村电影放映")."""
    names = {f for f in FORMS.fields}
    return sum(1 for c in stream if c.text in names or c.text.partition(":")[0] in names) >= 2


def row_quote(raw: str, start: int, end: int) -> str:
    """A form row as quoted: the raw span with each run of whitespace one space (cells stay apart;
    raw[start:end] equals it once whitespace is removed from both)."""
    return " ".join(raw[start:end].split())
