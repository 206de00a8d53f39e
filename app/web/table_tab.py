"""The web chat's 指标表 tab: the indicator table with filters, a bar chart per indicator, each figure
opening its passage, and the filtered rows as CSV. Same rows as `govqa facts` (app/table.py).

`table_layout()` lays the tab out, `wire_table()` connects it; `TableCallbacks` only reads the
indicator table from `Services` and formats it (app/table_html.py).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from app.answering.table import Filter, reports_without, table_rows, to_csv
from app.core.records import ReportMeta
from app.services import Services
from app.vocab.indicators import INDICATORS
from app.web import render, table_html

ALL = ""


@dataclass
class TableUi:
    tab: gr.Tab
    indicator: gr.Dropdown
    region: gr.Dropdown
    year: gr.Dropdown
    download: gr.DownloadButton
    note: gr.Markdown
    table: gr.HTML
    charts: gr.HTML
    source: gr.HTML
    open_target: gr.Textbox
    open_button: gr.Button


class TableCallbacks:
    """What the tab's events do: choices from the index, the filtered table, a passage."""

    def __init__(self, services: Services, open_source: Callable[[str], str], folder: Path):
        self.services = services
        self.open_source = open_source
        self.folder = folder

    def _reports(self) -> dict[str, ReportMeta]:
        return {doc_id: e.meta for doc_id, e in self.services.index.catalog.entries.items()}

    def choices(self) -> tuple[Any, ...]:
        """Indicator, region and year choices from what the index holds."""
        reports = self._reports().values()
        indicators = [("全部指标", ALL)] + [(i.name, i.name) for i in INDICATORS]
        regions = [("全部地区", ALL)] + [(r, r) for r in sorted({m.region for m in reports if m.region})]
        years = [("全部年度", ALL)] + [(f"{y}年度", str(y)) for y in sorted({m.year for m in reports if m.year})]
        return gr.Dropdown(choices=indicators), gr.Dropdown(choices=regions), gr.Dropdown(choices=years)

    def show(self, indicator: str, region: str, year: str) -> tuple[str, str, str, str | None]:
        """(summary, table, charts, CSV path) for the filters as chosen in the page."""
        if indicator and indicator not in {i.name for i in INDICATORS}:
            raise gr.Error("没有这个指标。")
        if year and not year.isdigit():
            raise gr.Error("年度应为数字。")
        where = Filter(indicator=indicator or "", region=region or "", year=int(year) if year else None,
                       exact=True)
        library = self.services.library
        try:
            reports = self._reports()
            rows = table_rows(self.services.indicators(), library.meta, library.source, where)
        except KeyError as exc:  # a report removed by ingest between reading the table and its metadata
            raise gr.Error("报告库正在更新，请稍后再试。") from exc
        missing = reports_without(indicator, rows, reports, where) if indicator else []
        return (
            table_html.summary(rows, indicator, missing, reports),
            table_html.table_html(rows, indicator, missing, reports),
            table_html.charts_html(rows),
            self._csv(to_csv(rows), (indicator, region, year)) if rows else None,
        )

    def _csv(self, text: str, key: tuple[str, ...]) -> str:
        """The rows as a CSV file (with a BOM, so spreadsheet programs read the Chinese right)."""
        digest = hashlib.sha1("\x1f".join(key).encode()).hexdigest()[:12]
        folder = self.folder / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "govqa-indicators.csv"
        partial = folder / f".{os.getpid()}-{id(text)}.part"
        partial.write_text(text, encoding="utf-8-sig")
        os.replace(partial, path)  # a download in progress keeps the old file
        return str(path)


def table_layout() -> TableUi:
    """The tab: filters and download above, the table and charts on the left, the passage on the right."""
    with gr.Tab("指标表", elem_id="govqa-facts-tab") as tab:
        with gr.Row():
            indicator = gr.Dropdown(label="指标", choices=[("全部指标", ALL)], value=ALL,
                                    elem_id="govqa-facts-indicator", scale=2)
            region = gr.Dropdown(label="地区", choices=[("全部地区", ALL)], value=ALL,
                                 elem_id="govqa-facts-region", scale=2)
            year = gr.Dropdown(label="年度", choices=[("全部年度", ALL)], value=ALL,
                               elem_id="govqa-facts-year", scale=1)
            download = gr.DownloadButton("下载 CSV", value=None, elem_id="govqa-facts-csv", size="sm", scale=1)
        note = gr.Markdown(elem_id="govqa-facts-note")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=480):
                table = gr.HTML(elem_id="govqa-facts-table", padding=False)
                charts = gr.HTML(elem_id="govqa-facts-charts", padding=False)
            with gr.Column(scale=2, min_width=360):
                source = gr.HTML(render.source_placeholder("点击表中的数字或出处，在这里查看报告原文。"),
                                 elem_id="govqa-facts-source", padding=False)
        open_target = gr.Textbox(visible="hidden", elem_id="govqa-facts-open-target")
        open_button = gr.Button(visible="hidden", elem_id="govqa-facts-open-btn")
    return TableUi(tab=tab, indicator=indicator, region=region, year=year, download=download, note=note,
                   table=table, charts=charts, source=source, open_target=open_target, open_button=open_button)


def wire_table(demo: gr.Blocks, ui: TableUi, cb: TableCallbacks, scroll_js: str) -> None:
    """Filters redraw the table; opening the tab redraws it too (ingest may have added reports)."""
    private: dict[str, Any] = {"api_visibility": "private"}
    filters = [ui.indicator, ui.region, ui.year]
    shown = [ui.note, ui.table, ui.charts, ui.download]
    demo.load(cb.choices, None, filters, **private).then(cb.show, filters, shown, **private)
    ui.tab.select(cb.show, filters, shown, **private)
    for dropdown in filters:
        dropdown.change(cb.show, filters, shown, show_progress="hidden", **private)
    ui.open_button.click(cb.open_source, ui.open_target, ui.source, js="(t) => window.govqaOpenTarget || t",
                         show_progress="hidden", **private).then(None, js=scroll_js, **private)
