"""Answers from reports unlike the bundled five: a court, a township project, a form without points,
a web page with pinyin. The reports are written for these tests in the forms real ones take."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.answering.question import asked_unit
from app.core.numbers import find_figures
from app.vocab.units import UNITS
from ingest.clean import clean
from ingest.forms import read_form
from tests.conftest import HashEmbeddings, headline, library_of, says

COURT = """青禾县人民法院2022年度部门整体支出绩效自评报告
一、部门基本情况
我院共设有12个内设机构。本年实有人数86人，其中在职人员80人。
核定政法专项编制70人，事业编4人。
全院有人员编制98名，其中：院机关、执行局和青禾人民法庭。
二、预算执行情况
本年支出合计1520.6万元，其中基本支出980.2万元，项目支出540.4万元。
本年收入1602.8万元，其中财政拨款收入1580.5万元，其他收入22.3万元。
项目资金到位率100%，预算执行率98.5%。
本年一般公共预算财政拨款支出1480.3万元，2021年一般公共预算财政拨款支出1390.7万元。
本年预算资金合计1700万元。
本年支出合计中，基本支出占64.5%；项目支出占35.5%。
目前，省级42项、市级118项审判辅助事项全面承接到位。
基本支出包括人员经费资金900万元；项目支出包括审判业务经费资金300万元；年末结转12.3万元。
"""

PROJECT = """石岭乡2023年人饮工程项目绩效自评报告
项目主管部门：石岭乡人民政府
本项目经县人民政府2022年11月批准立项。
一、项目完成情况
新建机井2眼，井深180米；新建蓄水池1座，容积200立方米；新建水塔1座，塔高25米；铺设管网6.5公里，新增灌溉面积1.3万亩。
二、组织实施
资金分配方案由石岭乡财政所牵头提出，会同乡农业综合服务中心审核后报乡人民政府审定。
受益群众满意度达到96%。
项目验收合格率100%，资金在规定时间下达≥90%，按时上报资金使用情况95%。
本次绩效评价指标分为项目决策、项目过程、项目产出、项目效益四大部分，总分值为100分。
工程配套经费60万元，分别是管网铺设经费35万元，水塔建设经费25万元。
绩效自评工作小组组长：李明华，副组长：王芳。
"""

PROVINCE = """湖北省2022年农村公路养护补助资金绩效自评报告
日期：2023-03-15 来源：湖北省财政厅
一、资金下达情况
2022年6月，省财政厅下达农村公路养护补助资金共计2860万元，其中武汉市江夏区320万元，宜昌市夷陵区150万元，襄阳市枣阳市210万元。
沿线群众满意度达到92%以上。
截至2022年12月31日，中央资金完成1500万元，预算执行率93.8%，省级资金完成1200万元，预算执行率95.2%。
全年执行资金2700万元，执行率94.4%。
2022年9月，根据省财政厅《关于下达2022年农村公路危桥改造资金的通知》，共下达危桥改造资金1200万元。
"""

FORM = """2022年度项目支出绩效自评表
一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |
产出指标 | 数量指标 | 完成2022年技能培训任务 | 800人 | 764人 |
| 质量指标 | 培训合格率 | 95% | 97.2% |
| 成本指标 | 技能培训补贴标准 | 1500元/人 | 1400元/人 |
效益指标 | 社会效益 | 参训人员就业率 | 60%及以上 | 58.1% |
"""


# a scanned form whose cell borders were lost: points, target and result run together
SCANNED = """白沙市第三中学2021年校舍维修项目支出绩效自评表
项目名称校舍维修主管部门白沙市教育局实施单位白沙市第三中学
数量指标(10分)维修校舍面积81200平方米1200平方米8质量指标验收合格率5100%100%5成本指标维修所需成本1045万元45万元9
"""

TOWNSHIP = """青山镇2023年中央财政衔接推进乡村振兴补助资金绩效自评报告
根据《青山县财政局关于开展2023年度转移支付绩效自评工作的通知》(青财发〔2024〕12号)要求，现将自评情况报告如下。
项目一：青山村集体经济项目，全年预算数80万元，执行数80万元，完成预算的100%。
项目二：青山村特色农产品加工车间二期建设项目资金，全年预算数50万元，执行数50万元，完成预算的100%。及时足额下拨资金，为青山村特色农产品加工车间有序运行提供保障；改善村民生活条件，使村民满意度达到95%以上，促进社会和谐发展。
"""

# a project form whose row is named as the project is: the question's words name both
SHELTER = """2023年青石林场新建野生动物救护站建设项目支出绩效自评表
项目名称 | 2023年青石林场新建野生动物救护站建设项目 |
项目负责人 | 李青 | 联系电话 | 6612345 |
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 40 | 40 | 38.5 | 10 | 96.25% | 9.6 |
年度总体目标 | 新建青石林场野生动物救护站1间300平方米，圈养围栏100米。 |
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
产出指标 | 数量指标 | 野生动物救护站 | ≥300平方米 | 312.5平方米 | 10 | 10 |
| 数量指标 | 圈养围栏 | ≥100米 | 104米 | 10 | 10 |
| 时效指标 | 项目完工时限 | 2023年12月 | 2023年10月 | 10 | 10 |
| 质量指标 | 围栏验收合格率 | 100% | 95% | 10 | 8 |
"""

# a scanned form read as one run: the money part's headings, then its values, the part by who pays
# ("其中中央补助省级补助") between them
RUN = """青松县玉米良种推广项目绩效目标自评表(2022年度)项目名称玉米良种推广项目实施单位青松县农技中心资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助省级补助120万元
96.5万元
80.4%市县资金年度总体目标推广玉米良种5万亩
"""

# the 部门整体 form flattened a cell to a line: the 总体目标 row's plan and what was done, under
# their headings
GOALS = """2023年部门整体支出绩效自评表
预算单位名称 |
青河县档案馆 |
||||||||
年度总体目标 |
预期目标 |
实际完成情况 |
|||||||
1、完成馆藏档案数字化加工3万卷; 2、接收进馆档案1200卷。 |
1、完成馆藏档案数字化加工3.4万卷; 2、接收进馆档案1350卷。 |
||||||||
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("any-report"), {
        "court.txt": COURT, "project.txt": PROJECT, "form.txt": FORM, "province.txt": PROVINCE,
        "scanned.txt": SCANNED, "township.txt": TOWNSHIP, "shelter.txt": SHELTER, "run.txt": RUN,
        "goals.txt": GOALS,
    })
    yield services
    services.close()


def test_measures_are_figures_with_their_units():
    figures = find_figures("井深180米，容积200立方米，管网6.5公里，面积1.3万亩，馆藏档案132697卷")
    assert [(f.text, f.kind, f.unit) for f in figures] == [
        ("180米", "count", "米"), ("200立方米", "count", "立方米"), ("6.5公里", "count", "公里"),
        ("1.3万亩", "count", "亩"), ("132697卷", "count", "卷")]
    assert figures[3].value == 13000


def test_a_question_asks_a_measure_with_or_without_its_unit():
    assert asked_unit("管网铺了多少公里？") == "公里"
    assert asked_unit("机井有多深？") == "米"
    assert UNITS.same_quantity("米", "公里") and not UNITS.same_quantity("米", "亩")


