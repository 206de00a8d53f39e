"""The evaluation harness: ask a question set in each retrieval mode, score answers, citations,
refusals, retrieval and latency, and write report.json / report.md / report.html.

Services are injected (anything with the methods of app.chain.Services that are used here), so the
harness runs against the real system or a scripted fake alike.

Questions file: JSON Lines, one object a line:
    {"id": "q001", "question": "...", "expect": ["7324.60万元"], "doc": "吴川市",
     "answerable": true, "category": "amount"}
Only "question" is required; "expect" defaults to [], "answerable" to true, "doc" to "",
"category" to "other", "id" to "line<N>".

Thresholds file: JSON, per mode ("*" applies to every evaluated mode), metric → bound, and
optionally per category:
    {"hybrid": {"answer_accuracy": 0.9, "latency_p95_ms": 2000,
                "by_category": {"amount": {"answer_accuracy": 0.95}}},
     "*": {"verbatim_rate": 1.0, "refusal_accuracy": 0.9}}
A bound is a minimum, except for the metrics in LOWER_IS_BETTER, where it is a maximum.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import math
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.facts import fact_in_text, missing_facts
from app.records import Answer, Citation, ReportMeta

if TYPE_CHECKING:
    from app.query import Question
    from app.retrieval import Hit
    from app.settings import Settings

log = logging.getLogger(__name__)

MODES = ("hybrid", "bm25", "dense")
RETRIEVAL_K = 10
RECALL_AT = (1, 3, 5)
METRICS = (
    "accuracy",
    "answer_accuracy",
    "citation_accuracy",
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
LOWER_IS_BETTER = frozenset({"false_refusal_rate", "latency_p50_ms", "latency_p95_ms", "errors"})
_LABELS = {
    "n": "questions",
    "n_answerable": "answerable",
    "n_unanswerable": "unanswerable",
    "accuracy": "accuracy",
    "answer_accuracy": "answer accuracy",
    "citation_accuracy": "citation accuracy",
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


class QuestionsError(ValueError):
    """A questions file that cannot be used; the message names the file and the bad lines."""


class ThresholdsError(ValueError):
    """A thresholds file that does not follow the documented format."""


class _Index(Protocol):
    def analyse(self, text: str) -> Question: ...
    def search(
        self, question: Question, doc_ids: list[str], k: int, mode: str = ...
    ) -> list[Hit]: ...


class _Library(Protocol):
    def meta(self, doc_id: str) -> ReportMeta: ...


class EvalServices(Protocol):
    """What the harness uses of app.chain.Services."""

    settings: Settings

    @property
    def index(self) -> _Index: ...
    @property
    def library(self) -> _Library: ...
    def ask(self, question: str, mode: str | None = None) -> Answer: ...


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    expect: tuple[str, ...]
    doc: str
    answerable: bool
    category: str


# -- questions ---------------------------------------------------------------------------------


def load_questions(path: Path) -> list[EvalQuestion]:
    """The questions of a JSONL file; every malformed line is reported in one QuestionsError."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionsError(f"{path}: cannot read the questions file ({exc})") from exc
    questions: list[EvalQuestion] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            question = _parse_question(line, number)
        except ValueError as exc:
            problems.append(f"line {number}: {exc}")
            continue
        if question.id in seen:
            problems.append(f"line {number}: duplicate id {question.id!r}")
            continue
        seen.add(question.id)
        questions.append(question)
    if problems:
        shown = "; ".join(problems[:10]) + (
            f"; and {len(problems) - 10} more" if len(problems) > 10 else ""
        )
        raise QuestionsError(f"{path}: {len(problems)} malformed line(s): {shown}")
    if not questions:
        raise QuestionsError(f"{path}: no questions")
    return questions


