"""The indicator table holds the figures a careful reader finds, each tied to its verbatim source."""

import re

import pytest

from app.answering.compare import answer_from_table
from app.answering.question import Question
from app.core.settings import Settings
from app.vocab.indicators import by_name, indicator_for
from ingest.index import prepare
from ingest.indicators import extract_indicators
from ingest.load import discover
from tests.conftest import CORPUS, ROOT

# (report, indicator) → the figure a careful reader finds first
EXPECTED = {
    ("meijiang-2023", "12345热线满意率"): "98.77%",
    ("meijiang-2023", "12345热线工单数"): "15054件",
    ("meijiang-2023", "群众满意度（满意度调查）"): "95.91%",
    ("meijiang-2023", "自评得分"): "99.95分",
    ("meijiang-2023", "总支出"): "874.43万元",
    ("meijiang-2023", "收入合计"): "873.35万元",
    ("huidong-2023", "12345热线满意率"): "95.35%",
    ("huidong-2023", "12345热线工单数"): "49494件",
    ("huidong-2023", "总支出"): "895.76万元",
    ("huidong-2023", "基本支出"): "514.42万元",
    ("huidong-2023", "自评等级"): "优",
    ("wuchuan-2023", "项目支出"): "7073.75万元",
    ("wuchuan-2023", "基本支出"): "239.45万元",
    ("wuchuan-2023", "财政拨款收入"): "7324.60万元",
    ("wuchuan-2023", "自评得分"): "92分",
    ("wuchuan-2023", "自评等级"): "优秀",
    ("zhanjiang-2024", "总支出"): "54941612.82元",
    ("zhanjiang-2024", "基本支出"): "22919373.49元",
    ("zhanjiang-2024", "项目支出"): "32022239.33元",
    ("zhanjiang-2024", "自评得分"): "97.5分",
    ("zhanjiang-2024", "三公经费（实际）"): "70818.37元",
    ("zhanjiang-2024", "三公经费（预算）"): "211500元",
    ("jiangmen-2021", "总支出"): "23155.62万元",
    ("jiangmen-2021", "项目支出"): "18159.16万元",
    ("jiangmen-2021", "自评得分"): "95分",
}
# figures that are in a report but belong to another indicator, or to another year
ABSENT = {
    ("zhanjiang-2024", "12345热线满意率"),  # 湛江 gives no satisfaction rate
    ("huidong-2023", "自评得分"),  # 惠东 gives a grade only
    ("jiangmen-2021", "12345热线满意率"),
    ("wuchuan-2023", "12345热线工单数"),
}
WRONG = {
    ("meijiang-2023", "12345热线满意率", "95.91%"),  # the statistics bureau's survey
    ("meijiang-2023", "自评得分", "41.95分"),  # one indicator's score, not the report's
    ("huidong-2023", "财政拨款收入", "1671.10万元"),  # last year's
    ("jiangmen-2021", "总支出", "26621.1万元"),  # the budget, not the spending
    ("meijiang-2023", "总支出", "1.43万元"),  # a vehicle cost
}


@pytest.fixture(scope="module")
def table():
    settings = Settings(project_root=ROOT)
    files, _ = discover([CORPUS], ROOT)
    rows = []
    for source in files:
        rows += extract_indicators(prepare(source, settings))
    return rows


def _first(table, doc_id, indicator):
    return next((r.value_text for r in table if r.doc_id == doc_id and r.indicator == indicator), None)


@pytest.mark.parametrize(("key", "figure"), sorted(EXPECTED.items()))
def test_the_table_holds_what_a_careful_reader_finds(table, key, figure):
    assert _first(table, *key) == figure


def test_what_a_report_does_not_give_is_absent(table):
    for doc_id, indicator in ABSENT:
        assert _first(table, doc_id, indicator) is None, (doc_id, indicator)
    values = {(r.doc_id, r.indicator, r.value_text) for r in table}
    assert not (WRONG & values)


def test_every_row_is_verbatim_in_its_own_report(table):
    for row in table:
        text = (CORPUS / f"{row.doc_id}.txt").read_text("utf-8")
        assert re.sub(r"\s", "", text[row.start : row.end]) == re.sub(r"\s", "", row.quote)
        assert row.value_text.replace(" ", "") in re.sub(r"\s", "", row.quote)


@pytest.mark.parametrize(
    ("question", "name"),
    [("哪个单位的12345热线满意率最高？", "12345热线满意率"), ("各单位自评得分排名", "自评得分"),
     ("梅江区群众满意度是多少", "群众满意度（满意度调查）"), ("哪个单位项目支出最多", "项目支出"),
     ("满意率是多少", None), ("湛江2024年支出是多少", "总支出"), ("江门全年实际支出多少", "总支出"),
     # a money word after another word names that item, not the whole: no borrowing of 总支出
     ("江门市政数局2021年日常公用支出是多少", "日常公用经费"), ("梅江区一般公共服务支出是多少", None)],
)
def test_questions_name_their_indicator(question, name):
    found = indicator_for(question)
    assert (found.name if found else None) == name


def test_a_report_without_the_indicator_says_so(table):
    from app.core.records import ReportMeta

    metas = {d: ReportMeta("部门", d, "", "县", 2023, None, f"{d}报告") for d in {r.doc_id for r in table}}
    q = Question(text="各单位12345热线满意率哪个最高", kinds=("rate",), terms=[], doc_ids=sorted(metas),
                 regions=[], missing=[], years=[], compare=True)
    answer = answer_from_table(q, by_name("12345热线满意率"), table, metas.__getitem__, lambda d: f"corpus/{d}.txt")
    assert answer is not None and answer.found
    assert "最高的是meijiang-2023" in answer.answer
    assert "zhanjiang-2024（2023年度）：报告未提及12345热线满意率" in answer.answer
    assert [c.doc_id for c in answer.citations] == ["meijiang-2023", "huidong-2023"]


def test_comparisons_of_a_table_indicator_in_the_question_set_are_answered_from_the_table(hash_services):
    """Every comparison question about an indicator of the vocabulary goes through the table (its
    answer opens with the table's heading) and states all its expected facts."""
    import json

    from app.core.figures import missing_facts

    rows = [json.loads(line) for line in (CORPUS / "questions.jsonl").read_text("utf-8").splitlines() if line.strip()]
    through_table = 0
    for row in rows:
        if row.get("category") != "comparison" or indicator_for(row["question"]) is None:
            continue
        answer = hash_services.ask(row["question"])
        assert "（依据各报告原文，共" in answer.answer.splitlines()[0], (row["id"], answer.answer)
        assert not missing_facts(row["expect"], answer.answer), (row["id"], answer.answer)
        assert len({c.doc_id for c in answer.citations}) >= 2, row["id"]  # each figure cited from its report
        through_table += 1
    assert through_table >= 9
