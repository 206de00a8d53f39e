"""Answering on the real corpus (fake embedder, BM25): which sentence answers, and how much of it."""

import pytest

from app.core.figures import fact_in_text


@pytest.mark.parametrize(
    ("question", "wanted", "not_wanted"),
    [
        # the latest state when asked "now", not the figure from the start of the year
        ("梅江区“数字梅江”平台目前一共汇聚了多少条数据？", "561条", "416条"),
        # a reason goes on past its first sentence, within its paragraph
        ("江门2021年财政拨款为什么减支？", "8272.25万元", None),
        # "多少个" asks for a count, although the topic is money
        ("江门2021年纳入数字政府建设专项资金的项目有多少个？", "243个", None),
        # a colloquial verb ("减到") and a function word ("以后") do not stop the answer
        ("江门搞了政务上云以后，政务机房减到了多少间？", "24间", None),
        # plain "支出" is the report's spending, not the 基本支出 or 三公 figure beside it
        ("湛江2024年支出是多少？", "54941612.82元", "22919373.49元"),
        ("江门全年支出多少？", "23155.62万元", "26621.1万元"),
        # a question's phrase ("全市开通") may stand apart in the report ("全市已开通")
        ("吴川全市开通了多少个粤政易账号？", "9795个", None),
        ("惠东县43个县直单位的政务外网专线提速到了多少？", "500兆", None),
        ("江门那边2021年人员工资这块支出花了多少？", "1888.55万元", None),
        # "支出中" / "收入中" says which breakdown: 梅江 gives 一般公共服务支出 in both
        ("梅江区2023年本年支出中一般公共服务支出是多少？", "757.9万元", "756.77万元"),
        ("梅江区2023年本年收入中一般公共服务支出是多少？", "756.77万元", "757.9万元"),
        # "A年初申报指标值为80%，实际完成指标值为99.06%；B…": the value achieved, of the item asked
        ("江门全程网办率是多少？", "99.06%", "80%"),
        ("江门全程网办率实际做到了多少？", "99.06%", "80%"),
        ("江门电子证照用证率实际完成多少？", "55%", "99.06%"),
        ("江门粤省事日活跃用户数年初申报指标值是多少？", "3万名", "9.8万名"),  # the plan, when asked
        # how a count is asked ("几个", "多少个") is not a word the answer must contain
        ("江门政数局21年绩效指标一共设了几个？", "59个", None),
        ("江门全市开了多少个电子印章？", "3258个", None),
        ("梅江 政数局 政府采购合同金额 2023", "2.26万元", None),
    ],
)
def test_the_answering_sentence(hash_services, question, wanted, not_wanted):
    answer = hash_services.ask(question)
    assert answer.found, answer.answer
    first = answer.answer.split("原文")[0] if "原文" in answer.answer else answer.answer
    assert fact_in_text(wanted, answer.answer), answer.answer
    if not_wanted:
        assert not fact_in_text(not_wanted, first), answer.answer
    assert answer.citations and answer.citations[0].region[:2] in question  # the report asked about


def test_a_request_to_write_is_not_answered_with_passages(hash_services):
    answer = hash_services.ask("帮我写一首关于数字政府的七言诗")
    assert not answer.found and "写作或翻译" in answer.answer and not answer.related


def test_a_who_question_is_answered_by_a_name_tied_to_the_role_or_not_at_all(hash_services):
    """湛江's roster says "组长：胡小军"; a sentence naming 张耀明 as 办公室主任 of the 领导小组 covers
    more of the question's words but names no 组长: it must not be the answer."""
    answer = hash_services.ask("湛江绩效评价领导小组组长是谁？")
    assert not answer.found or "胡小军" in answer.answer, answer.answer
