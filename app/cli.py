"""The govqa command: ingest reports, ask questions (text or JSON), serve the web chat."""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.escape import jsonl_line, terminal, tsv_field
from app.core.records import Answer, Citation
from app.core.settings import Settings

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

    from app.answering.chain import Ask
    from app.services import Services


class UsageError(Exception):
    """A mistake in how the command was called: one line, exit code 2."""


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if getattr(args, "data_dir", None):
        settings = settings.model_copy(update={"data_dir": Path(args.data_dir)})
    return settings


def _print_answer(answer: Answer, body: bool = True) -> None:
    answer = _for_terminal(answer)
    if answer.notice:
        print(f"注意：{answer.notice}\n")
    if body:
        print(answer.answer)
    if answer.citations:
        print("\n引用：")
        for c in answer.citations:
            print(f"[{c.n}] 《{c.title}》 {c.section}")
            print(f"    “{c.quote}”")
            page = f" 第{c.page}页" if c.page else ""
            where = f"；{c.location.label}" if c.location else ""
            print(f"    {c.source}{page} 字符 {c.start}–{c.end}{where}")
    if answer.related:
        print("\n可能相关的段落（不是答案）：")
        for c in answer.related:
            print(f"  · 《{c.title}》 {c.section}：“{c.quote}”")
    writer = "；由语言模型撰写，数字已逐一核对原文" if answer.generator == "llm" else ""
    print(f"\n（用时 {answer.timings_ms.get('total', 0):.0f} ms{writer}）")


def _for_terminal(answer: Answer) -> Answer:
    """The answer with control characters in its text escaped (a file name or a report can carry them)."""
    def cites(cs: list[Citation]) -> list[Citation]:
        return [c.model_copy(update={k: terminal(getattr(c, k)) for k in ("title", "section", "quote", "source")})
                for c in cs]

    return answer.model_copy(update={"answer": terminal(answer.answer), "notice": terminal(answer.notice),
                                     "citations": cites(answer.citations), "related": cites(answer.related)})


def _print_streamed(items: Iterable[str | Answer]) -> Answer:
    """Print the model's draft as it is written, then the checked answer's citations; a draft the
    guard rejects is followed by the notice and the answer that replaces it."""
    from app.llm.guard import normalise_markers

    draft = ""
    final: Answer | None = None
    for item in items:
        if isinstance(item, Answer):
            final = item
        else:
            print(terminal(item), end="", flush=True)
            draft += item
    assert final is not None, "a stream ends with its Answer"
    if not draft:
        _print_answer(final)
    elif final.generator == "llm" and final.answer == normalise_markers(draft.strip()):
        print()
        _print_answer(final, body=False)
    else:
        print("\n\n（以上草稿未采用）" if final.generator != "llm" else "\n\n核对后的回答：")
        _print_answer(final)
    return final


def _ask_and_print(services: Services, chain: Runnable[Ask, Answer], text: str,
                   args: argparse.Namespace) -> None:
    """One answer for a person: streamed into a terminal when a model writes it."""
    if services.writer is not None and sys.stdout.isatty():
        _print_streamed(services.stream(text, mode=args.mode, top_k=args.top_k))
    else:
        from app.answering.chain import Ask

        _print_answer(chain.invoke(Ask(text, args.mode, args.top_k)))


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.index import ingest

    settings = _settings(args)
    if settings.ingest_nice and hasattr(os, "nice"):
        os.nice(settings.ingest_nice)  # a batch job: questions served from the same cores come first
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    manifest = Path(args.manifest) if args.manifest else None
    if manifest is not None and not manifest.is_file():
        raise UsageError(f"{args.manifest}: no such manifest")
    result = ingest(paths, settings, prune=args.prune, progress=not args.quiet, manifest=manifest)
    for path, reason in result.failed:
        print(f"skipped {terminal(path)}: {terminal(reason)}", file=sys.stderr)
    for path, reason in result.not_read:
        print(f"not read {terminal(path)}: {terminal(reason)}", file=sys.stderr)
    for path, kept in result.duplicates:
        print(f"duplicate {terminal(path)}: the same report as {terminal(kept)}, which is indexed", file=sys.stderr)
    print(
        f"ingested: {len(result.added)} added, {len(result.updated)} updated, "
        f"{len(result.unchanged)} unchanged, {len(result.pruned)} pruned, {len(result.failed)} failed, "
        f"{len(result.duplicates)} duplicates, {len(result.not_read)} not read (type); "
        f"{result.chunks_embedded} chunks embedded"
    )
    return 0 if result.ok else 1


