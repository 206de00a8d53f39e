"""Clean extraction artefacts while keeping, for every clean character, its raw offset.

Handles: CRLF, full-width digits/letters, ideographic spaces, zero-width characters, LaTeX
fragments ($\\frac{a}{b} \\times 100\\%$ → a/b×100%), spaces inside figures ("1 234.5 万元" →
"1234.5万元", while "45 10" stays two figures) and between digits and Chinese ("2023 年" → "2023年"),
sentences broken across lines ("我局的群\\n\\n众满意度"), a unit cut from its figure ("1781.86万\\n元"),
a form's cells run together where the scan lost their borders ("保障人数102370人2370人": points 10,
target 2370人, result 2370人 → "保障人数10|2370人|2370人"), traditional characters read as
simplified (萬元 → 万元, app.core.simplified: same length, so the offsets hold and quotes, cut from
the raw text, keep the characters as published),
HTML-ish markup (<p> and the like dropped, <tr>/<td> rows as tab-separated lines), pinyin printed
after characters ("农(nóng)机(jī)" → 农机), tables
broken across pages (a repeated header row dropped, a row carried on after it joined back) and
units given only in a table's header ("执行数（万元）" over "12.5" → "12.5万元", ingest.table_units).
"""

from __future__ import annotations

import re
import unicodedata

from app.core.headings import has_unclosed_bracket, heading_title, is_rule, marker_level
from app.core.numbers import csv_commas, find_figures
from app.core.quotes import space_kept, spaced_thousands
from app.core.records import CleanText
from app.core.simplified import to_simplified
from app.core.slips import scan_slips
from app.core.tokenize import splits_word
from app.vocab.labels import FORMS
from ingest.table_units import SUBTOTAL, units_from_headers, units_of_fields

Piece = tuple[str, int]  # (character, raw offset)

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_SPACES = {"\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\f", "\v"}
_FULLWIDTH_KEEP = set("，：；（）！？")  # Chinese punctuation stays as written
_TERMINAL = set("。！？；!?;：:")
_FIELD_LINE = re.compile(r"^[^，。；：:,;]{1,16}[：:]")
_LATEX = re.compile(r"\$((?:[^$\n]|\n(?![ \t]*\n)){1,300})\$")  # may wrap once, never across a blank line
# Markup some exports leave in the text: inline tags go, table tags become rows and cells.
_TAG = re.compile(r"</?(p|br|span|div|font|b|strong|i|em|u|sup|sub|tr|td|th|table|tbody|thead)\b[^<>\n]{0,200}>", re.I)
# Pinyin a web page prints after characters ("农(nóng)机(jī)购置补贴"): it goes, so the words read
# whole; a reading carries a tone mark ("(a)" of a list stays)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_RUBY = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile("|".join(_ENTITIES))
_LATEX_SYMBOLS = {
    "times": "×", "div": "÷", "cdot": "·", "%": "%", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "approx": "≈", "pm": "±", "left": "", "right": "",
}


def _normalise_char(ch: str) -> str:
    if ch in _SPACES:
        return " "
    if "\uff01" <= ch <= "\uff5e" and ch not in _FULLWIDTH_KEEP:
        return chr(ord(ch) - 0xFEE0)
    return ch


def _latex_to_text(pieces: list[Piece]) -> list[Piece]:
    """Render the inside of a $...$ fragment as plain text, each output char mapped to its source."""
    out: list[Piece] = []
    i = 0

    def group(j: int) -> tuple[list[Piece], int]:
        """The {...} group starting at j (or a single char), and the index after it."""
        while j < len(pieces) and pieces[j][0].isspace():
            j += 1
        if j < len(pieces) and pieces[j][0] == "{":
            depth, k = 1, j + 1
            while k < len(pieces) and depth:
                depth += {"{": 1, "}": -1}.get(pieces[k][0], 0)
                k += 1
            return _latex_to_text(pieces[j + 1 : k - 1]), k
        return pieces[j : j + 1], j + 1

    while i < len(pieces):
        ch, at = pieces[i]
        if ch == "\\":
            m = re.match(r"[A-Za-z]+|.", "".join(c for c, _ in pieces[i + 1 : i + 12]))
            name = m.group(0) if m else ""
            i += 1 + len(name)
            if name in ("frac", "dfrac", "tfrac"):
                num, i = group(i)
                den, i = group(i)
                out += num + [("/", at)] + den
            elif name in _LATEX_SYMBOLS:
                out += [(c, at) for c in _LATEX_SYMBOLS[name]]
            continue
        if ch in "{}" or ch.isspace():
            i += 1
            continue
        out.append((ch, at))
        i += 1
    return out


def _markup(raw: str) -> dict[int, tuple[int, str]]:
    """Where markup starts → (where it ends, what it stands for): an HTML-ish row is one line, its
    cells separated by tabs; inline tags stand for nothing, entities for their character."""
    found: dict[int, tuple[int, str]] = {m.start(): (m.end(), _ENTITIES[m.group(0)]) for m in _ENTITY.finditer(raw)}
    first_cell = True
    for m in _TAG.finditer(raw):
        tag, closing = m.group(1).lower(), m.group(0).startswith("</")
        text = ""
        if tag in ("tr", "table", "tbody", "thead"):
            first_cell, text = True, "" if closing else "\n"
        elif tag in ("td", "th") and not closing:
            text, first_cell = ("" if first_cell else "\t"), False
        elif tag == "br":
            text = " "
        found[m.start()] = (m.end(), text)
    return found


# Markdown a converter leaves (PDF to Markdown): a table's rule row and a horizontal rule stand for nothing
# (the table's row goes, line and all; a rule's line is left blank); in a text with Markdown's headings, so do
# their marks and a bold pair's ("**（一）部门职能。**"). Elsewhere asterisks hide what was withheld ("**县**局",
# "徐**", "**市根据《****财政厅"), and stay.
_MARKDOWN_RULES = re.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?\n"
                             r"|^[ \t]*(?:-[ \t]*){3,}$")
_MARKDOWN_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+(?=\S)")
_MARKDOWN_BOLD = re.compile(r"(?<!\*)\*\*(?=[^\s*])[^*\n]{2,}?(?<=[^\s*])\*\*(?!\*)")


def _markdown(raw: str) -> dict[int, tuple[int, str]]:
    """Where Markdown's marks start → (where they end, ""): see _MARKDOWN_RULES."""
    found = {m.start(): (m.end(), "") for m in _MARKDOWN_RULES.finditer(raw)}
    headings = list(_MARKDOWN_HEADING.finditer(raw))
    if headings:
        found |= {m.start(): (m.end(), "") for m in headings}
        for m in _MARKDOWN_BOLD.finditer(raw):
            found[m.start()] = (m.start() + 2, "")
            found[m.end() - 2] = (m.end(), "")
    return found