def test_a_named_organisation_is_the_reports_subject(services):
    """The court is the report's department: "本年实有人数86人" answers for it without naming it."""
    says(services, "青禾县人民法院实有人数是多少？", "86人")
    says(services, "青禾县人民法院一共设了多少个内设机构？", "12个")


def test_what_is_measured_must_be_in_the_passage(services):
    """Satisfaction is nowhere in the court's report: its 到位率 of 100% is no answer to it."""
    answer = services.ask("青禾县人民法院群众满意度是多少？")
    assert not answer.found, answer.answer


def test_the_asked_part_of_a_sum_not_the_sum(services):
    says(services, "青禾县人民法院2022年本年支出中项目支出是多少？", "540.4万元")


def test_measures_are_answered_in_their_units(services):
    says(services, "石岭乡人饮工程的机井有多深？", "180米")
    says(services, "石岭乡人饮工程铺设管网多少公里？", "6.5公里")


def test_a_form_without_points_is_read_a_line_a_row():
    bound = {(b.row, b.column): b.value for b in read_form(FORM).bindings}
    assert bound[("参训人员就业率", "目标值")] == "60%及以上"
    assert bound[("参训人员就业率", "完成值")] == "58.1%"
    assert bound[("完成2022年技能培训任务", "完成值")] == "764人"


def test_the_value_achieved_answers_not_the_target(services):
    says(services, "技能培训的参训人员就业率实际是多少？", "58.1%")
    says(services, "培训合格率是多少？", "97.2%")


def test_pinyin_printed_after_characters_is_no_part_of_the_words():
    c = clean("2024年農(nóng)機(jī)購置補貼資金合計2089萬元。(a)项")
    assert "2024年农机购置补贴资金合计2089万元。(a)项" in c.text
    start, end = c.raw_span(c.text.index("农机"), c.text.index("农机") + 2)
    assert start < end


def test_a_county_named_in_a_provinces_report_gets_its_own_figure(services):
    """The province's report lists what each county got: the county asked gets its line, never the
    province's total; a county the report does not list gets no figure."""
    says(services, "湖北省农村公路养护补助资金里，宜昌市夷陵区分到多少？", "150万元")
    answer = services.ask("湖北省农村公路养护补助资金里，黄冈市麻城市分到多少？")
    assert "2860万元" not in headline(answer), answer.answer


def test_who_and_which_are_answered_with_the_name(services):
    says(services, "石岭乡人饮工程的资金分配方案由哪个部门牵头提出？", "石岭乡财政所")
    says(services, "石岭乡人饮工程绩效自评工作小组组长是谁？", "李明华")


def test_a_figure_per_person_answers_a_standard_never_a_total(services):
    says(services, "技能培训补贴标准实际是多少？", "1400元/人")
    answer = services.ask("技能培训项目总预算是多少万元？")
    assert "元/人" not in headline(answer), answer.answer


def test_a_target_is_asked_as_what_it_should_reach(services):
    answer = services.ask("技能培训的参训人员就业率要达到多少？")
    assert answer.found and "60%" in headline(answer) and "58.1%" not in headline(answer), answer.answer


def test_a_scanned_forms_run_together_cells_are_set_apart():
    """"维修校舍面积81200平方米1200平方米": 8 points, then 1200平方米 as target and as result."""
    text = clean(SCANNED).text
    assert "维修校舍面积8|1200平方米|1200平方米" in text
    assert "验收合格率5|100%|100%" in text and "维修所需成本10|45万元|45万元" in text
    assert "资金1000万元1000万元" in clean("资金1000万元1000万元").text  # no points: left as written


def test_a_scanned_forms_figures_are_the_cells_not_the_run(services):
    answer = services.ask("白沙市第三中学校舍维修面积是多少？")
    assert answer.found and "1200平方米" in headline(answer) and "81200" not in headline(answer), answer.answer
    answer = services.ask("白沙市第三中学维修所需成本是多少？")
    assert answer.found and "45万元" in headline(answer) and "1045" not in headline(answer), answer.answer


def test_the_item_that_says_what_is_measured_holds_the_figure():
    """Weighed by the question's terms alone, the item naming the project wins; what is measured
    (满意度) decides."""
    from app.answering.evidence import _in_asked_item

    text = "青山村特色农产品加工车间二期建设项目完成预算的100%;使村民满意度达到95%以上"
    figures = find_figures(text)
    at = text.index("特色农产品加工车间")
    name = [(at, at + 9, 5.0)]
    at = text.index("满意度")
    measure = [(at, at + 3, 3.0)]
    assert [f.text for f in _in_asked_item(text, figures, [name, measure])] == ["100%"]
    assert [f.text for f in _in_asked_item(text, figures, [name, measure], measure)] == ["95%"]


def test_the_figure_is_in_the_item_that_says_what_is_measured(services):
    """The project is named in one item, its satisfaction target in the next: 95%, not 完成预算的100%."""
    says(services, "青山镇特色农产品加工车间项目村民满意度要达到多少以上？", "95%")


def test_last_years_figure_in_this_years_report_is_not_this_years(services):
    says(services, "青禾县人民法院2022年一般公共预算财政拨款支出是多少？", "1480.3万元")


def test_money_asked_after_the_interrogative_names_the_quantity_not_the_thing(services):
    """"年末结转多少资金": what is measured is 结转, not the 资金 of the items before it."""
    from app.answering.question import analyse, measured_terms
    from app.index.catalog import Catalog

    measured = [t.word for t in measured_terms(analyse("年末结转多少资金？", Catalog([]))).terms]
    assert "结转" in measured and "资金" not in measured
    measured = [t.word for t in measured_terms(analyse("建了多少个垃圾桶？", Catalog([]))).terms]
    assert measured == ["垃圾桶"]  # a thing counted after the ask is what is measured
    says(services, "青禾县人民法院年末结转多少资金？", "12.3万元")


def test_a_sum_of_money_is_never_answered_with_a_count_nor_a_count_with_money(services):
    answer = services.ask("石岭乡人饮工程总预算是多少万元？")
    assert not any(unit in headline(answer) for unit in ("眼", "座", "米", "亩")), answer.answer
    answer = services.ask("湖北省农村公路养护补助资金下达给了多少个县？")
    assert "万元" not in headline(answer), answer.answer


def test_a_total_keeps_its_word_in_the_label():
    from ingest.labels import prose_label

    assert prose_label("2024年农机购置补贴项目预算资金合计") == "农机购置补贴项目预算资金合计"
    assert prose_label("| ≥") == ""  # a sign names nothing
    assert prose_label("一是政府招标采购种薯425万粒，二是企业自行采购种薯") == "企业自行采购种薯"


def test_a_label_naming_the_reports_place_says_no_more_than_asked():
    from app.answering.labelled import _unasked
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    question = analyse("中央资金实际完成了多少？", Catalog([]))
    assert _unasked("青山市中央资金", question.terms, ["青山市"]).strip() == ""


def test_a_row_named_as_its_project_answers_with_its_result(services):
    """"野生动物救护站" names the project and its form's row; 面积 is what 平方米 measures."""
    says(services, "青石林场野生动物救护站实际建了多大面积？", "312.5平方米")