def cmd_ask(args: argparse.Namespace) -> int:
    from app.answering.chain import Ask
    from app.services import Services

    settings = _settings(args)
    questions: Iterable[str]
    if args.question is None:
        return _interactive(settings, args)
    if args.question == "-":
        reconfigure = getattr(sys.stdin, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")  # a line that is not UTF-8 is still a question
        lines = (q for q in (line.strip() for line in sys.stdin) if q)  # answered as they come
        first = next(lines, None)
        if first is None:
            raise UsageError("no questions on standard input")
        questions = itertools.chain([first], lines)
    else:
        if not args.question or not args.question.strip():
            raise UsageError("the question is empty")
        questions = [args.question]
    services = Services(settings)
    services.ensure_index(progress=not args.json)
    chain = services.chain()
    for asked, text in enumerate(questions):
        if args.json:
            answer = chain.invoke(Ask(text, args.mode, args.top_k))
            print(jsonl_line(answer.model_dump()), flush=True)
        else:
            if asked:
                print("\n" + "—" * 40)
            _ask_and_print(services, chain, text, args)
    return 0


def _interactive(settings: Settings, args: argparse.Namespace) -> int:
    """A question prompt in the terminal, until an empty line or end of input."""
    from app.services import Services

    services = Services(settings)
    services.ensure_index()
    chain = services.chain()
    regions = "、".join(services.index.catalog.regions())
    print(f"已索引报告：{regions}。输入问题后回车，空行或 Ctrl-D 退出。")
    print("例如：惠东县12345热线满意率是多少？")
    while True:
        try:
            text = input("\n问题> ").strip()
        except EOFError:
            print()
            return 0
        if not text:
            return 0
        _ask_and_print(services, chain, text, args)


def cmd_facts(args: argparse.Namespace) -> int:
    """The indicator table, filtered; every row carries its verbatim quote and offsets."""
    from app.answering.table import Filter, as_dict, table_rows, to_csv
    from app.services import Services
    from app.vocab.indicators import INDICATORS

    settings = _settings(args)
    services = Services(settings)
    services.ensure_index(progress=False)
    library = services.library
    names = [i.name for i in INDICATORS]
    if args.indicator and not any(args.indicator in n for n in names):
        raise UsageError(f"unknown indicator {args.indicator!r}; known: {'、'.join(names)}")
    where = Filter(indicator=args.indicator or "", region=args.region or "", year=args.year)
    rows = table_rows(services.indicators(), library.meta, library.source, where)
    if args.json:
        for row in rows:
            print(jsonl_line(as_dict(row)))
    elif args.csv:
        sys.stdout.write(to_csv(rows))
    else:
        for r in rows:
            fields = [r.indicator, f"{r.region}（{r.year}年度）", r.value_text, f"{r.source}:{r.start}-{r.end}", f"“{r.quote}”"]
            print("\t".join(map(tsv_field, fields)))
        if not rows:
            print("no indicator rows match", file=sys.stderr)
    return 0


def cmd_reports(args: argparse.Namespace) -> int:
    """The library: each report's metadata, and which fields were read or are missing."""
    from app.index.reports import format_row, library_rows
    from app.index.store import DocStore

    settings = _settings(args)
    if not settings.store_path.exists():
        raise UsageError(f"no index in {settings.data_dir}: run `govqa ingest` first")
    store = DocStore(settings.store_path)
    try:
        rows = library_rows(store)
    finally:
        store.close()
    for row in rows:
        print(jsonl_line(row) if args.json else format_row(row))
    if not rows:
        print("the index holds no reports", file=sys.stderr)
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    """The text govqa reads from a report file: citation offsets (start, end) index it."""
    from ingest.load import LoadError, source_text

    if not Path(args.file).is_file():
        raise UsageError(f"{args.file}: no such file")
    try:
        text = source_text(Path(args.file))
    except LoadError as exc:
        raise UsageError(f"{args.file}: {exc}") from exc
    sys.stdout.write(text)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from app.eval.bench import run_bench

    for n in args.reports:
        if n < 1:
            raise UsageError("--reports takes positive numbers")
        result = run_bench(n, Path(args.out), _settings(args))
        serve, ingest = result["serve"], result["ingest"]
        print(f"N={n}: {ingest['chunks']} chunks, ingest {ingest['wall_s']} s "
              f"({100 * ingest['other_share']:.1f}% not embedding), answer p50/p95/p99 "
              f"{serve['latency_total_ms']['p50']}/{serve['latency_total_ms']['p95']}/{serve['latency_total_ms']['p99']} ms, "
              f"answer+citation {100 * serve['answer_and_citation']:.1f}% "
              f"(baseline {100 * result['baseline']['answer_and_citation']:.1f}%), serving RSS {serve['peak_rss_mb']} MB")
    print(f"results in {args.out}/report.md, report.json and plot.svg")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from app.eval.harness import QuestionsError, ThresholdsError, run_command

    try:
        return run_command(Path(args.questions), args.mode or ["hybrid"], Path(args.out),
                           Path(args.thresholds) if args.thresholds else None, _settings(args))
    except (QuestionsError, ThresholdsError) as exc:
        raise UsageError(str(exc)) from exc


def cmd_serve(args: argparse.Namespace) -> int:
    from app.web.access import AccessError, check_host, check_passwords, parse_auth, run_temp_dir

    settings = _settings(args)
    try:  # refuse an unsafe address or a weak password before loading anything heavy
        users = parse_auth(settings.auth)
        check_passwords(users, settings.min_password_chars)
        check_host(args.host, bool(users), args.insecure)
    except AccessError as exc:
        raise UsageError(str(exc)) from exc
    settings = settings.model_copy(update={"threads": settings.serve_threads})
    temp = run_temp_dir()  # before Gradio is imported
    from app.web.ui import serve

    serve(settings, args.host, args.port, insecure=args.insecure, temp=temp)
    return 0


def _positive(text: str) -> int:
    """An integer of 1 or more, for argparse."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govqa", description="Cited answers about 部门整体支出绩效自评报告.")
    parser.add_argument("--data-dir", help="index location (default: $GOVQA_DATA_DIR or .govqa/)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index report files (.txt/.md/.docx/.pdf); default corpus/")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--prune", action="store_true", help="drop reports whose file is gone")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--manifest", help="a TOML or JSON file of metadata overrides per file "
                                      "(default: manifest.toml or manifest.json beside the files)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reports", help="list the library: title, department, region, year, kind, read vs missing")
    p.add_argument("--json", action="store_true", help="one JSON object per report")
    p.set_defaults(func=cmd_reports)

    p = sub.add_parser("ask", help="answer a question with cited passages")
    p.add_argument("question", nargs="?",
                   help="the question; - reads one question per line from stdin; none starts a prompt")
    p.add_argument("--json", action="store_true", help="print one JSON object per question")
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], help="retrieval mode")
    p.add_argument("--top-k", type=_positive, help="chunks retrieved per report (1 or more)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("text", help="print the text govqa reads from a report file (citation offsets index it)")
    p.add_argument("file", help="a .txt/.md/.docx/.pdf file")
    p.set_defaults(func=cmd_text)

    p = sub.add_parser("facts", help="the indicator table: key figures of every report, each traceable")
    p.add_argument("--indicator", help="indicator name (or part of it), e.g. 满意率, 项目支出")
    p.add_argument("--region", help="region or department (or part of it), e.g. 惠东")
    p.add_argument("--year", type=int, help="fiscal year")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON object per row")
    out.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("bench", help="speed, memory and accuracy on N synthetic look-alike reports")
    p.add_argument("--reports", type=int, nargs="+", default=[20], help="N, one or more (e.g. 5 50 500)")
    p.add_argument("--out", default="bench-out", help="folder for results.json, report.md and plot.svg")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("eval", help="score answers against a question set of known facts")
    p.add_argument("--questions", default="corpus/questions.jsonl", help="JSON Lines question set")
    p.add_argument("--mode", action="append", choices=["hybrid", "bm25", "dense", "all"],
                   help="retrieval mode (repeatable; all = the three side by side); default hybrid")
    p.add_argument("--out", default="eval-out", help="folder for report.json / report.md / report.html")
    p.add_argument("--thresholds", help="JSON file of minimum scores; a violation exits 1")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="the web chat (Gradio) with cited answers and an API")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; another needs GOVQA_AUTH or --insecure)")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    p.add_argument("--insecure", action="store_true",
                   help="allow a non-loopback --host without logins (anyone who reaches it can use it)")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"govqa: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("govqa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: one clear line, never a traceback
        if os.environ.get("GOVQA_DEBUG"):
            raise
        print(f"govqa: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
