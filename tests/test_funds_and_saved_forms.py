"""Funds named by who pays with their own names between ("中央水利发展资金（农村供水）"), asked as an
official says it ("县里配套了多少钱", "中央资金实际花了多少"), and the national form saved as
comma-separated values, its plan and what was done side by side. The reports are written for these
tests (real places, invented figures) in the forms real ones take."""

from __future__ import annotations

import pytest

from app.answering.labelled import choose
from app.answering.question import analyse
from app.answering.scope import Scope
from app.core.numbers import csv_commas
from app.core.records import LabelledFigure
from app.index.catalog import Catalog
from ingest.clean import clean
from tests.conftest import library_of, refused, says

WATER = """石棉县2022年农村饮水安全巩固提升项目绩效自评报告
一、项目资金情况
项目总预算736.00万元，其中：中央水利发展资金（农村供水）420.00万元，省级财政衔接推进乡村振兴补助资金180.00万元，县级财政资金136.00万元。
截至2022年12月31日，项目资金到位736.00万元，当年实际支出702.40万元，预算执行率95.43%。
"""

SUPPLY = """宝兴县2023年农村供水保障工程项目绩效自评报告
一、项目资金安排
项目总投资900.00万元，其中：中央衔接推进乡村振兴补助资金400.00万元，中央水利发展资金300.00万元，县级配套资金200.00万元。
"""

GRANTS = """荥经县2022年雨露计划项目绩效自评报告
一、资金来源
2022年荥经县共下达雨露计划补助资金300.00万元，其中：中央衔接推进乡村振兴补助资金210.00万元，省级衔接资金60.00万元，县级衔接资金30.00万元。
"""

ARCHIVES = """项目支出绩效自评表
（2023年度）
项目名称\t名山区档案数字化及村级档案室维修项目
主管部门\t雅安市名山区档案馆
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t成本指标\t档案数字化加工单价\t≤0.95元/页\t0.88元/页\t5\t5
产出指标\t成本指标\t单村档案室平均维修成本\t≤2.5万元\t2.36万元\t5\t5
效益指标\t经济效益指标\t带动脱贫户户均增收\t≥1800元\t1,960元\t10\t10
"""

CIVILISED = """会昌县2022年度创建省级文明城市专项资金绩效自评报告
一、项目基本情况
2022年我县全力推进创建省级文明城市工作，县财政安排专项资金，由县创文办统筹，用于城市基础设施改造和公益宣传。
二、绩效目标完成情况
群众对创建工作的满意度为92.4%，年度目标为≥90%。
截至2022年12月31日，项目实际支出1,286.40万元，执行率96.32%。结余资金48.60万元，已按规定收回县财政统筹使用。
"""

RESERVOIRS = """兴山县水利和湖泊局2023年度小型水库维修养护项目绩效自评报告
一、产出及效益
完成维修养护小型水库31座，其中小（1）型7座、小（2）型24座；汛期水库安全度汛率100%。
"""

FITNESS = """项目支出绩效自评表
（2023年度）
项目名称
嘉定区社区健身设施更新项目
主管部门
上海市嘉定区体育局
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分

成本指标
健身点单点更新成本
≤4.8万元
4.65万元
5
5

效益指标
社会效益指标
社区居民健身参与人次
≥80万人次
91.2万人次
10
10
"""

PROCURATORS = """呼图壁县人民检察院2022年度部门整体支出绩效自评报告
一、履职情况
全年受理审查起诉案件268件371人，提起公诉212件305人；认罪认罚从宽制度适用率90.4%。
"""

MEALS = """彝良县2022年农村义务教育学生营养改善计划项目绩效自评报告
一、资金使用
全县受益学生52,310人，全年学生膳食补助支出5,231.00万元，执行率100%。
二、成本
膳食补助标准每生每天5元，生均每年1000元。
"""

UPKEEP = """印江县2022年农村公路养护项目绩效自评报告
一、资金安排
2022年农村公路养护资金总预算1,420.00万元，其中：中央成品油税费改革转移支付资金820.00万元，县级财政资金600.00万元。
截至2022年12月31日，项目实际支出1,356.20万元，执行率95.51%。未支出63.80万元，系部分路段尚未完成验收。
二、标准
日常养护经费按照县道每公里每年9000元、乡道每公里每年4500元、村道每公里每年2500元的标准核定。
"""

HUAXI = """花溪区2022年农村公路养护项目绩效自评报告
一、资金情况
2022年养护资金总预算860.00万元。截至2022年12月31日，全年实际支出820.50万元，执行率95.41%。
"""

CULTURE = """松阳县2023年公共文化场馆免费开放项目绩效自评报告
一、资金来源
2023年项目预算186.40万元，其中：中央补助地方公共文化服务体系建设专项资金（免费开放部分）52.00万元，省级文化事业发展专项资金38.00万元，县级财政资金96.40万元。
"""

