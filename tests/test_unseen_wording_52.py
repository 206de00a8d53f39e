"""Session 52's general rules, each on invented text.
Money carried over: "2023年结转资金" in a 2024 report is carried in from 2023, this year's money to spend (上年结转), not
a figure of 2023, and it is no part of the fund listed before it; a question asking what came in ("2023年结转过来的",
"上年结转") is not answered by what is left at the year's end ("年末结转结余"), nor the other way round.
Tables drawn with box-drawing characters ("┌──┬──┐", "│车购税资金│4,620.00│") are read as "|" tables.
A title over three lines ("X局" / "关于…项目" / "2024年度绩效自评报告") is read whole, with its organisation.
"""

from ingest.clean import clean
from ingest.metadata import extract_metadata
from tests.conftest import library_fixture, refused, says

STREET = (
    "北京市西城区德胜街道办事处2024年度部门整体支出绩效自评报告\n一、部门预算情况\n"
    "2024年年初预算8,126.40万元，调整后预算9,012.77万元。按资金来源分：区级财政拨款7,405.12万元，"
    "市级转移支付资金1,311.05万元，2023年结转结余资金296.60万元。\n"
    "二、预算执行情况\n2024年决算支出8,770.31万元，预算执行率97.31%。年末结转结余242.46万元。\n"
)
BOXED = (
    "台安县交通运输局2024年农村公路养护项目绩效自评报告\n一、项目资金情况\n资金来源及支出情况见下表：\n"
    "┌──────────┬────────┬────────┐\n"
    "│资金来源  │预算金额│实际支出│\n"
    "├──────────┼────────┼────────┤\n"
    "│车购税资金│2,310.00│2,287.40│\n"
    "│省级补助  │  860.00│  812.55│\n"
    "│合计      │3,170.00│3,099.95│\n"
    "└──────────┴────────┴────────┘\n"
    "单位：万元\n二、自评结论\n项目自评得分93.5分。\n"
)
THREE_LINES = (
    "霸州市住房和城乡建设局\n关于2023年增发国债城市供水管网改造项目\n2024年度绩效自评报告\n"
    "一、项目概况\n项目总投资12,600.00万元，2024年完成管网改造42.3公里。\n"
)

works = library_fixture("unseen52", {"street.txt": STREET, "boxed.txt": BOXED, "three.txt": THREE_LINES})


def test_a_years_carry_over_is_money_carried_in(works):
    says(works, "德胜街道2024年从2023年结转过来的资金是多少？", "296.60万元")
    says(works, "西城区德胜街道办事处2024年预算里2023年结转结余资金有多少？", "296.60万元")


def test_what_is_left_at_the_years_end_is_no_carry_in(works):
    says(works, "德胜街道2024年年末结转结余多少？", "242.46万元")
    answer = works.ask("德胜街道2024年上年结转资金是多少？")
    assert "242.46" not in answer.answer, answer.answer


def test_a_box_drawn_table_is_read_by_its_cells(works):
    says(works, "台安县交通运输局2024年农村公路养护项目车购税资金实际支出多少？", "2,287.40")
    says(works, "台安县交通运输局2024年农村公路养护项目省级补助预算是多少？", "860.00")


def test_a_box_drawn_tables_rules_are_not_text():
    text = clean(BOXED).text
    assert "─" not in text and "│" not in text, text


def test_a_title_over_three_lines_is_read_whole():
    meta = extract_metadata(clean(THREE_LINES).text, raw=THREE_LINES)
    assert meta.title == "霸州市住房和城乡建设局关于2023年增发国债城市供水管网改造项目2024年度绩效自评报告", meta.title
    assert meta.department == "霸州市住房和城乡建设局" and meta.year == 2024, meta


def test_a_neighbours_carry_over_is_refused(works):
    refused(works, "东城区德胜街道2024年从2023年结转过来的资金是多少？")