# A table drawn with box-drawing characters (a Word table copied by some converters): its rule lines
# ("┌──┬──┐", "├──┼──┤") stand for nothing, line and all; its walls ("│") for a cell border, as "|" does.
_BOX_RULE = re.compile(r"(?m)^[ \t]*[\u2500-\u257f][\u2500-\u257f \t]*\n?")
_BOX_WALL = re.compile(r"[│┃║┆┇┊┋╎╏]")


def _box_drawing(raw: str) -> dict[int, tuple[int, str]]:
    """Where a box-drawn table puts a rule line or a wall → what it stands for: see _BOX_RULE."""
    found = {m.start(): (m.end(), "") for m in _BOX_RULE.finditer(raw) if not _BOX_WALL.search(m.group())}
    found |= {m.start(): (m.end(), "|") for m in _BOX_WALL.finditer(raw)}
    return found


# A spreadsheet saved as text: fields parted by commas, quoted when they hold one ("1,380,000.00"), empty
# ones trailing (",,,,"). The quotes stand for nothing, the commas between fields for a cell border.
_CSV_LINE = re.compile(r'(?m)^(?:"[^"\n]*"|[^",\n]*)(?:,(?:"[^"\n]*"|[^",\n]*)){2,}$')
_CSV_SIGNS = re.compile(r'","|,,\s*$|^"')
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_EMPTY_CELL = "—"  # what an empty quoted field stands for: a cell with nothing in it, as forms write one


def _spreadsheet(raw: str) -> dict[int, tuple[int, str]]:
    """Where a line of a spreadsheet saved as text puts a quote or a field's comma → what it stands for."""
    found: dict[int, tuple[int, str]] = {}
    for m in _CSV_LINE.finditer(raw):
        line = m.group()
        if not _CSV_SIGNS.search(line):
            continue  # a sentence with commas ("其中,…,…") is no row
        quoted = False
        for i, ch in enumerate(line):
            at = m.start() + i
            if ch == '"' and not quoted and line.startswith('""', i) and (i == 0 or line[i - 1] == ",") \
                    and (i + 2 == len(line) or line[i + 2] == ","):
                found[at] = (at + 2, _EMPTY_CELL)  # "合计","","6,310,000.00": a cell left empty keeps its place
                quoted = True  # (its second quote closes it)
                continue
            if ch == '"':
                quoted = not quoted
                found[at] = (at + 1, "")
            elif ch == "," and not quoted and not _THOUSANDS_COMMA.match(line, i):
                found[at] = (at + 1, "\t")
    return found


def _pieces(raw: str) -> list[Piece]:
    """Character-level normalisation with offsets (newlines kept)."""
    out: list[Piece] = []
    latex = {m.start(): m for m in _LATEX.finditer(raw) if re.search(r"[\\^_{]", m.group(1))}
    markup = _markup(raw) if ("<" in raw or "&" in raw) else {}
    markup.update({m.start(): (m.end(), "") for m in _RUBY.finditer(raw)})
    markup.update(_markdown(raw))
    if _BOX_WALL.search(raw):
        markup.update(_box_drawing(raw))
    if "," in raw:
        markup.update(_spreadsheet(raw))
    markup.update(scan_slips(raw))
    i = 0
    while i < len(raw):
        if i in markup and markup[i][0] > i:
            end, text = markup[i]
            out += [(ch, i) for ch in text]
            i = end
            continue
        if i in latex:
            m = latex[i]
            inner = [(raw[j], j) for j in range(m.start(1), m.end(1))]
            floor = m.start()
            for ch, at in _latex_to_text(inner):
                floor = max(floor, at)  # keep offsets monotonic ("/" of \frac comes after its numerator)
                out.append((ch, floor))
            i = m.end()
            continue
        ch = raw[i]
        if ch == "\r":
            if i + 1 >= len(raw) or raw[i + 1] != "\n":
                out.append(("\n", i))
        elif ch not in _ZERO_WIDTH:
            out.append((_normalise_char(ch), i))
        i += 1
    return out


def _tidy_line(line: list[Piece], every_tab: bool = False) -> list[Piece]:
    """Strip the line and fold inner whitespace: gone next to CJK or inside numbers, else one space.
    A run with tabs folds to one tab, or, in a row whose separators were written as tabs (every_tab:
    "| 合计 |  | 77.8 |"), keeps each, so an empty cell stays a cell."""
    out: list[Piece] = []
    joined = spaced_thousands(_text(line))
    i = 0
    while i < len(line):
        ch, at = line[i]
        if not ch.isspace():
            out.append((ch, at))
            i += 1
            continue
        j = i
        while j < len(line) and line[j][0].isspace():
            j += 1
        before = out[-1][0] if out else ""
        after = line[j][0] if j < len(line) else ""
        run = "".join(c for c, _ in line[i:j])
        tabs = [line[k] for k in range(i, j) if line[k][0] == "\t"]
        if "\t" in run and (before or after):
            # between cells; or empty trailing cells, or a row that starts with empty cells
            out += tabs if every_tab else [tabs[0] if before and after else ("\t", at)]
        elif before and after and space_kept(before, after, i in joined):
            out.append((" ", at))
        i = j
    return out


_FLATTENED_LINE = 200  # characters of a line at least that may hold a whole form run onto it
_FLATTENED_HEADINGS = 3  # a form's column headings such a line names at least
_FLATTENED_SPACES = 20  # and the single spaces that set its cells apart


def flattened(line: str) -> bool:
    """Whether a line is a form run onto one line, its cells set apart by single spaces (as a web page's table is
    copied): long, no tab or "|", the form's column headings among its words, and many spaces."""
    if len(line) < _FLATTENED_LINE or "\t" in line or "|" in line or line.count(" ") < _FLATTENED_SPACES \
            or sum(h in line for h in (*FORMS.money_columns, *FORMS.indicator_columns)) < _FLATTENED_HEADINGS:
        return False
    # (most of its cells a figure, a heading or a dash, as no sentence set out with spaces before its figures is:
    # "…年初申报指标值为 80%，实际完成指标值为 99.06%；…")
    cells = [cell.strip() for _, cell in single_spaced(line)]
    return sum(bool(_BARE_CELL.fullmatch(c)) or c in _FORM_HEADINGS for c in cells) >= _FLATTENED_SHARE * len(cells)


