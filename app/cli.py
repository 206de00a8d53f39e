"""The govqa command: ingest reports, ask questions (text or JSON)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from app.records import Answer
from app.settings import Settings


class UsageError(Exception):
    """A mistake in how the command was called: one line, exit code 2."""


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if getattr(args, "data_dir", None):
        settings = settings.model_copy(update={"data_dir": Path(args.data_dir)})
    return settings


def _print_answer(answer: Answer) -> None:
    print(answer.answer)
    if answer.citations:
        print("\n引用：")
        for c in answer.citations:
            print(f"[{c.n}] 《{c.title}》 {c.section}")
            print(f"    “{c.quote}”")
            print(f"    {c.source} 字符 {c.start}–{c.end}")
    if answer.related:
        print("\n可能相关的段落（不是答案）：")
        for c in answer.related:
            print(f"  · 《{c.title}》 {c.section}：“{c.quote}”")
    print(f"\n（用时 {answer.timings_ms.get('total', 0):.0f} ms）")


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.index import ingest

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    result = ingest(paths, settings, prune=args.prune, progress=not args.quiet)
    for path, reason in result.failed:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    print(
        f"ingested: {len(result.added)} added, {len(result.updated)} updated, "
        f"{len(result.unchanged)} unchanged, {len(result.pruned)} pruned, {len(result.failed)} failed; "
        f"{result.chunks_embedded} chunks embedded"
    )
    return 0 if result.ok else 1


def cmd_ask(args: argparse.Namespace) -> int:
    from app.chain import Services

    settings = _settings(args)
    questions: list[str]
    if args.question is None:
        return _interactive(settings, args)
    if args.question == "-":
        questions = [line.strip() for line in sys.stdin]
        questions = [q for q in questions if q]
        if not questions:
            raise UsageError("no questions on standard input")
    else:
        if not args.question or not args.question.strip():
            raise UsageError("the question is empty")
        questions = [args.question]
    services = Services(settings)
    services.ensure_index(progress=not args.json)
    chain = services.chain()
    for text in questions:
        answer = chain.invoke({"question": text, "mode": args.mode, "top_k": args.top_k})
        if args.json:
            print(json.dumps(answer.model_dump(), ensure_ascii=False), flush=True)
        else:
            _print_answer(answer)
            if len(questions) > 1:
                print("\n" + "—" * 40)
    return 0


def _interactive(settings: Settings, args: argparse.Namespace) -> int:
    """A question prompt in the terminal, until an empty line or end of input."""
    from app.chain import Services

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
        _print_answer(chain.invoke({"question": text, "mode": args.mode, "top_k": args.top_k}))


def cmd_facts(args: argparse.Namespace) -> int:
    """The indicator table, filtered; every row carries its verbatim quote and offsets."""
    import csv

    from app.chain import Services
    from app.indicators import INDICATORS

    settings = _settings(args)
    services = Services(settings)
    services.ensure_index(progress=False)
    library = services.library
    names = [i.name for i in INDICATORS]
    if args.indicator and not any(args.indicator in n for n in names):
        raise UsageError(f"unknown indicator {args.indicator!r}; known: {'、'.join(names)}")
    rows = []
    for fact in services.indicators():
        meta = library.meta(fact.doc_id)
        if args.indicator and args.indicator not in fact.indicator:
            continue
        if args.region and args.region not in meta.region + meta.department:
            continue
        if args.year and meta.year != args.year:
            continue
        rows.append({"doc_id": fact.doc_id, "title": meta.title, "department": meta.department,
                     "region": meta.region, "year": meta.year, "indicator": fact.indicator, "label": fact.label,
                     "value_text": fact.value_text, "unit": fact.unit, "value": fact.value, "section": fact.section,
                     "quote": fact.quote, "source": library.source(fact.doc_id), "start": fact.start, "end": fact.end})
    rows.sort(key=lambda r: (names.index(str(r["indicator"])), str(r["region"])))
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["indicator"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            print(f"{row['indicator']}\t{row['region']}（{row['year']}年度）\t{row['value_text']}\t"
                  f"{row['source']}:{row['start']}-{row['end']}\t“{row['quote']}”")
        if not rows:
            print("no indicator rows match", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from app.evaluate import QuestionsError, ThresholdsError, run_command

    try:
        return run_command(Path(args.questions), args.mode or ["hybrid"], Path(args.out),
                           Path(args.thresholds) if args.thresholds else None, _settings(args))
    except (QuestionsError, ThresholdsError) as exc:
        raise UsageError(str(exc)) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govqa", description="Cited answers about 部门整体支出绩效自评报告.")
    parser.add_argument("--data-dir", help="index location (default: $GOVQA_DATA_DIR or .govqa/)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index report files (.txt/.md); default corpus/")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--prune", action="store_true", help="drop reports whose file is gone")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="answer a question with cited passages")
    p.add_argument("question", nargs="?",
                   help="the question; - reads one question per line from stdin; none starts a prompt")
    p.add_argument("--json", action="store_true", help="print one JSON object per question")
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], help="retrieval mode")
    p.add_argument("--top-k", type=int, help="chunks retrieved per report")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("facts", help="the indicator table: key figures of every report, each traceable")
    p.add_argument("--indicator", help="indicator name (or part of it), e.g. 满意率, 项目支出")
    p.add_argument("--region", help="region or department (or part of it), e.g. 惠东")
    p.add_argument("--year", type=int, help="fiscal year")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON object per row")
    out.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("eval", help="score answers against a question set of known facts")
    p.add_argument("--questions", default="corpus/questions.jsonl", help="JSON Lines question set")
    p.add_argument("--mode", action="append", choices=["hybrid", "bm25", "dense", "all"],
                   help="retrieval mode (repeatable; all = the three side by side); default hybrid")
    p.add_argument("--out", default="eval-out", help="folder for report.json / report.md / report.html")
    p.add_argument("--thresholds", help="JSON file of minimum scores; a violation exits 1")
    p.set_defaults(func=cmd_eval)
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
