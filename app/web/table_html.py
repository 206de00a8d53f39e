"""HTML for the web chat's 指标表 tab: the indicator table and a bar chart per indicator. Pure; every
piece of report text is escaped. Each figure links to its passage the way a citation card does
(#govqa-open/<doc_id>/<start>/<end>, opened by app/assets/web.js); the table sorts in the page
(web.js reads each cell's data-sort key), so sorting needs no round trip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from app.answering.table import ORDER, TableRow
from app.core.records import ReportMeta
from app.vocab.indicators import by_name
from app.web.render import passage_target

MAX_ROWS = 1000  # the page shows at most this many rows; the CSV has them all
MAX_BARS = 40  # bars per chart, the largest first
MISSING = "未给出"
_COLUMNS = (("指标", ""), ("地区", ""), ("年度", "num"), ("部门", ""), ("原文数值", "num"),
            ("换算值", "num"), ("出处（章节 · 原文）", ""))
_BAR_H, _GAP, _LABEL_W, _CHART_W = 22, 6, 170, 620


def target(row: TableRow) -> str:
    return passage_target(row.doc_id, row.start, row.end)


def normalised(row: TableRow) -> str:
    """The value in the table's common unit: money in 万元, rates in %, scores in 分."""
    if row.value is None:
        return ""
    if row.unit == "元":
        return f"{row.value / 1e4:.2f}万元"
    return f"{row.value:g}{row.unit}"


def _year(year: int | None) -> str:
    return f"{year}年度" if year else "年度不详"


def _cell(text: str, sort: object = None, cls: str = "") -> str:
    key = "" if sort is None else f' data-sort="{escape(str(sort), quote=True)}"'
    klass = f' class="{cls}"' if cls else ""
    return f"<td{key}{klass}>{text}</td>"


def _row(r: TableRow) -> str:
    link = f'href="{escape(target(r), quote=True)}" title="点击查看原文"'
    return (
        '<tr class="govqa-fact-row">'
        + _cell(escape(r.indicator), ORDER.get(r.indicator, len(ORDER)))
        + _cell(escape(r.region))
        + _cell(escape(_year(r.year)), r.year or "")
        + _cell(escape(r.department))
        + _cell(f'<a class="govqa-fact govqa-fact-value" {link}>{escape(r.value_text)}</a>',
                "" if r.value is None else f"{r.value:.6f}", "govqa-value")
        + _cell(escape(normalised(r)), "" if r.value is None else f"{r.value:.6f}", "govqa-value")
        + _cell(f'<a class="govqa-fact" {link}>{escape(r.section) or "（无章节）"}</a>'
                f'<div class="govqa-fact-quote">“{escape(r.quote)}”</div>')
        + "</tr>"
    )


def _missing_row(indicator: str, meta: ReportMeta) -> str:
    return (
        '<tr class="govqa-missing-row">'
        + _cell(escape(indicator), ORDER.get(indicator, len(ORDER)))
        + _cell(escape(meta.region))
        + _cell(escape(_year(meta.year)), meta.year or "")
        + _cell(escape(meta.department))
        + _cell(f'<span class="govqa-missing">{MISSING}</span>', "")
        + _cell("", "")
        + _cell(f"《{escape(meta.title)}》中没有找到这项指标的数字")
        + "</tr>"
    )