_BARE_CELL = re.compile(r"[≥≤＞＜><]?[-−]?\d[\d,. ]*[%‰]?[\u4e00-\u9fff]{0,2}|[—－/-]")  # "86,500.00", "≥12处", "—"
_FLATTENED_SHARE = 0.4  # of a form's cells at least that are such


_CELL_SPACE = re.compile(r"(?<!\d) +| +(?!\d{3}(?:\.\d|\s|$))")  # a space between cells, not in "5 840.00" (but "10 100%")


def single_spaced(line: str) -> list[tuple[int, str]]:
    """The cells of a line set apart by spaces, each with where it starts; a figure's digit groups stay one cell."""
    out, at = [], 0
    for m in _CELL_SPACE.finditer(line):
        if m.start() > at:
            out.append((at, line[at : m.start()]))
        at = m.end()
    if at < len(line):
        out.append((at, line[at:]))
    # a heading its cell wrapped, run on with a space ("年度 指标值", "偏差原因分析及 改进措施"): one cell again
    k = 0
    while k + 1 < len(out):
        (a, first), (b, second) = out[k], out[k + 1]
        if first + second in _FORM_HEADINGS and first not in _FORM_HEADINGS:
            out[k : k + 2] = [(a, line[a : b + len(second)])]
        k += 1
    return out


_FORM_HEADINGS = frozenset((*FORMS.money_columns, *FORMS.indicator_columns, *FORMS.text_columns, *FORMS.level_columns))


# a run of spaces before a form's next field on the same line ("执行率：100%        分值：10"): the fields stay apart
# (not the spaces that indent a table's cell after its "|": "|   其中：疫情防控 | 6,120.33 |", a part's row)
_BEFORE_FIELD = re.compile(r"(?<=[^\s|│]) {2,}(?=[\u4e00-\u9fff（）()]{2,16}[：:])")


def _cells_apart(line: list[Piece]) -> list[list[Piece]]:
    """A form run onto one line, its cells set apart by single spaces, as lines of one cell each, as a form copied one
    cell a line gives them (`flattened`); else the line alone."""
    text = _text(line)
    if not flattened(text):
        return [line]
    return [line[at : at + len(cell)] for at, cell in single_spaced(text)]


def _fields_apart(line: list[Piece]) -> list[list[Piece]]:
    """A line of a form's fields set apart by runs of spaces as lines of one field each ("执行率：100%        分值：10" →
    "执行率：100%" and "分值：10"), as a form copied one field a line gives them (not a table's cells: a line of fields
    heads no table of the rows under it); else the line alone."""
    text = _text(line)
    runs = [(m.start(), m.end()) for m in _BEFORE_FIELD.finditer(text)]
    if not runs:
        return [line]
    out: list[list[Piece]] = []
    at = 0
    for start, end in runs:
        out.append(line[at:start])
        at = end
    return [*out, line[at:]]


def _text(line: list[Piece]) -> str:
    return "".join(c for c, _ in line)


# a line of figures only (cells of a form copied one per line, or those figures joined): "97.53%", "10 10"
_FIGURE_CELLS = re.compile(r"[≥≤<>＞＜]?\d[\d,.]*[%‰]?(?: [≥≤<>＞＜]?\d[\d,.]*[%‰]?)*")
_SIGNS = "-−+"  # a signed figure's first character ("-6.2%")
_CELL_RUN = re.compile(r"(?:[≥≤<>＞＜]?[-−]?\d[\d,.]*[%‰]?[\u4e00-\u9fff]{0,2} ?){2,}")  # cells of figures run together
_CELL_FIGURE = re.compile(r"[≥≤<>＞＜]?[-−]?\d[\d,.]*[%‰]?[\u4e00-\u9fff]{0,2}")  # one figure, its unit, no more: "≥40项"


def _continues(prev: str, nxt: str, blank_lines: int, last: str = "") -> bool:
    """True when nxt carries on the sentence prev broke off (a line break mid-sentence); last: the line prev ended
    with, as printed (a form's cells one a line are read by it, whatever prev ran together before it)."""
    if not prev or not nxt or blank_lines > 1:
        return False
    if last and last != prev and (_FIGURE_CELLS.fullmatch(last) or _CELL_RUN.fullmatch(last)) \
            and re.match(r"[\u4e00-\u9fff]", nxt):
        return False  # ("…继续协调管网改造长度≥15公里16公里10 10" then "一级指标": the cells, then the next heading)
    if "\t" in prev or "\t" in nxt or prev[-1] in _TERMINAL or is_rule(prev) or is_rule(nxt):
        return False
    if prev[-1] in "）)" and not has_unclosed_bracket(prev):
        return False  # "……（该三级指标满分2分，自评得分为2分）" ends its line
    if marker_level(nxt) is not None or _FIELD_LINE.match(nxt):
        return False  # a new numbered item or a "字段：值" line
    if (_FIGURE_CELLS.fullmatch(prev) or _CELL_RUN.fullmatch(prev)) and re.match(r"[\u4e00-\u9fff]", nxt):
        # a form's cells one per line: "23.92" then the next row's name "金额合计" (or cells run together before it,
        # "2,280.00 2,964.30 2,891.56 10 97.55%9.76", then "年度总体目标")
        return False
    if _CELL_FIGURE.fullmatch(prev) and (nxt[0] in _SIGNS or not _CELL_FIGURE.fullmatch(nxt.split()[0])):
        # "≤0" then "-6.2%", "13" then "2个乡镇统计站人员调整…": cells of a form one per line, the second signed or of
        # words (a target and what was done run together, "≥2900人2968人", are read as a row's two cells)
        return False
    if nxt in FORMS.levels:
        return False  # "产出指标": the next row of a form's indicators, whatever the cell before it said
    if has_unclosed_bracket(prev):
        return True  # ("其中：基本支出…（人员经费973.51万元，公用经费" goes on, though it opens as a field does)
    if _FIELD_LINE.match(prev) and len(prev) < 60:
        return False  # "部门名称：惠东县政务服务数据管理局" is complete as it stands
    title = heading_title(prev)
    if title is None or len(prev) > len(title) + 1:
        return True  # a heading with its text carries on like text
    return _cuts_heading_word(prev, nxt)


_HEADING_REST = re.compile(r"[^。，；：,;:\s]{1,8}[。，；：,;:]")  # "造工程。", the rest of a cut heading


def _cuts_heading_word(heading: str, nxt: str) -> bool:
    """Whether the line break cut a heading's last word in two ("（3）桑溪镇危桥改" / "造工程。改造危桥2座"):
    the next line opens with a short clause that ends the heading, and a word spans the break."""
    joined = heading + nxt[:8]
    return _HEADING_REST.match(nxt) is not None and splits_word(joined, len(heading), len(heading))