FORESTS = """门源县2021年度天然林资源保护工程项目支出绩效自评报告
一、资金来源
2021年天保工程资金总计2,860.00万元。其中：中央财政林业改革发展资金（天然林保护管护补助）1,920.00万元；中央财政林业草原生态保护恢复资金（天保工程社会保险补助）860.00万元；县级财政资金80.00万元。
"""

ROADS = """项目支出绩效自评表,,,,,,,
（2023年度）,,,,,,,
项目名称,天全县乡村公路养护项目,,,,,,
主管部门,天全县交通运输局,,,实施单位,天全县公路养护中心,,
项目资金（万元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分
,年度资金总额,320.00,345.50,331.68,10,96.00%,9.60
,其中：当年财政拨款,300.00,325.50,311.68,—,—,—
,上年结转资金,20.00,20.00,20.00,—,—,—
年度总体目标,预期目标,,,,实际完成情况,,
,完成农村公路日常养护420公里，修复水毁路段12处。,,,,完成农村公路日常养护436公里，修复水毁路段14处。,,
一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施
产出指标,数量指标,日常养护里程,≥420公里,436公里,10,10,
,,桥梁定期检查,≥30座,32座,10,10,
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("funds"), {
        "water.txt": WATER, "supply.txt": SUPPLY, "grants.txt": GRANTS, "roads.txt": ROADS,
        "archives.txt": ARCHIVES, "civilised.txt": CIVILISED,
        "reservoirs.txt": RESERVOIRS, "fitness.txt": FITNESS, "procurators.txt": PROCURATORS,
        "meals.txt": MEALS, "upkeep.txt": UPKEEP, "huaxi.txt": HUAXI, "culture.txt": CULTURE,
        "forests.txt": FORESTS,
    })
    yield services
    services.close()


# -- who pays ----------------------------------------------------------------------------------------


def test_a_fund_named_by_who_pays_with_its_own_name_between(services):
    """"中央资金" of "中央水利发展资金（农村供水）": the fund's own words ask nothing more."""
    says(services, "石棉县饮水项目中央资金有多少", "420.00万元")
    says(services, "荥经雨露计划中央资金有多少", "210.00万元")
    says(services, "荥经雨露计划中央衔接资金安排了多少", "210.00万元")


def test_who_pays_said_as_an_official_says_it(services):
    """"县里配套" is the 县级 part; the plan is the only figure said of it."""
    says(services, "石棉县饮水项目县里配套了多少钱", "136.00万元")
    says(services, "石棉县饮水项目县级财政出了多少", "136.00万元")


def test_what_one_payer_spent_is_not_the_projects_spending(services):
    """The report says what the project spent, not what of it was 中央's: no figure, not 702.40万元."""
    refused(services, "石棉县饮水项目中央资金实际花了多少")
    says(services, "石棉县饮水项目实际支出多少", "702.40万元")


def test_a_sum_of_a_kind_no_report_names_is_no_sum_of_the_project(services):
    """利息, 租金: two-character words no report uses, nor spells otherwise (债劵 for 债券 would be)."""
    refused(services, "石棉县饮水项目利息多少")
    refused(services, "石棉县饮水项目租金是多少")


def test_how_much_there_was_to_spend_and_a_place_that_says_花(services):
    """"总盘子" asks the plan's sum; the 花 of 花溪区 asks nothing spent."""
    says(services, "花溪区2022年养护资金总盘子有多大", "860.00万元")
    says(services, "花溪区2022年养护资金预算多少", "860.00万元")
    says(services, "花溪区2022年养护资金实际花了多少", "820.50万元")


def test_a_fund_whose_name_says_whom_it_pays_and_ends_on_a_note(services):
    """"中央补助地方…资金（免费开放部分）" is 中央's; 地方 is who it pays."""
    says(services, "松阳免费开放中央补助给了多少", "52.00万元")
    says(services, "松阳免费开放省里拿到多少", "38.00万元")


def test_a_fund_asked_by_its_own_name_and_two_of_one_payer(services):
    says(services, "门源天保工程林业改革发展资金给了多少", "1,920.00万元")
    refused(services, "门源县天保工程2021年中央资金一共给了多少")


def test_two_funds_of_one_payer_tie(services):
    refused(services, "宝兴县供水工程中央资金有多少")
    says(services, "宝兴县供水工程县级配套资金多少", "200.00万元")


# -- labels and asks in other words ------------------------------------------------------------------


