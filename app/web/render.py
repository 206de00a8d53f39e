"""HTML for the web chat: answers, citation cards, the source view. Pure; every piece of report
text and every question goes through html.escape, so a report holding <script> shows it as text.

The chat renders messages as Markdown with sanitised HTML; each message here is one HTML block on
one line (newlines become <br>), so Markdown never reinterprets report text. The sanitiser keeps
class, href, title, role and tabindex but drops data-* attributes: a card names its passage in its
link's href (#govqa-open/<doc_id>/<start>/<end>) and its footnote in the copy button's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote as url_quote

from app.core.numbers import Figure, find_figures
from app.core.records import Answer, Citation

if TYPE_CHECKING:
    from app.web.upload import FileState

OPEN_PREFIX = "#govqa-open/"
VOTE_PREFIX = "#govqa-vote/"
ASK_PREFIX = "#govqa-ask/"
_DID_YOU_MEAN = re.compile(r"没有“([^”]{1,20})”的报告。您是否要问([^？]{1,20})？")
NOT_FOUND = "未找到"
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|（(?:19|20)\d{2}年度）|原文（[^）]*）")
_REF = re.compile(r"\[(\d{1,3})\]")
_KINDS = ("amount", "rate", "count", "score", "date")


def _text(text: str) -> str:
    """Escaped text with line breaks kept, on one line."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _attr(text: str) -> str:
    """Escaped for an attribute value, line breaks as character references (still one line)."""
    return escape(text, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def footnote(c: Citation) -> str:
    """The citation as a footnote to paste into a document: 《title》section：“quote”."""
    return f"《{c.title}》{c.section}：“{c.quote}”"


def answer_figures(answer_text: str) -> list[Figure]:
    """The figures the answer states itself, not those inside the quotes and titles it repeats."""
    own = _QUOTED.sub(" ", answer_text)
    return [f for f in find_figures(own) if f.kind in _KINDS]


def _tolerance(f: Figure) -> float:
    """Half a unit of the figure's last written digit, in its normalised unit."""
    scale = 1e8 if "亿" in f.text else 1e4 if "万" in f.text else 1e3 if "千" in f.text else 1.0
    return 0.5 * 10 ** -f.decimals * scale


def _same(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "date":
        return re.sub(r"\s", "", a.text) == re.sub(r"\s", "", b.text)
    return abs(a.value - b.value) <= max(_tolerance(a), _tolerance(b))


def highlight(quote: str, figures: list[Figure]) -> str:
    """The quote, escaped, with the answering figures marked (matched by value, so 5494.16万元
    in the answer marks 54941612.82元 in the quote)."""
    marks = [f for f in find_figures(quote) if any(_same(f, g) for g in figures)]
    out, at = [], 0
    for f in marks:
        if f.start < at:
            continue
        out.append(_text(quote[at : f.start]))
        out.append(f'<mark class="govqa-figure">{_text(quote[f.start : f.end])}</mark>')
        at = f.end
    out.append(_text(quote[at:]))
    return "".join(out)


def passage_target(doc_id: str, start: int, end: int) -> str:
    """The link that opens a report at a passage (a card's, a table cell's): #govqa-open/<doc>/<start>/<end>."""
    return f"{OPEN_PREFIX}{url_quote(doc_id, safe='')}/{start}/{end}"


def open_target(c: Citation) -> str:
    return passage_target(c.doc_id, c.start, c.end)


def parse_target(target: str) -> tuple[str, int, int] | None:
    """(doc_id, start, end) from a card's link as sent back by the page, or None when malformed."""
    from urllib.parse import unquote

    m = re.fullmatch(r"(?:#?govqa-open/)?([^/\s]+)/(\d{1,9})/(\d{1,9})", target.strip())
    if not m:
        return None
    start, end = int(m.group(2)), int(m.group(3))
    return (unquote(m.group(1)), start, end) if start <= end else None


def card_html(c: Citation, figures: list[Figure], related: bool = False) -> str:
    """One numbered citation card: report, department, year, section, quote; click opens the source."""
    kind = "govqa-card govqa-related-card" if related else "govqa-card"
    year = f"{c.year}年度" if c.year else "年度不详"
    number = "·" if related else f"[{c.n}]"
    return (
        f'<div class="{kind}" title="点击查看原文">'
        f'<div class="govqa-card-head"><a class="govqa-open" href="{_attr(open_target(c))}">'
        f'<span class="govqa-n">{number}</span> 《{escape(c.title)}》</a>'
        f'<button class="govqa-copy" type="button" title="{_attr(footnote(c))}">复制引用</button></div>'
        f'<div class="govqa-meta">{escape(c.department)} · {escape(year)}</div>'
        f'<div class="govqa-section">{escape(c.section)}</div>'
        + (f'<div class="govqa-loc">{escape(c.location.label)}</div>' if c.location else "")
        + f'<blockquote class="govqa-quote">“{highlight(c.quote, [] if related else figures)}”</blockquote>'
        f"</div>"
    )


def _answer_body(text: str) -> str:
    body = _text(text)
    return _REF.sub(r'<sup class="govqa-ref">[\1]</sup>', body)


def vote_html(turn_id: str) -> str:
    """The answer's two labelled feedback buttons; each names its answer in its link
    (#govqa-vote/<turn id>/up|down), which app/web/assets/web.js sends to the server."""
    return (
        '<div class="govqa-votes" role="group" aria-label="这条回答是否有用">'
        f'<a class="govqa-vote govqa-vote-up" role="button" href="{VOTE_PREFIX}{_attr(turn_id)}/up" aria-pressed="false">有用</a>'
        f'<a class="govqa-vote govqa-vote-down" role="button" href="{VOTE_PREFIX}{_attr(turn_id)}/down" aria-pressed="false">有误</a>'
        "</div>"
    )


def parse_vote(target: str) -> tuple[str, bool] | None:
    """(turn id, liked) from a feedback button's link as sent back by the page, or None."""
    m = re.fullmatch(r"(?:#?govqa-vote/)?([0-9a-f]{6,32})/(up|down)", (target or "").strip())
    return (m.group(1), m.group(2) == "up") if m else None


def _suggestion(answer: Answer, reason: str) -> str:
    """The reason of a 未找到, escaped; "您是否要问X？" becomes a link that asks the question again
    with the place as suggested (web.js fills the question box with it and sends it)."""
    m = _DID_YOU_MEAN.search(reason)
    if not m or m.group(1) not in answer.question:
        return _text(reason)
    again = answer.question.replace(m.group(1), m.group(2))
    link = (f'<a class="govqa-suggest" role="button" href="{ASK_PREFIX}{url_quote(again, safe="")}">'
            f"您是否要问{escape(m.group(2))}？</a>")
    return _text(reason[: m.start(2) - len("您是否要问")]) + link + _text(reason[m.end() :])


def answer_html(answer: Answer, note: str = "", turn_id: str = "") -> str:
    """The whole assistant message, verdict first: the headline (the answer's first line: the
    figure with its unit, report and year) or 未找到 and its reason; the rest of the answer; the
    feedback buttons; the citation cards. Passages that are related but are not an answer come
    last, folded under their "不是答案" label."""
    parts = ['<div class="govqa-answer">']
    if note:
        parts.append(f'<div class="govqa-note">{_text(note)}</div>')
    if answer.notice:
        parts.append(f'<div class="govqa-note govqa-notice">{_text(answer.notice)}</div>')
    if answer.found:
        headline, _, rest = answer.answer.partition("\n")
        parts.append(f'<div class="govqa-text"><div class="govqa-headline">{_answer_body(headline)}</div>'
                     + (_answer_body(rest) if rest else "") + "</div>")
        who = "语言模型撰写 · 数字已逐一核对原文" if answer.generator == "llm" else "摘录自报告原文"
        parts.append(f'<div class="govqa-generator" data-generator="{_text(answer.generator)}">{who}</div>')
    else:
        reason = answer.answer.removeprefix(f"{NOT_FOUND}：").removeprefix(NOT_FOUND)
        parts.append(f'<div class="govqa-notfound govqa-headline"><span class="govqa-badge">{NOT_FOUND}</span> '
                     f"{_suggestion(answer, reason)}</div>")
    if turn_id:
        parts.append(vote_html(turn_id))
    if answer.found and answer.citations:
        figures = answer_figures(answer.answer)
        parts.append('<div class="govqa-cards"><div class="govqa-cards-head">引用（点击卡片查看原文）</div>')
        parts += [card_html(c, figures) for c in answer.citations]
        parts.append("</div>")
    if not answer.found and answer.related:
        parts.append('<details class="govqa-related"><summary class="govqa-related-head">'
                     f"可能相关的段落（不是答案，共{len(answer.related)}段，点击展开）</summary>")
        parts += [card_html(c, [], related=True) for c in answer.related]
        parts.append("</details>")
    parts.append("</div>")
    return "".join(parts)


def partial_html(text: str) -> str:
    """An answer still streaming in."""
    return f'<div class="govqa-answer govqa-streaming"><div class="govqa-text">{_text(text)}▍</div></div>'


def waiting_html(answer: Answer) -> str:
    """The extractive answer, shown at once while a model writes its own (which replaces it)."""
    return answer_html(answer, "语言模型正在撰写回答，先显示摘录式回答…").replace(
        '<div class="govqa-answer">', '<div class="govqa-answer govqa-waiting">', 1)


def pending_html() -> str:
    return '<div class="govqa-answer govqa-streaming"><div class="govqa-text">正在查找报告…</div></div>'


def question_html(text: str) -> str:
    return f'<div class="govqa-question">{_text(text)}</div>'


def source_placeholder(message: str = "点击回答下方的引用卡片，在这里查看报告原文和引用的段落。") -> str:
    return f'<div class="govqa-source-empty">{_text(message)}</div>'


def source_html(raw: str, start: int, end: int, title: str, department: str, year: int | None,
                section: str, source: str, back: str = "返回回答") -> str:
    """A report's text with the cited passage marked (#govqa-hit), under a header naming it and a
    button back to what opened it (on a phone the pane lies far below the answer)."""
    start, end = max(0, min(start, len(raw))), max(0, min(end, len(raw)))
    year_text = f"{year}年度" if year else "年度不详"
    return (
        '<div class="govqa-source">'
        f'<div class="govqa-source-head"><button class="govqa-back" type="button">↩ {escape(back)}</button>'
        f'<div class="govqa-source-title">《{escape(title)}》</div>'
        f'<div class="govqa-meta">{escape(department)} · {escape(year_text)}</div>'
        f'<div class="govqa-section">{escape(section)}</div>'
        f'<div class="govqa-loc">{escape(source)} 字符 {start}–{end}</div></div>'
        f'<div class="govqa-source-text">{escape(raw[:start])}'
        f'<mark id="govqa-hit" class="govqa-hit">{escape(raw[start:end])}</mark>'
        f"{escape(raw[end:])}</div></div>"
    )


def source_error(message: str) -> str:
    return f'<div class="govqa-source-empty">{_text(message)}</div>'


_FILE_MARK = {"done": "【完成】", "refused": "【未导入】", "indexing": "【索引中】", "checking": "【检查中】",
              "queued": "【排队】", "waiting": "【排队】"}


def upload_html(fraction: float, states: Sequence[FileState], message: str = "") -> str:
    """An upload batch beside its button: one bar for the batch, then each file and its state."""
    from app.web.upload import STATE_TEXT

    percent = round(100 * max(0.0, min(1.0, fraction)))
    done = sum(1 for s in states if s.state in ("done", "refused"))
    head = message or f"正在导入 {len(states)} 个文件：已处理 {done} 个"
    items = "".join(
        f'<li class="govqa-file govqa-file-{s.state}">{_FILE_MARK[s.state]}{escape(s.name)}：'
        f"{escape(s.message or STATE_TEXT[s.state])}</li>" for s in states)
    bar = (f'<progress class="govqa-upload-bar" value="{percent}" max="100" aria-label="导入进度">{percent}%</progress>'
           f'<span class="govqa-upload-percent">{percent}%</span>') if states else ""
    return (f'<div class="govqa-upload-progress" role="status" aria-live="polite">'
            f'<div class="govqa-upload-head">{escape(head)}</div>{bar}'
            + (f'<ul class="govqa-upload-files">{items}</ul>' if items else "") + "</div>")
