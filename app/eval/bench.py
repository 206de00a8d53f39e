"""`govqa bench`: ingest and query speed, memory and accuracy on a synthetic corpus of N look-alike
reports, beside a naive LangChain + Chroma baseline on the same vectors.

Each phase runs in its own process, so its peak RSS is its own: the ingest worker reports wall time,
time inside the embedder, chunks/s, tokens/s and the embedder's raw throughput on a sample of the
same chunks; the serve worker loads the index as `govqa serve` would, answers every question warm and
reports latency percentiles, accuracy and its peak RSS; the baseline worker answers with the top chunk
of a plain similarity search. Results accumulate per N in results.json; report.md and plot.svg show
them all.
"""

from __future__ import annotations

import json
import logging
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from app.core.settings import Settings

log = logging.getLogger(__name__)
RAW_SAMPLE = 128  # chunks embedded again, alone, to measure the embedder's own throughput


class TimedEmbeddings(Embeddings):
    """Counts the time and tokens spent inside an embedder."""

    def __init__(self, inner: Embeddings):
        self.inner = inner
        self.model_id = getattr(inner, "model_id", type(inner).__name__)
        self.seconds = 0.0
        self.texts = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        started = time.perf_counter()
        try:
            return self.inner.embed_documents(texts)
        finally:
            self.seconds += time.perf_counter() - started
            self.texts += len(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def _tokens(embeddings: Embeddings, texts: list[str]) -> int:
    """Tokens the embedder sees (its own tokenizer when it exposes one, else characters)."""
    model = getattr(embeddings, "_get", None)
    try:
        handle = model() if model else None
        if handle is not None and hasattr(handle, "token_count"):
            return sum(handle.token_count(t) for t in texts)
        if handle is not None and hasattr(handle, "tokenizer"):
            return sum(len(handle.tokenizer(t)["input_ids"]) for t in texts)
    except Exception:  # pragma: no cover - a tokenizer that cannot count is not fatal
        log.debug("token count failed", exc_info=True)
    return sum(len(t) for t in texts)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _du(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# -- workers (each in its own process) ----------------------------------------------------------


def worker_ingest(settings: Settings, corpus: Path) -> dict[str, Any]:
    from ingest.embed import get_embeddings
    from ingest.index import index_text, ingest, prepare
    from ingest.load import discover

    embeddings = TimedEmbeddings(get_embeddings(settings.embeddings, settings.threads))
    started = time.perf_counter()
    result = ingest([corpus], settings, embeddings, progress=False)
    wall = time.perf_counter() - started
    files, _ = discover([corpus], settings.project_root)
    sample: list[str] = []
    for source in files[:8]:
        report = prepare(source, settings)
        sample += [index_text(report, c.section, c.text) for c in report.chunks]
    sample = sample[:RAW_SAMPLE]
    raw_started = time.perf_counter()
    embeddings.inner.embed_documents(sample)
    raw = time.perf_counter() - raw_started
    tokens_sample = _tokens(embeddings.inner, sample)
    chunks = result.chunks_embedded
    tokens_per_chunk = tokens_sample / max(1, len(sample))
    return {
        "reports": len(result.added), "failed": len(result.failed), "chunks": chunks,
        "wall_s": round(wall, 2), "embed_s": round(embeddings.seconds, 2),
        "other_share": round((wall - embeddings.seconds) / wall, 4) if wall else None,
        "chunks_per_s": round(chunks / wall, 2) if wall else None,
        "tokens_per_s": round(chunks * tokens_per_chunk / wall, 1) if wall else None,
        "raw_embed_chunks_per_s": round(len(sample) / raw, 2) if raw else None,
        "raw_embed_tokens_per_s": round(tokens_sample / raw, 1) if raw else None,
        "peak_rss_mb": round(_rss_mb(), 1),
        "index_mb": round(_du(settings.data_dir), 1),
    }


def _percentiles(values: list[float]) -> dict[str, float | None]:
    from app.eval.harness import percentile

    return {f"p{p}": (round(v, 1) if (v := percentile(values, p)) is not None else None) for p in (50, 95, 99)}


def worker_serve(settings: Settings, questions: Path, out: Path) -> dict[str, Any]:
    from app.eval.harness import run_eval
    from app.services import Services

    services = Services(settings)
    report = run_eval(services, questions, ["hybrid"], out)
    overall = report["results"]["hybrid"]["overall"]
    texts = [r["question"] for r in report["results"]["hybrid"]["rows"]]
    total, retrieve = [], []
    for text in texts:  # warm pass, timed: each question answered as new, not from its first pass
        services.forget_questions()
        answer = services.ask(text)
        total.append(answer.timings_ms["total"])
        retrieve.append(answer.timings_ms["retrieve"])
    return {
        "questions": len(texts), "answer_accuracy": overall["answer_accuracy"],
        "citation_accuracy": overall["citation_accuracy"], "refusal_accuracy": overall["refusal_accuracy"],
        "answer_and_citation": _both(report["results"]["hybrid"]["rows"]),
        "latency_total_ms": _percentiles(total), "latency_retrieve_ms": _percentiles(retrieve),
        "peak_rss_mb": round(_rss_mb(), 1),
    }


def _both(rows: list[dict[str, Any]]) -> float | None:
    answerable = [r for r in rows if r["answerable"]]
    if not answerable:
        return None
    return round(sum(1 for r in answerable if r["answer_correct"] and r["citation_correct"]) / len(answerable), 4)


def worker_baseline(settings: Settings, questions: Path) -> dict[str, Any]:
    """LangChain's Chroma vector store over the same collection: similarity search, top chunk as the answer."""
    from langchain_chroma import Chroma

    from app.core.figures import all_facts
    from app.eval.harness import doc_matches, load_questions
    from app.index.store import DocStore
    from app.index.vectors import collection_name, open_client
    from ingest.embed import embedder_id, get_embeddings

    embeddings = get_embeddings(settings.embeddings, settings.threads)
    store = DocStore(settings.store_path)
    metas = {d: m for d, (m, _) in store.metas().items()}
    store.close()
    vectors = Chroma(client=open_client(settings), collection_name=collection_name(embedder_id(embeddings)),
                     embedding_function=embeddings)
    rows = [q for q in load_questions(questions) if q.answerable]
    vectors.similarity_search(rows[0].question, k=1)  # warm
    latencies, answers, cited = [], 0, 0
    for q in rows:
        started = time.perf_counter()
        top = vectors.similarity_search(q.question, k=1)
        latencies.append((time.perf_counter() - started) * 1000)
        if not top:
            continue
        doc = metas.get(str(top[0].metadata.get("doc_id")))
        right_report = doc is not None and doc_matches(q.doc, doc.region, doc.department, doc.title)
        answers += all_facts(q.expect, top[0].page_content)
        cited += right_report and all_facts(q.expect[:1], top[0].page_content)
    n = max(1, len(rows))
    return {"questions": len(rows), "answer_accuracy": round(answers / n, 4),
            "answer_and_citation": round(cited / n, 4), "latency_ms": _percentiles(latencies),
            "refuses": False, "peak_rss_mb": round(_rss_mb(), 1)}


# -- orchestration -------------------------------------------------------------------------------


def _run_worker(kind: str, settings: Settings, *args: str) -> dict[str, Any]:
    env_settings = json.dumps({"data_dir": str(settings.data_dir), "project_root": str(settings.project_root),
                               "embeddings": settings.embeddings, "chroma_url": settings.chroma_url})
    proc = subprocess.run([sys.executable, "-m", "app.eval.bench", kind, env_settings, *args],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"bench {kind} worker failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_bench(n: int, out_dir: Path, base: Settings) -> dict[str, Any]:
    """Generate N reports, ingest them into a fresh data dir, measure; merge into results.json."""
    import importlib.util
    import shutil

    from app.eval.synth import generate

    if importlib.util.find_spec("langchain_chroma") is None:  # the baseline's; say so before any work
        raise RuntimeError("the baseline needs langchain-chroma: pip install 'govqa[bench]'")
    work = out_dir / f"n{n}"
    if work.exists():
        shutil.rmtree(work)
    _, questions = generate(n, work)
    settings = base.model_copy(update={"data_dir": work / "data", "project_root": work})
    started = time.perf_counter()
    result: dict[str, Any] = {
        "reports": n,
        "embeddings": settings.embeddings,
        "ingest": _run_worker("ingest", settings, str(work / "reports")),
        "serve": _run_worker("serve", settings, str(questions), str(work / "eval")),
        "baseline": _run_worker("baseline", settings, str(questions)),
    }
    serve: dict[str, Any] = result["serve"]
    baseline: dict[str, Any] = result["baseline"]
    result["vs_baseline"] = {
        "accuracy_ratio": round(serve["answer_and_citation"] / baseline["answer_and_citation"], 2)
        if baseline["answer_and_citation"] else None,
        "latency_p50_ratio": round(serve["latency_total_ms"]["p50"] / baseline["latency_ms"]["p50"], 2)
        if baseline["latency_ms"]["p50"] else None,
    }
    result["bench_s"] = round(time.perf_counter() - started, 1)
    results_path = out_dir / "results.json"
    results = json.loads(results_path.read_text("utf-8")) if results_path.exists() else {}
    results[str(n)] = result
    results_path.write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    (out_dir / "report.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    (out_dir / "report.md").write_text(render(results), "utf-8")
    (out_dir / "plot.svg").write_text(plot(results), "utf-8")
    return result


def render(results: dict[str, Any]) -> str:
    ns = sorted(results, key=int)
    row = lambda label, f: f"| {label} | " + " | ".join(str(f(results[n])) for n in ns) + " |"  # noqa: E731
    lines = [
        "| N reports | " + " | ".join(ns) + " |", "|---|" + "---:|" * len(ns),
        row("chunks", lambda r: r["ingest"]["chunks"]),
        row("ingest wall (s)", lambda r: r["ingest"]["wall_s"]),
        row("of which embedding (s)", lambda r: r["ingest"]["embed_s"]),
        row("everything but embedding (share)", lambda r: f"{100 * r['ingest']['other_share']:.1f}%"),
        row("ingest chunks/s", lambda r: r["ingest"]["chunks_per_s"]),
        row("ingest tokens/s", lambda r: r["ingest"]["tokens_per_s"]),
        row("embedder alone: chunks/s", lambda r: r["ingest"]["raw_embed_chunks_per_s"]),
        row("embedder alone: tokens/s", lambda r: r["ingest"]["raw_embed_tokens_per_s"]),
        row("ingest peak RSS (MB)", lambda r: r["ingest"]["peak_rss_mb"]),
        row("index on disk (MB)", lambda r: r["ingest"]["index_mb"]),
        row("questions", lambda r: r["serve"]["questions"]),
        row("retrieval p50/p95/p99 (ms)", lambda r: "/".join(str(v) for v in r["serve"]["latency_retrieve_ms"].values())),
        row("whole answer p50/p95/p99 (ms)", lambda r: "/".join(str(v) for v in r["serve"]["latency_total_ms"].values())),
        row("answer + citation accuracy", lambda r: f"{100 * r['serve']['answer_and_citation']:.1f}%"),
        row("refusal accuracy", lambda r: f"{100 * (r['serve']['refusal_accuracy'] or 0):.1f}%"),
        row("serving peak RSS (MB)", lambda r: r["serve"]["peak_rss_mb"]),
        row("baseline: answer + citation", lambda r: f"{100 * r['baseline']['answer_and_citation']:.1f}%"),
        row("baseline: latency p50/p95/p99 (ms)", lambda r: "/".join(str(v) for v in r["baseline"]["latency_ms"].values())),
        row("accuracy ratio (govqa / baseline)", lambda r: r["vs_baseline"]["accuracy_ratio"]),
        row("latency p50 ratio (govqa / baseline)", lambda r: r["vs_baseline"]["latency_p50_ratio"]),
    ]
    return "\n".join(lines) + "\n"


def plot(results: dict[str, Any]) -> str:
    """Whole-answer latency (p50, p95) and accuracy against N, on a log N axis (inline SVG)."""
    import math
    from html import escape

    ns = sorted(results, key=int)
    width, height, left, top = 520, 220, 60, 30
    xs = {n: left + (width - left - 20) * (math.log10(int(n)) / max(1.0, math.log10(int(ns[-1])))) for n in ns}
    lat = {n: results[n]["serve"]["latency_total_ms"] for n in ns}
    top_ms = max([v for n in ns for v in (lat[n]["p95"] or 0,)] + [1.0])

    def y(value: float, scale: float) -> float:
        return top + (height - top - 30) * (1 - value / scale)

    def line(points: list[tuple[float, float]], colour: str, label: str, row: int) -> str:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        dots = "".join(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>' for px, py in points)
        return (f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>{dots}'
                f'<text x="{left + 10}" y="{14 + 14 * row}" fill="{colour}">{escape(label)}</text>')

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-size="12">',
             f'<line x1="{left}" y1="{height - 30}" x2="{width - 10}" y2="{height - 30}" stroke="#999"/>']
    parts += [f'<text x="{xs[n] - 10:.1f}" y="{height - 12}">N={n}</text>' for n in ns]
    parts.append(line([(xs[n], y(lat[n]["p50"] or 0, top_ms)) for n in ns], "#1f77b4",
                      f"answer latency p50 (ms, axis to {top_ms:.0f})", 0))
    parts.append(line([(xs[n], y(lat[n]["p95"] or 0, top_ms)) for n in ns], "#ff7f0e", "answer latency p95 (ms)", 1))
    parts.append(line([(xs[n], y(results[n]["serve"]["answer_and_citation"] or 0, 1.0)) for n in ns], "#2ca02c",
                      "answer + citation accuracy (0–100%)", 2))
    parts.append("</svg>")
    return "".join(parts)


def _main(argv: list[str]) -> int:
    """Worker entry point: python -m app.eval.bench KIND SETTINGS_JSON ARGS... ; prints one JSON line."""
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    kind, raw = argv[0], json.loads(argv[1])
    settings = Settings(**{k: v for k, v in raw.items() if v is not None})
    if kind == "ingest":
        out = worker_ingest(settings, Path(argv[2]))
    elif kind == "serve":
        out = worker_serve(settings, Path(argv[2]), Path(argv[3]))
    elif kind == "baseline":
        out = worker_baseline(settings, Path(argv[2]))
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
