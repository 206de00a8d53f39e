"""Project reports as small places publish them: a village's workshop under a township, a project
named on the line above its dated title, funds broken down by who pays, rates said after the sum
they are of, the national form one cell per line, and questions in an official's words ("钱花了百分之
多少", "总共批了多少钱", "患者有多少人"). The reports are written for these tests (real places,
invented figures) in the forms real ones take."""

from __future__ import annotations

import pytest

from app.answering.chain import scopes_of
from app.answering.labelled import choose
from app.answering.question import analyse
from app.answering.scope import Scope
from app.core.numbers import find_figures, is_bound
from app.core.records import LabelledFigure
from app.index.catalog import Catalog
from ingest.metadata import extract_metadata
from tests.conftest import library_of, refused, says

WORKSHOP = """汉源县九襄镇三强村花椒初加工车间建设项目
2023年度绩效自评报告

一、项目基本情况
花椒初加工车间建设项目为2023年度衔接推进乡村振兴补助资金支持的村集体经济项目，项目业主为汉源县九襄镇三强村股份经济合作社。
项目批复总投资182.40万元，其中：中央衔接推进乡村振兴补助资金96.00万元，省级衔接资金40.00万元，县级衔接资金30.00万元，村集体自筹16.40万元。

二、项目资金到位及使用情况
截至2023年12月31日，财政资金到位166.00万元，到位率100%。项目累计支出176.92万元，其中财政资金支出162.35万元，执行率97.80%。
2023年全县共下达衔接资金4,320.00万元，其中中央资金2,860.00万元，省级资金960.00万元。

三、绩效目标完成情况
带动脱贫户38户增收，户均增收1,850元；村集体经济收益8.60万元。受益群众满意度96%。
三强村花椒车间吸纳本村群众务工52人，人均务工增收2600元。
四、运营管理
车间实行村集体所有、合作社经营，收益按股分红。
"""

WATER = """汉源县2023年农村供水保障项目绩效自评报告
一、项目概况
项目实施单位为汉源县水利局，新建集中供水站2处，铺设管网36.5公里。
二、项目资金情况
下达项目资金共计520.00万元，其中中央水利发展资金380.00万元，县级配套140.00万元。全年支出498.60万元，执行率95.88%。
剩余工程于次年开春后完成，截至2024年2月28日，累计支出515.20万元。
"""

FORM = """项目支出绩效自评表
（2023年度）
项目名称
赤水市巾帼技能培训及“两癌”困难妇女救助项目
主管部门
赤水市妇女联合会
实施单位
赤水市妇女联合会
项目资金（万元）
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
60.00
64.50
58.20
10
90.23%
9.02
年度总体目标
预期目标
实际完成情况
开展技能培训不少于500人次，救助“两癌”困难妇女不少于40人。
培训526人次，救助“两癌”困难妇女43人，部分培训补贴于2024年1月拨付。项目执行率未达到100%，主要原因是部分培训补贴跨年拨付。
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
产出指标
数量指标
“两癌”救助困难妇女人数
≥40人
43人
10
10
技能培训人次
≥500人次
526人次
10
10
效益指标
社会效益指标
参训妇女实现就业人数
≥300人
318人
10
10
"""

GRANTS = """桑植县2022年雨露计划项目支出绩效自评报告
一、资金使用情况
2022年春季学期补助学生1,104人次，发放补助资金165.60万元；秋季学期补助学生1,176人次，发放补助资金176.40万元。全年合计补助2,280人次。
"""

PROSECUTORS = """龙山县人民检察院2022年度部门整体支出绩效自评报告
一、履职情况
全年立案办理公益诉讼案件58件，发出诉前检察建议41件。
"""

SCHOOL_FORM = """部门整体支出绩效自评表
（2023年度）
部门（单位）名称	喀左县第三中学	主管部门	喀左县教育局
年度预算申请（万元）	年初预算数	全年预算数	全年执行数	分值	执行率	得分
年度资金总额	1,846.20	1,912.35	1,890.41	10	98.85%	9.89
其中：当年财政拨款	1,800.00	1,862.35	1,842.16	—	—	—
上年结转资金	46.20	50.00	48.25	—	—	—
按支出性质分	基本支出：1,605.73	项目支出：284.68
"""

