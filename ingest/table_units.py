"""Units given only in a table's header, written after the bare figures of its cells.

A table (a run of tab-separated rows in the cleaned text) may state its money unit once: in a column's
header ("项目资金（万元）"), in a header cell or on the line just above it ("单位：万元", "金额单位：元").
Its cells then hold bare numbers ("12.5"). So that answers and the indicator table read "12.5万元",
the unit is written after each bare number of such a column in the cleaned text; the added
characters map to the raw offset of the number's last digit, so a quote, cut from the raw text,
stays the cells as published. A column is known only where the header row has as many cells as the
row; a unit given for the whole table skips columns whose header names no amount (分值, 执行率…:
app/core/data/table_units.json). A column that counts says its unit the same ways: in a bracket
("面积（亩）") or by how its header ends ("合格人数" over 918 reads 918人).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from app.vocab.labels import FORMS
from app.vocab.units import UNITS

Piece = tuple[str, int]  # (character, raw offset)

_HEADINGS = frozenset((*FORMS.money_columns, *FORMS.indicator_columns))  # a form's column headings
_MONEY_CELL = re.compile(r"(?:^|\t)\s*-?\d[\d,. ]*\s*(?:万元|亿元|元)\s*(?:\t|$)")  # a cell that is a sum
_BARE_CELL = re.compile(r"(?:^|\t)\s*-?\d[\d,. ]*\s*(?:\t|$)")  # a cell that is a bare number
_BARE = re.compile(r"-?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")  # "12.5", "1 234.5", "1,234.5"
_BOUND = re.compile(r"^\s*(?:[≥≤＞＜><]|不少于|不低于|不超过|不高于)\s*")  # what a target's bare number may open with


@lru_cache(maxsize=1)
def _data() -> dict:  # type: ignore[type-arg]
    return json.loads(files("app.core").joinpath("data/table_units.json").read_text("utf-8"))  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _data()
    units = tuple(sorted(data["units"], key=len, reverse=True))
    return units, tuple(data["not_money"])


@lru_cache(maxsize=1)
def _count_column() -> re.Pattern[str]:
    """A column header that says what its bare numbers count: a count or measure unit in its bracket
    ("面积（亩）", "受益人数（万人）") or a counting word at its end ("合格人数")."""
    units = sorted({*UNITS.count_words, *UNITS.measures}, key=len, reverse=True)
    ends = sorted(_data()["count_ends"], key=len, reverse=True)
    return re.compile(rf"[（(]\s*(?:单位[：:]\s*)?([万亿]?(?:{'|'.join(map(re.escape, units))}))\s*[）)]\s*$"
                      rf"|({'|'.join(map(re.escape, ends))})\s*$")


def _counted_in(cell: str) -> str:
    """The unit a column's bare numbers are counted in, from its header, or ""."""
    m = _count_column().search(cell.strip())
    if m is None:
        return ""
    return m.group(1) or _data()["count_ends"][m.group(2)]  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = "|".join(_words()[0])
    # "单位：万元", "（金额：万元）：" at the end of the line above, or "金额（万元）" on a line of its own
    # (its money's unit first in a list of the table's units: "（单位：万元、分）", "（金额单位：万元；得分单位：分）")
    whole = re.compile(rf"(?:(?:(?:金额|资金|货币)?单位|金额)[：:]\s*({units})(?:\s*[、，,/；;]\s*[^）)\n、，,/；;]{{1,8}})*"
                       rf"\s*[）)]?\s*[：:。.]?\s*$"
                       rf"|^(?:金额|资金|单位)?[（(]\s*({units})\s*[）)]\s*$)")
    column = re.compile(rf"[（(]\s*(?:单位[：:]\s*)?({units})\s*[）)]\s*[：:]?\s*$")  # "执行数（万元）", "项目资金（万元）："
    return whole, column


def _cells(line: list[Piece]) -> tuple[list[list[Piece]], list[Piece]]:
    """A row's cells, and the tabs between them."""
    cells: list[list[Piece]] = [[]]
    tabs: list[Piece] = []
    for piece in line:
        if piece[0] == "\t":
            cells.append([])
            tabs.append(piece)
        else:
            cells[-1].append(piece)
    return cells, tabs


def _text(pieces: list[Piece]) -> str:
    return "".join(c for c, _ in pieces)