def test_a_part_of_a_breakdown_by_who_pays_is_not_the_sum():
    from app.answering.evidence import part_of_breakdown

    text = "中央资金完成636.75万元,预算执行率81.97%,省级资金完成288.26万元,预算执行率99.28%。全年执行率92.9%。"
    rates = [f for f in find_figures(text) if f.kind == "rate"]
    assert part_of_breakdown(text, rates[0], "补助资金全年执行率是多少") == "中央"
    assert part_of_breakdown(text, rates[0], "中央资金执行率是多少") == ""  # the part asked
    assert part_of_breakdown(text, rates[2], "补助资金全年执行率是多少") == ""  # the sum, in its own sentence
    one = "中央财政衔接推进乡村振兴补助资金执行率100%。"
    assert part_of_breakdown(one, find_figures(one)[0], "补助资金执行率") == ""  # one source: no breakdown


def test_which_kind_of_organisation_is_asked_as_a_name():
    from app.answering.question import asks_organisation

    assert asks_organisation("食品监管补助资金由局里哪个股负责实施？")
    assert asks_organisation("光辉路工程由哪家公司承建？")
    assert not asks_organisation("哪个项目资金最多？") and not asks_organisation("哪年立项？")


def test_dates_as_published_and_the_fullest_date_answers_when():
    dates = [f.text for f in find_figures("发布时间:2023-09-2615:52，实施期2022年3月-2022年11月") if f.kind == "date"]
    assert dates == ["2023-09-26", "2022年3月-2022年11月"]


def test_when_is_answered_by_the_date_not_the_year_the_question_names(services):
    says(services, "湖北省什么时候下达2022年农村公路危桥改造资金？", "2022年9月")


def test_what_a_question_asks_for_by_its_verbs():
    from app.answering.question import _kinds

    assert _kinds("已数字化加工的档案占馆藏多少？")[0] == "rate"
    assert _kinds("项目占地多少亩？")[0] == "count"
    assert _kinds("光辉路工程已经拨付了多少？")[0] == "amount"
    assert _kinds("推荐的创业人员一共获得了多少万元创业担保贷款？")[0] == "amount"  # 万元 says money
    assert _kinds("马铃薯项目全年执行数是多少？")[0] == "amount"  # a form's money column
    assert [f.text for f in find_figures("采购原原种425万粒")] == ["425万粒"]


def test_a_named_budget_and_a_named_part_are_answered_only_by_their_own_figure(services):
    answer = services.ask("青禾县人民法院年初预算合计是多少？")
    assert "1700万元" not in headline(answer), answer.answer  # a budget, but not said to be 年初预算
    says(services, "青石林场野生动物救护站项目全年执行数是多少？", "38.5万元")
    answer = services.ask("青石林场野生动物救护站项目市级补助资金全年执行数是多少？")
    assert "38.5万元" not in headline(answer), answer.answer  # the whole is no 市级 part
    answer = services.ask("青禾县人民法院中央补助资金是多少？")
    assert not answer.found, answer.answer  # the court's sums are no 中央 part


def test_people_are_counted_in_persons_however_asked():
    from app.answering.question import analyse, asked_unit, unit_fits
    from app.index.catalog import Catalog

    assert asked_unit("自收自支事业人员有几个人？") == "人"
    assert unit_fits(analyse("政务服务中心在编人员有几个？", Catalog([])), "人")
    assert not unit_fits(analyse("受益人群涉及几个嘎查？", Catalog([])), "人")  # 嘎查 are counted


def test_a_forms_total_score_row_gives_its_points_and_its_score():
    form = read_form("一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n产出指标 | 数量指标 | 建成站点 | 10 | 9 |\n"
                     "其他需要说明事项 | 无 | 总分 | 100 | 93.5 | 优 |\n")
    bound = {(b.row, b.column): b.value for b in form.bindings}
    assert bound[("总分", "分值")] == "100" and bound[("总分", "得分")] == "93.5"
    assert not [f for f in form.fields if f.name == "总分"]  # 100 is its points, not its value


def test_the_total_score_is_the_forms_not_a_rows(services):
    """年度资金总额's 得分 scores how the funds were spent; the form's total score is not given."""
    from app.answering.question import _kinds

    assert _kinds("项目自评总分多少？")[0] == "score"
    answer = services.ask("青石林场野生动物救护站项目自评总得分是多少？")
    assert not answer.found, answer.answer


def test_when_a_form_says_it_was_done(services):
    says(services, "青石林场野生动物救护站实际是什么时候完工的？", "2023年10月")


def test_when_the_page_was_published(services):
    says(services, "湖北省农村公路养护补助资金绩效自评报告是哪天发布的？", "2023-03-15")


def test_a_government_by_its_short_name(services):
    says(services, "石岭乡人饮工程是什么时候经县政府批准立项的？", "2022年11月")  # 县政府: 县人民政府


def test_a_share_measures_what_comes_before_its_whole(services):
    from app.answering.question import analyse, measured_terms
    from app.index.catalog import Catalog

    question = analyse("项目支出占本年支出合计的比例是多少？", Catalog([]))
    assert [t.word for t in measured_terms(question).terms] == ["项目支出"]
    says(services, "青禾县人民法院项目支出占本年支出合计的比例是多少？", "35.5%")


def test_a_level_asked_picks_its_own_item(services):
    from app.answering.evidence import _of_asked_level

    text = "目前,省级42项、市级118项审判辅助事项全面承接到位"
    figures = find_figures(text)
    assert [f.text for f in _of_asked_level("省级审判辅助事项有多少项", text, figures)] == ["42项"]
    assert len(_of_asked_level("审判辅助事项有多少项", text, figures)) == 2  # no level asked
    says(services, "青禾县人民法院承接到位的省级审判辅助事项有多少项？", "42项")


def test_a_phrase_said_apart_still_counts_a_little():
    from app.answering.evidence import _PARTS_APART, _match
    from app.answering.question import Term

    term = Term("补助项目", ("补助项目",), ("补助", "项目"))
    assert _match(term, "一线边民补助项目资金")[0] == 1.0
    assert _match(term, "一线边民补助,项目全年预算数78万元")[0] == 0.8  # close together
    assert _match(term, "一线边民补助资金已按计划足额下达,项目全年预算数78万元")[0] == _PARTS_APART
    assert _match(term, "一线边民补助资金")[0] == 0  # a word missing: not said


def test_a_score_asked_with_the_rows_points_given(services):
    """"年度资金总额这项10分，得了几分": 10分 says which row; the score is asked."""
    from app.answering.labelled import _without_given
    from app.answering.question import analyse
    from app.index.catalog import Catalog
    from app.vocab.labels import qualifiers_in

    question = analyse("木材销售收入指标分值6分，实际得了几分？", Catalog([]))
    assert "分值" not in qualifiers_in(_without_given(question))
    assert "得分" in qualifiers_in(_without_given(question))
    says(services, "青石林场野生动物救护站项目年度资金总额这项10分，得了几分？", "9.6")


