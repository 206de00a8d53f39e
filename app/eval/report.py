"""Render an evaluation report as Markdown and as self-contained HTML (tables, inline SVG charts).

Pure: takes the report dict that app.eval.harness builds; every piece of question or answer text is
escaped, so a `<script>` in a report or an answer shows as text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

METRICS = (
    "accuracy",
    "answer_accuracy",
    "citation_accuracy",
    "stated_accuracy",
    "wrong_figure_rate",
    "verbatim_rate",
    "refusal_accuracy",
    "false_refusal_rate",
    "recall_at_1",
    "recall_at_3",
    "recall_at_5",
    "mrr",
    "latency_p50_ms",
    "latency_p95_ms",
    "errors",
)

_LABELS = {
    "n": "questions",
    "n_answerable": "answerable",
    "n_unanswerable": "unanswerable",
    "accuracy": "accuracy",
    "answer_accuracy": "answer accuracy",
    "citation_accuracy": "citation accuracy",
    "stated_accuracy": "stated figure + citation",
    "wrong_figure_rate": "wrong stated figures",
    "verbatim_rate": "verbatim citations",
    "refusal_accuracy": "refusal accuracy",
    "false_refusal_rate": "false refusals",
    "recall_at_1": "recall@1",
    "recall_at_3": "recall@3",
    "recall_at_5": "recall@5",
    "mrr": "MRR@10",
    "latency_p50_ms": "latency p50",
    "latency_p95_ms": "latency p95",
    "errors": "errors",
}
_COUNTS = ("n", "n_answerable", "n_unanswerable", "errors")
_SPACE = re.compile(r"\s+")


# -- rendering ----------------------------------------------------------------------------------


def fmt(metric: str, value: Any) -> str:
    """A metric as shown in the tables: rates in %, latency in ms, counts as integers."""
    if value is None:
        return "–"
    if metric in _COUNTS:
        return str(int(value))
    if metric.startswith("latency"):
        return f"{value:.0f} ms"
    if metric == "mrr":
        return f"{value:.3f}"
    return f"{100 * value:.1f}%"


def one_line(overall: dict[str, Any]) -> str:
    keys = (
        "accuracy",
        "answer_accuracy",
        "citation_accuracy",
        "stated_accuracy",
        "wrong_figure_rate",
        "verbatim_rate",
        "refusal_accuracy",
        "false_refusal_rate",
        "recall_at_5",
        "mrr",
        "latency_p50_ms",
        "latency_p95_ms",
    )
    return ", ".join(f"{_LABELS[k]} {fmt(k, overall[k])}" for k in keys)


LEGEND = (
    "accuracy: answerable questions answered with every expected fact, unanswerable ones refused. "
    "answer accuracy, citation accuracy (a citation of the expected report quoting the first fact), "
    "false refusals and recall@k / MRR@10 (rank of the first chunk of the expected report holding the "
    "first fact, searched in the question's own scope) are over answerable questions; refusal accuracy "
    "over unanswerable ones; verbatim citations over all quotes, related passages included; latency is "
    "nearest-rank over all questions, after one untimed warm-up question per mode. "
    "stated figure + citation: the expected figures in the answer's own words, not only in a passage "
    "it quotes (an answer that states no figure is judged by its passage), and a correct citation; "
    "wrong stated figures: answerable questions answered with a figure that is not the expected one."
)
_CATEGORY_COLUMNS = (
    "n",
    "accuracy",
    "answer_accuracy",
    "citation_accuracy",
    "refusal_accuracy",
    "false_refusal_rate",
    "recall_at_1",
    "recall_at_5",
    "mrr",
    "latency_p50_ms",
    "latency_p95_ms",
)


def _md_cell(text: str) -> str:
    """Text safe inside one Markdown line or table cell (markup in answers must not render)."""
    text = _SPACE.sub(" ", str(text)).replace("&", "&amp;").replace("<", "&lt;")
    return text.replace("|", "\\|")


def _expected(row: dict[str, Any]) -> str:
    return "、".join(row["expect"]) if row["answerable"] else "(a refusal)"


def render_markdown(report: dict[str, Any]) -> str:
    modes: list[str] = report["modes"]
    results = report["results"]
    out = [
        f"# Evaluation: {_md_cell(report['questions_file'])}",
        "",
        f"{report['n_questions']} questions; modes: {', '.join(modes)}.",
        "",
        "## Overall",
        "",
        LEGEND,
        "",
        "| metric | " + " | ".join(modes) + " |",
        "|---|" + "---:|" * len(modes),
    ]
    for metric in ("n", "n_answerable", "n_unanswerable", *METRICS):
        out.append(
            f"| {_LABELS[metric]} | "
            + " | ".join(fmt(metric, results[m]["overall"][metric]) for m in modes)
            + " |"
        )
    for mode in modes:
        out += [
            "",
            f"## {mode}: by category",
            "",
            "| category | " + " | ".join(_LABELS[c] for c in _CATEGORY_COLUMNS) + " |",
            "|---|" + "---:|" * len(_CATEGORY_COLUMNS),
        ]
        for category, metrics in results[mode]["by_category"].items():
            out.append(
                f"| {_md_cell(category)} | "
                + " | ".join(fmt(c, metrics[c]) for c in _CATEGORY_COLUMNS)
                + " |"
            )
    for mode in modes:
        failures = [r for r in results[mode]["rows"] if r["failed"]]
        out += ["", f"## {mode}: failures ({len(failures)})"]
        for r in failures:
            out += [
                "",
                f"### {_md_cell(r['id'])} [{_md_cell(r['category'])}] {_md_cell(r['question'])}",
                "",
                f"- why: {_md_cell('; '.join(r['reasons']))}",
                f"- expected: {_md_cell(_expected(r))}"
                + (f" in {_md_cell(r['doc'])}" if r["doc"] else ""),
                f"- retrieval rank: {r['retrieval_rank'] or '–'}",
                "",
                "Answer:",
                "",
            ]
            out += ["> " + _md_cell(line) for line in (r["answer"] or "(empty)").splitlines()]
            if r["citations"]:
                out += ["", "Citations:", ""]
                for c in r["citations"]:
                    flag = "" if c["verbatim"] else " — NOT VERBATIM"
                    out.append(
                        f"- [{c['n']}] {_md_cell(c['title'])} {_md_cell(c['section'])} "
                        f"({_md_cell(c['source'])} {c['start']}–{c['end']}){flag}: “{_md_cell(c['quote'])}”"
                    )
    return "\n".join(out) + "\n"


_COLOURS = ("#3b6fb6", "#e08a2c", "#4f9a5a", "#b04a5a")
_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;max-width:72em}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}
.failure{border-left:4px solid #b04a5a;padding:.2em 1em;margin:1em 0;background:#fbf7f7}
.answer{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.5em}
.bad{color:#b04a5a;font-weight:bold}svg{font-size:12px}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _text_width(text: str) -> int:
    """Rough width in pixels at 12px: CJK and other wide characters 12, the rest 7."""
    return sum(12 if unicodedata.east_asian_width(ch) in "WF" else 7 for ch in text)


def bar_chart(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
) -> str:
    """An inline SVG of horizontal grouped bars, values in [0, 1]; one group per label."""
    bar, gap, width, top = 14, 10, 360, 40
    left = 12 + max((_text_width(label) for label in labels), default=0)
    group = bar * len(series) + gap
    parts: list[str] = []
    x = left
    for i, (name, _) in enumerate(series):
        parts.append(
            f'<rect x="{x}" y="22" width="10" height="10" fill="{_COLOURS[i % len(_COLOURS)]}"/>'
            f'<text x="{x + 14}" y="31">{_e(name)}</text>'
        )
        x += 14 + _text_width(name) + 16
    for g, label in enumerate(labels):
        y0 = top + g * group
        parts.append(
            f'<text x="{left - 6}" y="{y0 + (group - gap) / 2 + 4}" text-anchor="end">{_e(label)}</text>'
        )
        for i, (_, values) in enumerate(series):
            value = values[g]
            y = y0 + i * bar
            if value is None:
                parts.append(f'<text x="{left + 4}" y="{y + bar - 3}" fill="#888">n/a</text>')
                continue
            w = max(0.0, min(1.0, value)) * width
            parts.append(
                f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar - 2}" '
                f'fill="{_COLOURS[i % len(_COLOURS)]}"/>'
                f'<text x="{left + w + 4:.1f}" y="{y + bar - 3}">{100 * value:.0f}%</text>'
            )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{max(left + width + 50, x)}" '
        f'height="{top + group * len(labels) + 10}" role="img" aria-label="{_e(title)}">'
        f'<text x="0" y="14" font-weight="bold">{_e(title)}</text>'
    )
    return head + "".join(parts) + "</svg>"


def _html_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(report: dict[str, Any]) -> str:
    """The report as one self-contained page: tables, inline SVG charts, failures; all text escaped."""
    modes: list[str] = report["modes"]
    results = report["results"]
    out = [
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">',
        f"<title>govqa evaluation: {_e(report['questions_file'])}</title><style>{_CSS}</style></head><body>",
        f"<h1>Evaluation: {_e(report['questions_file'])}</h1>",
        f"<p>{report['n_questions']} questions; modes: {_e(', '.join(modes))}.</p>",
        "<h2>Overall</h2>",
        f"<p>{_e(LEGEND)}</p>",
        _html_table(
            ["metric", *modes],
            (
                [_LABELS[m], *(fmt(m, results[mode]["overall"][m]) for mode in modes)]
                for m in ("n", "n_answerable", "n_unanswerable", *METRICS)
            ),
        ),
    ]
    if len(modes) > 1:
        categories = list(dict.fromkeys(c for m in modes for c in results[m]["by_category"]))
        out.append(
            bar_chart(
                "Accuracy by mode",
                ["overall", *categories],
                [
                    (
                        m,
                        [
                            results[m]["overall"]["accuracy"],
                            *(
                                (results[m]["by_category"].get(c) or {}).get("accuracy")
                                for c in categories
                            ),
                        ],
                    )
                    for m in modes
                ],
            )
        )
    for mode in modes:
        by_category = results[mode]["by_category"]
        out += [
            f"<h2>{_e(mode)}: by category</h2>",
            _html_table(
                ["category", *(_LABELS[c] for c in _CATEGORY_COLUMNS)],
                (
                    [c, *(fmt(k, metrics[k]) for k in _CATEGORY_COLUMNS)]
                    for c, metrics in by_category.items()
                ),
            ),
            bar_chart(
                f"{mode}: by category",
                list(by_category),
                [
                    (_LABELS[k], [m[k] for m in by_category.values()])
                    for k in ("accuracy", "citation_accuracy", "recall_at_5")
                ],
            ),
        ]
    for mode in modes:
        failures = [r for r in results[mode]["rows"] if r["failed"]]
        out.append(f"<h2>{_e(mode)}: failures ({len(failures)})</h2>")
        for r in failures:
            expected = _expected(r)
            cites = "".join(
                f"<li>[{c['n']}] 《{_e(c['title'])}》 {_e(c['section'])} ({_e(c['source'])} {c['start']}–{c['end']})"
                + ("" if c["verbatim"] else ' <span class="bad">not verbatim</span>')
                + f": “{_e(c['quote'])}”</li>"
                for c in r["citations"]
            )
            out.append(
                f'<div class="failure"><h3>{_e(r["id"])} [{_e(r["category"])}] {_e(r["question"])}</h3>'
                f'<p class="bad">{_e("; ".join(r["reasons"]))}</p>'
                f"<p>expected: {_e(expected)}{' in ' + _e(r['doc']) if r['doc'] else ''}; "
                f"retrieval rank: {_e(r['retrieval_rank'] or '–')}</p>"
                f'<div class="answer">{_e(r["answer"] or "(empty)")}</div>'
                + (f"<ul>{cites}</ul>" if cites else "")
                + "</div>"
            )
    out.append("</body></html>")
    return "\n".join(out) + "\n"
