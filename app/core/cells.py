"""Text cells of a form that its heading row says are the plan or what was done ("年度总体目标 |
预期目标 | 实际完成情况" over the row that says each): read by ingest, which gives their figures the
heading's qualifier, and by the answerer, which keeps a target's passage from answering what was done."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.headings import heading_title, marker_end, marker_level
from app.vocab.labels import TARGET, classes, qualifiers_in
from app.vocab.lexicon import LEXICON
from app.vocab.load import alternatives

LEVELS = frozenset({"plan", "actual"})  # the qualifier classes that say plan or done

_CELL_LINE = re.compile(r"^([^|\n]{1,12})\|[ \t]*$", re.M)  # a short cell alone on its line: "预期目标|"
_RULE = re.compile(r"^\|{2,}[ \t]*$", re.M)  # a row's end alone on its line: "|||||"
_HEADER_NAMES = 8  # a heading that says plan or done is short ("预期目标", "实际完成情况")


def cells_under_headings(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Text cells of a form row that its heading row says are the plan or what was done, with the
    heading's qualifiers. A form flattened a cell to a line ("年度总体目标|" "预期目标|"
    "实际完成情况|" "|||||" "<the plan>|" "<what was done>||||"): the last cells of the row
    below stand under the last headings."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for rule in _RULE.finditer(text):
        headings: list[str] = []
        pos = rule.start()
        while (m := _last_cell(text, pos)) is not None:
            headings.insert(0, m.group(1).strip())
            pos = m.start()
        stop = text.find("||", rule.end() + 1)
        row = text[rule.end() : stop if stop >= 0 else len(text)]
        cells, start = [], rule.end()
        for piece in row.split("|"):
            if piece.strip():
                cells.append((start, start + len(piece)))
            start += len(piece) + 1
        if not headings or len(cells) > len(headings):
            continue
        out += _under(cells, headings)
    return out + _tab_cells_under_headings(text) + _line_cells_under_headings(text)


def _under(cells: list[tuple[int, int]], headings: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The cells of a row, the last under the last heading, that stand under a heading saying plan or
    done, with its qualifiers."""
    return [(cs, ce, names) for (cs, ce), heading in zip(cells, headings[len(headings) - len(cells) :], strict=True)
            if (names := _level(heading))]


def _level(heading: str) -> tuple[str, ...]:
    """The qualifiers of a heading that says plan or done ("预期目标", "实际完成情况"), else ()."""
    names = qualifiers_in(heading.strip())
    return names if len(heading.strip()) <= _HEADER_NAMES and names and classes(names) <= LEVELS else ()


_RULE_LINE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")  # "|---|---|": a web table's rule


def _tab_cells_under_headings(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The same for a form whose rows are lines of tab-separated cells (as written, or saved as
    comma-separated values): "年度总体目标	预期目标	实际完成情况" over "	<the plan>	<what was done>",
    each cell under the heading in its place, when both lines have as many cells and the first
    holds words only."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for k, (_, head) in enumerate(lines):
        # (a web table's header may keep its pipes over rows read as tabs: "|一级指标|…|实际完成值|" / "|---|…|")
        headings = head.split("\t") if "\t" in head else head.strip().strip("|").split("|")
        if len(headings) < 2 or any(re.search(r"\d", h) for h in headings):
            continue
        below = lines[k + 1 :]
        if below and _RULE_LINE.fullmatch(below[0][1].strip()):
            below = below[1:]
        # every row below with as many cells, to the table's end ("带动当地群众务工 | 300人次 | 1 120人次")
        for start, row in below:
            pieces = row.split("\t")
            if len(pieces) != len(headings):
                break
            at = start
            for piece, heading in zip(pieces, headings, strict=True):
                if piece.strip() and (names := _level(heading)):
                    out.append((at, at + len(piece), names))
                at += len(piece) + 1
    return out


def _line_cells_under_headings(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The same for a form flattened a cell to a line with nothing between them: "预期目标" / "实际完成情况" on lines of
    their own, then as many lines of text, each the cell under its heading in turn (the plan, then what was done)."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        heads: list[tuple[str, ...]] = []
        while k + len(heads) < len(lines) and (names := _level(lines[k + len(heads)][1])):
            heads.append(names)
        cells = []  # (the last headings' cells: "年度总体目标" before them names the row)
        for start, cell in lines[k + len(heads) : k + 2 * len(heads)]:
            if len(cell.strip()) <= _HEADER_NAMES or _level(cell):
                break
            cells.append((start, cell))
        if len(cells) >= 2:
            out += [(start, start + len(cell), names) for (start, cell), names in zip(cells, heads[-len(cells) :], strict=True)]
        k += max(1, len(heads))
    return out


def _last_cell(text: str, end: int) -> re.Match[str] | None:
    """The cell line that ends right before end, or None."""
    line_start = text.rfind("\n", 0, max(0, end - 1)) + 1
    m = _CELL_LINE.match(text, line_start)
    return m if m and m.end() in (end, end - 1) else None


def under_target_headings(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The text under a heading that names the year's targets ("（三）年度绩效目标"), to the next
    numbered line of its level or above: its figures are targets, whatever verb they follow ("实施中修、大修工程86.4公里"
    is what was to be done; "绩效目标完成情况" heads what was)."""
    spans = _under_headings(text, LEXICON.target.headings)
    # what was done may follow in the same paragraph ("…辅具适配200人…实际完成：…230人"): the targets end there
    return [(s, done.start() if (done := _RESULTS_OPEN.search(text, s, e)) else e, (TARGET,)) for s, e in spans]


def under_budget_headings(text: str) -> list[tuple[int, int]]:
    """The text under a heading that sets out how the money was to be used ("（二）资金构成。运维服务费245.00万元，…"), to
    the next numbered line of its level or above, or to the first word of what was done ("…实际支出302.75万元。其中网格员
    劳务补助168.40万元": the parts of what was spent)."""
    return [(s, done.start() if (done := _DONE_SAID.search(text, s, e)) else e)
            for s, e in _under_headings(text, LEXICON.budget_headings)]


_DONE_SAID = re.compile(alternatives(LEXICON.money_done))


def _under_headings(text: str, headings: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of text under a numbered heading whose title is one of headings, to the next numbered line of its
    level or above."""
    spans: list[tuple[int, int]] = []
    at, start, level = 0, -1, 0
    for line in text.split("\n"):
        numbered = marker_level(line.strip())
        # (its own items are its targets too: "二、绩效目标" / "（一）总体目标：…" / "（二）主要指标：新增停车位400个")
        if start >= 0 and numbered is not None and numbered <= level:
            spans.append((start, at))
            start = -1
        title = heading_title(line) if numbered is not None and start < 0 else None
        if title and numbered is not None and title[marker_end(title):].strip().rstrip("：:。") in headings:
            start = at + line.find(title) + len(title)  # ("（三）绩效目标。保障…": the line goes on after it)
            level = numbered
        at += len(line) + 1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


_RESULTS_OPEN = re.compile(r"实际完成|完成情况|实现情况|实际执行|执行情况|实际达到")
