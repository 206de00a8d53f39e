"""Questions in an official's own words of reports written their own ways: last year said 去年, a
bureau abbreviated (法援) or named by a place's short form that is also a word (大方档案馆), a
project called what the asker calls it (防疫项目), a fund part asked by the one word its name says
(配套), a department's own table of sums (年初预算 | 全年预算 | 全年支出, 2023年 | 2022年 | 增减率), a
level raised to another (由…提高到…). The reports are written for these tests (real places, invented
figures) in the forms real ones take."""

from __future__ import annotations

import pytest

from app.answering.evidence import part_of_breakdown
from app.core.numbers import find_figures
from tests.conftest import headline, library_of, refused, says

DAFANG = """大方县档案馆2023年度部门整体支出绩效自评报告
一、部门基本情况
我馆主要职责是集中统一管理全县档案，负责馆藏档案的接收、保管、开发利用和数字化工作。
二、部门收支情况
2023年我馆收入总计260.40万元，较上年240.00万元增长8.50%。支出总计258.10万元，其中基本支出200.10万元，项目支出58.00万元。
（二）项目支出。档案数字化加工项目41.20万元，完成扫描12,300卷；库房改造项目16.80万元。
年末结余2.30万元，主要为办公费节约。
三、存在的问题
一是档案专业人员不足，二是库房面积偏小。
"""

HEZHANG = """赫章县档案馆2023年度部门整体支出绩效自评报告
一、收支情况
表1 2023年与2022年支出对比 单位：万元
项目\t2023年\t2022年\t增减率
基本支出\t180.00\t170.00\t5.88%
项目支出\t60.00\t40.00\t50.00%
合计\t240.00\t210.00\t14.29%
二、预算执行
年初预算220.00万元，年中追加档案抢救保护经费20.00万元，全年预算数240.00万元。全年实际支出238.50万元，预算执行率99.38%。
"""

TAIHE = """泰和县司法局2023年度法律援助项目支出绩效自评报告
一、项目基本情况
法律援助项目由泰和县司法局主管，泰和县法律援助中心具体实施。项目预算资金合计80.00万元，其中：中央补助资金40.00万元，省级资金25.00万元，县级财政配套资金15.00万元。
二、资金使用情况
全年实际支出76.40万元，预算执行率95.50%。其中办案补贴60.20万元；值班律师补贴16.20万元。自2023年7月1日起，办案补贴标准由每件800元提高到每件1000元。
三、绩效目标完成情况
全年办理法律援助案件640件，其中刑事案件210件；为农民工追讨欠薪、挽回经济损失215.6万元。
四、自评结论
经自评，本项目得分93.5分，等级为“优”。
"""

QILIAN = """项目支出绩效自评表
（2023年度）
项目名称\t重大动物疫病强制免疫项目
主管部门\t祁连县农牧水利和科技局
实施单位\t祁连县畜牧兽医站
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t90.00\t96.50\t92.10\t10\t95.44%\t9.5
其中：中央补助资金\t70.00\t74.50\t71.30\t—\t—\t—
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t牲畜免疫数量\t≥50万头\t53.2万头\t20\t20
产出指标\t成本指标\t村级防疫员劳务补助标准\t每人每年3000元\t每人每年3000元\t10\t10
"""

QINGYUAN = """庆元县医疗保障局2024年度部门整体支出绩效自评报告
一、部门基本情况
庆元县医疗保障局为县政府工作部门，内设办公室、基金监管股2个股室。
二、部门预算及执行情况
单位：万元
项目\t年初预算\t调整后预算\t实际支出\t执行率
合计\t846.82\t973.40\t928.95\t95.43%
（二）主要项目执行情况
\t项目名称\t预算数\t执行数
1\t医保基金监管专项经费\t126.00\t118.72
2\t医保信息化平台运维经费\t208.00\t179.29
"""

SPENDING = """单位：万元
项目\t年初预算\t全年预算\t全年支出\t执行率
基本支出\t186.24\t189.60\t189.12\t99.75%
项目支出\t95.00\t118.50\t112.36\t94.82%
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("plain"), {
        "dafang.txt": DAFANG, "hezhang.txt": HEZHANG, "taihe.txt": TAIHE, "qilian.txt": QILIAN,
        "qingyuan.txt": QINGYUAN,
    })
    yield services
    services.close()


def test_last_year_said_as_an_official_says_it(services):
    """去年 is what reports call 上年: "比去年涨了多少" asks the change against it."""
    says(services, "大方县档案馆今年收入比去年涨了多少", "8.50%")


def test_a_places_short_form_that_is_also_a_word_before_its_own_bureau(services):
    """"大方" is a word, so the gazetteer never reads it alone; before the library's 档案馆 it is 大方县."""
    assert services.analyse("大方档案馆项目支出是多少").regions == ["大方县"]
    assert services.analyse("大方的档案工作怎么样").regions == []  # a word, with no bureau after it
    says(services, "大方档案馆项目支出是多少", "58.00万元")


