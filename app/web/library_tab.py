"""The web chat's 报告库 tab: the loaded reports, the same rows as `govqa reports`
(app.index.reports.library_rows), searchable and sortable, each opening its text beside the list.

`library_layout()` lays the tab out, `wire_library()` connects it; `LibraryCallbacks` reads the
rows from `Services` and formats them (escaped HTML; sorting happens in the page, web.js).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

import gradio as gr

from app.answering.listing import title_span
from app.services import Services
from app.web import render

FIELD_NAMES = {"title": "标题", "department": "部门", "region": "地区", "year": "年度", "kind": "类型"}
ORIGIN_NAMES = {"title": "标题", "form": "表单", "body": "正文", "publisher": "发布机构", "date": "发布日期",
                "manifest": "清单文件"}
_COLUMNS = (("标题", False), ("部门", False), ("地区", False), ("年度", True), ("类型", False),
            ("段落数", True), ("元数据（从哪里读到 / 缺少）", False))


@dataclass
class LibraryUi:
    tab: gr.Tab
    search: gr.Textbox
    note: gr.Markdown
    table: gr.HTML
    source: gr.HTML
    open_target: gr.Textbox
    open_button: gr.Button


def matches(row: dict[str, Any], words: str) -> bool:
    """Whether every word of the search (space-separated) is in the row's file, title, department,
    places, year or kind."""
    text = " ".join(str(row.get(k) or "") for k in ("file", "title", "department", "supervisor", "implementer",
                                                      "region", "county", "city", "province", "year", "kind"))
    return all(w in text or w.removesuffix("年度").removesuffix("年") in text for w in words.split())


def _provenance(row: dict[str, Any]) -> str:
    read = "；".join(f"{FIELD_NAMES[f]}：{ORIGIN_NAMES.get(o, o)}" for f, o in row["read"].items())
    missing = "、".join(FIELD_NAMES[f] for f in row["missing"])
    return (f'<div class="govqa-read">读到 {escape(read) or "—"}</div>'
            + (f'<div class="govqa-missing">缺少 {escape(missing)}</div>' if missing else ""))


def _row(row: dict[str, Any]) -> str:
    place = "/".join(dict.fromkeys(p for p in (row["province"], row["city"], row["county"], row["region"]) if p))
    title = escape(row["title"]) if row["title_read"] else f'（未读到标题）{escape(row["file"])}'
    link = render.passage_target(row["doc_id"], 0, 0)
    cells = [
        (f'<a class="govqa-fact govqa-doc" href="{escape(link, quote=True)}" title="点击查看报告全文">{title}</a>'
         f'<div class="govqa-sub">{escape(row["file"])}</div>', row["title"]),
        (escape(row["department"]) or "—", row["department"]),
        (escape(place) or "—", place),
        (f'{row["year"]}年度' if row["year"] else "—", row["year"] or ""),
        (escape(row["kind"]) or "—", row["kind"]),
        (str(row["chunks"]), row["chunks"]),
        (_provenance(row), None),
    ]
    tds = "".join(f'<td{"" if key is None else f" data-sort={chr(34)}{escape(str(key), quote=True)}{chr(34)}"}>{text}</td>'
                  for text, key in cells)
    return f'<tr class="govqa-fact-row">{tds}</tr>'


def library_html(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return '<div class="govqa-source-empty">没有符合条件的报告。</div>'
    head = "".join(f'<th scope="col" class="govqa-sort{" govqa-num" if numeric else ""}" tabindex="0" '
                   f'title="点击排序">{name}</th>' for name, numeric in _COLUMNS)
    body = "".join(_row(r) for r in rows)
    return (f'<div class="govqa-table-wrap"><table class="govqa-table govqa-library" aria-label="报告库">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def count_line(total: int, shown: int | None = None) -> str:
    """The library's size, as the chat's line and the tab's heading say it."""
    part = f"（显示 {shown} 份）" if shown is not None and shown != total else ""
    return f"报告库共 {total} 份报告{part}。点击标题查看报告全文；点击表头排序。"


class LibraryCallbacks:
    """What the tab's events do: the rows as the index holds them now, a report's text."""

    def __init__(self, services: Services, open_source: Callable[[str, str], str]):
        self.services = services
        self.open_source = open_source

    def show(self, search: str) -> tuple[str, str]:
        rows = self.services.reports()
        shown = [r for r in rows if matches(r, (search or "").strip())]
        return count_line(len(rows), len(shown)), library_html(shown)

    def open_report(self, target: str) -> str:
        """The report's text, opened at its title (at the start when no title was read)."""
        parsed = render.parse_target(target or "")
        if parsed is None:
            return render.source_error("无法打开这份报告。")
        doc_id = parsed[0]
        try:
            raw, _ = self.services.library.texts(doc_id)
            start, end = title_span(raw, self.services.library.meta(doc_id))
        except KeyError:
            return render.source_error("这份报告已不在索引中。")
        return self.open_source(render.passage_target(doc_id, start, end), "返回列表")


def library_layout() -> LibraryUi:
    """The tab: a search box and the count, the list on the left, the report's text on the right."""
    with gr.Tab("报告库", elem_id="govqa-library-tab") as tab:
        search = gr.Textbox(label="搜索报告（标题、部门、地区、年度、类型，空格分隔多个词）", elem_id="govqa-lib-search",
                            max_lines=1)
        note = gr.Markdown(elem_id="govqa-lib-note")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                table = gr.HTML(elem_id="govqa-lib-table", padding=False)
            with gr.Column(scale=2, min_width=320):
                source = gr.HTML(render.source_placeholder("点击报告标题，在这里查看报告全文。"),
                                 elem_id="govqa-lib-source", padding=False)
        open_target = gr.Textbox(visible="hidden", elem_id="govqa-lib-open-target")
        open_button = gr.Button(visible="hidden", elem_id="govqa-lib-open-btn")
    return LibraryUi(tab=tab, search=search, note=note, table=table, source=source, open_target=open_target,
                     open_button=open_button)


def wire_library(demo: gr.Blocks, ui: LibraryUi, cb: LibraryCallbacks, scroll_js: str) -> None:
    """The list is drawn on load, when the tab is opened (ingest may have added reports) and as the
    search changes."""
    private: dict[str, Any] = {"api_visibility": "private"}
    shown = [ui.note, ui.table]
    demo.load(cb.show, ui.search, shown, **private)
    ui.tab.select(cb.show, ui.search, shown, **private)
    ui.search.change(cb.show, ui.search, shown, show_progress="hidden", **private)
    ui.open_button.click(cb.open_report, ui.open_target, ui.source, js="(t) => window.govqaOpenTarget || t",
                         show_progress="hidden", **private).then(None, js=scroll_js, **private)
