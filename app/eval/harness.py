"""The evaluation harness: ask a question set in each retrieval mode, score answers, citations,
refusals, retrieval and latency, and write report.json / report.md / report.html.

Services are injected (anything with the methods of app.services.Services that are used here), so the
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

import json
import logging
import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.core.figures import cell_in_text, fact_in_text, missing_facts
from app.core.numbers import find_figures
from app.core.records import Answer, Citation, ReportMeta
from app.eval.report import METRICS, one_line, render_html, render_markdown
from app.vocab.labels import MINUS_SIGNS, PLUS_SIGNS

if TYPE_CHECKING:
    from app.answering.question import Question
    from app.core.settings import Settings
    from app.index.retrieval import Hit

log = logging.getLogger(__name__)
_SPACE = re.compile(r"\s+")

MODES = ("hybrid", "bm25", "dense")
RETRIEVAL_K = 10
RECALL_AT = (1, 3, 5)
LOWER_IS_BETTER = frozenset({"false_refusal_rate", "wrong_figure_rate", "latency_p50_ms", "latency_p95_ms", "errors"})


class QuestionsError(ValueError):
    """A questions file that cannot be used; the message names the file and the bad lines."""


class ThresholdsError(ValueError):
    """A thresholds file that does not follow the documented format."""


class _Index(Protocol):
    def search(
        self, question: Question, doc_ids: list[str], k: int, mode: str = ...
    ) -> list[Hit]: ...


class _Library(Protocol):
    def meta(self, doc_id: str) -> ReportMeta: ...


class EvalServices(Protocol):
    """What the harness uses of app.services.Services."""

    settings: Settings

    @property
    def index(self) -> _Index: ...
    @property
    def library(self) -> _Library: ...
    def ask(self, question: str, mode: str | None = None) -> Answer: ...
    def analyse(self, text: str) -> Question: ...


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
    """Some citation is of the expected report (named by its id, place, department or title) and
    quotes the first expected fact, or its number as a table cell does when the table's head gives
    the unit ("年度资金总额 | 192.91" for 192.91万元)."""
    first = question.expect[0] if question.expect else None
    return any(
        (c.doc_id == question.doc or doc_matches(question.doc, c.region, c.department, c.title))
        and (first is None or fact_in_text(first, c.quote) or cell_in_text(first, c.quote))
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
        if hit.chunk.doc_id != question.doc and (
                m is None or not doc_matches(question.doc, m.region, m.department, m.title)):
            continue
        if first is None or fact_in_text(first, hit.chunk.text):
            return rank
    return None


# what an answer quotes or names rather than states: passages, report titles, scopes ("（2023年度）")
_NOT_STATED = re.compile(r"“[^”]*”|《[^》]*》|（[^）]*）|\([^)]*\)|\[\d+\]")


_SIGNED = re.compile(rf"[{MINUS_SIGNS}{PLUS_SIGNS}]\s*\d.*")  # a figure with its sign before it


def stated_text(answer: str) -> str:
    """What an answer says in its own words: without its quotes, the titles it names and the scopes
    and sections in brackets."""
    return _NOT_STATED.sub(" ", answer)


def stated_correct(facts: Sequence[str], answer: str) -> bool | None:
    """Whether the figures an answer states are the expected ones: each expected fact's figures are
    in the answer's own words, not only in a passage it quotes ("人员经费：7324.60万元" with
    "人员经费支出217.91万元" in the quote is wrong). None when the answer states no figure (it
    answers with a passage, which the other checks judge)."""
    stated = stated_text(answer)
    if not any(f.kind != "number" for f in find_figures(stated)):
        return None
    for fact in facts:
        figures = [f for f in find_figures(fact) if f.kind != "number"]
        # (a signed figure is compared with its sign: "-7.2%")
        said = [fact] if len(figures) == 1 and _SIGNED.fullmatch(fact.strip()) else [f.text for f in figures]
        if figures and not all(fact_in_text(text, stated) for text in said):
            return False
    return True


def score_answer(
    question: EvalQuestion, answer: Answer, verbatim: Sequence[bool]
) -> dict[str, Any]:
    """The per-question verdicts that depend only on the answer (and the verbatim checks of its quotes)."""
    missing = (
        missing_facts(question.expect, answer.answer) if answer.found else list(question.expect)
    )
    stated = stated_correct(question.expect, answer.answer) if answer.found else None
    return {
        "found": answer.found,
        "missing_facts": missing,
        "answer_correct": (answer.found and not missing) if question.answerable else None,
        # the figure the answer states is right (a passage answer: as answer_correct)
        "stated_correct": (not missing if stated is None else stated) if question.answerable and answer.found
        else (False if question.answerable else None),
        "wrong_figure": bool(question.answerable and answer.found and stated is False),
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
        "stated_accuracy": _mean(r.get("stated_correct") and r["citation_correct"] for r in answerable),
        "wrong_figure_rate": _mean(r.get("wrong_figure", False) for r in answerable),
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
    """Report files as ingest read them (decoded, or extracted from .docx/.pdf), so citation
    offsets can be checked; cached by path."""

    def __init__(self, project_root: Path, *more_roots: Path):
        self.roots = [Path(project_root), *map(Path, more_roots)]
        self._texts: dict[str, str | OSError] = {}

    def text(self, source: str) -> str:
        if source not in self._texts:
            from ingest.load import LoadError, source_text

            # a report from outside the project is recorded relative to the folder it was ingested
            # from (its name included): a question set usually sits beside that folder
            path = Path(source) if Path(source).is_absolute() else next(
                (root / source for root in self.roots if (root / source).is_file()), self.roots[0] / source)
            try:
                self._texts[source] = source_text(path)
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
            q = services.analyse(question.question)
            hits = services.index.search(q, q.doc_ids, k=RETRIEVAL_K, mode=mode)
            row["retrieval_rank"] = retrieval_rank(question, hits, meta)
        except Exception as exc:  # as above: recorded, not fatal
            log.exception("retrieval for %s failed in %s mode", question.id, mode)
            row["error"] = row["error"] or f"retrieval: {type(exc).__name__}: {exc}"
    row["reasons"] = _reasons(row)
    row["failed"] = bool(row["reasons"])
    return row


def _warm_up(services: EvalServices, question: EvalQuestion, mode: str) -> None:
    """One untimed question per mode, so loading the embedder is not counted as a question's latency."""
    try:
        services.ask(question.question, mode=mode)
    except Exception:  # the timed run asks it again and records the failure
        log.debug("warm-up question failed", exc_info=True)


