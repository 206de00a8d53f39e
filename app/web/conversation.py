"""A chat conversation's records: its turns, their Markdown export, and feedback on answers."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.escape import jsonl_line, markdown_text
from app.core.records import Answer, Citation

VERDICTS = {True: "up", False: "down"}
_append_lock = threading.Lock()


@dataclass(frozen=True)
class Turn:
    """One question as typed, the question actually asked (follow-up and filters applied), the answer."""

    question: str
    asked: str
    answer: Answer
    at: datetime
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])


def _cite_line(c: Citation, mark: str) -> str:
    year = f"{c.year}年度" if c.year else "年度不详"
    md = markdown_text
    return (f"{mark} 《{md(c.title)}》{md(c.section)}：“{md(c.quote)}”（{md(c.department)}，{year}；"
            f"{md(c.source)} 字符 {c.start}–{c.end}）")


def to_markdown(turns: list[Turn], now: datetime) -> str:
    """The conversation with every answer's citations, for a report or an email; report and user
    text HTML-escaped and without links other than http(s)/mailto (it may be rendered)."""
    lines = [f"# govqa 问答记录（{now:%Y-%m-%d %H:%M}）", ""]
    for i, turn in enumerate(turns, start=1):
        lines += [f"## {i}. {markdown_text(' '.join(turn.question.split()))}", ""]
        if turn.asked != turn.question:
            lines += [f"（按上下文理解为：{markdown_text(turn.asked)}）", ""]
        lines += [f"> {line}" if line else ">" for line in markdown_text(turn.answer.answer).splitlines()]
        lines.append("")
        if turn.answer.citations:
            lines += ["引用：", ""]
            lines += [_cite_line(c, f"{c.n}.") for c in turn.answer.citations]
            lines.append("")
        if turn.answer.related:
            lines += ["可能相关的段落（不是答案）：", ""]
            lines += [_cite_line(c, "-") for c in turn.answer.related]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def feedback_record(turn: Turn, liked: bool, comment: str, at: datetime) -> dict[str, Any]:
    """One line of feedback.jsonl. A later line for the same answer_id (adding a comment) supersedes."""
    return {
        "time": at.isoformat(timespec="seconds"),
        "answer_id": turn.id,
        "question": turn.question,
        "asked": turn.asked,
        "answer": turn.answer.answer,
        "found": turn.answer.found,
        "citations": [c.model_dump() for c in turn.answer.citations],
        "verdict": VERDICTS[liked],
        "comment": comment.strip(),
    }


def append_jsonl(path: Path, record: dict[str, Any]) -> None:
    """Append one JSON object as a line (whole lines only, even with concurrent callers)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = jsonl_line(record) + "\n"
    with _append_lock, path.open("a", encoding="utf-8") as out:
        out.write(line)