def test_an_indicators_value_column_holds_whatever_it_measures(services):
    """"年度指标值是多少", "指标完成值是多少" ask a rate, a date or a count alike; "指标" and "自评表"
    name where the figure stands, and a value column the question names wins over one its quoted
    indicator's words ("完工") suggest."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    assert analyse("时效指标“当期完成”的年度指标值是多少？", Catalog([])).kinds[0] == "value"
    says(services, "青石林场救护站项目时效指标“项目完工时限”的年度指标值是多少？", "2023年12月")
    says(services, "青石林场救护站项目圈养围栏指标的实际完成值是多少？", "104米")
    says(services, "石岭乡人饮工程“按时上报资金使用情况”的指标完成值是多少？", "95%")
    says(services, "青石林场救护站项目自评表中，围栏验收合格率指标分值10分，实际得了几分？", "8")
    says(services, "青石林场救护站项目自评表中，年度资金总额这一栏的得分是多少？", "9.6")


def test_a_whole_asked_is_the_figure_the_report_breaks_down(services):
    """"收入合计" of "本年收入1602.8万元，其中…": the figure before its parts is the whole."""
    says(services, "青禾县人民法院本年收入合计是多少？", "1602.8万元")


def test_what_the_asker_sets_aside_is_no_term(services):
    """"在职人员（不是实有人数）": the bracket says what is not meant; it is not asked for."""
    from app.answering.question import meant

    assert "实有" not in meant("在职人员（不是实有人数）有多少？") and "在职人员" in meant("在职人员，而不是实有人数，有多少？")
    says(services, "青禾县人民法院在职人员（不是实有人数）有多少人？", "80人")


def test_the_thing_asked_not_the_way_it_is_asked_names_the_concept(services):
    """"事业编制有几个人": 编制 is asked, "有几个人" only asks it; the staff actually there are another figure."""
    says(services, "青禾县人民法院事业编制有几个人？", "4人")


def test_a_provinces_own_department_is_the_place_it_names(services):
    """"湖北省财政厅厅机关…" asks the report of 湖北省财政厅, a province's department: the province
    scopes the question, and the name read too long (厅厅) still finds its organisation."""
    from app.answering.question import analyse

    question = analyse("湖北省财政厅厅机关2022年下达危桥改造资金多少？", services.index.catalog)
    assert (question.doc_ids, question.regions, question.missing) == (["province"], ["湖北省"], [])
    says(services, "湖北省财政厅2022年下达危桥改造资金多少？", "1200万元")


def test_a_parts_figure_is_the_first_of_its_kind_after_its_name(services):
    """"省级补助120万元" is the 省级 part's: never the 全年执行数; the bare rate after the values is the
    project's, said without a rate word after the part's name."""
    answer = services.ask("青松县玉米良种推广项目全年执行数是多少？")
    assert "120万元" not in headline(answer), answer.answer
    says(services, "青松县玉米良种推广项目资金执行率是多少？", "80.4%")


def test_who_pays_is_read_as_a_word_in_a_run_of_words():
    """"资金中旗县财政资金" names the part 旗县 pays: tokenised 中 + 旗县, not 中旗 + 县."""
    from app.core.tokenize import words

    assert "旗县" in words("就业补助资金中旗县财政资金实际执行了多少万元")
    assert "盟市" in words("盟市财政资金的全年执行数")


def test_a_forms_field_is_answered_whatever_its_value_looks_like(services):
    """"联系电话是多少" asks a field of the form's head, not a count."""
    says(services, "青石林场救护站项目自评表上留的联系电话是多少？", "6612345")


def test_a_shared_short_name_is_the_place_the_library_has_reports_of():
    """"邵阳" is short for 邵阳市 and 邵阳县: unread alone, read as the one with a report."""
    from app.core.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    assert not gazetteer.find("邵阳疾控中心")
    assert [m.place.name for m in gazetteer.prefer(frozenset({"邵阳市"})).find("邵阳疾控中心")] == ["邵阳市"]


def test_money_given_is_asked_in_any_wording(services):
    """"给了多少钱" asks the money a payer gave, however the report words it (下达…资金)."""
    says(services, "湖北省农村公路养护补助资金，省财政厅给了多少钱？", "2860万元")


def test_which_ones_asks_for_the_things_not_their_number(services):
    """"分成哪几大部分" names the parts; its 几 counts nothing, so 100分 is no answer."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    assert analyse("绩效评价指标分成哪几大部分？", Catalog([])).kinds == ("other",)
    answer = services.ask("石岭乡人饮工程绩效评价指标分成哪几大部分？")
    assert answer.found and "项目决策、项目过程" in answer.answer, answer.answer


def test_small_counts_in_words_are_figures():
    """"涉及三个嘎查", "新建两座水塔": counts; an ordinal (第三个), a phase (二期), a list opener (二是)
    and a plan's name (十四五) are none."""
    counts = [(f.text, f.value, f.unit) for f in find_figures("涉及三个嘎查，新建两座水塔，设二十三个科室")]
    assert counts == [("三个", 3, "个"), ("两座", 2, "座"), ("二十三个", 23, "个")]
    assert not find_figures("第三个，加工车间二期，二是加强管理，十四五规划，三公经费")


def test_a_cells_heading_says_plan_or_done(services):
    """"完成…1200卷" under 预期目标 is the plan, however its sentence reads; under 实际完成情况, what was done."""
    says(services, "青河县档案馆2023年实际接收进馆档案多少卷？", "1350卷")
    says(services, "青河县档案馆2023年预期接收进馆档案多少卷？", "1200卷")


def test_how_high_asks_a_height_unless_a_rate_is_asked(services):
    """"水塔多高" is answered in 米, never by "1座"; "满意度有多高" still asks the rate."""
    says(services, "石岭乡人饮工程新建的水塔多高？", "25米")
    says(services, "石岭乡人饮工程受益群众满意度有多高？", "96%")


def test_a_part_listed_after_the_figure_is_not_what_it_counts(services):
    """"有人员编制98名，其中：…青禾人民法庭": 98名 is the court's whole, never the 法庭's own."""
    answer = services.ask("青禾县人民法院下属的青禾人民法庭有多少人员编制？")
    assert "98名" not in headline(answer), answer.answer
    answer = services.ask("石岭乡人饮工程配套经费里水塔建设的安排数是多少？")
    assert "60万元" not in headline(answer), answer.answer


def test_a_loaded_places_name_is_no_slip_for_another():
    """"青禾人民法庭" with 青禾县 and 青河县 both loaded: 青禾 is a name, not 青河 mistyped."""
    from app.core.soundalike import slips

    names = ["青禾县", "青禾", "青河县", "青河"]
    assert not slips("青禾县人民法院下属的青禾人民法庭", names, [(0, 3)])
    assert [s.name for s in slips("青和县人民法院", ["青河县", "青河"])] == ["青河县"]


def test_the_years_rate_is_a_rate_not_what_was_spent():
    """"全年执行率" asks the rate (执行率), not the year's spending (全年执行)."""
    from app.vocab.labels import qualifiers_in

    assert qualifiers_in("补助资金全年执行率是多少") == ("执行率",)
    assert qualifiers_in("补助资金全年执行了多少") == ("执行",)


def test_a_parts_figure_is_labelled_with_its_part(services):
    """"中央资金完成1500万元，预算执行率93.8%": the rate is 中央资金's, answering only a question that
    names 中央; the sum's own rate and spending answer the rest, "资金" naming no figure by itself."""
    says(services, "湖北省农村公路养护补助资金全年执行率是多少？", "94.4%")
    says(services, "湖北省农村公路养护补助资金里中央资金的执行率是多少？", "93.8%")
    says(services, "湖北省农村公路养护补助资金全年一共执行了多少钱？", "2700万元")