def test_a_project_a_department_report_lists_is_not_its_whole_project_spending(services):
    """数字化 is in the opening's duties, but the 数字化加工项目 has its own figure: not 58.00万元."""
    says(services, "大方县档案馆档案数字化那个项目花了多少钱", "41.20万元")


def test_主要_is_a_way_of_asking(services):
    """"主要存在什么问题" asks the problems, not a sentence that says 主要 ("…，主要为办公费节约")."""
    answer = services.ask("大方县档案馆主要存在什么问题")
    assert answer.found and "档案专业人员不足" in answer.answer, answer.answer


def test_a_table_of_two_years_columns(services):
    """"2023年 | 2022年 | 增减率": this year's, last year's and the change, asked 同比 or by the year."""
    says(services, "赫章县档案馆项目支出同比增长多少", "50.00%")
    says(services, "赫章县档案馆2022年项目支出是多少", "40.00万元")


def test_an_addition_to_the_budget_is_no_budget_nor_spending(services):
    """"年中追加…20.00万元": 追加 says a change; neither 220.00 (年初预算) nor 238.50 (支出) answers it."""
    answer = services.ask("赫章县档案馆年中追加预算多少")
    assert not answer.found or "20.00万元" in headline(answer), answer.answer


def test_an_abbreviation_the_reports_spell_out(services):
    from app.answering.scope import abbreviated_by

    assert abbreviated_by("法援", ["全年办理法律援助案件640件", "法律援助中心"]) == "法律援助"
    assert abbreviated_by("法援", ["依法援引"]) == ""  # said as it is asked: no abbreviation
    says(services, "泰和县2023年一共办了多少件法援案子", "640件")


def test_a_fund_part_asked_by_the_one_word_its_name_says():
    text = "项目预算资金合计80.00万元，其中：中央补助资金40.00万元，省级资金25.00万元，县级财政配套资金15.00万元。"
    county = [f for f in find_figures(text) if f.text == "15.00万元"][0]
    from app.answering.question import Term
    assert part_of_breakdown(text, county, "配套了多少钱", [Term("配套", ("配套",))]) == ""
    assert part_of_breakdown(text, county, "补助资金多少", [Term("补助资金", ("补助资金",))]) == "县级"


def test_county_own_matching_funds(services):
    says(services, "泰和县本级给法律援助项目配套了多少钱", "15.00万元")


def test_a_phrase_is_not_made_across_another_term(services):
    """"…项目自评得分": 项目自评 is no phrase beside 自评得分."""
    says(services, "泰和司法局法律援助项目自评得分是多少", "93.5分")


def test_this_part_is_no_unit(services):
    """"这一块" is the part asked of, not one of a unit (一块)."""
    says(services, "泰和县法律援助办案补贴这一块实际发了多少钱", "60.20万元")


def test_a_level_raised_to_another(services):
    """"由每件800元提高到每件1000元": 1000元 is the level now; 800元 what it was."""
    says(services, "泰和县法律援助提标以后每件补贴多少钱", "1000元")
    says(services, "泰和县法律援助提标前每件补贴多少钱", "800元")


def test_a_loss_recovered_is_money(services):
    says(services, "泰和县法律援助帮农民工挽回了多少损失", "215.6万元")


def test_a_project_called_as_the_asker_calls_it(services):
    """防疫 for the 强制免疫 project: the form of the one report in scope answers; a project the
    report never mentions does not get its figures."""
    says(services, "祁连县兽医站防疫项目全年预算数是多少", "96.50")
    says(services, "祁连动物防疫项目的主管部门是哪个", "祁连县农牧水利和科技局")
    refused(services, "祁连县兽医站包虫病防治项目全年预算数是多少")
    # a department's report lists many projects: its 合计 is none of theirs
    answer = services.ask("庆元医保局医保信息化平台运维项目执行了多少")
    assert not answer.found or "179.29" in headline(answer), answer.answer


def test_a_departments_own_table_of_sums_and_years():
    """A table's column of last year's sums beside this year's ("2023年 | 2022年") is last year's; its
    全年支出 is what was spent."""
    from ingest.labels import extract_labels
    from tests.test_any_report import _report

    cells = {(f.label, f.column): f for f in extract_labels(_report(HEZHANG)) if f.column}
    assert "上年" in cells[("项目支出", "2022年")].qualifiers and "上年" not in cells[("项目支出", "2023年")].qualifiers
    assert "增减" in cells[("项目支出", "增减率")].qualifiers
    apart = {(f.label, f.column): f for f in extract_labels(_report(HEZHANG.replace("2022年\t", "2020年\t"))) if f.column}
    assert "上年" not in apart[("项目支出", "2020年")].qualifiers  # not two years in a row
    spent = {(f.label, f.column): f for f in extract_labels(_report("蓟州区科协2022年度部门整体支出绩效自评报告\n" + SPENDING))
             if f.column}
    assert "执行" in spent[("项目支出", "全年支出")].qualifiers