FARMLAND = """隆化县2022年高标准农田建设项目绩效自评报告
一、项目基本情况
项目总投资6,480.00万元，亩均投资1600元，其中：中央财政资金4,200.00万元，省级财政资金1,380.00万元，县级配套资金900.00万元。
二、项目资金情况
全年实际支出6,215.30万元，执行率95.91%，具体为：田间道路工程2,105.60万元；灌溉与排水工程2,866.40万元；土壤改良1,243.30万元。
三、效益
项目区农户人均增收460元。村集体经济收益12.80万元。
经结算审计，出具审计报告52份，审减工程造价86.50万元。
四、运营收益
全年结算电费收入1,206.50万元，其中已到账1,012.40万元。

隆化县农业农村局
2023年3月20日
"""

WORKSHOPS = """丰宁满族自治县2022年就业帮扶车间奖补项目绩效自评报告
一、项目资金情况
全年实际支出286.40万元，执行率97.52%，具体为：新认定车间一次性奖补40.00万元；吸纳就业奖补138.60万元；厂房租金补助107.80万元。
"""

SERVICES = """遂溪县政务服务数据管理局2023年度部门整体支出绩效自评报告
一、部门整体支出情况
项目支出3120.40万元，包括遂溪县数字政府建设项目债劵资金3000万元。
二、绩效目标完成情况
今年以来，共收到评价52318条，其中有效“差评”3条，差评整改率100%。
"""

ALLOWANCE = """松阳县民政局2023年度困难群众救助补助资金绩效自评报告
一、绩效目标完成情况
城乡低保标准由上年每人每月980元提高至1030元，特困人员基本生活标准按不低于低保标准1.3倍执行。
"""

COURT = """阜新县人民检察院2023年度部门整体支出绩效自评报告
一、履职情况
全年受理审查起诉案件386件521人，提起公诉312件436人。
"""

CLINIC = """甘洛县卫生健康局2023年度基本公共卫生服务项目绩效自评报告
一、项目基本情况
全县在册管理的严重精神障碍患者412人，规范管理率93.5%。
全县卫生健康系统实有人数386人，在职人员352人。
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("project-reports"), {
        "workshop.txt": WORKSHOP, "water.txt": WATER, "form.txt": FORM, "clinic.txt": CLINIC,
        "grants.txt": GRANTS, "prosecutors.txt": PROSECUTORS, "school.txt": SCHOOL_FORM, "farmland.txt": FARMLAND,
        "court.txt": COURT, "workshops.txt": WORKSHOPS, "allowance.txt": ALLOWANCE, "services.txt": SERVICES,
    })
    yield services
    services.close()


# -- which report ------------------------------------------------------------------------------------


def test_a_township_project_is_its_countys_report_too(services):
    """"汉源花椒车间" asks the report of 汉源县九襄镇's workshop: a township's report lies in its county."""
    question = analyse("汉源花椒车间财政资金执行率多少", services.index.catalog)
    assert "workshop" in question.doc_ids and "water" in question.doc_ids
    says(services, "汉源花椒车间财政资金执行率多少", "97.80%")


def test_a_project_named_on_the_line_above_its_dated_title_is_the_title():
    m = extract_metadata(WORKSHOP, name="workshop.txt")
    assert m.title == "汉源县九襄镇三强村花椒初加工车间建设项目2023年度绩效自评报告" and m.title_read


# -- which figure ------------------------------------------------------------------------------------


def test_a_rate_is_of_the_sum_its_sentence_spent_and_what_a_sentence_spent_was_spent(services):
    says(services, "三强村花椒车间财政资金实际支出多少", "162.35万元")


def test_a_project_of_one_village_is_about_it_and_its_cumulative_spending_is_its_spending(services):
    """"村集体所有" names no other village: 三强村's report is about 三强村; 累计支出 is what it spent."""
    says(services, "三强村花椒车间项目实际花了多少钱", "176.92万元")


def test_a_rate_of_money_is_the_funds_rate():
    """"贴息资金执行率" of "全年实际支出1,146.85万元，执行率99.02%": 资金 says only that the rate is of money."""
    question = analyse("贴息资金执行率是多少", Catalog([]))
    question.doc_ids = ["a"]
    quote = "全年实际支出1,146.85万元，执行率99.02%。"
    rate = LabelledFigure(doc_id="a", label="执行率", column="", value_text="99.02%", unit="%", value=99.02,
                          kind="rate", qualifiers=("执行率",), subject="", origin="prose", section="二、资金情况",
                          quote=quote, start=0, end=len(quote), value_start=19, value_end=25)
    choice = choose(question, [rate], {"a": Scope.of("光山县2022年度脱贫人口小额信贷贴息项目", "")})
    assert choice is not None and choice.figure is rate


