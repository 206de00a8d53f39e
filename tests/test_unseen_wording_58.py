"""Session 58's general rules, on invented text (places and figures made up). A form row is all that its figure
measures: a passage of several rows whose figure is a row the labelled figures found not to carry the question (its
words name another group: "低保户危房改造户数" asked of 特困户), or a row that ties with another, does not answer it,
whatever the rows around it say. A qualifier said before a sibling's figure ("患者满意度94.2%，职工满意度91.5%") is
that figure's, and a finding reported ("测评结果显示…") is labelled by what it measures. A province's organisation
named whole ("江西省水利厅") is asked, whether or not a report of one of its cities is loaded; "下属的" says whose a
unit is, and "分给芜湖市多少" asks the part handed down to it. A form row whose level and name were both wrapped in
their columns ("质量 | 农村集中供水工程 | …" over "指标 | 水质达标率") is read with its name's rest. "同比分别下降25%和
40%" after two figures gives each its change; "结转到下年" asks the part carried over, not the whole left. A tab-separated
row under merged cells ("\t\t安全培训\t≥2,000人次\t2,246人次") keeps its empty cells, so the table is read whole. A
passage of several dates, none by a word asked, says no date asked ("哪天通过竣工验收" of "…开工，…完工，…通过交工验收").
"""

from ingest.clean import clean
from ingest.forms import read_form
from tests.conftest import headline, library_fixture, refused, says

HOUSING_FORM = (
    "项目支出绩效自评表\n（2023年度）\n项目名称 农村危房改造补助资金\n主管部门 灵璧县住房和城乡建设局\n"
    "实施单位 灵璧县住房和城乡建设局\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
    "产出指标 数量指标 农村危房改造户数 ≥300户 326户 10 10\n"
    "产出指标 数量指标 低保户危房改造户数 ≥90户 97户 10 10\n"
    "产出指标 质量指标 竣工验收合格率 100% 100% 10 10\n"
    "效益指标 社会效益指标 住房安全保障 有效保障 有效保障 10 10\n"
    "满意度指标 服务对象满意度指标 改造户满意度 ≥90% 95.2% 10 10\n"
    "总分 100 100\n"
)

HOSPITAL = (
    "泗县人民医院2023年度部门整体支出绩效自评报告\n"
    "一、部门概况\n泗县人民医院核定床位680张，2023年全年门急诊人次41.6万人次。\n"
    "二、绩效目标完成情况\n委托第三方开展的满意度测评结果显示患者满意度95.1%，职工满意度90.2%。\n"
)

PROVINCE = (
    "安徽省水利厅2022年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n安徽省水利厅内设处室16个，所属二级预算单位9个。2022年部门全年预算数96,418.25万元，"
    "全年支出91,207.63万元，预算执行率94.60%。其中：厅本级支出12,406.30万元；安徽省水文局支出8,817.52万元。\n"
    "二、专项资金\n全年下达各市水利发展资金3.6亿元，其中合肥市0.82亿元、芜湖市0.57亿元、安庆市0.66亿元。\n"
)
CITY = (
    "赣州市水利局2022年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n赣州市水利局2022年全年预算数8,236.10万元，全年支出7,995.42万元，预算执行率97.08%。\n"
)

WATER_FORM = (
    "项目支出绩效自评表\n（2022年度）\n项目名称：农村饮水巩固提升工程\n主管部门：凌云县水利局\n"
    "一级    二级      三级指标               年度指标值        实际完成值          分值   得分   偏差原因分析及改进措施\n"
    "指标    指标\n"
    "产出    数量      新建供水工程           4处               4处                 10     10\n"
    "指标    指标      改造管网               ≥30公里           31.6公里            10     10\n"
    "        质量      集中供水工程           ≥92%              93.4%               10     10\n"
    "        指标      水样检测合格率\n"
    "                  工程验收               合格              合格                10     10\n"
)

SAFETY = (
    "金寨县应急管理局2022年度部门整体支出绩效自评报告\n"
    "一、履职成效\n全年发生道路交通事故12起、受伤9人，同比分别下降25%和40%。组织应急演练36次。\n"
    "二、预算执行\n2022年项目资金共计2,410.00万元，其中上年结转资金36.80万元。"
    "全年支出2,318.40万元，年末结余96.25万元，其中结转下年81.60万元，收回县财政14.65万元。\n"
)

MERGED = (
    "海门区城市管理局2023年度市容环境整治专项资金项目绩效自评报告\n一、绩效指标完成情况\n"
    "一级指标\t二级指标\t三级指标\t年度目标\t实际完成\n"
    "产出指标\t数量指标\t整治占道经营点位\t≥450处\t486处\n"
    "\t\t清理违法广告\t≥1,200块\t1,318块\n"
    "\t质量指标\t整治问题复发率\t≤10%\t7.4%\n"
    "效益指标\t社会效益指标\t市容环境\t明显改善\t明显改善\n"
    "\t\t群众投诉办结率\t≥95%\t98.2%\n"
    "满意度指标\t服务对象满意度指标\t沿街商户满意度\t≥85%\t90.6%\n"
)

ROADS = (
    "宁都县交通运输局2022年农村公路危桥改造项目绩效自评报告\n一、项目概况\n"
    "项目主管部门为宁都县交通运输局，施工单位通过公开招标确定。项目于2022年4月8日开工，2022年10月26日完工，"
    "2022年11月15日通过交工验收。\n"
)