def _parse_question(line: str, number: int) -> EvalQuestion:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    question = item.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError('"question" must be a non-empty string')
    expect = item.get("expect", [])
    if expect is None:
        expect = []
    if not isinstance(expect, list) or not all(isinstance(f, str) and f.strip() for f in expect):
        raise ValueError('"expect" must be a list of non-empty strings')
    answerable = item.get("answerable", True)
    if answerable is None:
        answerable = True
    if not isinstance(answerable, bool):
        raise ValueError('"answerable" must be true or false')
    fields = {}
    for key, default in (("id", f"line{number}"), ("doc", ""), ("category", "other")):
        value = item.get(key)
        if value is None or value == "":
            value = default
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise ValueError(f'"{key}" must be a string')
        fields[key] = str(value)
    return EvalQuestion(
        fields["id"], question, tuple(expect), fields["doc"], answerable, fields["category"]
    )


# -- scoring one answer (pure) -------------------------------------------------------------------


def _squash(text: str) -> str:
    return _SPACE.sub("", text or "")


def doc_matches(doc: str, *names: str) -> bool:
    """True when doc and one of the names contain each other, ignoring whitespace."""
    want = _squash(doc)
    if not want:
        return False
    return any((name := _squash(n)) and (want in name or name in want) for n in names)


def citation_correct(question: EvalQuestion, citations: Sequence[Citation]) -> bool:
    """Some citation is of the expected report and quotes the first expected fact."""
    first = question.expect[0] if question.expect else None
    return any(
        doc_matches(question.doc, c.region, c.department, c.title)
        and (first is None or fact_in_text(first, c.quote))
        for c in citations
    )


def quote_is_verbatim(citation: Citation, source_text: str) -> bool:
    """source_text[start:end] equals the quote once all whitespace is removed from both."""
    if not 0 <= citation.start <= citation.end <= len(source_text):
        return False
    return _squash(source_text[citation.start : citation.end]) == _squash(citation.quote)


def retrieval_rank(
    question: EvalQuestion, hits: Sequence[Hit], meta: Callable[[str], ReportMeta | None]
) -> int | None:
    """1-based rank of the first hit from the expected report that holds the first expected fact."""
    first = question.expect[0] if question.expect else None
    for rank, hit in enumerate(hits, start=1):
        m = meta(hit.chunk.doc_id)
        if m is None or not doc_matches(question.doc, m.region, m.department, m.title):
            continue
        if first is None or fact_in_text(first, hit.chunk.text):
            return rank
    return None


def score_answer(
    question: EvalQuestion, answer: Answer, verbatim: Sequence[bool]
) -> dict[str, Any]:
    """The per-question verdicts that depend only on the answer (and the verbatim checks of its quotes)."""
    missing = (
        missing_facts(question.expect, answer.answer) if answer.found else list(question.expect)
    )
    return {
        "found": answer.found,
        "missing_facts": missing,
        "answer_correct": (answer.found and not missing) if question.answerable else None,
        "citation_correct": citation_correct(question, answer.citations)
        if question.answerable
        else None,
        "verbatim": all(verbatim) if verbatim else None,
        "refusal_correct": None if question.answerable else not answer.found,
        "false_refusal": (not answer.found) if question.answerable else None,
    }


def _reasons(row: dict[str, Any]) -> list[str]:
    reasons: list[str] = []
    if row.get("error"):
        reasons.append(f"error: {row['error']}")
    if row["answerable"]:
        if row["false_refusal"]:
            reasons.append("refused an answerable question")
        elif row["answer_correct"] is False:
            reasons.append("answer lacks " + "、".join(row["missing_facts"]))
        if row["citation_correct"] is False:
            first = row["expect"][0] if row["expect"] else ""
            reasons.append(f"no citation of {row['doc'] or '?'} quoting {first}".rstrip())
    elif row["refusal_correct"] is False:
        reasons.append("answered an unanswerable question")
    if row["verbatim"] is False:
        bad = [f"[{c['n']}]" for c in row["citations"] if c["verbatim"] is False]
        bad += [f"related {c['n']}" for c in row["related"] if c["verbatim"] is False]
        reasons.append("quote not verbatim: " + ", ".join(bad))
    return reasons