def test_a_total_asked_prefers_the_sentence_that_sums(services):
    says(services, "桑植县2022年雨露计划全年一共补了多少人次", "2,280人次")


def test_a_kind_of_case_no_report_names_is_not_answered_by_another_kind(services):
    refused(services, "龙山县检察院2022年办理了多少件抗诉案件？")
    says(services, "龙山县检察院2022年办理了多少件公益诉讼案件？", "58件")


def test_what_was_approved_is_asked_in_an_officials_words(services):
    says(services, "三强村那个花椒车间项目总共批了多少钱？", "182.40万元")


def test_who_pays_named_alone_asks_that_part_and_a_total_asked_is_the_whole(services):
    says(services, "汉源县2023年衔接资金里中央下达了多少", "2,860.00万元")
    says(services, "汉源县农村供水保障项目下达资金共计多少", "520.00万元")


def test_the_share_spent_asked_in_words_is_the_forms_execution_rate(services):
    says(services, "赤水妇联2023年项目的钱花了百分之多少", "90.23%")
    assert analyse("项目的钱花出去几成了", Catalog([])).kinds[0] == "rate"


def test_a_forms_row_named_by_the_projects_own_words(services):
    """"两癌救助" names the project and its row alike: the row's cell answers, named by its row and
    column, in the unit asked."""
    says(services, "赤水2023年两癌救助了多少人", "“两癌”救助困难妇女人数（实际完成值）：43人")


def test_a_bound_not_reached_is_no_figure_achieved():
    text = "项目执行率未达到100%，主要原因是部分培训补贴跨年拨付。"
    rate = next(f for f in find_figures(text) if f.unit == "%")
    assert is_bound(text, rate.start, rate.end)


def test_patients_counted_are_no_staff(services):
    says(services, "甘洛县在册的严重精神障碍患者有多少人", "412人")
    assert [t.word for t in analyse("甘洛县卫生健康局有多少人", Catalog([])).terms][0] == "有多少人"


def test_a_thing_no_report_names_is_not_answered_by_the_projects_sums(services):
    """No report says 贷款: the project's spending is no answer to what it borrowed."""
    refused(services, "花椒车间项目向银行贷款了多少钱")


# -- figures as copied -------------------------------------------------------------------------------


def test_a_figure_takes_no_unit_from_the_next_cell_or_line():
    assert [(f.text, f.kind) for f in find_figures("基本支出：2,531.66\t项目支出：426.38")] == [
        ("2,531.66", "number"), ("426.38", "number")]
    assert [f.kind for f in find_figures("10\n分值")] == ["number"]
    assert [f.unit for f in find_figures("1781.86\n万元")] == ["元"]


def test_an_allowance_asked_after_the_interrogative_is_money():
    assert analyse("给困难寄宿生发了多少生活补助", Catalog([])).kinds[0] == "amount"
    assert analyse("困难学生补助了多少人", Catalog([])).kinds[0] == "count"


def test_a_colloquial_whole_is_no_term():
    question = analyse("项目预算调整后总盘子多大", Catalog([]))
    assert "盘子" not in [t.word for t in question.terms] and "总盘子" not in [t.word for t in question.terms]


# -- a form's cells, parts and words of a project report ---------------------------------------------


def test_a_forms_cells_asked_in_other_words(services):
    """"基本支出：1,605.73" holds its row's name; "一共支出" asks the 全年执行数; "上一年结转过来" the 上年结转 row."""
    says(services, "喀左三中2023年项目支出实际花了多少", "284.68万元")
    says(services, "喀左三中2023年一共支出了多少万元", "1,890.41")
    says(services, "喀左三中上一年结转过来的资金有多少", "48.25")


def test_a_figure_per_unit_never_answers_a_total(services):
    says(services, "隆化县2022年高标准农田总投资多少", "6,480.00万元")
    says(services, "隆化县高标准农田亩均投资多少", "1600元")