def test_a_label_that_restates_what_the_report_is_about(services):
    """"群众对创建工作的满意度": 创建 is the report's own word, 工作 a word of doing; it answers 满意度,
    but a label saying more than the report's words does not."""
    says(services, "会昌创文群众满意度多少", "92.4%")
    question = analyse("创文群众满意度多少", Catalog([]))
    question.doc_ids = ["a"]
    scope = {"a": Scope.of("会昌县2022年度创建省级文明城市专项资金", "专项资金由县创文办统筹。")}
    restated = _prose("群众对创建工作的满意度", "群众对创建工作的满意度为92.4%。", "92.4%")
    choice = choose(question, [restated], scope)
    assert choice is not None and choice.figure is restated
    assert choose(question, [_prose("群众对公交线路调整的满意度", "群众对公交线路调整的满意度为88%。", "88%")],
                  scope) is None


def _prose(label: str, quote: str, value: str) -> LabelledFigure:
    return LabelledFigure(doc_id="a", label=label, column="", value_text=value, unit="%", value=float(value[:-1]),
                          kind="rate", qualifiers=(), subject="", origin="prose", section="二、绩效目标完成情况",
                          quote=quote, start=0, end=len(quote), value_start=quote.index(value),
                          value_end=quote.index(value) + len(value))


def test_the_year_end_as_reports_date_it(services):
    """"截至年底" is said "截至2022年12月31日"."""
    term = next(t for t in analyse("截至年底实际支出多少", Catalog([])).terms if t.word == "年底")
    assert "12月31日" in term.forms
    says(services, "会昌县创文项目截至年底实际支出多少", "1,286.40万元")


def test_a_second_ask_after_the_figure(services):
    """"怎么处理的" asks what the figure's passage may say; the figure is asked first."""
    says(services, "会昌县创文项目结余多少，怎么处理的", "48.60万元")


def test_what_was_achieved_on_the_line_after_the_target(services):
    """A form one cell per line: the passage that ends on the target goes on to what was achieved."""
    says(services, "嘉定区健身设施项目带动社区居民健身参与多少人次", "91.2万人次")


def test_a_verb_that_says_little(services):
    says(services, "呼图壁县检察院2022年提起公诉涉及多少人", "305人")


def test_a_grade_with_its_number_in_brackets_is_one_term(services):
    """"小（2）型" asks that grade's part of the 31座, not the whole."""
    says(services, "兴山县小（2）型水库维修养护了几座？", "24座")
    says(services, "兴山县小(1)型水库维修养护了几座？", "7座")


# -- a figure per unit --------------------------------------------------------------------------------


def test_a_cost_per_unit_asked_in_other_words(services):
    """Asked per unit, 成本 is said 单价 too, money spent is said as a cost, and "一户" as 户均."""
    says(services, "名山区档案数字化每页实际加工成本多少", "0.88元")
    says(services, "名山区平均每村档案室维修实际花了多少", "2.36万元")
    says(services, "名山区带动脱贫户一户平均增收多少", "1,960元")


def test_one_of_a_thing_asks_per_unit(services):
    """"一个学生一年补多少钱" asks 生均, never the 5,231.00万元 spent on all of them; "乡道" is a road,
    not a township named 印江乡, and its rate is the one its own part of the list gives."""
    says(services, "彝良营养餐一个学生一年补多少钱", "1000元")
    says(services, "印江乡道养护一公里一年按多少钱算", "4500元")


def test_what_was_not_spent_is_not_what_was_spent(services):
    says(services, "印江农村公路养护最后实际用了多少", "1,356.20万元")
    says(services, "印江农村公路养护县里出了多少", "600.00万元")


# -- the form saved as comma-separated values ---------------------------------------------------------


def test_commas_that_part_cells_and_commas_inside_figures():
    line = '项目资金（万元）,,1,425.80,"2,031.00",96.27%'
    assert [line[a + 1 : b] for a, b in zip([-1, *csv_commas(line)], [*csv_commas(line), len(line)],
                                            strict=True)] == ["项目资金（万元）", "", "1,425.80", '"2,031.00"', "96.27%"]
    assert csv_commas("项目总投资1,425.80万元，其中中央资金680.00万元。") == []


def test_a_saved_form_is_read_as_a_table():
    text = clean(ROADS).text
    assert "年度资金总额\t320.00\t345.50\t331.68" in text


def test_a_saved_forms_cells_answer(services):
    says(services, "天全县公路养护项目全年执行数是多少", "331.68")
    says(services, "天全县公路养护项目全年预算多少", "345.50")
    says(services, "天全县公路养护项目当年财政拨款年初预算数是多少", "300.00")


def test_what_was_done_is_not_the_target_beside_it(services):
    """The 预期目标 cell says 12处, the 实际完成情况 cell beside it 14处."""
    says(services, "天全县实际修复了多少处水毁路段", "14处")
    says(services, "天全县2023年桥梁定期检查了多少座", "32座")