SCREENING = (
    "项目支出绩效自评表\n（2023年度）\n项目名称 两癌筛查项目\n主管部门 凤冈县卫生健康局\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
    "产出指标 数量指标 农村适龄妇女宫颈癌筛查人数 ≥6000人 6840人 20 20\n"
    "产出指标 数量指标 乳腺癌筛查人数 ≥5000人 5120人 20 20\n"
)

services = library_fixture("unseen58", {"lingbi-housing-2023.txt": HOUSING_FORM, "sixian-hospital-2023.txt": HOSPITAL,
                                        "anhui-water-2022.txt": PROVINCE, "ganzhou-water-2022.txt": CITY,
                                        "lingyun-water-form-2022.txt": WATER_FORM,
                                        "jinzhai-safety-2022.txt": SAFETY,
                                        "haimen-city-2023.txt": MERGED,
                                        "ningdu-roads-2022.txt": ROADS,
                                        "fenggang-screening-2023.txt": SCREENING})


def test_a_row_of_another_group_does_not_answer_from_the_passage_of_the_form(services):
    refused(services, "灵璧县住建局2023年危房改造资金中特困户危房改造户数实际完成多少？")
    refused(services, "灵璧县住建局2023年危房改造中五保户实际改造了多少户？")


def test_the_rows_that_carry_the_question_still_answer(services):
    says(services, "灵璧县住建局2023年低保户危房改造了多少户？", "97户")
    says(services, "灵璧县住建局2023年农村危房改造了多少户？", "326户")
    says(services, "灵璧县住建局2023年改造户满意度是多少？", "95.2%")


def test_rows_that_tie_are_not_settled_by_the_form_around_them(services):
    # 农村危房改造户数 and 低保户危房改造户数 both carry "危房改造户数": the whole or no figure, never the part
    answer = services.ask("灵璧县住建局2023年危房改造户数实际完成多少？")
    assert not answer.found or "326户" in headline(answer), answer.answer


def test_a_qualifier_said_of_a_sibling_figure_is_its_own(services):
    says(services, "泗县人民医院2023年患者满意度是多少？", "95.1%")
    says(services, "泗县人民医院2023年职工满意度是多少？", "90.2%")
    refused(services, "泗县人民医院2023年家属满意度是多少？")


def test_a_provinces_organisation_named_whole_is_asked(services):
    says(services, "安徽省水利厅2022年全年支出是多少？", "91,207.63万元")
    says(services, "赣州市水利局2022年全年支出是多少？", "7,995.42万元")
    # 赣州市 lies in 江西省: its report is no report of the province's own 水利厅, nor is 安徽省's
    answer = services.ask("江西省水利厅2022年全年支出是多少？")
    assert not answer.found and "江西省水利厅" in answer.answer, answer.answer


def test_a_units_figure_and_a_part_handed_down(services):
    says(services, "安徽省水利厅下属的省水文局2022年支出了多少？", "8,817.52万元")
    says(services, "安徽省水利厅2022年水利发展资金分给芜湖市多少？", "0.57亿元")
    refused(services, "安徽省水利厅2022年水利发展资金分给铜陵市多少？")


def test_a_row_wrapped_with_its_level_is_read_whole(services):
    rows = {(b.row, b.column): b.value for b in read_form(WATER_FORM).bindings}
    assert rows[("集中供水工程水样检测合格率", "实际完成值")] == "93.4%"
    assert rows[("工程验收", "得分")] == "10"  # the name's rest is no part of the next row's
    says(services, "凌云县水利局2022年集中供水工程水样检测合格率实际是多少？", "93.4%")
    says(services, "凌云县水利局2022年工程验收得分多少？", "10")


def test_changes_said_respectively_are_each_their_figures(services):
    says(services, "金寨县应急管理局2022年受伤人数同比下降多少？", "40%")
    says(services, "金寨县应急管理局2022年道路交通事故起数同比下降多少？", "25%")


def test_what_is_carried_to_next_year_is_the_part_carried(services):
    says(services, "金寨县应急管理局2022年结转到下年的资金是多少？", "81.60万元")
    says(services, "金寨县应急管理局2022年年末结余多少？", "96.25万元")
    answer = services.ask("金寨县应急管理局2022年结转2023年使用的资金是多少？")  # where it goes, no year asked
    assert "36.80" not in headline(answer), answer.answer  # never 上年结转's, which came in
    says(services, "金寨县应急管理局2022年上年结转资金是多少？", "36.80万元")


def test_a_row_under_merged_cells_keeps_its_empty_cells(services):
    assert "\t\t清理违法广告\t≥1,200块\t1,318块" in clean(MERGED).text
    says(services, "海门区城市管理局2023年沿街商户满意度是多少？", "90.6%")
    says(services, "海门区城市管理局2023年群众投诉办结率实际完成多少？", "98.2%")
    refused(services, "海门区城市管理局2023年游客满意度是多少？")


def test_a_date_no_asked_word_says_is_not_guessed(services):
    answer = services.ask("宁都县交通运输局2022年危桥改造项目是哪天通过竣工验收的？")
    assert "4月8日" not in headline(answer), answer.answer
    says(services, "宁都县交通运输局2022年危桥改造项目哪天完工？", "2022年10月26日")


def test_a_rows_words_said_apart_still_carry_the_question(services):
    says(services, "凤冈县卫健局2023年农村妇女宫颈癌筛查了多少人？", "6840人")  # 农村…妇女 apart in the row's name
    refused(services, "凤冈县卫健局2023年城镇妇女宫颈癌筛查了多少人？")  # another group's, which no row gives