# A figure whose unit a line break cut: "1781.86万" / "元", "98.5" / "%", "12" / "万元"
_FIGURE_END = re.compile(r"\d[万亿千萬億]?$")
_UNIT_REST = re.compile(r"(?:[万亿千萬億]?元(?![旦宵素件器])|%|个百分点|個百分點)")


def _unit_carries_on(prev: str, nxt: str) -> bool:
    """True when nxt starts with the rest of the unit of the figure prev ends with."""
    return _FIGURE_END.search(prev) is not None and _UNIT_REST.match(nxt) is not None


def _into_cell(out: list[Piece], line_start: int, row: str, k: int, words: list[Piece]) -> str:
    """The row (written in out from line_start) with words put at the end of its cell k; the row's text after."""
    cells = row.split("\t")
    at = line_start + sum(len(cell) + 1 for cell in cells[:k]) + len(cells[k])
    out[at:at] = words
    cells[k] += _text(words)
    return "\t".join(cells)


def _carries_on_row(line: str) -> bool:
    """True for a table row whose cells are empty but the last: the rest of the row before it,
    cut off by a page break (its other cells ended on the page before)."""
    cells = line.split("\t")
    return len(cells) >= 2 and not any(c.strip() for c in cells[:-1]) and bool(cells[-1].strip())


def _split_run_cells(row: list[Piece]) -> list[Piece]:
    """A flattened form's points, target and result run together ("办公所需成本415万元15万元": points
    4, then 15万元 twice): where a figure is followed at once by a figure in the same unit that its own
    digits end with, after one or two digits of points, the cells are set apart with "|" (a rule that
    survives matching, which drops whitespace). Only equal target and result are read so; anything
    else stays as written."""
    text = _text(row)
    cuts: set[int] = set()
    figures = [f for f in find_figures(text) if f.unit and f.kind not in ("date", "number")]
    for a, b in zip(figures, figures[1:], strict=False):
        number = b.text[: len(b.text) - len(b.unit)] if b.text.endswith(b.unit) else ""
        prefix = len(a.text) - len(b.text)
        if (a.end == b.start and a.unit == b.unit and number and a.text.endswith(b.text)
                and 1 <= prefix <= 2 and text[a.start : a.start + prefix].isdigit()
                and text[a.start + prefix] != "0" and "." not in text[a.start : a.start + prefix]):
            cuts |= {a.start + prefix, b.start}
    if not cuts:
        return row
    out: list[Piece] = []
    for i, piece in enumerate(row):
        if i in cuts:
            out.append(("|", piece[1]))
        out.append(piece)
    return out


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # columns set apart by runs of spaces
_MIN_CELLS = 3
# a two-character label set out with spaces to fill its cell ("合  计", "项  目"), then the row's cells
_SPACED_OUT = re.compile(r"\s*([\u4e00-\u9fff]) {2,}[\u4e00-\u9fff](?= {2,}|\t|$)")


def _split_row(text: str) -> tuple[str, list[tuple[int, int]]]:
    """How a line sets its cells apart ("|", commas of a line saved as comma-separated values, or runs
    of spaces) and the spans of the separators between them (a "|" with its spaces; the outer "|" of
    "| a | b |" are none)."""
    body = text.strip()
    if "|" in body and not is_rule(body):
        return "|", _pipe_seps(text)
    if "\t" not in text:
        if len(commas := csv_commas(text)) + 1 >= _MIN_CELLS:
            return ",", [(at, at + 1) for at in commas]
        spaced = _SPACED_OUT.match(text)  # "合  计": one word set out across its cell, no two cells
        gaps = [(m.start(), m.end()) for m in _GAP.finditer(text) if not (spaced and m.start() == spaced.end(1))]
        if gaps or not _ONE_SPACE_ROW.fullmatch(body):
            return " ", gaps
        return "1", [(m.start(), m.end()) for m in _ONE_SPACE.finditer(text)]
    return "", []


_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_BARE_NUMBER = r"[≥≤<>＞＜]?[-−+]?\d[\d,]*(?:\.\d+)?[%‰]?"  # (a bound too: "≥70%", a target's cell)
# a row of a table whose cells are set apart by one space, as a PDF's text gives it: a name, then
# only bare figures ("项目支出 2,789.43 3,277.16 487.73"); or its header of short headings ("项目 2022年
# 2023年 增减"), with no sentence's punctuation
_ONE_SPACE_ROW = re.compile(rf"[^\s，。；,;]{{1,24}}(?: {_BARE_NUMBER}){{2,}}|[^\s，。；,;:：]{{1,10}}(?: [^\s，。；,;:：]{{1,10}}){{2,}}")
_FIGURES_ROW = re.compile(rf"\S+(?: {_BARE_NUMBER})+")
_GROUP_LEAD = re.compile(r"[1-9]\d{0,2}|0")  # a figure's first digit group ("000" opens none)
_GROUP_TAIL = re.compile(r"\d{3}")
_INSIDE_A_FIGURE = re.compile(r"0\d{2}(?:\.\d+)?")
_GROUP_LAST = re.compile(r"\d{3}(?:\.\d+)?[%‰]?")  # its last, with the decimals


def _groups_joined(text: str, seps: list[tuple[int, int]], cells: int) -> list[tuple[int, int]] | None:
    """The separators of a row whose cells one space sets apart once the digit groups of its figures
    are joined ("年度资金总额 500 000 515 000 515 000 10 100% 10" under a header of 7 cells: 500 000 is
    one cell): the one way of joining them that comes to that many cells; None when there is none or
    more than one."""
    bounds = [0, *(x for sep in seps for x in sep), len(text)]
    pieces = [text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    ways: list[list[int]] = []  # each way: the pieces that open a cell

    def join(at: int, opened: list[int]) -> None:
        if len(ways) > 1 or len(opened) > cells:
            return
        if at == len(pieces):
            if len(opened) == cells:
                ways.append(opened)
            return
        if not _INSIDE_A_FIGURE.fullmatch(pieces[at]):
            join(at + 1, [*opened, at])  # the piece is a cell of its own ("000" never is)
        if _GROUP_LEAD.fullmatch(pieces[at]):  # or opens a figure whose next groups follow
            end = at + 1
            while end < len(pieces) and _GROUP_TAIL.fullmatch(pieces[end]):
                end += 1
                join(end, [*opened, at])
            if end < len(pieces) and end > at and _GROUP_LAST.fullmatch(pieces[end]) and "." in pieces[end]:
                join(end + 1, [*opened, at])

    join(0, [])
    if len(ways) != 1:
        return None
    return [seps[k - 1] for k in ways[0][1:]]


_NAME_REST = 6  # characters of a row's name at most on the line its cells go on from ("中心    986.40 …")
_WRAPPED_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}")  # a row's name cut by the line's end, on a line of its own


