"""Text from reports, file names and users made safe for where it is written: a terminal, a TSV or
CSV cell, a JSON Lines file, exported Markdown. Report text is data, never control."""

from __future__ import annotations

import json
import re
from typing import Any

# C0/C1 controls but newline and tab, DEL, and the bidirectional overrides that reorder what is shown
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CELL = re.compile(r"[\t\n\r]")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")  # what str.splitlines() splits at that JSON leaves raw
_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*([^)\s]*)[^)]*\)")
_SAFE_SCHEME = re.compile(r"(?:https?:|mailto:|#|/)", re.I)


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal(text: str) -> str:
    """For a terminal: control characters (ANSI escapes, bidi overrides) shown as \\x.. escapes."""
    return _CONTROL.sub(_escape, text)


def tsv_field(text: str) -> str:
    """For one field of a tab-separated line: also its tabs and line breaks escaped."""
    return _CELL.sub(lambda m: {"\t": "\\t", "\n": "\\n", "\r": "\\r"}[m.group()], terminal(text))


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage
    return) gets a leading apostrophe, unless it is a plain number such as -5.2%."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def jsonl_line(record: Any) -> str:
    """One JSON object on one line, for every reader: U+2028, U+2029 and NEL escaped too."""
    line = json.dumps(record, ensure_ascii=False)
    return _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def markdown_text(text: str) -> str:
    """Report or user text in exported Markdown: no HTML tag (every "<" escaped; ">" and "&" stay,
    as they open no tag and a section path reads "二、绩效自评 > （二）…"), and links kept only to
    http(s)/mailto."""
    escaped = text.replace("<", "&lt;")
    return _LINK.sub(lambda m: m.group() if _SAFE_SCHEME.match(m.group(2)) else m.group(1), escaped)