# -- aggregation (pure) -------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0–100): the smallest value with at least p% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _mean(flags: Iterable[bool | float | None]) -> float | None:
    values = [float(f) for f in flags if f is not None]
    return sum(values) / len(values) if values else None


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Metrics over a group of per-question rows."""
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    checks = [
        c["verbatim"]
        for r in rows
        for c in r["citations"] + r["related"]
        if c["verbatim"] is not None
    ]
    latencies = [r["latency_ms"] for r in rows if r["latency_ms"] is not None]
    ranks = [r["retrieval_rank"] for r in answerable]
    out: dict[str, Any] = {
        "n": len(rows),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "accuracy": _mean(
            r["answer_correct"] if r["answerable"] else r["refusal_correct"] for r in rows
        ),
        "answer_accuracy": _mean(r["answer_correct"] for r in answerable),
        "citation_accuracy": _mean(r["citation_correct"] for r in answerable),
        "verbatim_rate": _mean(checks),
        "refusal_accuracy": _mean(r["refusal_correct"] for r in unanswerable),
        "false_refusal_rate": _mean(r["false_refusal"] for r in answerable),
    }
    for k in RECALL_AT:
        out[f"recall_at_{k}"] = (
            _mean(rank is not None and rank <= k for rank in ranks) if ranks else None
        )
    out["mrr"] = _mean(1.0 / rank if rank else 0.0 for rank in ranks) if ranks else None
    out["latency_p50_ms"] = percentile(latencies, 50)
    out["latency_p95_ms"] = percentile(latencies, 95)
    out["errors"] = sum(1 for r in rows if r.get("error"))
    return out


def summarise_by_category(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["category"], []).append(r)
    return {category: summarise(group) for category, group in groups.items()}


# -- running (I/O at the edge) -------------------------------------------------------------------


class SourceTexts:
    """Report files as ingest decoded them, so citation offsets can be checked; cached by path."""

    def __init__(self, project_root: Path):
        self.root = Path(project_root)
        self._texts: dict[str, str | OSError] = {}

    def text(self, source: str) -> str:
        if source not in self._texts:
            from ingest.load import LoadError, decode

            path = Path(source) if Path(source).is_absolute() else self.root / source
            try:
                self._texts[source] = decode(path.read_bytes())
            except (OSError, LoadError) as exc:
                self._texts[source] = OSError(f"{path}: {exc}")
        found = self._texts[source]
        if isinstance(found, OSError):
            raise found
        return found


def _citation_row(c: Citation, sources: SourceTexts) -> dict[str, Any]:
    try:
        verbatim: bool | None = quote_is_verbatim(c, sources.text(c.source))
        problem = ""
    except OSError as exc:
        verbatim, problem = False, f"source not readable: {exc}"
    row = {
        k: getattr(c, k)
        for k in (
            "n",
            "doc_id",
            "region",
            "department",
            "title",
            "section",
            "quote",
            "source",
            "start",
            "end",
        )
    }
    row["verbatim"] = verbatim
    if problem:
        row["problem"] = problem
    return row


def _expand_modes(modes: Iterable[str]) -> list[str]:
    out: list[str] = []
    for mode in modes:
        for m in MODES if mode == "all" else (mode,):
            if m not in MODES:
                raise ValueError(
                    f"unknown retrieval mode {m!r} (choose from {', '.join(MODES)} or all)"
                )
            if m not in out:
                out.append(m)
    if not out:
        raise ValueError("no retrieval mode given")
    return out


def evaluate_question(
    services: EvalServices,
    question: EvalQuestion,
    mode: str,
    sources: SourceTexts,
    meta: Callable[[str], ReportMeta | None],
) -> dict[str, Any]:
    """Ask one question in one mode and score the answer, its citations and the retrieval."""
    row: dict[str, Any] = {
        **asdict(question),
        "expect": list(question.expect),
        "mode": mode,
        "error": "",
    }
    started = time.perf_counter()
    try:
        answer = services.ask(question.question, mode=mode)
    except Exception as exc:  # one broken question must not end the run; it is counted and listed
        log.exception("question %s failed in %s mode", question.id, mode)
        answer = Answer(question=question.question, answer="", found=False)
        row["error"] = f"{type(exc).__name__}: {exc}"
    elapsed = round((time.perf_counter() - started) * 1000, 1)
    row["answer"] = answer.answer
    row["citations"] = [_citation_row(c, sources) for c in answer.citations]
    row["related"] = [_citation_row(c, sources) for c in answer.related]
    verbatim = [c["verbatim"] for c in row["citations"] + row["related"]]
    row.update(score_answer(question, answer, verbatim))
    row["latency_ms"] = answer.timings_ms.get("total", elapsed) if not row["error"] else None
    row["retrieval_rank"] = None
    if question.answerable:
        try:
            q = services.index.analyse(question.question)
            hits = services.index.search(q, q.doc_ids, k=RETRIEVAL_K, mode=mode)
            row["retrieval_rank"] = retrieval_rank(question, hits, meta)
        except Exception as exc:  # as above: recorded, not fatal
            log.exception("retrieval for %s failed in %s mode", question.id, mode)
            row["error"] = row["error"] or f"retrieval: {type(exc).__name__}: {exc}"
    row["reasons"] = _reasons(row)
    row["failed"] = bool(row["reasons"])
    return row


def run_eval(
    services: EvalServices, questions_path: Path, modes: Sequence[str], out_dir: Path
) -> dict[str, Any]:
    """Evaluate every question in every mode; write report.json, report.md and report.html to out_dir."""
    questions = load_questions(questions_path)
    modes = _expand_modes(modes)
    sources = SourceTexts(services.settings.project_root)
    metas: dict[str, ReportMeta | None] = {}

    def meta(doc_id: str) -> ReportMeta | None:
        if doc_id not in metas:
            try:
                metas[doc_id] = services.library.meta(doc_id)
            except KeyError:
                metas[doc_id] = None
        return metas[doc_id]

    results: dict[str, Any] = {}
    for mode in modes:
        rows = [evaluate_question(services, q, mode, sources, meta) for q in questions]
        results[mode] = {
            "overall": summarise(rows),
            "by_category": summarise_by_category(rows),
            "rows": rows,
        }
        log.info("%s: %s", mode, _one_line(results[mode]["overall"]))
    report = {
        "questions_file": str(questions_path),
        "n_questions": len(questions),
        "modes": modes,
        "results": results,
    }
    write_reports(report, Path(out_dir))
    return report


def write_reports(report: dict[str, Any], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (out_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")
    (out_dir / "report.html").write_text(render_html(report), encoding="utf-8")


# -- thresholds ---------------------------------------------------------------------------------


def load_thresholds(path: Path) -> dict[str, Any]:
    try:
        thresholds = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ThresholdsError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise ThresholdsError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    _validate_thresholds(thresholds)
    return thresholds


def _validate_thresholds(thresholds: Any) -> None:
    if not isinstance(thresholds, dict):
        raise ThresholdsError("thresholds must be a JSON object of modes")
    for mode, bounds in thresholds.items():
        if mode != "*" and mode not in MODES:
            raise ThresholdsError(
                f"thresholds: unknown mode {mode!r} (use {', '.join(MODES)} or *)"
            )
        if not isinstance(bounds, dict):
            raise ThresholdsError(f"thresholds[{mode!r}] must be an object of metric: bound")
        groups = [(mode, {k: v for k, v in bounds.items() if k != "by_category"})]
        by_category = bounds.get("by_category", {})
        if not isinstance(by_category, dict) or not all(
            isinstance(b, dict) for b in by_category.values()
        ):
            raise ThresholdsError(
                f"thresholds[{mode!r}].by_category must map categories to objects"
            )
        groups += [(f"{mode}/{c}", b) for c, b in by_category.items()]
        for where, group in groups:
            for metric, bound in group.items():
                if metric not in METRICS:
                    raise ThresholdsError(f"thresholds {where}: unknown metric {metric!r}")
                if isinstance(bound, bool) or not isinstance(bound, int | float):
                    raise ThresholdsError(f"thresholds {where}: {metric} must be a number")


def check_thresholds(report: dict[str, Any], thresholds: dict[str, Any]) -> list[str]:
    """Each violated bound as one line; an empty list when the report meets them all."""
    _validate_thresholds(thresholds)
    violations: list[str] = []
    results = report["results"]
    for key, bounds in thresholds.items():
        modes = list(results) if key == "*" else [key]
        for mode in modes:
            if mode not in results:
                violations.append(f"{mode}: not evaluated")
                continue
            groups = [
                (
                    mode,
                    results[mode]["overall"],
                    {k: v for k, v in bounds.items() if k != "by_category"},
                )
            ]
            for category, b in bounds.get("by_category", {}).items():
                groups.append((f"{mode}/{category}", results[mode]["by_category"].get(category), b))
            for where, metrics, group in groups:
                if metrics is None:
                    violations.append(f"{where}: no questions in this category")
                    continue
                for metric, bound in group.items():
                    violations += _violation(where, metric, metrics.get(metric), bound)
    return violations


def _violation(where: str, metric: str, value: float | None, bound: float) -> list[str]:
    if value is None:
        return [f"{where}: {metric} not measured (no questions of that kind)"]
    if metric in LOWER_IS_BETTER:
        return [f"{where}: {metric} {_num(value)} > {_num(bound)} (max)"] if value > bound else []
    return [f"{where}: {metric} {_num(value)} < {_num(bound)} (min)"] if value < bound else []


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


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


def _one_line(overall: dict[str, Any]) -> str:
    keys = (
        "accuracy",
        "answer_accuracy",
        "citation_accuracy",
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
    "nearest-rank over all questions."
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


# -- entry point --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """python -m app.evaluate: run the harness; exit 1 when a threshold is violated, 2 on bad input."""
    parser = argparse.ArgumentParser(
        prog="python -m app.evaluate", description="Evaluate govqa on a question set."
    )
    parser.add_argument("--questions", type=Path, default=Path("corpus/questions.jsonl"))
    parser.add_argument(
        "--mode", action="append", choices=[*MODES, "all"], help="repeatable; default hybrid"
    )
    parser.add_argument("--out", type=Path, default=Path("eval-out"))
    parser.add_argument("--thresholds", type=Path, help="JSON file of bounds; violations exit 1")
    parser.add_argument(
        "--data-dir", type=Path, help="index location (default: $GOVQA_DATA_DIR or .govqa/)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        thresholds = load_thresholds(args.thresholds) if args.thresholds else None
        load_questions(args.questions)  # fail on a bad file before loading any model
    except (QuestionsError, ThresholdsError) as exc:
        print(f"govqa-eval: error: {exc}", file=sys.stderr)
        return 2
    from app.chain import Services
    from app.settings import Settings

    settings = Settings(data_dir=args.data_dir) if args.data_dir else Settings()
    services = Services(settings)
    try:
        services.ensure_index()
        report = run_eval(services, args.questions, args.mode or ["hybrid"], args.out)
    finally:
        services.close()
    for mode in report["modes"]:
        print(f"{mode}: {_one_line(report['results'][mode]['overall'])}")
    print(f"reports written to {args.out}/report.{{json,md,html}}")
    violations = check_thresholds(report, thresholds) if thresholds else []
    for v in violations:
        print(f"threshold violated: {v}", file=sys.stderr)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
