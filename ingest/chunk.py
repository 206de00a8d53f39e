"""Heading-aware chunking: chunks follow 一、/（一）/1./（1）/①, stay in one section, cut no sentence.

A table (a run of tab-separated rows) starts a chunk of its own and is cut between rows; the chunks
of its later rows are indexed with the table's header row (`table_header`). A row longer than the
maximum is cut at its sentences into chunks of its own, never packed with the rows around it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from app.core.headings import heading_title, is_rule, marker_end, marker_level
from app.core.numbers import find_figures
from app.core.records import Chunk, CleanText
from app.core.sentences import sentence_spans

# "字段：值" with a value that holds no sentence; stricter than ingest.clean's _FIELD_LINE, which reads
# only the label: "组长：胡小军党组书记、局长，市行政服务中" is a field line there, a broken one here
_FIELD = re.compile(r"[^，。；：:]{1,12}[：:][^，。；]*$")
_PARAGRAPH = 40  # characters: a line this long after a short one is body text under a heading
_SENTENCE = re.compile(r"[，。；！？]")  # a line with these is body text, not a roster entry


@dataclass
class _Line:
    start: int
    end: int
    title: str | None  # the heading this line is, if any
    level: int | None
    body: bool  # carries text beyond its title
    row: bool  # a table row (tab-separated cells)
    rule: bool = False  # a table's rule drawn in text ("||||", "---|---|"): a boundary, no heading


def _opens_section(lines: list[str], i: int, depth: int = 0) -> bool:
    """Whether a short unnumbered line ("单位基本情况") is a heading rather than a scrap of a list:
    a parenthesised note ("（主持全面工作）"), a roster entry ("叶晖党组成员、副局长", followed by
    the next one) or the tail of a line cut mid-word ("市行政服务中" / "心党组书记") opens no section.
    A heading is followed by a numbered heading, a "字段：值" line, body text, or a heading that is
    ("附件2" above the report's title)."""
    line = lines[i]
    if line[0] in "（(【[" or "、" in line:
        return False
    above = lines[i - 1] if i else None
    if above is not None and "\u4e00" <= above[-1] <= "\u9fff" and not _FIELD.match(above) \
            and heading_title(above) is None:
        return False  # the line above stops mid-sentence: this line carries it on
    if i + 1 == len(lines):
        return True
    below = lines[i + 1]
    if marker_level(below) is not None or _FIELD.match(below) or _SENTENCE.search(below) or len(below) >= _PARAGRAPH:
        return True
    return depth == 0 and heading_title(below) is not None and _opens_section(lines, i + 1, depth + 1)


def _states_a_figure(text: str) -> bool:
    """Whether text gives a figure with its unit ("自评得分 92 分"; not the hotline's name 12345)."""
    return any(f.kind not in ("number", "date") for f in find_figures(text))


def _lines(text: str) -> list[_Line]:
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for raw_line in text.split("\n"):
        start, end = pos, pos + len(raw_line)
        pos = end + 1
        if raw_line.strip():
            spans.append((start, end, raw_line))
    stripped = [raw_line.strip() for _, _, raw_line in spans]
    out: list[_Line] = []
    for i, (start, end, raw_line) in enumerate(spans):
        title = None if "\t" in raw_line else heading_title(raw_line)
        level = marker_level(raw_line) if title else None
        if title and level is None and not _opens_section(stripped, i):
            title = None
        # a numbered sentence with its figure ("4．自评得分 92 分。") is a heading that carries text too
        body = title is None or len(stripped[i]) > len(title) + 1 \
            or (stripped[i].endswith("。") and _states_a_figure(title[marker_end(title) :]))
        out.append(_Line(start, end, title, level, body, "\t" in raw_line, is_rule(raw_line)))
    # An unnumbered heading ("单位基本情况") sits one level above the next numbered one.
    for i, line in enumerate(out):
        if line.title and line.level is None:
            nxt = next((x.level for x in out[i + 1 :] if x.level is not None), None)
            line.level = max(1, nxt - 1) if nxt else 1
    return out


def chunk_text(
    clean: CleanText, doc_id: str, target_chars: int = 360, max_chars: int = 720
) -> list[Chunk]:
    """Cut the clean text into contiguous chunks; together they cover every line exactly once."""
    text = clean.text
    stack: list[tuple[int, str]] = []
    chunks: list[Chunk] = []
    cur_start: int | None = None
    cur_end = 0
    cur_section = ""
    has_body = False

    def flush() -> None:
        nonlocal cur_start, has_body
        if cur_start is not None and cur_end > cur_start:
            body = text[cur_start:cur_end]
            digest = hashlib.sha1(body.encode("utf-8")).hexdigest()[:10]
            ordinal = len(chunks)
            start, end = clean.raw_span(cur_start, cur_end)
            chunks.append(
                Chunk(
                    id=f"{doc_id}:{ordinal:04d}:{digest}",
                    doc_id=doc_id,
                    ordinal=ordinal,
                    section=cur_section,
                    text=body,
                    clean_start=cur_start,
                    clean_end=cur_end,
                    start=start,
                    end=end,
                )
            )
        cur_start, has_body = None, False

    def add(start: int, end: int) -> None:
        nonlocal cur_start, cur_end, has_body
        if cur_start is not None and has_body and end - cur_start > target_chars:
            flush()
        if cur_start is None:
            cur_start = start
        cur_end = end
        has_body = True

    in_table = False
    for line in _lines(text):
        if line.row != in_table and has_body:
            flush()  # a table starts a chunk, and so does the text after it
        in_table = line.row
        if line.rule:  # the cells between two rules belong together, and with no others
            if has_body:
                flush()
            if cur_start is None:
                cur_start = line.start
            cur_end = line.end
            continue
        if line.title is not None:
            if has_body:
                flush()
            level = line.level or 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, line.title))
            cur_section = " > ".join(t for _, t in stack)
            if not line.body:
                if cur_start is None:
                    cur_start = line.start
                cur_end = line.end
                continue
        if line.end - line.start <= max_chars:
            add(line.start, line.end)
            continue
        # a row cut at its sentences shares no chunk with other rows: a piece of it may hold no tab
        # and would read as body text among them
        if line.row and has_body:
            flush()
        for s, e in sentence_spans(text, line.start, line.end):
            add(s if cur_start is not None else min(s, line.start), e)
        if line.row:
            flush()
    flush()
    return chunks


def _is_header(row: str) -> bool:
    """A table's first row names its columns: short labels, no sentence, not all numbers."""
    cells = [c.strip() for c in row.split("\t")]
    return (
        len(cells) >= 2
        and all(0 < len(c) <= 20 for c in cells)
        and not any(ch in row for ch in "。；;！？")
        and not all(c.replace(".", "").isdigit() for c in cells)
    )


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def table_header(text: str, pos: int) -> str:
    """The header row of the table whose row starts at pos, when that row is not the header
    itself: what a row means ("序号\t成果标题\t成果内容简介"), to index with the row. Else ""."""
    first = text.rfind("\n", 0, pos) + 1
    if "\t" not in _line_at(text, first):
        return ""
    own = first
    while first > 0:  # back over the rows above to the table's first row
        above = text.rfind("\n", 0, first - 1) + 1
        if "\t" not in text[above : first - 1]:
            break
        first = above
    header = _line_at(text, first)
    return header if first != own and _is_header(header) else ""