def test_which_document_is_answered_with_its_title_or_number(services):
    from app.answering.question import _kinds
    from app.core.documents import references

    assert [r.text for r in references("按照《资金管理办法》(川财行2020〕189号)")] == ["《资金管理办法》", "川财行2020〕189号"]
    assert _kinds("绩效自评是按照哪个资金管理办法开展的？") == ("other",)  # a document, though 资金 is in it
    says(services, "青山镇开展绩效自评的通知文号是什么？", "青财发〔2024〕12号")
    answer = services.ask("青山镇的绩效自评是依据青山县财政局哪个文件开展的？")
    assert answer.found and "《青山县财政局关于开展2023年度转移支付绩效自评工作的通知》" in answer.answer, answer.answer


def test_a_library_rebuilt_for_a_new_embedder_keeps_to_its_own_files(tmp_path):
    """A library built from a department's own folder is re-read from that folder when it is stale;
    the bundled corpus is the default only for an empty library."""
    from app.core.settings import Settings
    from app.services import Services
    from ingest.index import ingest

    own, bundled = tmp_path / "own", tmp_path / "bundled"
    own.mkdir()
    bundled.mkdir()
    (own / "court.txt").write_text(COURT, encoding="utf-8")
    (bundled / "project.txt").write_text(PROJECT, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path, corpus_dir=bundled, retrieval_mode="bm25")
    assert ingest([own], settings, HashEmbeddings(), progress=False).ok

    class OtherEmbeddings(HashEmbeddings):
        model_id = "hash-test-2"

    services = Services(settings, embeddings=OtherEmbeddings())
    try:
        services.ensure_index(progress=False)
        assert [Path(s).name for s in services.index.store.sources().values()] == ["court.txt"]
    finally:
        services.close()


def test_a_rate_asked_has_no_fallback_to_the_money_its_topic_names():
    from app.answering.question import _kinds

    assert _kinds("青山镇衔接资金项目受益群众满意度是多少？") == ("rate",)
    assert _kinds("青山镇项目资金执行率具体是多少？") == ("rate",)
    assert _kinds("青山镇无人机覆盖了全镇多少个村？")[0] == "count"  # the unit asked beats the rate word


def test_the_askers_own_word_for_a_concept_is_matched_as_written():
    from app.answering.question import _terms

    terms, _ = _terms("三保支出里在编人员工资用了多少")
    wages = next(t for t in terms if "人员经费" in t.forms)
    assert wages.forms[0] == "人员工资"  # a report may write it so, as well as 人员经费


def _report(raw: str):  # noqa: ANN202 - a Report, imported lazily as the tests below do
    from app.core.records import Report
    from ingest.chunk import chunk_text
    from ingest.metadata import extract_metadata

    c = clean(raw)
    return Report("t", "t.txt", "0", raw, extract_metadata(c.text, raw=raw), c, chunk_text(c, "t"))


