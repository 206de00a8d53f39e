"""Saved web pages (.html/.htm): the article's body as text govqa reads, its publication date as
metadata.

trafilatura finds the main content (navigation, header, footer, side bars and link lists are left
out) and the publication date (meta tags, then the page's own "发布时间"); it is given the saved
bytes only, so nothing linked from the page (attachments, images) is ever fetched. Short lines that
are the site's furniture around the article (来源, 发布时间, 字号, 打印, 关闭…;
app/vocab/data/webpage.toml) are left out too. Paragraphs become lines; tables, tab-separated rows.
"""

from __future__ import annotations

import logging
import tomllib
from functools import lru_cache
from importlib import resources

from ingest.document import Extracted


class PageError(Exception):
    """A web page without an article body; the message says why, in one line."""


@lru_cache(maxsize=1)
def _furniture() -> tuple[tuple[str, ...], int]:
    data = tomllib.loads((resources.files("app.vocab") / "data" / "webpage.toml").read_text("utf-8"))
    return tuple(data["furniture_words"]), int(data["max_furniture_chars"])


def html_document(data: bytes) -> Extracted:
    """The article body of a saved web page and its publication date."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(data, include_tables=True, include_comments=False,
                                          with_metadata=True, favor_recall=True, deduplicate=False)
    except Exception as exc:  # lxml raises many kinds on broken markup
        raise PageError(f"not a readable web page ({type(exc).__name__}: {str(exc)[:160]})") from exc
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    words, limit = _furniture()
    lines = [line.strip() for line in text.splitlines()]
    body = "\n".join(line for line in lines
                     if not (len(line) <= limit and line.lstrip("【[ ").startswith(words)))
    if not body.strip():
        raise PageError("web page without an article body (only navigation, or nothing)")
    date = getattr(doc, "date", None) if doc is not None else None
    return Extracted(text=body, published=str(date)[:10] if date else None)
