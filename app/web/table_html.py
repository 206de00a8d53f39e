"""HTML for the web chat's 指标表 tab: the indicator table and a bar chart per indicator. Pure; every
piece of report text is escaped. Each figure links to its passage the way a citation card does
(#govqa-open/<doc_id>/<start>/<end>, opened by app/assets/web.js); the table sorts in the page
(web.js reads each cell's data-sort key), so sorting needs no round trip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from app.answering.table import ORDER, TableRow, conflicts
from app.core.records import ReportMeta
from app.vocab.indicators import by_name
from app.web.render import passage_target

MAX_ROWS = 1000  # the page shows at most this many rows; the CSV has them all
MAX_BARS = 40  # bars per chart, the largest first
MISSING = "未给出"
# (heading, numeric, cell class); the department is a second line under the region, so that no
# column is squeezed to one character a line at 1366 px; on a phone the first column stays put
_COLUMNS = (("指标", False, "govqa-col-indicator"), ("地区 / 部门", False, "govqa-col-region"),
            ("年度", True, "govqa-col-year"), ("原文数值", True, "govqa-col-value"),
            ("换算值", True, "govqa-col-normalised"), ("出处（章节 · 原文）", False, "govqa-col-source"))
QUOTE_CHARS = 36  # a longer quote shows this much, the whole on a click
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


def _place(region: str, department: str, year: int | None) -> str:
    """The region, and the department as a second line under it (and, on a phone, where the year
    column is left out so the figure fits on the screen, the year beside the region)."""
    return (f'<div class="govqa-region">{escape(region) or "地区不详"}'
            f'<span class="govqa-year-inline"> · {escape(_year(year))}</span></div>'
            f'<div class="govqa-sub">{escape(department)}</div>')


def _quote(quote: str) -> str:
    """The quote, cut to QUOTE_CHARS with the whole one a click away (a <details>: no script)."""
    if len(quote) <= QUOTE_CHARS:
        return f'<div class="govqa-fact-quote">“{escape(quote)}”</div>'
    return (f'<details class="govqa-fact-quote"><summary>“{escape(quote[:QUOTE_CHARS])}…”'
            f'<span class="govqa-more">展开全文</span></summary>“{escape(quote)}”</details>')


def _disagrees(others: Sequence[TableRow]) -> str:
    """The flag on a figure that another figure of the same report and indicator contradicts, with a
    link to each other figure's passage (this row's own link is its value)."""
    links = "、".join(
        f'<a class="govqa-fact" href="{escape(target(o), quote=True)}">{escape(o.value_text)}</a>'
        f"（{escape(o.section) or '无章节'}）" for o in others)
    return f'<div class="govqa-conflict" role="note">⚠ 数值不一致：同一报告另有 {links}</div>'


def _row(r: TableRow, others: Sequence[TableRow] = ()) -> str:
    link = f'href="{escape(target(r), quote=True)}" title="点击查看原文"'
    number = "" if r.value is None else f"{r.value:.6f}"
    cls = ("govqa-fact-row govqa-conflict-row" if others else "govqa-fact-row")
    return (
        f'<tr class="{cls}">'
        + _cell(escape(r.indicator), ORDER.get(r.indicator, len(ORDER)), _COLUMNS[0][2])
        + _cell(_place(r.region, r.department, r.year), r.region, _COLUMNS[1][2])
        + _cell(escape(_year(r.year)), r.year or "", _COLUMNS[2][2])
        + _cell(f'<a class="govqa-fact govqa-fact-value" {link}>{escape(r.value_text)}</a>'
                + (_disagrees(others) if others else ""), number, f"govqa-value {_COLUMNS[3][2]}")
        + _cell(escape(normalised(r)), number, f"govqa-value {_COLUMNS[4][2]}")
        + _cell(f'<a class="govqa-fact" {link}>{escape(r.section) or "（无章节）"}</a>{_quote(r.quote)}',
                None, _COLUMNS[5][2])
        + "</tr>"
    )


def _missing_row(indicator: str, meta: ReportMeta) -> str:
    return (
        '<tr class="govqa-missing-row">'
        + _cell(escape(indicator), ORDER.get(indicator, len(ORDER)), _COLUMNS[0][2])
        + _cell(_place(meta.region, meta.department, meta.year), meta.region, _COLUMNS[1][2])
        + _cell(escape(_year(meta.year)), meta.year or "", _COLUMNS[2][2])
        + _cell(f'<span class="govqa-missing">{MISSING}</span>', "", f"govqa-value {_COLUMNS[3][2]}")
        + _cell("", "", f"govqa-value {_COLUMNS[4][2]}")
        + _cell(f"《{escape(meta.title)}》中没有找到这项指标的数字", None, _COLUMNS[5][2])
        + "</tr>"
    )


def table_html(rows: Sequence[TableRow], indicator: str = "", missing: Sequence[str] = (),
               reports: Mapping[str, ReportMeta] | None = None) -> str:
    """The table: a row per figure, then (for one indicator) a row per report that does not give it."""
    if not rows and not missing:
        return '<div class="govqa-source-empty">没有符合筛选条件的指标。</div>'
    head = "".join(
        f'<th scope="col" class="govqa-sort {cls}{" govqa-num" if numeric else ""}" tabindex="0" '
        f'title="点击排序">{name}</th>'
        for name, numeric, cls in _COLUMNS
    )
    shown = list(rows[:MAX_ROWS])
    disagree = conflicts(shown)
    body = [_row(r, [shown[j] for j in disagree.get(i, [])]) for i, r in enumerate(shown)]
    if reports is not None:
        body += [_missing_row(indicator, reports[doc_id]) for doc_id in missing]
    return (f'<div class="govqa-table-wrap"><table class="govqa-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def summary(rows: Sequence[TableRow], indicator: str, missing: Sequence[str],
            reports: Mapping[str, ReportMeta]) -> str:
    """One line (Markdown) saying what the table holds and what it leaves out."""
    docs = len({r.doc_id for r in rows})
    parts = [f"{len(rows)} 个数字，来自 {docs} 份报告。点击数字或出处查看原文；点击表头排序。"]
    if disagree := conflicts(rows[:MAX_ROWS]):
        parts.append(f"**{len(disagree)} 个数字与同一报告同一指标的另一数字不一致**（已用 ⚠ 标出，两处出处都可点开）。")
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
        f'<svg viewBox="0 0 {_CHART_W} {height}" width="100%" role="group" '
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
