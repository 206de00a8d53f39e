"""The evaluation harness against a scripted fake of the services: exact metrics, failures, reports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.cli import main as cli_main
from app.core.records import Answer, Chunk, Citation, ReportMeta
from app.core.settings import Settings
from app.eval.harness import (
    EvalQuestion,
    QuestionsError,
    ThresholdsError,
    check_thresholds,
    citation_correct,
    load_questions,
    load_thresholds,
    percentile,
    run_eval,
)
from app.index.retrieval import Hit

WUCHUAN_TEXT = (
    "一、基本情况\n本年财政拨款支出\n7324.6万元，其中基本支出250.85万元。\n共有120名人员。\n"
)
ZHANJIANG_TEXT = "群众满意率为98.77%，较上年提高。\n"
METAS = {
    "wuchuan": ReportMeta(
        "吴川市政务服务数据管理局",
        "吴川市",
        "湛江市",
        "市",
        2023,
        None,
        "吴川市政务服务数据管理局2023年度整体绩效自评报告",
    ),
    "zhanjiang": ReportMeta(
        "湛江市政务服务和数据管理局",
        "湛江市",
        "",
        "市",
        2024,
        None,
        "湛江市政务服务和数据管理局2024年度整体绩效自评报告",
    ),
}
SOURCES = {
    "wuchuan": ("reports/wuchuan.txt", WUCHUAN_TEXT),
    "zhanjiang": ("reports/zhanjiang.txt", ZHANJIANG_TEXT),
}

QUESTIONS = [
    {
        "id": "q1",
        "question": "吴川市财政拨款支出是多少？",
        "expect": ["7324.60万元"],
        "doc": "吴川市",
        "category": "amount",
    },
    {
        "id": "q2",
        "question": "湛江市群众满意率是多少？",
        "expect": ["98.77%"],
        "doc": "湛江 市",
        "category": "rate",
    },
    {
        "id": "q3",
        "question": "吴川市有多少名人员？",
        "expect": ["120名"],
        "doc": "吴川市",
        "answerable": True,
        "category": "count",
    },
    {
        "id": "q4",
        "question": "广州市自评得分是多少？",
        "expect": [],
        "doc": "",
        "answerable": False,
        "category": "unanswerable",
    },
    {"id": "q5", "question": "阳江市支出是多少？", "answerable": False, "category": "unanswerable"},
]


def cite(
    doc_id: str, phrase: str, n: int = 1, shift: int = 0, quote: str | None = None
) -> Citation:
    """A citation of phrase in a fake report; shift moves its offsets off the phrase."""
    source, text = SOURCES[doc_id]
    start = text.index(phrase) + shift
    meta = METAS[doc_id]
    return Citation(
        n=n,
        doc_id=doc_id,
        title=meta.title,
        department=meta.department,
        region=meta.region,
        year=meta.year,
        section="一、基本情况",
        quote=quote if quote is not None else phrase.replace("\n", ""),
        source=source,
        start=start,
        end=start + len(phrase),
    )


def chunk(doc_id: str, text: str, ordinal: int = 0) -> Chunk:
    return Chunk(f"{doc_id}:{ordinal}", doc_id, ordinal, "", text, 0, len(text), 0, len(text))


def hit(doc_id: str, text: str, ordinal: int = 0) -> Hit:
    return Hit(chunk(doc_id, text, ordinal), 1.0, None, None)


ANSWERS = {
    # right figure at another precision, cited verbatim across a line break
    "q1": Answer(
        question="",
        answer="吴川市（2023年度）财政拨款支出为7324.6万元[1]。",
        found=True,
        citations=[cite("wuchuan", "本年财政拨款支出\n7324.6万元")],
        timings_ms={"total": 100.0},
    ),
    # wrong precision in the answer; the citation quotes the right figure but with shifted offsets
    "q2": Answer(
        question="",
        answer="湛江市群众满意率为98.7%[1]。",
        found=True,
        citations=[cite("zhanjiang", "群众满意率为98.77%", shift=1)],
        timings_ms={"total": 200.0},
    ),
    # a false refusal
    "q3": Answer(
        question="",
        answer="报告中没有找到能回答这个问题的内容。",
        found=False,
        timings_ms={"total": 300.0},
    ),
    # a right refusal, with a verbatim related passage
    "q4": Answer(
        question="",
        answer="语料中没有广州市的报告。",
        found=False,
        related=[cite("wuchuan", "共有120名人员")],
        timings_ms={"total": 400.0},
    ),
    # an unanswerable question answered, with markup in the text
    "q5": Answer(
        question="",
        answer="阳江市支出为<script>alert(1)</script>250.85万元[1]",
        found=True,
        citations=[cite("wuchuan", "基本支出250.85万元")],
        timings_ms={"total": 500.0},
    ),
}

HITS = {
    "q1": [
        hit("zhanjiang", ZHANJIANG_TEXT),
        hit("wuchuan", "本年财政拨款支出7324.6万元"),
    ],  # rank 2
    "q2": [
        hit("zhanjiang", "较上年提高"),
        hit("wuchuan", "满意率98.77%"),
    ],  # right figure, wrong report
    "q3": [hit("wuchuan", "共有120名人员。"), hit("wuchuan", "其他", 1)],  # rank 1
}


@dataclass
class FakeIndex:
    searches: list[tuple[str, tuple[str, ...], int, str]] = field(default_factory=list)

    def analyse(self, text: str) -> SimpleNamespace:
        scope = [d for d, m in METAS.items() if m.region[:2] in text]
        return SimpleNamespace(text=text, doc_ids=scope)

    def search(
        self, question: SimpleNamespace, doc_ids: list[str], k: int, mode: str = "hybrid"
    ) -> list[Hit]:
        self.searches.append((question.text, tuple(doc_ids), k, mode))
        qid = next(q["id"] for q in QUESTIONS if q["question"] == question.text)
        return HITS.get(qid, [])[:k]


class FakeLibrary:
    def meta(self, doc_id: str) -> ReportMeta:
        return METAS[doc_id]


class FakeServices:
    """Scripted answers and hits; records how it was called."""

    def __init__(self, root: Path, answers: dict[str, Answer] | None = None):
        self.settings = Settings(data_dir=root / "data", project_root=root)
        self.index = FakeIndex()
        self.library = FakeLibrary()
        self.answers = answers or ANSWERS
        self.asked: list[tuple[str, str | None]] = []

    def analyse(self, text: str) -> SimpleNamespace:
        return self.index.analyse(text)

    def ask(self, question: str, mode: str | None = None) -> Answer:
        self.asked.append((question, mode))
        qid = next(q["id"] for q in QUESTIONS if q["question"] == question)
        answer = self.answers[qid]
        if isinstance(answer, Exception):
            raise answer
        return answer.model_copy(update={"question": question})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for source, text in SOURCES.values():
        path = tmp_path / source
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    lines = [json.dumps(q, ensure_ascii=False) for q in QUESTIONS]
    (tmp_path / "questions.jsonl").write_text(
        "\n".join(lines[:2] + [""] + lines[2:]) + "\n", encoding="utf-8"
    )
    return tmp_path


@pytest.fixture
def report(project: Path) -> dict:
    return run_eval(FakeServices(project), project / "questions.jsonl", ["hybrid"], project / "out")


def test_overall_metrics_are_exact(report: dict) -> None:
    overall = report["results"]["hybrid"]["overall"]
    assert overall == {
        "n": 5,
        "n_answerable": 3,
        "n_unanswerable": 2,
        "accuracy": pytest.approx(2 / 5),  # q1 answered, q4 refused
        "answer_accuracy": pytest.approx(1 / 3),
        "citation_accuracy": pytest.approx(
            2 / 3
        ),  # q1, and q2's citation quotes 98.77% from 湛江市
        "stated_accuracy": pytest.approx(1 / 3),  # q1 states 7324.6万元 and cites it
        "wrong_figure_rate": pytest.approx(1 / 3),  # q2 states 98.7%, not 98.77%
        "verbatim_rate": pytest.approx(3 / 4),  # q2's offsets are off; q4's related passage counts
        "refusal_accuracy": 0.5,
        "false_refusal_rate": pytest.approx(1 / 3),
        "recall_at_1": pytest.approx(1 / 3),
        "recall_at_3": pytest.approx(2 / 3),
        "recall_at_5": pytest.approx(2 / 3),
        "mrr": pytest.approx(0.5),
        "latency_p50_ms": 300.0,
        "latency_p95_ms": 500.0,
        "errors": 0,
    }


def test_per_category_metrics(report: dict) -> None:
    by_category = report["results"]["hybrid"]["by_category"]
    assert list(by_category) == ["amount", "rate", "count", "unanswerable"]
    assert by_category["amount"]["answer_accuracy"] == 1.0
    assert by_category["amount"]["mrr"] == 0.5
    assert by_category["rate"]["answer_accuracy"] == 0.0
    assert by_category["rate"]["citation_accuracy"] == 1.0
    assert by_category["rate"]["verbatim_rate"] == 0.0
    assert by_category["rate"]["recall_at_5"] == 0.0
    assert by_category["count"]["false_refusal_rate"] == 1.0
    assert by_category["count"]["recall_at_1"] == 1.0
    assert by_category["unanswerable"]["refusal_accuracy"] == 0.5
    assert by_category["unanswerable"]["answer_accuracy"] is None
    assert by_category["unanswerable"]["recall_at_1"] is None


def test_rows_and_failures(report: dict) -> None:
    rows = {r["id"]: r for r in report["results"]["hybrid"]["rows"]}
    assert [r["id"] for r in report["results"]["hybrid"]["rows"]] == ["q1", "q2", "q3", "q4", "q5"]
    assert (
        rows["q1"]["answer_correct"] and rows["q1"]["citation_correct"] and rows["q1"]["verbatim"]
    )
    assert rows["q1"]["retrieval_rank"] == 2 and not rows["q1"]["failed"]
    assert rows["q2"]["missing_facts"] == ["98.77%"]
    assert rows["q2"]["citations"][0]["verbatim"] is False
    assert rows["q2"]["retrieval_rank"] is None
    assert rows["q2"]["reasons"] == ["answer lacks 98.77%", "quote not verbatim: [1]"]
    assert rows["q3"]["reasons"] == [
        "refused an answerable question",
        "no citation of 吴川市 quoting 120名",
    ]
    assert rows["q4"]["refusal_correct"] and not rows["q4"]["failed"]
    assert rows["q4"]["retrieval_rank"] is None and rows["q4"]["latency_ms"] == 400.0
    assert rows["q5"]["reasons"] == ["answered an unanswerable question"]
    assert (
        rows["q5"]["category"] == "unanswerable"
        and rows["q5"]["expect"] == []
        and rows["q5"]["doc"] == ""
    )
    assert [r["id"] for r in rows.values() if r["failed"]] == ["q2", "q3", "q5"]


def test_retrieval_uses_the_questions_own_scope(project: Path) -> None:
    services = FakeServices(project)
    run_eval(services, project / "questions.jsonl", ["bm25"], project / "out")
    assert services.index.searches == [
        ("吴川市财政拨款支出是多少？", ("wuchuan",), 10, "bm25"),
        ("湛江市群众满意率是多少？", ("zhanjiang",), 10, "bm25"),
        ("吴川市有多少名人员？", ("wuchuan",), 10, "bm25"),
    ]  # unanswerable questions have no expected chunk


def test_all_modes_run_side_by_side(project: Path) -> None:
    services = FakeServices(project)
    report = run_eval(services, project / "questions.jsonl", ["all"], project / "out")
    assert report["modes"] == ["hybrid", "bm25", "dense"]
    assert [m for _, m in services.asked] == ["hybrid"] * 6 + ["bm25"] * 6 + [
        "dense"
    ] * 6  # one warm-up each
    md = (project / "out" / "report.md").read_text(encoding="utf-8")
    assert "| metric | hybrid | bm25 | dense |" in md
    html = (project / "out" / "report.html").read_text(encoding="utf-8")
    assert "Accuracy by mode" in html and html.count("<svg") == 4


def test_unknown_mode(project: Path) -> None:
    with pytest.raises(ValueError, match="unknown retrieval mode 'sparse'"):
        run_eval(FakeServices(project), project / "questions.jsonl", ["sparse"], project / "out")


def test_a_failing_question_is_recorded_not_fatal(project: Path) -> None:
    answers = {**ANSWERS, "q1": RuntimeError("index gone")}
    report = run_eval(
        FakeServices(project, answers), project / "questions.jsonl", ["hybrid"], project / "out"
    )
    row = report["results"]["hybrid"]["rows"][0]
    assert row["error"] == "RuntimeError: index gone"
    assert row["reasons"][0] == "error: RuntimeError: index gone"
    assert row["false_refusal"] and row["latency_ms"] is None
    assert report["results"]["hybrid"]["overall"]["errors"] == 1


def test_missing_source_file_is_not_verbatim(project: Path) -> None:
    (project / "reports" / "wuchuan.txt").unlink()
    report = run_eval(
        FakeServices(project), project / "questions.jsonl", ["hybrid"], project / "out"
    )
    row = report["results"]["hybrid"]["rows"][0]
    assert row["verbatim"] is False
    assert "source not readable" in row["citations"][0]["problem"]
    q4 = report["results"]["hybrid"]["rows"][3]
    assert q4["refusal_correct"] and q4["reasons"] == ["quote not verbatim: related 1"]


def test_reports_are_written(report: dict, project: Path) -> None:
    out = project / "out"
    assert json.loads((out / "report.json").read_text(encoding="utf-8")) == report
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| answer accuracy | 33.3% |" in md
    assert "| latency p95 | 500 ms |" in md
    assert (
        "| amount | 1 | 100.0% | 100.0% | 100.0% | – | 0.0% | 0.0% | 100.0% | 0.500 | 100 ms | 100 ms |"
        in md
    )
    assert "## hybrid: failures (3)" in md
    failures = md.split("## hybrid: failures (3)")[1]
    assert "### q2 [rate] 湛江市群众满意率是多少？" in failures
    assert "- expected: 98.77% in 湛江 市" in failures
    assert "> 湛江市群众满意率为98.7%[1]。" in failures
    assert "> 阳江市支出为&lt;script>alert(1)&lt;/script>" in failures  # markup must not render
    assert "NOT VERBATIM: “群众满意率为98.77%”" in failures
    assert "### q1" not in failures and "### q4" not in failures


def test_html_is_self_contained_and_escaped(report: dict, project: Path) -> None:
    html = (project / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "src=" not in html and "href=" not in html and "<link" not in html
    assert html.count("<svg") == 1  # one mode: its by-category chart
    assert "hybrid: by category" in html and "unanswerable" in html


def test_load_questions_defaults(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "吴川市自评得分？"}\n', encoding="utf-8")
    [q] = load_questions(path)
    assert (q.id, q.expect, q.doc, q.answerable, q.category) == ("line1", (), "", True, "other")


def test_malformed_lines_are_reported_with_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(
        '{"id": "a", "question": "好的问题"}\n'
        '{"id": "b", "question": "坏的\n'
        "\n"
        '{"id": "c", "expect": ["1元"]}\n'
        '{"id": "d", "question": "期望不是列表", "expect": "1元"}\n'
        '{"id": "a", "question": "重复"}\n'
        '["not", "an", "object"]\n',
        encoding="utf-8",
    )
    with pytest.raises(QuestionsError) as err:
        load_questions(path)
    message = str(err.value)
    assert message.startswith(f"{path}: 5 malformed line(s): line 2: not valid JSON")
    assert 'line 4: "question" must be a non-empty string' in message
    assert 'line 5: "expect" must be a list of non-empty strings' in message
    assert "line 6: duplicate id 'a'" in message
    assert "line 7: not a JSON object" in message
    assert "\n" not in message


def test_main_reports_a_bad_questions_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    assert cli_main(["eval", "--questions", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 1: not valid JSON" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_check_thresholds(report: dict) -> None:
    thresholds = {
        "hybrid": {
            "answer_accuracy": 0.9,
            "false_refusal_rate": 0.5,
            "latency_p95_ms": 400,
            "by_category": {
                "amount": {"answer_accuracy": 1.0},
                "rate": {"citation_accuracy": 1.0},
                "count": {"false_refusal_rate": 0.0},
                "name": {"accuracy": 0.5},
            },
        },
        "*": {"recall_at_3": 0.5, "verbatim_rate": 1.0},
        "dense": {"mrr": 0.1},
    }
    assert check_thresholds(report, thresholds) == [
        "hybrid: answer_accuracy 0.333 < 0.9 (min)",
        "hybrid: latency_p95_ms 500 > 400 (max)",
        "hybrid/count: false_refusal_rate 1 > 0 (max)",
        "hybrid/name: no questions in this category",
        "hybrid: verbatim_rate 0.75 < 1 (min)",
        "dense: not evaluated",
    ]
    assert check_thresholds(report, {"hybrid": {"answer_accuracy": 0.3}}) == []
    assert check_thresholds(
        report, {"hybrid": {"by_category": {"unanswerable": {"answer_accuracy": 0.5}}}}
    ) == ["hybrid/unanswerable: answer_accuracy not measured (no questions of that kind)"]


@pytest.mark.parametrize(
    ("thresholds", "message"),
    [
        ({"hybrid": {"answer_acc": 0.9}}, "unknown metric 'answer_acc'"),
        ({"sparse": {"mrr": 0.5}}, "unknown mode 'sparse'"),
        ({"hybrid": {"mrr": "high"}}, "mrr must be a number"),
        (
            {"hybrid": {"by_category": {"amount": 0.9}}},
            "by_category must map categories to objects",
        ),
        ([0.9], "must be a JSON object of modes"),
    ],
)
def test_bad_thresholds(thresholds: object, message: str, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(thresholds), encoding="utf-8")
    with pytest.raises(ThresholdsError, match=message):
        load_thresholds(path)


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.0
    assert percentile([float(v) for v in range(1, 21)], 95) == 19.0


def test_a_source_outside_the_project_is_found_beside_the_question_set(tmp_path: Path):
    """Ingest records a report from outside the project relative to the folder it came from
    ("reports/d01.txt"); the harness finds it beside the question set to check quotes."""
    from app.eval.harness import SourceTexts

    (tmp_path / "set" / "reports").mkdir(parents=True)
    (tmp_path / "set" / "reports" / "d01.txt").write_text("年度资金总额 99万元", encoding="utf-8")
    (tmp_path / "project").mkdir()
    assert SourceTexts(tmp_path / "project", tmp_path / "set").text("reports/d01.txt") == "年度资金总额 99万元"
    with pytest.raises(OSError):
        SourceTexts(tmp_path / "project").text("reports/d01.txt")


def test_a_figure_only_in_the_quote_is_no_stated_answer() -> None:
    """The answer's own words must give the expected figure: a total stated while the quote holds
    the asked part (人员经费217.91万元) is a wrong figure, however right the quote is."""
    from app.eval.harness import stated_correct

    quote = "原文（《整体绩效自评报告》）：“基本支出239.45万元，包括人员经费支出217.91万元”[1]"
    assert stated_correct(["217.91万元"], "吴川市（2023年度）人员经费：7324.60万元。\n" + quote) is False
    assert stated_correct(["217.91万元"], "吴川市（2023年度）人员经费：217.91万元。\n" + quote) is True
    # an answer that states no figure of its own is judged by its passage (None: not stated)
    assert stated_correct(["杨春梅"], "根据《2023年整体绩效自评报告》（评价小组）：“组长：杨春梅”[1]") is None
    # a fact with words and a figure: the figure is what must be stated
    assert stated_correct(["支出完成率100%"], "湛江市（2024年度）支出完成率：100%。") is True


def test_a_table_row_cites_a_figure_whose_unit_the_table_head_gives() -> None:
    """"年度资金总额 | 192.91" under "单位：万元" quotes 192.91万元; a row with another number does not."""
    question = EvalQuestion("t1", "年初预算数是多少", ("192.91万元",), "wuchuan", True, "amount")
    row = cite("wuchuan", "本年财政拨款支出", quote="年度资金总额 | 192.91")
    other = cite("wuchuan", "本年财政拨款支出", quote="年度资金总额 | 321.62")
    assert citation_correct(question, [row])
    assert not citation_correct(question, [other])