def _table_rows(lines: list[list[Piece]]) -> tuple[dict[int, list[tuple[int, int]]], set[int]]:
    """The lines that are rows of a table set out with "|", commas or runs of spaces — at least two lines in a
    row with the same number of cells (three or more), a figure among them — and their separators; and the
    rows whose name began on the line above them ("浦阳街道社区卫生服务" over "中心    986.40    972.18 …").
    A flattened form whose "|" lines wrap anywhere, or lines of text indented by spaces, are none."""
    split = [_split_row(_text(line)) for line in lines]
    out: dict[int, list[tuple[int, int]]] = {}
    wrapped: set[int] = set()
    i = 0
    while i < len(lines):
        kind, seps = split[i]
        j = i + 1
        if kind == " " and (lead := _indent(_text(lines[i]))) and len(seps) + 2 >= _MIN_CELLS and j < len(lines) \
                and split[j][0] == " " and len(split[j][1]) == len(seps) + 1 and not _indent(_text(lines[j])):
            # "          年初预算    调整后预算    决算" over "基本支出    1 041.20 …": the header leaves the
            # rows' names' cell empty, its indent
            split[i] = (kind, seps := [(0, lead), *seps])
        if kind == " " and j < len(lines) and split[j][0] == " " and len(split[j][1]) > len(seps) \
                and len(every := _every_space(_text(lines[i]))) == len(split[j][1]):
            # "序号 小区名称     楼栋（栋） 户数（户） 投资（万元）" over rows set apart by runs of spaces: a header
            # whose headings one space or more sets apart, as many as the rows' cells
            split[i] = (kind, seps := every)
        cells = len(seps) + 1
        while kind == "|" and j + 1 < len(lines) and is_rule(_text(lines[j])) and "|" in _text(lines[j]) \
                and _text(lines[j]).strip().strip("|"):
            # "|---|---|" under a header: the rule between it and its rows ("| 项目 | 年初预算 |…"), a row of the
            # table that holds nothing, so the header stays over its rows
            split[j] = ("|", _pipe_seps(_text(lines[j])))
            j += 1
        if kind == " " and cells >= _MIN_CELLS and j + 1 < len(lines) \
                and (units := _units_line(_text(lines[i]), seps, _text(lines[j]))) is not None:
            # "镇名称    …    下达补助资金    已拨付资金" over "          （万元）        （万元）": the units of its
            # columns on a line of their own, a row of the header's
            split[j] = (kind, units)
            j += 1
        while kind and len(seps) + 1 >= _MIN_CELLS and j < len(lines):
            if kind == " " and not split[j][1] and j + 1 < len(lines) and _WRAPPED_NAME.fullmatch(_text(lines[j]).strip()) \
                    and split[j + 1][0] == kind and split[j + 1][1] \
                    and split[j + 1][1][0][0] - _indent(_text(lines[j + 1])) <= _NAME_REST:
                above = [_text(lines[k]) for k in range(i, j)], [split[k][1] for k in range(i, j)]
                if len(split[j + 1][1]) + 1 == cells:
                    wrapped.add(j + 1)  # the first part of the next row's name: the row goes on from it
                    j += 1
                    continue
                if _indent(_text(lines[j])) and _indent(_text(lines[j])) == _indent(_text(lines[j + 1])) \
                        and (aligned := _short_row(*above, _text(lines[j + 1]), split[j + 1][1])):
                    # ("            C级危房户均" over "            补助    ≤1.8万元/户 …": a name in a column of its own)
                    split[j + 1] = (kind, aligned)
                    wrapped.add(j + 1)
                    j += 1
                    continue
            if split[j][0] != kind or kind == "1" and not _FIGURES_ROW.fullmatch(_text(lines[j]).strip()):
                break
            # (cells set apart by one space: every row under the header names its figures, their digit
            # groups perhaps set apart by the same space; the header may leave out the rows' names)
            aligned = None
            if kind == " " and len(split[j][1]) + 1 < cells \
                    and (aligned := _short_row([_text(lines[k]) for k in range(i, j)], [split[k][1] for k in range(i, j)],
                                               _text(lines[j]), split[j][1])) is not None:
                split[j] = (kind, aligned)  # "合  计        125.50   122.68": its cells under their own columns
            if len(split[j][1]) + 1 != cells and aligned is None:
                joined = None
                for want in ((cells, cells + 1) if kind == "1" and j == i + 1 else (cells,) if kind == "1" else ()):
                    if (joined := _groups_joined(_text(lines[j]), split[j][1], want)) is not None:
                        cells = want
                        break
                if joined is None and kind == " " and _last_cell_left_empty(_text(lines[i]), _text(lines[j]), split[j][1], cells):
                    j += 1  # "一级项目：农业生产发展        64,899.10        64,254.46        99.01%": no 自评得分 of its own
                    continue
                if joined is None:
                    break
                split[j] = (kind, joined)
            j += 1
        if j - i >= 2 and any(re.search(r"\d", _text(lines[k])) for k in range(i + 1, j)):
            for k in range(i, j):
                out[k] = split[k][1]
        else:
            wrapped -= set(range(i, j))
        i = max(j, i + 1)
    return out, wrapped


def _every_space(text: str) -> list[tuple[int, int]]:
    """The separators of a header whose headings any run of spaces sets apart ("序号 小区名称     楼栋（栋）"):
    every run, when each heading is short words, no figure and no sentence; none else."""
    body = text.strip()
    pieces = body.split()
    if len(pieces) < _MIN_CELLS or re.search(r"[，。；,;：:]", body) \
            or any(len(p) > _HEADING_CHARS or re.fullmatch(_BARE_NUMBER, p) for p in pieces):
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"(?<=\S)\s+(?=\S)", text)]


_HEADING_CHARS = 12  # characters of one column's heading at most ("改造面积（万㎡）")