def _table_unit(above: str, header: list[str], below: str = "") -> str:
    """The unit given for the whole table: on the line above it or in a cell of its header, else on a
    line of its own right below it ("（单位：万元）" under the last row)."""
    whole, _column = _patterns()
    for text in (above, *header):
        if m := whole.search(text.strip()):
            return m.group(1) or m.group(2)
    if (m := whole.search(below.strip())) and below.strip().startswith(("（", "(", "单位", "金额")):
        return m.group(1) or m.group(2)
    return ""


def _column_units(header: list[str], table_unit: str) -> list[str]:
    _whole, column = _patterns()
    not_money = _words()[1]
    out = []
    for cell in header:
        m = column.search(cell.strip())
        if m:
            out.append(m.group(1))
        elif counted := _counted_in(cell):
            out.append(counted)
        elif table_unit and cell.strip() and not any(w in cell for w in not_money):
            out.append(table_unit)
        else:
            out.append("")
    return out


def _with_unit(cell: list[Piece], unit: str) -> list[Piece]:
    text = _text(cell).strip()
    if not unit or not _BARE.fullmatch(_BOUND.sub("", text, count=1)):
        return cell  # (a bound is as bare: "≥35" of a target, in 万亩)
    last = max(i for i, (c, _) in enumerate(cell) if not c.isspace())
    return cell[: last + 1] + [(ch, cell[last][1]) for ch in unit] + cell[last + 1 :]


def header_units(above: str, header: list[str]) -> list[str]:
    """The unit of each column of a table, from its header's cells and the line above ("单位：万元")."""
    return _column_units(header, _table_unit(above, header))


_STATED_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)")
_NEAR_LINES = 4  # lines before and after a table whose sums may tell its unit
_CENT = 0.005


