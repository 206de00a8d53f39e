"""The fact matcher the evaluation scores answers with: figures by value, everything else verbatim."""

from __future__ import annotations

import pytest

from app.core.figures import all_facts, cell_in_text, fact_in_text, missing_facts


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        # money across written units, both ways, at the coarser precision
        ("5494.16万元", "收入数为54941612.82元。"),
        ("54941612.82元", "收入数为5494.16万元。"),
        ("7000万元", "债券资金0.7亿元"),
        ("0.7亿元", "债券资金7000万元"),
        ("48.735万元", "节省487350元"),
        ("211500元", "预算21.15万元"),
        # trailing zeros and decimals written differently
        ("7324.60万元", "本年财政拨款支出7324.6万元"),
        ("7324.6万元", "本年财政拨款支出7324.60万元"),
        ("122.70%", "完成率122.7%"),
        ("98.8%", "满意率98.77%"),
        ("98.77%", "满意率98.8%"),
        # full-width digits and thousands separators, in the text or in the fact
        ("98.77%", "满意率为９８．７７％"),
        ("９８．７７％", "满意率为98.77%"),
        ("54941612.82元", "收入54,941,612.82元"),
        ("54941612.82元", "收入５４，９４１，６１２．８２元"),
        ("54,941,612.82元", "收入54941612.82元"),
        ("98.77%", "满意率为 98.77 %"),
        # counts: same unit, scaled by 万
        ("120名", "共培训120名干部"),
        ("1.96万个", "注册账号19600个"),
        ("34.5万笔", "办理业务345000笔"),
        ("97.5分", "评价得分97.5分"),
        # a side without a unit is compatible with any unit
        ("11.4万", "年末结转11.4万元"),
        ("400万", "超400万江门市民"),
        ("92分", "自评得分为92，等级优秀"),
        # a bare number stands alone, and also matches its digits written with a unit
        ("12345", "拨打12345热线"),
        ("12345", "共12345件"),
        ("12345", "合计12345万元"),
        ("12,345", "共12345件"),
        # a range keeps its upper figure
        ("10个", "新增5-10个"),
    ],
)
def test_figures_that_match(fact: str, text: str) -> None:
    assert fact_in_text(fact, text)


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("98.7%", "满意率98.77%"),  # the answer is more precise and rounds to 98.8
        ("98.77%", "满意率98.7%"),
        ("12名", "共120名"),  # never inside a longer number
        ("120名", "共12名"),
        ("12345", "编号123456"),
        ("12345", "编号2012345"),
        ("12345", "共12,3456件"),  # app.core.numbers reads 12,345 here and drops the 6
        ("12345", "共12345.6件"),
        ("5494.16万元", "收入54941712.82元"),  # differs at the fact's precision (0.01万元 = 100元)
        ("54941612.82元", "收入54941612.83元"),
        ("7324.60万元", "7324.60元"),  # same digits, another unit
        ("7324.60万元", "73.2460亿元"),
        ("9795个", "开通9795件"),  # count units differ
        ("120名", "120人"),
        ("98.77%", "98.77分"),
        ("3个百分点", "提高了3%"),  # percentage points are not percent
        ("3%", "提高了3个百分点"),
        ("5%", "同比-5%"),  # a negative figure
        ("92分", "2023年"),
        ("2019", "2019年3月15日"),  # a date is not a bare number
        ("98.77%", ""),
    ],
)
def test_figures_that_do_not_match(fact: str, text: str) -> None:
    assert not fact_in_text(fact, text)


@pytest.mark.parametrize(
    ("fact", "text", "expected"),
    [
        ("2019年3月15日", "于2019年3月15日成立", True),
        ("2019年3月15日", "于2019年 3 月 15 日成立", True),
        ("2019年3月15日", "于2019年3月16日成立", False),
        ("2019年3月1日", "于2019年3月11日成立", False),
        ("杨春梅", "组长：杨 春 梅", True),
        ("杨春梅", "组长：杨春", False),
        ("“粤政易”账号", "开通粤政易账号9795个", True),
        ("粤政易账号", "开通“粤政易”账号9795个", True),
        ("粤政易账号", "开通「粤政易」账号", True),
        ("粤政易账号", '开通"粤政易"账号', True),
        ("数据要素×", "“数据要素×”大赛", True),
        ("APP", "上线政务app", True),
        ("App", "上线政务ＡＰＰ", True),  # full-width letters
        ("合同制工作人员6人", "合同制工作人员6人、编制8人", True),
        ("合同制工作人员6人", "合同制工作人员 6 人", True),
        ("合同制工作人员6人", "合同制工作人员16人", False),
        (
            "6人以上",
            "16人以上",
            False,
        ),  # a verbatim fact starting with a digit does not continue a number
        ("第5名", "全国第5名、三等奖", True),
        ("第5名", "全国第5.5名", False),
        ("全国第5名、三等奖", "获得全国第5名、三等奖", True),
        ("支出完成率100%", "支出完成率为100%", False),  # verbatim means verbatim
        ("优", "评价等级为优秀", True),
        ("优秀", "评价等级为优", False),
    ],
)
def test_verbatim_facts(fact: str, text: str, expected: bool) -> None:
    assert fact_in_text(fact, text) is expected


def test_all_facts_and_missing_facts() -> None:
    text = "自评得分92分，等级为优秀，成立于2019年3月15日。"
    assert all_facts(["92分", "优秀", "2019年3月15日"], text)
    assert not all_facts(["92分", "良好"], text)
    assert all_facts([], text)
    assert missing_facts(["良好", "92分", "93分"], text) == ["良好", "93分"]


@pytest.mark.parametrize(
    ("fact", "text", "expected"),
    [
        ("192.91万元", "年度资金总额 | 192.91", True),  # a row under "单位：万元"
        ("45万元", "年度资金总额\t45.00", True),
        ("97.80%", "执行率 | 97.8", True),
        ("192.91万元", "年度资金总额 | 1192.91", False),  # inside a longer number
        ("99万元", "共99人", False),  # a count with its own unit is no bare cell
        ("192.91万元", "资金192.91元", False),
        ("2021年4月", "2021 4", False),  # a date is no figure
        # a row of cells written with spaces between digit groups: the cell as the fact writes it
        ("13 611.84万元", "支出合计 12 486.30 13 902.57 13 611.84", True),
        ("3 611.84万元", "支出合计 12 486.30 13 902.57 13 611.84", False),
        ("13 611.84万元", "支出合计 13 611.84万 12", False),
    ],
)
def test_cell_in_text(fact: str, text: str, expected: bool) -> None:
    assert cell_in_text(fact, text) is expected