def _last_cell_left_empty(header: str, line: str, seps: list[tuple[int, int]], cells: int) -> bool:
    """Whether a row set out by spaces under a header of words, its columns out of line with the header's (a PDF's
    text), leaves only its last cell empty: one cell fewer, a name and then figures only."""
    if len(seps) + 2 != cells or re.search(r"\d", header):
        return False
    bounds = [0, *(x for sep in seps for x in sep), len(line)]
    pieces = [line[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return bool(re.search(r"[\u4e00-\u9fff]", pieces[0])) and all(_CELL_FIGURE.fullmatch(p) for p in pieces[1:])


_UNIT_TOKEN = re.compile(r"[（(][^（）()\s]{1,6}[）)]")


def _units_line(header: str, seps: list[tuple[int, int]], line: str) -> list[tuple[int, int]] | None:
    """The separators of a line of column units under a header set out by spaces ("（万元）        （万元）"), a
    row of the table, when its units stand under the header's last columns; None when the line is no such line."""
    tokens = list(re.finditer(r"\S+", line))
    if not tokens or not all(_UNIT_TOKEN.fullmatch(t.group()) for t in tokens):
        return None
    # (where each stands as the eye sees it: a wide character, 汉字 or "（", takes two columns)
    head_at, line_at = display_columns(header), display_columns(line)
    starts = [head_at[len(header) - len(header.lstrip())], *(head_at[b] for _, b in seps)]
    ends = [head_at[a] for a, _ in seps] + [head_at[len(header.rstrip())]]
    columns = []
    for t in tokens:  # the heading it stands under: overlapping it, else the nearest
        middle = (line_at[t.start()] + line_at[t.end()]) / 2
        columns.append(min(range(len(starts)), key=lambda k: 0 if starts[k] <= middle <= ends[k] + 1
                           else min(abs(starts[k] - middle), abs(ends[k] - middle))))
    if columns != list(range(len(starts) - len(columns), len(starts))):
        return None  # (units under the last columns, as a unit row's cells are read right-aligned)
    out: list[tuple[int, int]] = []
    at, column = 0, 0
    for t, c in zip(tokens, columns, strict=True):
        need = c - column  # separators before this cell, from the spaces before it
        if need and t.start() - at < need:
            return None
        out += [(at + k, at + k + 1) for k in range(need - 1)] + ([(at + need - 1, t.start())] if need else [])
        at, column = t.end(), c
    return out


def _short_row(rows: list[str], seps: list[list[tuple[int, int]]], line: str,
               line_seps: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The separators of a row set out by spaces with fewer cells than the rows above it, with one more for each empty
    cell: a 合计 row that leaves its text columns empty ("合  计                      125.50     122.68"); a form's row that
    leaves its group's cells to the row above ("                新增学位          ≥900个     1 080个     5     5") or its
    last column empty; a cell's text broken onto a line of its own under its column. Each cell stands under the column
    it overlaps, as the eye sees the table (a wide character two columns wide) or as its characters count, whichever
    sets every cell under a column of its own: the row's name under the first column unless the line is indented, and
    its last cell under the last unless it has three cells or more or is indented (the rest are empty); None when
    neither does."""
    bounds = [0, *(x for sep in line_seps for x in sep), len(line)]
    cells = [(a + len(line[a:b]) - len(line[a:b].lstrip()), a + len(line[a:b].rstrip()))
             for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    # (cells left empty at either end only under a header of words: a first line with figures heads no table)
    headed = not re.search(r"\d", rows[0]) if rows else False
    indented = _indent(line) > 0 and headed
    if not indented and (len(cells) < 2 or not any(re.search(r"\d", line[a:b]) for a, b in cells[1:])):
        return None
    for measure in (display_columns, lambda t: list(range(len(t) + 1))):
        seen: dict[int, tuple[int, int]] = {}  # each column's span over the rows above
        for row, row_seps in zip(rows, seps, strict=True):
            at = measure(row)
            edges = [0, *(x for sep in row_seps for x in sep), len(row)]
            for k, (a, b) in enumerate(zip(edges[::2], edges[1::2], strict=True)):
                a, b = a + len(row[a:b]) - len(row[a:b].lstrip()), a + len(row[a:b].rstrip())
                if a < b:
                    lo, hi = seen.get(k, (at[a], at[b]))
                    seen[k] = (min(lo, at[a]), max(hi, at[b]))
        if sorted(seen) != list(range(len(seen))):
            return None  # (a column empty in every row above: where it stands is not known)
        spans = [seen[k] for k in range(len(seen))]
        at = measure(line)
        columns = [next((k for k, (lo, hi) in enumerate(spans) if at[a] < hi and lo < at[b]), -1) for a, b in cells]
        if -1 in columns or columns != sorted(set(columns)) or columns[0] != 0 and not indented \
                or columns[-1] != len(spans) - 1 and not (indented or headed and len(cells) >= _MIN_CELLS):
            continue
        lead = cells[0][0]  # the empty cells before the first: separators inside the indent
        if lead < columns[0]:
            continue
        out = [(k, k + 1) for k in range(columns[0] - 1)] + ([(columns[0] - 1, lead)] if columns[0] else [])
        for (gap_a, gap_b), before, column in zip(line_seps, columns[:-1], columns[1:], strict=True):
            need = column - before  # separators in this gap: one more for each empty cell
            if gap_b - gap_a < need:
                break
            out += [(gap_a + k, gap_a + k + 1) for k in range(need - 1)] + [(gap_a + need - 1, gap_b)]
        else:
            return out
    return None


def display_columns(text: str) -> list[int]:
    """The display column each position of text starts at (and one past its end)."""
    out, at = [0], 0
    for ch in text:
        at += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        out.append(at)
    return out


def _pipe_seps(text: str) -> list[tuple[int, int]]:
    """The separators of a line whose cells "|" sets apart, each bar with its spaces (the outer "|" of
    "| a | b |" are none); a rule drawn with "|" ("|---|---|") has them as a row does."""
    body = text.strip()
    lead = len(text) - len(text.lstrip())
    inner_start = lead + (1 if body.startswith("|") else 0)
    inner_end = lead + len(body) - (1 if body.endswith("|") and len(body) > 1 else 0)
    seps = [(m.start(), m.end()) for m in re.finditer(r"\s*\|\s*", text)
            if inner_start <= m.start() and m.end() <= inner_end and text[m.start():m.end()].strip() == "|"]
    return [(a, b) for a, b in seps if inner_start < a or text[a] != "|"]


_INDENT_CELL = 4  # spaces before a header's first heading, at least, that stand for an empty cell


def _indent(text: str) -> int:
    """The spaces a line opens with, when they are as wide as a cell; else 0."""
    lead = len(text) - len(text.lstrip(" "))
    return lead if lead >= _INDENT_CELL and text.strip() else 0


def _as_tabs(line: list[Piece], seps: list[tuple[int, int]]) -> list[Piece]:
    """A table row with its separators written as tabs (at the separator's raw offset)."""
    text = _text(line)
    out: list[Piece] = []
    cut = {a: b for a, b in seps}
    i = 0
    while i < len(line):
        if i in cut:
            bar = text.find("|", i, cut[i])
            out.append(("\t", line[bar if bar >= 0 else i][1]))
            i = cut[i]
            continue
        if text[i] == "|" and not text[:i].strip() or text[i] == "|" and not text[i + 1 :].strip():
            i += 1  # the outer "|" of "| a | b |"
            continue
        out.append(line[i])
        i += 1
    return out


_WRAPPED_NOTE = re.compile(r"[（(][^（）()\t]{1,8}[）)]")  # "（万元）": a header cell's unit on its second line


def _wrapped_cells(texts: list[str]) -> set[int]:
    """The lines of a tab table that carry on the row before them, where a cell broke across lines
    ("…\t全年预算数" / "（万元）\t全年执行数" / "（万元）\t执行率…"): a line opening with a bracketed
    note, joined on until the row has as many cells as the table's rows have. Anything else stays."""
    joined: set[int] = set()
    for n, end in _tab_tables(texts):
        counts = [texts[k].count("\t") + 1 for k in range(n, end)]
        width = max(set(counts), key=lambda c: (counts.count(c), c))
        k = n
        while k < end:
            j, cells = k + 1, counts[k - n]
            while j < end and cells < width and _WRAPPED_NOTE.fullmatch(texts[j].split("\t", 1)[0].strip()):
                cells += counts[j - n] - 1
                j += 1
            if j > k + 1 and cells == width and counts.count(width) >= 2:
                joined.update(range(k + 1, j))
            k = j
    return joined


_NAME_END = re.compile(r"[\u4e00-\u9fff（）()、]{1,12}")  # the end of a row's name, on the line below the row
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]")
_SHORT_REST = 4  # characters of a name's end that need no indent to be read as one


def _name_rests(raws: list[str], texts: list[str]) -> set[int]:
    """The lines between two rows of a tab table, as wide, that hold only the end of the row's name above them, cut
    by its cell's width ("      职业技能提升行动\t3,120.00…" / "      资金" / "      人才发展专项\t1,480.00…"): words with
    no figure, indented at least as the row's name is, or a few characters. (A group's name between two rows,
    "项目支出", stands out to the left of its rows' names.)"""
    rests: set[int] = set()
    for n in range(1, len(texts) - 1):
        above, below, line = texts[n - 1], texts[n + 1], texts[n].strip()
        if "\t" in texts[n] or "\t" not in above or above.count("\t") != below.count("\t") \
                or not _NAME_END.fullmatch(line):
            continue
        indent = len(raws[n]) - len(raws[n].lstrip())
        if len(line) <= _SHORT_REST or indent >= 2 and indent >= len(raws[n - 1]) - len(raws[n - 1].lstrip()) \
                or _figures_after_name(above) and _figures_after_name(below) and marker_level(line) is None \
                and len(below.split("\t")[0].strip()) > _SHORT_REST \
                and not FORMS.is_total_row(name_above := above.split("\t")[0].strip()) and name_above != SUBTOTAL:
            # (or between two rows of figures, the one above no total: "居家和社区养老服务改革\t4,600.00…" / "试点配套资金")
            rests.add(n)
    return rests


def _figures_after_name(row: str) -> bool:
    """Whether a tab row gives figures after its first cell."""
    return any(re.search(r"\d", cell) for cell in row.split("\t")[1:])


def _tab_tables(texts: list[str]) -> list[tuple[int, int]]:
    """The runs of lines with tabs, of _MIN_TAB_ROWS lines at least: (first, one past the last)."""
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(texts):
        end = n
        while end < len(texts) and "\t" in texts[end]:
            end += 1
        if end - n >= _MIN_TAB_ROWS:
            runs.append((n, end))
        n = end + 1
    return runs


# A page's number as a PDF's text prints it on a line of its own ("— 3 —", "- 3 -", "第 3 页 共 9 页"), or a
# table's "续表" where it goes on after the break; never a bare number, which a form's cell may be
_PAGE_NUMBER = re.compile(r"[-—–－―~·•]+\s*\d{1,3}\s*[-—–－―~·•]+|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?"
                          r"|共\s*\d{1,3}\s*页\s*[,，]?\s*第\s*\d{1,3}\s*页|续表\s*\d{0,2}|[（(]续表[）)]|续上表")
_HEAD_CHARS = 4  # characters of a running head at least ("桦南县自然资源局2023年度部门整体支出绩效自评报告")


def page_number(line: str) -> bool:
    """Whether a line is a page's number as a PDF's text prints it ("— 3 —", "第 2 页 共 9 页", "续表")."""
    return bool(_PAGE_NUMBER.fullmatch(line.strip()))


def _page_furniture(texts: list[str]) -> set[int]:
    """The lines a PDF's pages print around their text: the page numbers (and "续表"), and a running head or foot
    printed beside a page number, the document's title or a line printed so beside two of them: none of the report's
    own text."""
    marks = {n for n, t in enumerate(texts) if page_number(t)}
    if not marks:
        return set()
    numbers = {n for n in marks if not _CONTINUED.fullmatch(texts[n].strip())}
    title = next((t.strip() for t in texts if t.strip()), "")
    beside: dict[str, list[int]] = {}  # each text printed right beside a page number, and where
    for n in numbers:
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(texts) and (k in marks or not texts[k].strip()):
                k += step
            said = texts[k].strip() if 0 <= k < len(texts) else ""
            if said and "\t" not in said and len(re.findall(r"[\u4e00-\u9fff]", said)) >= _HEAD_CHARS \
                    and not _TERMINAL.intersection(said[-1:]):
                beside.setdefault(said, []).append(k)
    heads = {k for said, at in beside.items() if len(set(at)) >= 2 or said == title and at != [0] for k in at}
    return marks | heads


def _row_under_merged_cells(text: str) -> bool:
    """Whether a tab-separated line opening with empty cells is a row of its own: a name, then two values or more
    ("\t\t安全生产培训\t≥20,000人次\t22,460人次", "\t\t较大及以上生产安全事故\t零事故\t零事故")."""
    filled = [c for c in text.split("\t") if c.strip(" \u3000")]
    return len(filled) >= _MERGED_ROW_CELLS and re.search(r"[\u4e00-\u9fff]", filled[0]) is not None


_MERGED_ROW_CELLS = 3  # filled cells of a row under merged ones at least: its name and two values


_CONTINUED = re.compile(r"续表\s*\d{0,2}|[（(]续表[）)]|续上表")


def _empty_cells_kept(texts: list[str]) -> set[int]:
    """The lines of a tab-separated table whose runs of tabs are empty cells ("合计\t\t2776.50\t…" under "序号\t项目名称\t
    年初预算\t…"): with each tab kept the line has as many cells as most of its table's lines, folded it has fewer."""
    out: set[int] = set()
    for n, end in _tab_tables(texts):
        kept = {k: len(texts[k].strip(" \u3000").split("\t")) for k in range(n, end)}
        widths = list(kept.values())
        usual = max(set(widths), key=widths.count)
        # (a line opening with tabs goes on from the row above it, as a page break leaves it: read as before; unless it is
        # a row of its own under merged cells: "\t\t安全生产培训\t≥20,000人次\t22,460人次")
        out |= {k for k, width in kept.items() if width == usual
                and (not texts[k].lstrip(" \u3000").startswith("\t") or _row_under_merged_cells(texts[k]))
                and len(re.split(r"\t+", texts[k].strip(" \u3000\t"))) < usual}
    return out


_MIN_TAB_ROWS = 3  # lines of a table at least, for its usual width to say anything


def clean(raw: str) -> CleanText:
    """Clean a report's raw text into logical lines, joined where a sentence was broken."""
    lines: list[list[Piece]] = [[]]
    for ch, at in _pieces(raw):
        if ch == "\n":
            lines.append([])
        else:
            lines[-1].append((ch, at))

    lines = [part for line in lines for part in _fields_apart(line)]  # ("执行率：100%        分值：10")
    lines = [part for line in lines for part in _cells_apart(line)]  # (a form run onto one line: a cell a line)
    furniture = _page_furniture([_text(line) for line in lines])
    lines = [[] if n in furniture else line for n, line in enumerate(lines)]
    table, names_wrapped = _table_rows(lines)
    cells_kept = _empty_cells_kept([_text(line) for line in lines])
    tidied = [_tidy_line(_as_tabs(line, table[n]), every_tab=True) if n in table
              else _tidy_line(line, every_tab=n in cells_kept) for n, line in enumerate(lines)]
    wrapped = _wrapped_cells([_text(tidy) for tidy in tidied]) | names_wrapped
    rests = {n for n in _name_rests([_text(line) for line in lines], [_text(tidy) for tidy in tidied])
             if n + 1 not in names_wrapped}  # (not a name's first part, over its row: "新建镇社区卫生服务" / "中心 388.60…")
    out: list[Piece] = []
    prev_text = ""
    line_start = 0  # where the line being written starts in out
    blank_run = 0
    header = ""  # the first row of the table being read
    last_text = ""  # the line written last, as printed
    page_break = False  # a page's furniture was passed since the line written last
    for n, line in enumerate(lines):
        tidy = tidied[n]
        if n in furniture:
            page_break = True
            continue  # a page's number or running head: the sentence or table it cut goes on after it
        if not tidy or not _text(tidy).strip("\t"):
            blank_run += not page_break  # (the blank lines a page's head sets apart are no paragraph's end)
            continue
        page_break = False
        text = _text(tidy)
        if n in rests and out:
            # ("      职业技能提升行动\t3,120.00\t2,715.36\t87.03%" / "      资金"): the end of the row's name, in its cell
            name = next(k for k, cell in enumerate(prev_text.split("\t")) if _HAN_RUN.search(cell))
            prev_text = _into_cell(out, line_start, prev_text, name, tidy)
            blank_run = 0
            continue
        if n in wrapped and out:
            lead = len(tidy) - len(_text(tidy).lstrip("\t"))
            if lead and "\t" not in prev_text:
                # ("C级危房户均" over "\t\t补助\t≤1.8万元/户…": the name's empty cells before it are the row's)
                out[line_start:line_start] = tidy[:lead]
                prev_text, tidy = _text(tidy[:lead]) + prev_text, tidy[lead:]
                text = _text(tidy)
            prev_text += text  # the rest of a row whose cell broke across lines
            out += tidy
            blank_run = 0
            continue
        if out and blank_run <= 1 and _unit_carries_on(prev_text, text):
            prev_text += text  # even in a table cell or after a "字段：" label
            out += tidy
            blank_run = 0
            continue
        in_table = "\t" in prev_text
        if "\t" in text and not in_table:
            header = text
        elif in_table and text == header:
            blank_run = 0
            continue  # the header repeated where the table goes on after a page break
        elif in_table and _carries_on_row(_text(line)) and (cell := _text(line).count("\t")) < prev_text.count("\t") \
                and _NAME_END.fullmatch(text.strip("\t")) and _HAN_RUN.search(prev_text.split("\t")[cell]):
            # ("产出指标\t数量指标\t农村公路提档升级\t≥120公里\t126.4公里\t10" / "\t\t改造里程"): the rest of a cell
            # before the row's last, its empty cells before it saying which
            prev_text = _into_cell(out, line_start, prev_text, cell, tidy[len(tidy) - len(text.lstrip("\t")):])
            blank_run = 0
            continue
        elif in_table and _carries_on_row(_text(line)):
            tidy = tidy[1:] if tidy[0][0] == "\t" else tidy
            text = _text(tidy)
            if prev_text[-1].isascii() and prev_text[-1].isalnum() and text[0].isascii() and text[0].isalnum():
                out.append((" ", out[-1][1] + 1))
            prev_text += text
            out += tidy
            blank_run = 0
            continue
        if out and _continues(prev_text, text, blank_run, last_text):
            if prev_text[-1].isascii() and prev_text[-1].isalnum() and text[0].isascii() and text[0].isalnum():
                out.append((" ", out[-1][1] + 1))
            prev_text += text
        else:
            if out:
                out.append(("\n", out[-1][1] + 1))
            prev_text = text
            line_start = len(out)
        out += tidy
        last_text = text
        blank_run = 0
    # one character for one: the offsets stay those of the characters as published
    simplified = to_simplified("".join(c for c, _ in out))
    rows: list[list[Piece]] = [[]]
    breaks: list[Piece] = []
    for piece in zip(simplified, (at for _, at in out), strict=True):
        if piece[0] == "\n":
            rows.append([])
            breaks.append(piece)
        else:
            rows[-1].append(piece)
    rows = [_split_run_cells(row) for row in units_of_fields(units_from_headers(rows))]
    done = rows[0]
    for newline, row in zip(breaks, rows[1:], strict=True):
        done += [newline, *row]
    return CleanText(text="".join(c for c, _ in done), offsets=[at for _, at in done])