def _unit_by_sums(rows: list[list[Piece]], near: str) -> str:
    """The money unit of a table of sums that states none ("| 基本支出 | 1 796.40 | 1 851.02 |"), told by
    the text around it stating one of its figures, or a column's total, in that unit ("年初预算2 876.53万元"
    of 1 796.40 + 1 080.13); "" when none agrees, or the header names no sum."""
    header = [_text(c).strip() for c in _cells(rows[0])[0]]
    if not any(h.endswith(FORMS.sum_headings) or h in _HEADINGS for h in header[1:]):
        return ""
    columns: list[list[float]] = [[] for _ in header]
    for row in rows[1:]:
        for k, cell in enumerate(_cells(row)[0][: len(header)]):
            if _BARE.fullmatch(text := _text(cell).strip()):
                columns[k].append(float(re.sub(r"[, ]", "", text)))
    values = {v for column in columns for v in column} | {sum(column) for column in columns if len(column) > 1}
    for m in _STATED_MONEY.finditer(re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", near)):
        stated = float(m.group(1).replace(",", ""))
        if stated >= 1 and any(abs(stated - v) < _CENT for v in values):
            return m.group(2)
    return ""


def _table(rows: list[list[Piece]], above: str, below: str = "", near: str = "") -> list[list[Piece]]:
    header = [_text(c) for c in _cells(rows[0])[0]]
    if len(rows) > 1 and (under := units_row(_text(rows[1]), len(header))):
        # "镇名称 | … | 下达补助资金 | 已拨付资金" over "（万元） | （万元）": the units of its last columns
        header = with_units(header, under)
    # a table whose line above lists the units of its rows or columns ("单位：人、元、万元" over "项目 | 小学 | 初中"): those,
    # not a money unit its sums agree with
    listed = _listed_units(above)
    unit = _table_unit(above, header, below) or ("" if listed else _unit_by_sums(rows, near))
    units = _column_units(header, unit)
    listed = listed if not any(units) else []
    if listed and any(by_column := [_row_unit(h.strip(), listed) for h in header[1:]]):
        units, listed = ["", *by_column], []  # "单位：公里、万元" over "乡镇 | 养护里程 | 安排资金": the columns'
    given = unit_column(header)
    out = [rows[0]]
    for row in rows[1:]:
        cells, tabs = _cells(row)
        if given and len(cells) == len(units) and (unit_given := given_unit(_text(cells[given]))):
            # "门急诊人次 | 万人次 | 186.42 | 203.15 | 8.97%" under "指标 | 单位 | 2022年 | 2023年 | 增减率": the row's unit is
            # its figures', but a rate's or a score's column's, or one whose heading gives its own
            units_here = [u if k in (0, given) or not takes_row_unit(header[k]) else unit_given for k, u in enumerate(units)]
            out.append(_joined(cells, tabs, units_here))
            continue
        # a row that names its own unit ("查出违规金额（万元） | 2 316.45 | 3 084.72"): its bare numbers'
        own = m.group(1) if cells and (m := _patterns()[1].search(_text(cells[0]).strip())) else ""
        own = own or (_row_unit(_text(cells[0]).strip(), listed) if cells and listed else "")
        if len(cells) == len(units):
            row_units = [u or (own if k else "") for k, u in enumerate(units)]
        elif own:
            row_units = ["", *[own] * (len(cells) - 1)]
        elif len(cells) + 1 == len(units) >= _SHORT_ROW_CELLS + 1 and all(_BARE.fullmatch(_text(c).strip().rstrip("%‰")) for c in cells[1:]):
            row_units = units[: len(cells)]  # "一级项目：乡村建设 | 2,190.00 | 1,965.20 | 89.74%": its last cell left empty
        else:
            out.append(row)  # a row whose cells do not line up with the header's: no column known
            continue
        out.append(_joined(cells, tabs, row_units))
    return out


def _joined(cells: list[list[Piece]], tabs: list[Piece], units: list[str]) -> list[Piece]:
    """A row's cells again, each bare number with its column's unit after it."""
    joined = _with_unit(cells[0], units[0])
    for tab, cell, unit in zip(tabs, cells[1:], units[1:], strict=True):
        joined += [tab, *_with_unit(cell, unit)]
    return joined


def unit_column(header: list[str]) -> int:
    """The column of a table that gives each row's unit ("指标 | 单位 | 2022年 | 2023年"), or 0 for none."""
    return next((k for k, h in enumerate(header) if k and re.sub(r"\s", "", h) in _data()["unit_columns"]), 0)


_GIVEN_UNIT = re.compile(r"[\u4e00-\u9fff/／·]{1,8}|[%‰]")  # "万人次", "微克/立方米", "%"


def given_unit(cell: str) -> str:
    """A unit column's cell, when it is a unit: no figure, a few characters ("人", "万人次", "%"); else ""."""
    cell = re.sub(r"\s", "", cell)
    return cell if _GIVEN_UNIT.fullmatch(cell) and cell not in ("—", "/") else ""


def takes_row_unit(heading: str) -> bool:
    """Whether a column's bare numbers are in the unit its row gives: not a rate's, a change's in percent or a
    score's ("增减率", "同比变化", "得分"), nor one whose heading gives its own ("金额（万元）")."""
    heading = heading.strip()
    return not any(w in heading for w in (*_data()["not_row_unit"], "比", "变化")) or bool(_YEAR_HEADING.fullmatch(heading)) \
        if not (_patterns()[1].search(heading) or _counted_in(heading)) else False


_YEAR_HEADING = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?(?:目标值?|实际|完成值?)?")  # "2023年", "2024年目标值"


_UNIT_LIST = re.compile(r"单位[：:]\s*([^\s，,。；;、（）()]{1,4}(?:\s*、\s*[^\s，,。；;、（）()]{1,4})+)\s*[）)]?\s*$")
_MONEY_SIZES = ("元", "千元", "万元", "亿元")  # smallest first
SUBTOTAL = "小计"  # a part's total, no whole's (FORMS.total_rows), but a sum all the same


def _listed_units(above: str) -> list[str]:
    """The units a line above a table lists for its rows ("单位：人、元、万元"), when it lists a sum's among others."""
    m = _UNIT_LIST.search(above.strip())
    listed = [u.strip() for u in m.group(1).split("、")] if m else []
    return listed if any(u in _MONEY_SIZES for u in listed) else []


def _row_unit(name: str, listed: list[str]) -> str:
    """The unit of a row's (or a column's) bare numbers, of the units listed for the table: what its name counts
    ("寄宿生人数": 人; "在校学生数": the one count listed) or measures ("养护里程": 公里), or, for a sum ("补助资金",
    "小计"), the largest money unit listed, for a standard per head ("生均公用经费标准") the smallest; "" when its name
    says none."""
    money = sorted((u for u in listed if u in _MONEY_SIZES), key=_MONEY_SIZES.index)
    counts = [u for u in listed if u in UNITS.count_words or u in UNITS.measures]
    name = re.sub(r"\s+", "", name)
    if (counted := _counted_in(name)) and counted in listed:
        return counted
    # a measure listed whose quantity the name says ("养护里程": 公里)
    if measured := next((u for u in counts if (dim := UNITS.dimension(u)) and any(w in name for w in UNITS.dimension_words.get(dim, ()))), ""):
        return measured
    if name.endswith("标准"):
        return money[0]
    if _money_name(name) or FORMS.is_total_row(name) or name == SUBTOTAL:
        return money[-1]
    return counts[0] if len(counts) == 1 and name.endswith("数") else ""


_SHORT_ROW_CELLS = 3  # cells a row one short of its header's has at least, a name and two figures, for them to be placed


def units_row(row: str, width: int) -> list[str]:
    """The units a tab-separated row under a header of `width` cells gives its last columns, each cell only
    a unit in brackets ("（万元）"), right-aligned; [] when the row is no such row."""
    cells = [t for c in row.split("\t") if (t := c.strip())]
    _whole, column = _patterns()
    if not cells or len(cells) > width or not all(column.fullmatch(c) for c in cells):
        return []
    return cells


def with_units(header: list[str], units: list[str]) -> list[str]:
    """A header's cells with the units a row under it gives its last columns ("已拨付资金" + "（万元）")."""
    cut = len(header) - len(units)
    return header[:cut] + [h + u for h, u in zip(header[cut:], units, strict=True)]


_RATE_CELL = re.compile(r"(?:^|\t)\s*-?\d+(?:\.\d+)?\s*[%％]\s*(?:\t|$)")


def starts_table(width: int, row: str) -> bool:
    """Whether a tab-separated row, below rows of `width` tabs, is the header of a table of its own: a
    row with no bare number, of another width or with a form's column heading among its cells
    ("一级指标 | … | 年度指标值 | 实际完成值 | 分值 | 得分" under the money rows). One of another width
    with figures is a row whose cells were merged: the table goes on."""
    if _BARE_CELL.search(row) or _MONEY_CELL.search(row) or _RATE_CELL.search(row):
        return False  # (a sum with the unit the table gave it: "金额合计（万元） | 年初预算数 | 6 218.40万元"; a row of
        # rates, "预算执行率 | 98.52% | 98.25%", though its name is a form's heading)
    return row.count("\t") != width or any(cell.strip() in _HEADINGS for cell in row.split("\t"))


def units_from_headers(lines: list[list[Piece]]) -> list[list[Piece]]:
    """The lines with a unit written after each bare number whose table header gives it."""
    out: list[list[Piece]] = []
    i = 0
    while i < len(lines):
        if not any(c == "\t" for c, _ in lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        width = _text(lines[i]).count("\t")
        while j < len(lines) and "\t" in _text(lines[j]) and not (
                starts_table(width, _text(lines[j])) and not (j == i + 1 and units_row(_text(lines[j]), width + 1))):
            j += 1  # (the units of the header's columns on the line under it are its)
        # (a unit on the line after the table is its own, unless another table opens right after it)
        below = _text(lines[j]) if j < len(lines) and not (j + 1 < len(lines) and "\t" in _text(lines[j + 1])) else ""
        near = "\n".join(_text(line) for line in lines[max(0, i - _NEAR_LINES) : i] + lines[j : j + _NEAR_LINES])
        out += _table(lines[i:j], _text(lines[i - 1]) if i else "", below, near)
        i = j
    return out


# a form's field of a bare sum ("全年预算数：10 312.75", "其中：中央补助资金：6 420.00"), the next field perhaps run on
# after it ("372.00省级资金：83.60"): its name, then the number
_FIELD_SUM = re.compile(r"(?P<name>[\u4e00-\u9fff（）()]{2,16})[：:]\s*(?P<number>-?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
                        r"(?=\s|$|[（(]|[\u4e00-\u9fff（）()]{2,16}[：:])")
# a sum of a part named in a bracket after the field's ("2 146.00（中央资金1 720.00，省级资金426.00）")
_PART_SUM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})\s*(?P<number>\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?=\s*[，,、；;）)])")
_CELL_SUM = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,10})\s*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")
_FIELD_BLOCK_HEAD = 12  # characters of a line at most that only says the unit of the fields under it ("项目资金（万元）")
_FIELD_HEAD = re.compile(r"[\u4e00-\u9fff]{2,12}[（(]\s*([万亿千]?元)\s*[）)]\s*[：:]")  # "项目资金（万元）：" opening its fields


