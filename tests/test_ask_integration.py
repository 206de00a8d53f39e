"""Real questions against the real corpus, with the bundled embedder and a real Chroma."""

import re

import pytest

from app.answering.compose import PROMPTS
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def _squash(text):
    return re.sub(r"\s", "", text)


def _verbatim(citation):
    text = (ROOT / citation.source).read_text("utf-8")
    return _squash(text[citation.start : citation.end]) == _squash(citation.quote)


@pytest.mark.parametrize(
    ("question", "figure", "doc_id"),
    [
        ("惠东县12345热线满意率是多少？", "95.35%", "huidong-2023"),
        ("吴川2023年项目支出是多少？", "7073.75万元", "wuchuan-2023"),
        ("梅江区12345热线群众满意率是多少？", "98.77%", "meijiang-2023"),
        ("梅江区统计部门调查的群众满意度是多少？", "95.91%", "meijiang-2023"),
        ("湛江市政务服务和数据管理局2024年支出数是多少？", "54941612.82元", "zhanjiang-2024"),
        ("江门市政数局2021年全年总支出完成多少？", "23155.62万元", "jiangmen-2021"),
        ("梅州市梅江区政数局自评得分是多少？", "99.95", "meijiang-2023"),
        ("湛江吴川市政数局行政编制多少名？", "12名", "wuchuan-2023"),
    ],
)
def test_figure_and_cited_report(real_services, question, figure, doc_id):
    answer = real_services.ask(question)
    assert answer.found, answer.answer
    assert figure in answer.answer
    assert answer.citations and answer.citations[0].doc_id == doc_id
    assert figure.replace("分", "") in _squash(answer.citations[0].quote)
    assert all(_verbatim(c) for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "广州市政务服务数据管理局2023年自评得分是多少？",  # a city with no report
        "惠州市12345热线满意率是多少？",  # the parent city of a covered county
        "湛江市12345热线群众满意率是多少？",  # a figure this report does not give
        "惠东县政数局自评得了多少分？",  # 惠东 gives a grade, no score
        "吴川市2021年的项目支出是多少？",  # a year the report does not cover
    ],
)
def test_not_found_instead_of_a_borrowed_figure(real_services, question):
    answer = real_services.ask(question)
    assert not answer.found, answer.answer
    assert answer.answer.startswith("未找到")
    assert not answer.citations
    assert all(_verbatim(c) for c in answer.related)


def test_comparison_names_both_and_ranks(real_services):
    answer = real_services.ask("梅江区和惠东县的12345热线群众满意率哪个更高？")
    assert answer.found
    assert "98.77%" in answer.answer and "95.35%" in answer.answer
    assert "更高的是梅江区" in answer.answer
    assert {c.doc_id for c in answer.citations} == {"meijiang-2023", "huidong-2023"}


def test_reason_question_quotes_the_explanation(real_services):
    answer = real_services.ask("惠东县政数局2023年项目支出为什么下降了？")
    assert answer.found and "优化调整支出结构" in answer.answer


def test_citations_carry_report_metadata(real_services):
    c = real_services.ask("惠东县12345热线工单有多少件？").citations[0]
    assert (c.region, c.year, c.source) == ("惠东县", 2023, "corpus/huidong-2023.txt")
    assert c.title == "2023年惠东县政务服务数据管理局部门整体绩效自评报告"  # as the report titles itself
    assert "三、" not in c.section and c.section.startswith("二、绩效自评")
    assert PROMPTS.is_dir()


def test_retriever_is_a_langchain_retriever(real_services):
    docs = real_services.retriever().invoke("梅江区12345热线满意率")
    assert docs and all(d.metadata["doc_id"] == "meijiang-2023" for d in docs)