def run_eval(
    services: EvalServices, questions_path: Path, modes: Sequence[str], out_dir: Path
) -> dict[str, Any]:
    """Evaluate every question in every mode; write report.json, report.md and report.html to out_dir."""
    questions = load_questions(questions_path)
    modes = _expand_modes(modes)
    sources = SourceTexts(services.settings.project_root, questions_path.resolve().parent)
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
        _warm_up(services, questions[0], mode)
        rows = [evaluate_question(services, q, mode, sources, meta) for q in questions]
        results[mode] = {
            "overall": summarise(rows),
            "by_category": summarise_by_category(rows),
            "rows": rows,
        }
        log.info("%s: %s", mode, one_line(results[mode]["overall"]))
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


# -- entry point --------------------------------------------------------------------------------


def run_command(
    questions: Path, modes: Sequence[str], out: Path, thresholds_path: Path | None, settings: Settings
) -> int:
    """`govqa eval`: run the harness, print one line per mode; 1 when a threshold is violated."""
    thresholds = load_thresholds(thresholds_path) if thresholds_path else None
    load_questions(questions)  # fail on a bad file before loading any model
    from app.services import Services

    services = Services(settings)
    try:
        services.ensure_index(progress=False)
        report = run_eval(services, questions, modes or ["hybrid"], out)
    finally:
        services.close()
    for mode in report["modes"]:
        print(f"{mode}: {one_line(report['results'][mode]['overall'])}")
    print(f"reports written to {out}/report.{{json,md,html}}")
    violations = check_thresholds(report, thresholds) if thresholds else []
    for v in violations:
        print(f"threshold violated: {v}", file=sys.stderr)
    return 1 if violations else 0