def test_a_part_listed_after_具体为_is_asked_by_its_name(services):
    """"车间吸纳就业奖补" names the project and the part alike: the part, not the whole it was spent of."""
    says(services, "丰宁车间吸纳就业奖补花了多少钱", "138.60万元")
    says(services, "隆化县高标准农田灌溉与排水工程花了多少钱", "2,866.40万元")


def test_money_asked_by_its_kind_and_a_share_by_its_word(services):
    assert analyse("给村集体带来多少收益", Catalog([])).kinds[0] == "amount"
    assert analyse("东沟村羊场给村集体分了多少红", Catalog([])).kinds[0] == "amount"
    assert analyse("光伏电站运维的钱用了多少比例", Catalog([])).kinds[0] == "rate"
    says(services, "隆化县农田项目给村集体带来多少收益", "12.80万元")


def test_what_reached_the_account_is_its_own_figure(services):
    says(services, "隆化县电费收入实际到账多少", "1,012.40万元")


def test_the_signed_date_of_a_report_named_by_its_project(services):
    says(services, "隆化县高标准农田建设项目自评报告落款日期是哪天", "2023年3月20日")


def test_the_people_after_the_cases_are_of_the_same_label(services):
    labelled = {(f.label, f.value_text) for f in services.labelled(["court"])}
    assert {("提起公诉", "312件"), ("提起公诉", "436人")} <= labelled
    says(services, "阜新县检察院2023年提起公诉涉及多少人", "436人")


def test_a_year_after_the_reports_is_not_given_by_a_date_in_it(services):
    """A 2023 form that says "…于2024年1月拨付" gives no 2024 figures."""
    refused(services, "赤水市妇联2024年两癌救助了多少人")


def test_a_cost_asked_after_the_interrogative_is_money(services):
    says(services, "隆化县高标准农田结算审计审减了多少工程造价", "86.50万元")


def test_a_sum_as_of_a_later_date_is_not_the_years(services):
    says(services, "2023年底之前汉源县农村供水保障项目实际花了多少钱", "498.60万元")


def test_a_standard_per_person_is_money(services):
    assert analyse("低保标准提高到每人每月多少？", Catalog([])).kinds[0] == "amount"
    assert analyse("人均住房面积多少", Catalog([])).kinds[0] == "count"
    assert analyse("故障修复平均用时多长？", Catalog([])).kinds[0] == "count"
    says(services, "松阳县城乡低保标准提高到每人每月多少？", "1030元")


def test_who_made_the_report_is_not_the_issuer_of_the_notice_it_answers():
    text = """汶川县2021年农村饮水工程维修项目绩效自评报告
根据州财政局《关于开展2021年度项目支出绩效自评工作的通知》要求，我局组织开展了绩效自评。
一、项目概况
我局负责实施农村饮水工程维修项目。
"""
    assert extract_metadata(text, name="wenchuan.txt").department != "州财政局"


def test_a_cooperative_that_signs_its_project_report_is_its_department():
    text = """2022年山坪村茶叶加工厂建设项目绩效自评报告
一、项目概况
项目业主为紫阳县洞河镇山坪村股份经济合作社，建设茶叶加工厂房600平方米。
二、自评结论
自评得分92分。

紫阳县洞河镇山坪村股份经济合作社
2023年1月20日
"""
    assert extract_metadata(text, name="shanping.txt").department == "紫阳县洞河镇山坪村股份经济合作社"


def test_a_forms_unit_named_in_部门单位名称_is_its_department():
    m = extract_metadata(SCHOOL_FORM, name="school.txt")
    assert (m.department, m.supervisor) == ("喀左县第三中学", "喀左县教育局")


def test_a_short_word_spelt_otherwise_and_a_whole_received(services):
    """债券 of a report that writes 债劵: a two-character word no report uses is not refused for that;
    "共收到多少条评价" is the whole, not the 差评 among them."""
    says(services, "遂溪搞数字政府建设，用了多少债券资金？", "3000万元")
    question = analyse("遂溪县政务服务“好差评”2023年共收到多少条评价？", services.index.catalog)
    figures = list(services.labelled(question.doc_ids))
    choice = choose(question, figures, scopes_of(services, question.doc_ids, figures))
    assert choice is None or choice.figure.value_text == "52318条", choice

