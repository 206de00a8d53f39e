"""Session 52's general rules, each on invented text.
Money carried over: "2023年结转资金" in a 2024 report is carried in from 2023, this year's money to spend (上年结转), not
a figure of 2023, and it is no part of the fund listed before it; a question asking what came in ("2023年结转过来的",
"上年结转") is not answered by what is left at the year's end ("年末结转结余"), nor the other way round.
Tables drawn with box-drawing characters ("┌──┬──┐", "│车购税资金│4,620.00│") are read as "|" tables.
A title over three lines ("X局" / "关于…项目" / "2024年度绩效自评报告") is read whole, with its organisation.
"多少个科技计划项目" is answered by "27项": 个 asks any thing, counted in its own measure word.
A form that opens its report names its rows in the opening: "差错率" there names the row 数据差错率, not the report.
A figure the question states ("任务是5.2万亩…，实际建成多少") is not what it asks.
Points taken off ("…资助人数2,547人，低于年度指标值，扣0.5分", "预算执行率98.24%，该项扣0.2分") are the indicator's.
"结转到2025年" names where money left over goes, no year asked; "截至2024年底" of a 2024 report is its whole year; "实际到位"
is answered by a table's 到位 column. "座均维修养护经费" is per reservoir ("平均每座花了多少"), no total.
A sentence's "项目主管部门为X，实施单位为Y" gives the fields a form would; "由哪个单位实施" asks 实施单位.
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

SCIENCE = (
    "莱阳市科学技术局2023年度科技计划项目支出绩效自评报告\n一、项目概况\n本项目支持企业研发和成果转化。\n"
    "二、绩效目标完成情况\n实际完成：支持科技计划项目31项，新认定高新技术企业14家，选育小麦新品种9个。\n"
)
FORM = (
    "平湖市统计局2023年度部门整体支出绩效自评表\n部门名称\t平湖市统计局\n"
    "年度总体目标\t完成统计调查任务，保障统计数据真实准确，做好经济普查准备工作。\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t联网直报企业数\t≥900家\t962家\t10\t10\n"
    "产出指标\t质量指标\t数据差错率\t≤0.5%\t0.2%\t10\t10\n"
    "产出指标\t时效指标\t统计数据报送及时率\t100%\t100%\t10\t10\n"
)
FARMLAND = (
    "沭阳县农业农村局2023年度高标准农田建设项目绩效自评报告\n一、项目概况\n2023年沭阳县高标准农田建设任务4.6万亩。\n"
    "二、绩效目标完成情况\n建成高标准农田面积4.71万亩，项目竣工验收合格率100%。\n"
)
POINTS = (
    "阜宁县教育局2023年度部门整体支出绩效自评报告\n一、预算执行\n全年预算3,420.50万元，实际支出3,360.80万元，"
    "预算执行率98.25%，该项扣0.2分。\n二、偏差原因分析\n1.义务教育学生资助人数1,947人，低于年度指标值，扣0.5分。\n"
    "2.校舍安全隐患整改率95.5%，扣1.5分。\n3.教师信息化培训未完成年度目标，扣0.8分。\n"
)

DRAINAGE = (
    "三河市住房和城乡建设局2024年城市排水防涝能力提升项目绩效自评报告\n一、资金情况\n"
    "项目资金来源及执行情况如下（单位：万元）：\n资金来源\t下达\t到位\t支出\n"
    "增发国债资金\t9,600.00\t9,600.00\t8,870.40\n市级配套资金\t1,200.00\t960.00\t805.30\n"
    "合计\t10,800.00\t10,560.00\t9,675.70\n"
    "未支出的884.30万元主要为工程质保金，已结转至2025年。\n二、自评结论\n项目自评得分91.5分。\n"
)

RESERVOIRS = (
    "横州市水利局2023年度小型水库维修养护项目支出绩效自评表\n"
    "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
    "产出指标  数量指标  维修养护小型水库数量  ≥30座  32座  10  10\n"
    "产出指标  成本指标  座均维修养护经费  ≤15.2万元  14.06万元  5  5\n"
)

ROADS = (
    "盖州市交通运输局2024年农村公路建设项目绩效自评报告\n一、项目基本情况\n"
    "2024年实施农村公路新改建工程，项目主管部门为盖州市交通运输局，实施单位为盖州市农村公路管理所。\n"
    "二、项目资金情况\n项目年初预算3,200.00万元，全年实际支出3,046.20万元。\n"
)

works = library_fixture("unseen52", {"drainage.txt": DRAINAGE, "roads.txt": ROADS, "reservoirs.txt": RESERVOIRS, "street.txt": STREET, "boxed.txt": BOXED, "three.txt": THREE_LINES,
                                     "science.txt": SCIENCE, "form.txt": FORM, "farmland.txt": FARMLAND,
                                     "points.txt": POINTS})


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


def test_ge_asks_any_thing_counted_in_its_own_measure_word(works):
    says(works, "莱阳市科技局2023年实际支持了多少个科技计划项目？", "31项")


def test_a_term_the_opening_says_only_in_a_rows_name_names_that_row(works):
    says(works, "平湖市统计局2023年统计数据差错率实际多少？", "0.2%")


def test_a_figure_the_question_states_is_not_its_answer(works):
    answer = works.ask("沭阳县农业农村局2023年任务是4.6万亩高标准农田，实际建成多少？")
    assert "4.6万亩" not in answer.answer.splitlines()[0], answer.answer


def test_points_taken_off_are_the_indicators(works):
    says(works, "阜宁县教育局2023年义务教育学生资助人数这一项扣了几分？", "0.5分")
    says(works, "阜宁县教育局2023年校舍安全隐患整改率扣了几分？", "1.5分")
    says(works, "阜宁县教育局2023年预算执行率扣了几分？", "0.2分")
    says(works, "阜宁县教育局2023年教师信息化培训这项扣了多少分？", "0.8分")


def test_money_carried_to_next_year_is_the_years_own(works):
    says(works, "三河市住建局排水防涝项目截至2024年底还有多少钱没花、结转到2025年？", "884.30万元")
    says(works, "三河市住建局2024年排水防涝项目结转2025年的资金有多少？", "884.30万元")  # (session 58)


def test_actually_arrived_is_the_tables_arrived_column(works):
    says(works, "三河市住建局2024年排水防涝项目市级配套资金实际到位多少？", "960.00")


def test_a_measure_word_with_jun_is_per_one(works):
    says(works, "横州市水利局2023年小型水库平均每座维修养护实际花了多少？", "14.06万元")
    answer = works.ask("横州市水利局2023年小型水库维修养护经费一共花了多少？")
    assert "14.06" not in answer.answer.splitlines()[0], answer.answer


def test_fields_said_in_a_sentence_and_asked_by_what_they_do(works):
    says(works, "盖州市交通运输局2024年农村公路建设项目由哪个单位实施？", "盖州市农村公路管理所")
    says(works, "盖州市交通运输局2024年农村公路建设项目的实施单位是谁？", "盖州市农村公路管理所")