def _labels(raw: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(label, figure) → qualifiers of every prose figure of a report written as raw."""
    from ingest.labels import extract_labels

    return {(f.label, f.value_text): f.qualifiers for f in extract_labels(_report(raw))}


def test_a_plan_and_what_was_spent_said_side_by_side_keep_their_own_qualifiers():
    labels = _labels("三、项目执行情况\n（一）防雹作业经费，预算46.00万元，支出45.12万元，执行率98.09%。\n")
    assert "预算" in labels[("预算", "46.00万元")] and "预算" not in labels[("支出", "45.12万元")]


def test_a_label_ending_in_a_word_is_not_cut_at_a_connecting_character():
    labels = _labels("二、完成情况\n完成年度审计计划23个，其中综合审计6个，政府投资审计16个；在职职工共有12人。\n")
    assert {("综合审计", "6个"), ("政府投资审计", "16个"), ("在职职工", "12人")} <= set(labels)


def test_a_label_said_after_a_years_name_starts_after_it():
    labels = _labels("二、收入情况\n2023年度收入合计18642.37万元，较上年增加1433.46万元。\n")
    assert ("收入合计", "18642.37万元") in labels


def test_a_quoted_word_is_part_of_its_label():
    labels = _labels("二、支出情况\n“三公”经费支出18.42万元，较上年下降12.49%。\n")
    assert ("三公经费支出", "18.42万元") in labels


def test_how_a_date_is_asked_is_no_term():
    from app.answering.question import _terms

    assert "哪年哪月" not in {t.word for t in _terms("数字化加工项目是哪年哪月开始启动的")[0]}


def test_last_year_said_before_a_bracket_still_makes_the_figure_last_years():
    labels = _labels("二、执行情况\n上年（2023年）全年支出1720.45万元，本年同比增长12.30%。\n")
    assert "上年" in labels[("全年支出", "1720.45万元")]


def test_reached_is_how_a_figure_is_asked_not_what_it_measures():
    from app.answering.question import _terms

    assert "达到" not in {t.word for t in _terms("疫木除治合格率实际达到多少")[0]}


def test_a_subsidy_asked_is_money_unless_its_unit_says_otherwise():
    from app.answering.question import _kinds

    assert _kinds("青山县法援项目中央补助多少？")[0] == "amount"
    assert _kinds("青山县补助对象多少人？")[0] == "count"


def test_last_year_is_one_word_to_the_tokenizer():
    from app.answering.question import _terms

    assert [t.word for t in _terms("上年收入是多少")[0]] == ["上年", "收入"]


def test_a_short_place_name_opening_a_librarys_department_is_its_place():
    """A library's departments are words to the tokenizer; "宁夏" opening "宁夏职业技术学院" is then not
    half of a word but the place it is in. A short word of the dictionary that a place opens
    ("中山大学", not in 中山市) stays no place."""
    from app.core.gazetteer import default_gazetteer
    from app.core.tokenize import add_words

    add_words(["宁夏职业技术学院"])
    found = default_gazetteer().find("宁夏职业技术学院这个项目上年结转资金多少？")
    assert [m.place.name for m in found] == ["宁夏回族自治区"]
    assert not default_gazetteer().find("中山大学的项目")


def test_a_separated_rows_empty_cell_keeps_its_column():
    """"上年结转资金\\t\\t158.00\\t158.00": the tab-separated row keeps its empty 年初预算数 cell, so its
    values are the 全年预算数 and 全年执行数, not the 年初预算数 and 全年预算数."""
    text = ("项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t1200.00\t1358.00\t1322.64\t10\t97.40%\t9.7\n"
            "上年结转资金\t\t158.00\t158.00\t—\t—\t—\n"
            "| 其他资金 | | 12.00 | 11.00 | — | — | — |\n")
    bound = {(b.row, b.column): b.value for b in read_form(text).bindings}
    assert bound[("上年结转资金", "全年预算数")] == "158.00"
    assert bound[("上年结转资金", "全年执行数")] == "158.00"
    assert ("上年结转资金", "年初预算数") not in bound


def _table_cells(raw: str) -> dict[tuple[str, str], str]:
    """(row label, column) → value of every table cell extract_labels reads from a report written as raw."""
    from ingest.labels import extract_labels

    return {(f.label, f.column): f.value_text for f in extract_labels(_report(raw)) if f.column}


def test_a_tables_cells_are_labelled_by_row_and_column_whatever_its_headings():
    """Any table (its headings not a form's: 调整后预算, 实际支出, 执行数) gives each figure its row's label
    and its column; a row's number is no value, and no heading ending its line takes the next row's
    number as its value."""
    raw = ("青禾县医疗保障局2024年度部门整体支出绩效自评报告\n二、预算执行情况\n单位：万元\n"
           "项目\t年初预算\t调整后预算\t实际支出\t执行率\n合计\t1,046.82\t1,173.40\t1,128.95\t96.21%\n"
           "基本支出\t612.35\t628.90\t627.44\t99.77%\n（二）主要项目执行情况\n"
           "\t项目名称\t预算数\t执行数\n1\t医保基金监管专项经费\t126.00万元\t118.72万元\n"
           "2\t医保信息化平台运维经费\t208.00万元\t179.29万元\n")
    cells = _table_cells(raw)
    assert cells[("基本支出", "调整后预算")] == "628.90万元"
    assert cells[("合计", "执行率")] == "96.21%"
    assert cells[("医保信息化平台运维经费", "执行数")] == "179.29万元"
    assert not [k for k, v in cells.items() if v in ("1", "2")]


def test_an_autonomous_county_is_named_by_its_short_name_and_level():
    """"长白县" is 长白朝鲜族自治县 as the county itself is called; so is "恩施州" its prefecture, and the
    county named so opens an organisation's name ("长白县公安局")."""
    from app.core.gazetteer import default_gazetteer

    g = default_gazetteer()
    assert [(m.text, m.place.name) for m in g.find("长白县残联2023年预算")] == [("长白县", "长白朝鲜族自治县")]
    assert [(m.text, m.place.name) for m in g.find("长白县公安局")] == [("长白县", "长白朝鲜族自治县")]
    assert [m.place.name for m in g.find("恩施州财政局")] == ["恩施土家族苗族自治州"]


def test_an_autonomous_units_short_name_is_all_before_its_peoples_and_a_banner_is_named_without_qi():
    """The short form of "喀喇沁左翼蒙古族自治县" is 喀喇沁左翼 (not "喀喇": 沁左翼蒙古 is no people), of
    "黔西南布依族苗族自治州" 黔西南 (not 黔西, which is 黔西市); "喀喇沁" is 喀喇沁旗; "新疆" its region."""
    from app.core.gazetteer import default_gazetteer, short_name

    assert short_name("喀喇沁左翼蒙古族自治县") == "喀喇沁左翼"
    assert short_name("黔西南布依族苗族自治州") == "黔西南"
    assert short_name("新疆维吾尔自治区") == "新疆"
    g = default_gazetteer()
    assert [m.place.name for m in g.find("喀喇沁那边供水维修项目")] == ["喀喇沁旗"]
    assert [m.place.name for m in g.find("伊金霍洛教育局")] == ["伊金霍洛旗"]
    assert [m.place.name for m in g.find("黔西南州财政局和黔西市财政局")] == ["黔西南布依族苗族自治州", "黔西市"]
    assert [m.place.name for m in g.find("新疆玛纳斯县")] == ["新疆维吾尔自治区", "玛纳斯县"]


def test_a_bracketed_word_inside_a_label_is_part_of_it():
    from ingest.labels import prose_label

    assert prose_label("其中日常养护支出214万元，路面修复（中修）支出") == "路面修复（中修）支出"
    assert prose_label("上年（2023年）全年支出") == "全年支出"  # a year in brackets cuts, as before


def test_what_is_measured_is_the_last_words_before_the_ask_back_to_whose_it_is():
    """"…林场防火道项目受益农户满意度" measures the farmers' satisfaction: a passage that says only 项目
    (项目竣工验收率 100%) does not say it."""
    from app.answering.question import analyse, measured_terms
    from app.index.catalog import Catalog

    question = analyse("黑嘴子国有林场防火道维修项目受益农户满意度实际是多少？", Catalog([]))
    measured = [t.word for t in measured_terms(question).terms]
    assert "满意度" in measured and not {"项目", "林场", "国有", "防火道"} & set(measured), measured


def test_a_phrase_naming_the_project_is_whose_not_what_is_asked():
    """"…食品安全监督抽检项目负责人是谁": 负责人 is asked; "监督抽检项目" says whose (the report's project)."""
    from app.answering.evidence import refine_terms
    from app.answering.question import analyse, measured_terms
    from app.index.catalog import Catalog

    question = analyse("兴安县学生饮用奶监督抽检项目负责人是谁？", Catalog([]))
    refine_terms(question, lambda w: int(w == "监督抽检项目"))  # the reports say 监督抽检项目
    assert "监督抽检项目" in [t.word for t in question.terms]
    assert [t.word for t in measured_terms(question).terms] == ["负责人"]


def test_words_of_policy_are_no_places_and_a_shared_short_name_is_the_librarys_place():
    """"惠民活动", "惠农补贴", "安居工程" name no county (惠民县, 惠农区, 安居区); "五华", which 五华县 and
    昆明's 五华区 share, is the one the library has a report of."""
    from app.core.gazetteer import default_gazetteer

    g = default_gazetteer()
    assert not g.find("群众文化惠民活动、惠农补贴和安居工程")
    assert not g.find("五华文化馆")  # two places share it: neither, without a library
    assert [m.place.name for m in g.prefer(frozenset({"五华县"})).find("五华文化馆")] == ["五华县"]


def test_a_bare_sum_in_a_listed_item_is_that_items_not_the_whole():
    """"重点项目：就业补助资金预算3280.00万元，支出3196.58万元；创业担保贷款贴息预算980.00万元，支出943.71万元。":
    each bare 支出 is its item's spending, neither the budget nor the department's."""
    from app.vocab.labels import classes
    from ingest.labels import extract_labels

    text = ("青禾县人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、部门收支情况\n"
            "支出合计6695.37万元。重点项目：就业补助资金预算3280.00万元，支出3196.58万元；"
            "创业担保贷款贴息预算980.00万元，支出943.71万元。\n")
    labels = extract_labels(_report(text))
    spent = {f.value_text: f for f in labels if f.label == "支出"}
    assert spent["3196.58万元"].subject == "就业补助资金" and spent["943.71万元"].subject == "创业担保贷款贴息"
    assert "plan" not in classes(spent["3196.58万元"].qualifiers)


def test_the_whole_years_spending_is_asked_in_any_of_its_wordings():
    """"总支出" is worded "支出合计" or "支出总额" by many reports, and so is "总收入"."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    forms = {f for t in analyse("通渭县职业中学2023年总支出多少？", Catalog([])).terms for f in t.forms}
    assert {"总支出", "支出合计", "支出总额"} <= forms
    forms = {f for t in analyse("收入总额是多少", Catalog([])).terms for f in t.forms}
    assert {"总收入", "收入合计"} <= forms


def test_events_and_cases_are_counted_and_an_aside_is_no_label():
    from ingest.labels import prose_label

    found = [(f.text, f.kind) for f in find_figures("全年发生森林火灾2起，较上年减少3起；完成白内障复明手术120例")]
    assert found == [("2起", "count"), ("3起", "count"), ("120例", "count")]
    assert prose_label("其中：文艺演出38.56万元，非遗保护传承（含山歌培训）") == "非遗保护传承"


def test_a_project_reports_figure_never_answers_for_the_departments_whole():
    """"部门整体支出绩效自评得分" is not "本项目自评得分91分"; a report with no title whose body says
    部门整体 is the department's."""
    from app.answering.evidence import Evidence, score_evidence
    from app.answering.question import analyse
    from app.core.records import Chunk, ReportMeta
    from app.index.catalog import Catalog
    from ingest.metadata import extract_metadata

    text = "五、自评结果\n本项目自评得分91分，等级“优”。"
    chunk = Chunk("c", "p", 0, "五、自评结果", text, 0, len(text), 0, len(text))
    meta = ReportMeta(department="青禾县水利局", region="青禾县", city="", admin_level="县", year=2022,
                      filing_date=None, title="项目绩效自评报告", kind="项目")
    asked = analyse("青禾县水利局2022年部门整体支出绩效自评得分多少？", Catalog([]))
    ev = Evidence(chunk, 0, len(text), text)
    score_evidence(ev, asked, {t.word: 1.0 for t in asked.terms}, meta, 1.0)
    assert any("project" in p for p in ev.problems)
    body = "一、部门基本情况\n我局负责全县项目建设、项目审批和项目监管。\n五、结论\n我局2022年度部门整体支出绩效自评得分94分。\n"
    assert extract_metadata(clean(body).text, name="r.txt", raw=body).kind == "部门整体"


def test_the_boilerplate_keeps_what_its_total_sums():
    """"部门整体支出总额": 部门整体支出 is the kind of report, but 支出 is what 总额 totals."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    forms = {f for t in analyse("桃源县2022年部门整体支出总额是多少？", Catalog([])).terms for f in t.forms}
    assert "支出合计" in forms and "总额" not in {t.word for t in analyse("部门整体支出总额", Catalog([])).terms}


def test_a_project_named_on_a_line_of_the_opening_names_the_report():
    """A report titled only "项目绩效自评报告" is named by its "项目名称：…" line, as a form's field names
    one: "农村饮水安全巩固提升工程的项目负责人是谁" asks that report's 负责人."""
    from app.answering.question import Term
    from app.answering.scope import Scope, names_report
    from app.core.records import ReportMeta

    meta = ReportMeta(department="青禾县水利局", region="青禾县", city="", admin_level="县", year=2022,
                      filing_date=None, title="项目绩效自评报告", kind="项目")
    text = "一、项目基本情况\n项目名称：2022年农村饮水安全巩固提升工程\n项目负责人：钟某\n"
    scope = Scope.of_report(meta, "", text)
    assert names_report(Term("饮水安全巩固", ("饮水安全巩固",)), scope)


def test_a_longer_name_of_the_row_of_the_whole_is_the_row_of_the_whole():
    text = ("预算资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "部门预算资金总额\t412.36\t468.90\t455.72\t10\t97.19%\t9.7\n"
            "财政拨款\t412.36\t458.90\t445.12\t—\t97.00%\t—\n")
    rows = {(b.row, b.column): b.total for b in read_form(text).bindings}
    assert rows[("部门预算资金总额", "全年执行数")] and not rows[("财政拨款", "全年执行数")]


def test_households_asked_are_counted_not_paid():
    """"耕地地力保护补贴惠及多少农户" counts households (2.37万户), not the subsidy's 2413.56万元; asked
    "多少钱给农户" it is money."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    asked = analyse("青禾县耕地地力保护补贴惠及多少农户？", Catalog([]))
    assert asked.unit == "户" and asked.kinds[0] == "count"
    assert asked_unit("帮扶了多少贫困户") == "户" and asked_unit("发了多少钱给农户") == ""


def test_a_stock_as_of_a_date_answers_a_question_naming_no_year():
    """"截止2016年10月底，馆藏档案155个全宗" in a 2017 report is the latest count it gives: it answers
    "馆藏档案有多少个全宗"; a question asking 2017's own count is not answered by it."""
    from app.answering.evidence import Evidence, score_evidence
    from app.answering.question import analyse
    from app.core.records import Chunk, ReportMeta
    from app.index.catalog import Catalog

    text = "截止2016年10月底，青禾市档案馆馆藏档案155个全宗，馆藏资料合计共3200卷。"
    chunk = Chunk("c", "p", 0, "一、项目基本情况", text, 0, len(text), 0, len(text))
    meta = ReportMeta(department="青禾市档案局", region="青禾市", city="", admin_level="市", year=2017,
                      filing_date=None, title="青禾市档案局2017年度项目绩效自评报告", kind="项目")
    problems = {}
    for asked in ("青禾市档案馆馆藏档案有多少个全宗？", "青禾市档案馆2017年馆藏档案有多少个全宗？"):
        question = analyse(asked, Catalog([]))
        ev = Evidence(chunk, 0, len(text), text)
        score_evidence(ev, question, {t.word: 1.0 for t in question.terms}, meta, 1.0)
        problems[asked] = ev.problems
    assert problems["青禾市档案馆馆藏档案有多少个全宗？"] == []
    assert "the figure is for another year" in problems["青禾市档案馆2017年馆藏档案有多少个全宗？"]


def test_a_tables_rows_are_named_by_the_column_that_tells_them_apart():
    """"民办" on every row is the rows' kind, not their name: each is named by its 培训机构; a table right
    below another, with a header of its own, is read by that header, its counting columns in 人."""
    raw = ("青禾县人社局2021年护工培训项目绩效自评报告\n"
           "指标名称 | 目标值 | 完成值 |\n培训人次 | 200人次 | 215人次 |\n"
           "序号 | 学校性质 | 培训机构 | 培训人数 | 合格人数 |\n"
           "1 | 民办 | 青禾县阳光职业培训学校 | 120 | 118 |\n"
           "2 | 民办 | 青禾县启航职业培训学校 | 96 | 90 |\n")
    cells = _table_cells(raw)
    assert cells[("青禾县启航职业培训学校", "合格人数")] == "90人"
    assert cells[("培训人次", "完成值")] == "215人次"
    assert not [k for k in cells if k[0] == "民办"]


def test_a_numbered_items_later_sentences_are_its_own_and_a_score_is_asked_as_got():
    """"2、…交易市场建设项目，…。第三方机构最终绩效评价总得分为90.76分": the score is that item's, in
    a later sentence of its paragraph; its name may hold a comma; "为" after 得分 connects; and
    "得了多少分" asks that 得分, whatever 最终 and 绩效 add."""
    from app.answering.labelled import choose
    from app.answering.question import analyse
    from app.answering.scope import Scope
    from app.index.catalog import Catalog
    from ingest.labels import extract_labels

    raw = ("青禾县2021年重点项目绩效评价报告\n"
           "1、石岭乡农田道路建设项目，铺建砂石路11公里。2021年下达资金197万元。第三方机构最终绩效评价总得分为91.8分，评价等级为优秀。\n"
           "2、石岭乡北村村内干道,巷道路面硬化建设项目,修建道路5.7公里。2021年下达资金300万元。第三方机构最终绩效评价总得分为90.36分。\n")
    figures = [f for f in extract_labels(_report(raw)) if f.kind == "score"]
    assert [(f.label, f.value_text, f.subject) for f in figures] == [
        ("第三方机构最终绩效评价总得分", "91.8分", "石岭乡农田道路建设项目"),
        ("第三方机构最终绩效评价总得分", "90.36分", "石岭乡北村村内干道,巷道路面硬化建设项目"),
    ]
    scope = {"t": Scope.of("青禾县2021年重点项目绩效评价报告 青禾县", raw[:40])}
    asked = analyse("石岭乡北村巷道路面硬化项目第三方评价得了多少分？", Catalog([]))
    asked.doc_ids, asked.scope_years = ["t"], {"t": 2021}
    choice = choose(asked, figures, scope)
    assert choice is not None and choice.figure.value_text == "90.36分"


def test_a_date_is_of_the_event_its_clause_says():
    """"经县人民政府2019年5月批准立项，同意启动该项工作。该项目自2020年3月启动以来…": asked when it
    启动, 2019年5月 is the date of 批准立项, 2020年3月 the answer; a field's date ("日期：2022-04-06")
    is what its field says."""
    from app.answering.evidence import Evidence, score_evidence
    from app.answering.question import analyse
    from app.core.records import Chunk, ReportMeta
    from app.index.catalog import Catalog

    meta = ReportMeta(department="青禾县档案局", region="青禾县", city="", admin_level="县", year=2021,
                      filing_date=None, title="青禾县档案局2021年度项目绩效自评报告", kind="项目")
    asked = analyse("青禾县档案数字化加工项目是什么时候启动的？", Catalog([]))

    def scored(text: str) -> Evidence:
        chunk = Chunk("c", "p", 0, "一、项目基本情况", text, 0, len(text), 0, len(text))
        ev = Evidence(chunk, 0, len(text), text)
        score_evidence(ev, asked, {t.word: 1.0 for t in asked.terms}, meta, 1.0)
        return ev

    first = "档案数字化加工项目，经县人民政府2019年5月批准立项，同意启动该项工作。"
    assert "the date is of another event" in scored(first).problems
    both = scored(first + "该项目自2020年3月启动以来，已完成加工120万页。")
    assert both.figure is not None and both.figure.text == "2020年3月" and not both.problems
    field = scored("日期：2022-04-06 | 按照有关要求，现将档案数字化加工项目自评情况公开如下：")
    assert "the date is of another event" not in field.problems


def test_a_payers_part_asked_is_money_and_a_joiner_ends_no_term():
    """"省级财政给了多少" asks the province's part of the funds (money, not a count); in "重大公卫及重大
    传染病防治项目" 及 joins two names: the term is 公卫 (普及 stays a word)."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    asked = analyse("青禾疾控2021年重大公卫及重大传染病防治项目里省级财政给了多少？", Catalog([]))
    assert asked.kinds[0] == "amount"
    assert "公卫" in {t.word for t in asked.terms} and "公卫及" not in {t.word for t in asked.terms}
    assert "涉及" in {t.word for t in analyse("青禾县涉及农户多少户？", Catalog([])).terms}  # a word of its own


def test_the_spending_said_after_an_items_plan_is_what_was_done():
    """"（二）非遗保护传承经费预算28.00万元，支出27.15万元": the bare 支出 is the item's spending done,
    so "实际支出多少" is answered by it; 到位 after the plan is no spending."""
    labels = _labels("青禾旗文化馆2023年度部门整体支出绩效自评报告\n二、项目支出情况\n"
                     "（二）非遗保护传承经费预算28.00万元，支出27.15万元。\n"
                     "（三）文化下乡经费预算12.00万元，到位12.00万元。\n")
    assert labels[("支出", "27.15万元")] == ("执行",)
    assert "执行" not in labels[("到位", "12.00万元")]


def test_the_other_sum_of_last_years_item_is_last_years():
    labels = _labels("青禾县交警大队监控运维项目支出绩效自评报告\n二、资金使用情况\n"
                     "全年支出1187.52万元，执行率94.25%。上年（2022年）该项目预算1100.00万元，支出1043.80万元。\n")
    assert "上年" in labels[("支出", "1043.80万元")] and "上年" not in labels[("全年支出", "1187.52万元")]


def test_a_change_asked_against_last_year_is_the_change_said_of_the_sum_named_before_it():
    """"支出合计3,389.12万元，较上年增加187.36万元，增长5.85%": the change and its rate are 支出合计's;
    "比去年多花了多少" asks a change (not last year's level), "百分之几" is how a rate is asked."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog
    from app.vocab.labels import classes, qualifiers_in

    labels = {(f.label, f.value_text): f.subject for f in __import__("ingest.labels", fromlist=["x"]).extract_labels(
        _report("青禾镇2023年度部门整体支出绩效自评报告\n二、收支情况\n"
                "支出合计3,389.12万元，较上年增加187.36万元，增长5.85%。其中基本支出1,462.30万元。\n"))}
    assert labels[("较上年增加", "187.36万元")] == "支出合计" and labels[("增长", "5.85%")] == "支出合计"
    assert labels[("基本支出", "1,462.30万元")] == ""
    assert "change" in classes(qualifiers_in("2022年比去年多花了多少钱"))  # 多花: spent more, a change
    assert "prior" not in classes(qualifiers_in("2022年比去年多花了多少钱"))
    asked = analyse("青禾镇2023年支出合计比上年增长了百分之几？", Catalog([]))
    assert not [t.word for t in asked.terms if t.word.startswith("百分")]


def test_a_forms_total_row_and_its_indicator_rows_are_read_by_their_own_headings():
    """Under the money rows ("金额单位：万元"), a row of the form's indicator headings starts a table of
    its own: its 0 is no 0万元; the last row "合计 | 100 | 95.59", its cells merged, gives its points
    under 分值 and 得分."""
    raw = ("青禾县文旅局2022年度部门整体支出绩效自评报告\n金额单位：万元\n"
           "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
           "年度资金总额\t2180.50\t2646.32\t2538.07\t10\t95.91%\t9.59\n"
           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
           "产出指标\t质量指标\t文物安全事故发生次数\t0\t0\t10\t10\n"
           "合计\t100\t95.59\n")
    text = clean(raw).text
    assert "文物安全事故发生次数\t0\t0\t10\t10" in text and "2538.07万元" in text  # the money rows keep 万元
    cells = _table_cells(raw)
    assert cells[("合计", "得分")] == "95.59" and cells[("合计", "分值")] == "100"


def test_an_execution_rate_is_no_completion():
    """执行率 is how much of the budget was spent: "实际完成97.2%" (a satisfaction achieved) and 完成率 (a
    task's) are no wording of it; 完成率 asked still accepts them."""
    from app.answering.question import analyse
    from app.index.catalog import Catalog

    forms = {f for t in analyse("青禾县农村危房改造资金执行率是多少？", Catalog([])).terms for f in t.forms}
    assert "执行率" in forms and not {"完成", "完成率"} & forms
    forms = {f for t in analyse("青禾县危房改造任务完成率是多少？", Catalog([])).terms for f in t.forms}
    assert "完成率" in forms


def test_a_numbered_item_named_in_a_sentence_of_its_own_owns_the_sentences_after_it():
    labels = {(f.label, f.value_text): f.subject for f in __import__("ingest.labels", fromlist=["x"]).extract_labels(
        _report("青禾镇2023年度农村人居环境整治项目资金绩效自评报告\n一、基本情况\n"
                "4个项目共支付资金408.1万元，支付率95.31%。\n"
                "3.茶山村村内道路硬化项目。硬化村内道路2.85公里。安排资金142万元，支付128.3万元，支付率90.35%。\n"))}
    assert labels[("支付率", "90.35%")] == "茶山村村内道路硬化项目" and labels[("支付率", "95.31%")] == ""