def _money_name(name: str) -> bool:
    """Whether a field's name names a sum ("全年预算数", "县级配套资金"), not points or a rate ("分值", "执行率")."""
    name = re.sub(r"^其中[：:]?", "", name)
    name = _patterns()[1].sub("", name)  # "年度预算数（万元）"
    return not any(w in name for w in _words()[1]) and (
        name.endswith((*FORMS.sum_headings, *FORMS.money_columns)) or name.endswith(("预算数", "执行数", "决算数", "经费")))


def units_of_fields(lines: list[list[Piece]]) -> list[list[Piece]]:
    """The lines with a unit written after the bare sum of each field of a form ("全年预算数：10 312.75") that a line
    above it in the same run of fields gives ("项目资金（万元）", "填报单位：…    单位：万元"), or its own name
    ("年度预算数（万元）：9 856.40"); a run of fields ends at a line that holds none."""
    whole, column = _patterns()
    out: list[list[Piece]] = []
    unit = ""
    for line in lines:
        text = _text(line)
        if "\t" in text and "：" not in text and ":" not in text:
            unit = ""  # a table's row: its own units are its header's
        if (m := whole.search(text.strip())) or len(text.strip()) <= _FIELD_BLOCK_HEAD and (m := column.search(text.strip())):
            unit = next(g for g in m.groups() if g)
            out.append(line)
            continue
        fields = [f for f in _FIELD_SUM.finditer(text) if _money_name(f.group("name"))]
        inserts: dict[int, str] = {}  # after which character, what unit
        if unit and not fields and ("|" in text or "｜" in text):
            # "年初预算数 2,900.00 | 全年预算数 2,960.00 | 全年执行数 2,943.48 | 分值 10" under "项目资金（万元）：": the form's
            # cells as name and sum, one to a cell
            at = 0
            for cell in re.split(r"[|｜]", text):
                if (p := _CELL_SUM.fullmatch(cell)) and _money_name(p.group("name")) and _unit_free(cell, p.end("number")):
                    inserts[at + p.end("number") - 1] = unit
                at += len(cell) + 1
        if not fields and not inserts and "：" not in text and ":" not in text:
            unit = ""
        if head := _FIELD_HEAD.match(text.strip()):
            # "项目资金（万元）：年初预算数220.00，全年预算数236.80，…，分值10": the form's fields said as one sentence,
            # their unit once
            lead = len(text) - len(text.lstrip())
            for p in _PART_SUM.finditer(text, lead + head.end()):
                if _money_name(p.group("name")) and _unit_free(text, p.end("number")):
                    inserts[p.end("number") - 1] = head.group(1)
        for f in fields:
            said = column.search(f.group("name"))
            if (sum_unit := said.group(1) if said else unit) and _unit_free(text, f.end("number")):
                inserts[f.end("number") - 1] = sum_unit
                if text.startswith(("（", "("), f.end("number")):
                    close = min((text.find(c, f.end("number")) for c in "）)" if c in text[f.end("number") :]), default=-1)
                    for p in _PART_SUM.finditer(text, f.end("number"), close + 1 if close > 0 else len(text)):
                        if _money_name(p.group("name")):
                            inserts[p.end("number") - 1] = sum_unit
        out.append(_inserted(line, inserts) if inserts else line)
    return out


def _unit_free(text: str, end: int) -> bool:
    """Whether no unit follows a number that ends at `end` already."""
    return not re.match(r"\s*(?:[万亿千]?元|[%‰％])", text[end:])


def _inserted(line: list[Piece], inserts: dict[int, str]) -> list[Piece]:
    out: list[Piece] = []
    for i, piece in enumerate(line):
        out.append(piece)
        if i in inserts:
            out += [(ch, piece[1]) for ch in inserts[i]]
    return out