def table_html(rows: Sequence[TableRow], indicator: str = "", missing: Sequence[str] = (),
               reports: Mapping[str, ReportMeta] | None = None) -> str:
    """The table: a row per figure, then (for one indicator) a row per report that does not give it."""
    if not rows and not missing:
        return '<div class="govqa-source-empty">没有符合筛选条件的指标。</div>'
    head = "".join(
        f'<th class="govqa-sort{" govqa-num" if kind else ""}" role="button" tabindex="0" '
        f'title="点击排序">{name}</th>'
        for name, kind in _COLUMNS
    )
    body = [_row(r) for r in rows[:MAX_ROWS]]
    if reports is not None:
        body += [_missing_row(indicator, reports[doc_id]) for doc_id in missing]
    return (f'<div class="govqa-table-wrap"><table class="govqa-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def summary(rows: Sequence[TableRow], indicator: str, missing: Sequence[str],
            reports: Mapping[str, ReportMeta]) -> str:
    """One line (Markdown) saying what the table holds and what it leaves out."""
    docs = len({r.doc_id for r in rows})
    parts = [f"{len(rows)} 个数字，来自 {docs} 份报告。点击数字或出处查看原文；点击表头排序。"]
    if len(rows) > MAX_ROWS:
        parts.append(f"表中显示前 {MAX_ROWS} 行，下载的 CSV 含全部 {len(rows)} 行。")
    if indicator and missing:
        names = "、".join(f"{reports[d].region}（{_year(reports[d].year)}）" for d in missing[:20])
        more = f"等 {len(missing)} 份" if len(missing) > 20 else ""
        parts.append(f"**{len(missing)} 份报告未给出“{escape(indicator)}”**：{escape(names)}{more}。")
    return " ".join(parts)


def chart_svg(indicator: str, rows: Sequence[TableRow]) -> str:
    """A horizontal bar chart of one indicator's figures in one unit, largest first; each bar opens
    its passage. Bar lengths use the normalised values, so 54941612.82元 and 895.76万元 compare."""
    rows = [r for r in rows if r.value is not None]
    if not rows:
        return ""
    spec = by_name(indicator)
    rows = sorted(rows, key=lambda r: -(r.value or 0.0))
    shown = rows[:MAX_BARS]
    unit = "万元" if shown[0].unit == "元" else shown[0].unit  # as normalised() writes it
    top = max((r.value or 0.0) for r in shown) or 1.0
    several = {r.doc_id for r in shown if sum(1 for s in shown if s.doc_id == r.doc_id) > 1}
    height = len(shown) * (_BAR_H + _GAP) + 8
    bar_space = _CHART_W - _LABEL_W - 110
    bars = []
    for n, r in enumerate(shown):
        y = 4 + n * (_BAR_H + _GAP)
        width = max(1.0, bar_space * (r.value or 0.0) / top)
        label = f"{r.region}（{r.year or '?'}）" + (f" · {r.label}" if r.doc_id in several else "")
        bars.append(
            f'<a class="govqa-fact govqa-bar" href="{escape(target(r), quote=True)}">'
            f"<title>{escape(r.value_text)} · 《{escape(r.title)}》：“{escape(r.quote)}”</title>"
            f'<text x="{_LABEL_W - 6}" y="{y + _BAR_H * 0.7:.1f}" text-anchor="end">{escape(label[:18])}</text>'
            f'<rect x="{_LABEL_W}" y="{y}" width="{width:.1f}" height="{_BAR_H}" rx="3"/>'
            f'<text x="{_LABEL_W + width + 6:.1f}" y="{y + _BAR_H * 0.7:.1f}">{escape(normalised(r))}</text></a>'
        )
    note = f"，显示最大的 {MAX_BARS} 个（共 {len(rows)} 个）" if len(rows) > MAX_BARS else ""
    order = "" if spec is None or spec.higher_is_better else "（越低越好）"
    return (
        f'<figure class="govqa-chart"><figcaption>{escape(indicator)}{order} · 单位：{escape(unit or "—")}'
        f"{note}</figcaption>"
        f'<svg viewBox="0 0 {_CHART_W} {height}" width="100%" role="img" '
        f'aria-label="{escape(indicator, quote=True)}">{"".join(bars)}</svg></figure>'
    )


def charts_html(rows: Sequence[TableRow]) -> str:
    """A chart per indicator that has figures in the rows, in the vocabulary's order."""
    groups: dict[tuple[str, str], list[TableRow]] = {}
    for r in rows:
        if r.value is not None:
            groups.setdefault((r.indicator, r.unit), []).append(r)  # 件 and 个 never share an axis
    charts = [chart_svg(name, group) for (name, _), group in groups.items()]
    if not charts:
        return ""
    return f'<div class="govqa-charts">{"".join(charts)}</div>'
