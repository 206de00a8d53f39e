"""Answers from reports unlike the bundled five: a court, a township project, a form without points,
a web page with pinyin. The reports are written for these tests in the forms real ones take."""

from __future__ import annotations

import pytest

from app.answering.question import asked_unit
from app.core.numbers import find_figures
from app.vocab.units import UNITS
from ingest.clean import clean
from ingest.forms import read_form
from tests.conftest import HashEmbeddings

COURT = """青禾县人民法院2022年度部门整体支出绩效自评报告
一、部门基本情况
我院共设有12个内设机构。本年实有人数86人，其中在职人员80人。
二、预算执行情况
本年支出合计1520.6万元，其中基本支出980.2万元，项目支出540.4万元。
项目资金到位率100%，预算执行率98.5%。
"""

PROJECT = """石岭乡2023年人饮工程项目绩效自评报告
项目主管部门：石岭乡人民政府
一、项目完成情况
新建机井2眼，井深180米；新建蓄水池1座，容积200立方米；铺设管网6.5公里，新增灌溉面积1.3万亩。
二、组织实施
资金分配方案由石岭乡财政所牵头提出，会同乡农业综合服务中心审核后报乡人民政府审定。
绩效自评工作小组组长：李明华，副组长：王芳。
"""

PROVINCE = """湖北省2022年农村公路养护补助资金绩效自评报告
一、资金下达情况
2022年6月，省财政厅下达农村公路养护补助资金共计2860万元，其中武汉市江夏区320万元，宜昌市夷陵区150万元，襄阳市枣阳市210万元。
"""

FORM = """2022年度项目支出绩效自评表
一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |
产出指标 | 数量指标 | 完成2022年技能培训任务 | 800人 | 764人 |
| 质量指标 | 培训合格率 | 95% | 97.2% |
| 成本指标 | 技能培训补贴标准 | 1500元/人 | 1400元/人 |
效益指标 | 社会效益 | 参训人员就业率 | 60%及以上 | 58.1% |
"""


def headline(answer) -> str:
    """The answer's first line: the figure or name it states, before the passage it quotes."""
    return answer.answer.splitlines()[0]


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    from app.core.settings import Settings
    from app.services import Services
    from ingest.index import ingest

    root = tmp_path_factory.mktemp("any-report")
    reports = root / "reports"
    reports.mkdir()
    for name, text in (("court.txt", COURT), ("project.txt", PROJECT), ("form.txt", FORM), ("province.txt", PROVINCE)):
        (reports / name).write_text(text, encoding="utf-8")
    settings = Settings(data_dir=root / "data", project_root=root, corpus_dir=reports, retrieval_mode="bm25")
    assert ingest([reports], settings, HashEmbeddings(), progress=False).ok
    services = Services(settings, embeddings=HashEmbeddings())
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
    answer = services.ask("青禾县人民法院实有人数是多少？")
    assert answer.found and "86人" in headline(answer), answer.answer
    answer = services.ask("青禾县人民法院一共设了多少个内设机构？")
    assert answer.found and "12个" in headline(answer), answer.answer


def test_what_is_measured_must_be_in_the_passage(services):
    """Satisfaction is nowhere in the court's report: its 到位率 of 100% is no answer to it."""
    answer = services.ask("青禾县人民法院群众满意度是多少？")
    assert not answer.found, answer.answer


def test_the_asked_part_of_a_sum_not_the_sum(services):
    answer = services.ask("青禾县人民法院2022年本年支出中项目支出是多少？")
    assert answer.found and "540.4万元" in headline(answer), answer.answer


def test_measures_are_answered_in_their_units(services):
    answer = services.ask("石岭乡人饮工程的机井有多深？")
    assert answer.found and "180米" in headline(answer), answer.answer
    answer = services.ask("石岭乡人饮工程铺设管网多少公里？")
    assert answer.found and "6.5公里" in headline(answer), answer.answer


def test_a_form_without_points_is_read_a_line_a_row():
    bound = {(b.row, b.column): b.value for b in read_form(FORM).bindings}
    assert bound[("参训人员就业率", "目标值")] == "60%及以上"
    assert bound[("参训人员就业率", "完成值")] == "58.1%"
    assert bound[("完成2022年技能培训任务", "完成值")] == "764人"


def test_the_value_achieved_answers_not_the_target(services):
    answer = services.ask("技能培训的参训人员就业率实际是多少？")
    assert answer.found and "58.1%" in headline(answer), answer.answer
    answer = services.ask("培训合格率是多少？")
    assert answer.found and "97.2%" in headline(answer), answer.answer


def test_pinyin_printed_after_characters_is_no_part_of_the_words():
    c = clean("2024年農(nóng)機(jī)購置補貼資金合計2089萬元。(a)项")
    assert "2024年农机购置补贴资金合计2089万元。(a)项" in c.text
    start, end = c.raw_span(c.text.index("农机"), c.text.index("农机") + 2)
    assert start < end


def test_a_county_named_in_a_provinces_report_gets_its_own_figure(services):
    """The province's report lists what each county got: the county asked gets its line, never the
    province's total; a county the report does not list gets no figure."""
    answer = services.ask("湖北省农村公路养护补助资金里，宜昌市夷陵区分到多少？")
    assert answer.found and "150万元" in headline(answer), answer.answer
    answer = services.ask("湖北省农村公路养护补助资金里，黄冈市麻城市分到多少？")
    assert "2860万元" not in headline(answer), answer.answer


def test_who_and_which_are_answered_with_the_name(services):
    answer = services.ask("石岭乡人饮工程的资金分配方案由哪个部门牵头提出？")
    assert answer.found and "石岭乡财政所" in headline(answer), answer.answer
    answer = services.ask("石岭乡人饮工程绩效自评工作小组组长是谁？")
    assert answer.found and "李明华" in headline(answer), answer.answer


def test_a_figure_per_person_answers_a_standard_never_a_total(services):
    answer = services.ask("技能培训补贴标准实际是多少？")
    assert answer.found and "1400元/人" in headline(answer), answer.answer
    answer = services.ask("技能培训项目总预算是多少万元？")
    assert "元/人" not in headline(answer), answer.answer


def test_a_target_is_asked_as_what_it_should_reach(services):
    answer = services.ask("技能培训的参训人员就业率要达到多少？")
    assert answer.found and "60%" in headline(answer) and "58.1%" not in headline(answer), answer.answer
