"""Session 60's general rules, on invented text (places and figures made up).

A "分别" list gives each item the figure in its place ("甲县、乙县、丙县分别为…"), in the passage's figure and the
labelled one. It does so when an item goes on after its name ("丙县抽检量居第二位，分别为…") and when a place name holds 和
(太和县). A county or town inside the one place asked that has reports, named by a city's report nowhere, is that
report's part, not a place to list: a passage must name it. A town the question names, whose part of the passage
gives its own figure ("其中：…乙镇2,205.38万元"), is asked that figure and not the whole.

"实际有多少X…" counts X; "哪个处室牵头" asks a section, which "由局财务处牵头" names (a section after the organisation as
it speaks of itself). "省里补了" is the 省级 part. "亩均粮食产能提高了多少" is a weight in 斤 or 公斤, not money.
"享受…的X有多少" and "有多少人看" are counts their verbs do not change. "五经普" is the 经济普查. "破了多少刑事案件" is
answered by the 破案 figure where a label says it, never by the 立案 one. "本年度同比增长7.73%" is the report's year's,
though the sentence named last year before it. A sum said after an aside and the words of how much ("传承人补助（…）共支出
166.40万元") is the name's before the aside. A change right after a list of a whole's parts ("…其中A…、B…，较上年下降
3.91万元，降幅21.52%") is the whole's, and 降幅 is a change. A corps regiment asked by its number in figures ("185团")
finds the report naming it in words (一八五团). A length asked of people ("护边员巡逻里程") is a length.

"自评得分" asks the report's score, never a form row's 得分; "我市…资金" says no more than the 资金 asked ("一共多少": the
funds, not what was spent of them); an abbreviation another report uses ("补奖") is sought as the report asked of spells it
(补助奖励); a change in an aside right after a target ("未实现年度预期目标（同比增长2.0%）") is that target; a standard
asked per unit ("标准折算到每个学生一年是多少") is money; "按多少标准" has no verb.
"""

from tests.conftest import library_fixture, refused, says

RELIEF = (
    "潍坊市应急管理局2021年度部门整体支出绩效自评报告\n二、预算执行情况\n"
    "全年向各县市区下拨自然灾害救灾资金3,150.00万元，其中安丘市、高密市、昌邑市分别为780.00万元、615.00万元、"
    "430.00万元，其余县市区合计1,325.00万元。\n"
    "三、绩效目标完成情况\n"
    "全市城镇新增就业目标2.5万人。坊子区、寒亭区、奎文区城镇新增就业分别为0.63万人、0.41万人、0.27万人。\n"
    "全年完成食品安全监督抽检8,200批次。其中市本级抽检2,108批次，诸城市、昌乐县抽检量分列县区前两位，分别为1,356批次、987批次。\n"
    "本次自评由局规划财务科牵头组织，综合自评得分92.5分。\n"
)

GRASSLAND = (
    "陈巴尔虎旗2022年度草原生态保护补助奖励政策资金项目绩效自评报告\n二、资金使用情况\n"
    "截至2022年12月31日，全旗实际兑现补奖资金9,468.20万元，资金执行率98.10%。"
    "其中：巴彦库仁镇1,846.17万元、东乌珠尔苏木1,205.38万元，其余各苏木镇合计6,416.65万元。\n"
    "三、绩效目标完成情况\n项目区亩均粮食产能提高60公斤，项目区土地流转率由上年的31.5%提高到44.8%。\n"
    "全年为1,512名重点优抚对象发放抚恤和生活补助，其中残疾军人386名。\n"
)

BUREAU = (
    "尼玛县水利局2021年度部门整体支出绩效自评报告\n二、预算执行情况\n"
    "\"三公\"经费支出18.62万元，其中公务用车运行维护费15.20万元、公务接待费3.42万元，较上年下降4.18万元，降幅18.33%。\n"
    "2021年第七次全国人口普查专项经费预算86.00万元，实际支出81.35万元。\n"
    "全年立刑事案件842起，破案513起。\n"
    "2020年全县水利投入612.40万元，本年度同比增长6.27%。\n"
    "其中：代表性传承人补助（国家级每人2万元、省级每人0.8万元）共支出86.40万元；非遗传承体验基地建设补助95.00万元。\n"
)

CORPS = (
    "项目支出绩效自评表\n（2024年度）\n项目名称\t一四二团边境连队道路提升项目\n"
    "主管部门\t新疆生产建设兵团第八师\t实施单位\t第八师一四二团\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t新建连队道路长度\t≥6.5公里\t6.9公里\t10\t10\n"
    "全年护边员累计巡逻3.1万人次，巡逻里程21.7万公里。\n"
)

HEALTH = (
    "甘肃省交通运输厅2024年度普通国省干线公路养护资金绩效自评报告\n二、绩效目标完成情况\n"
    "指标名称\t目标值\t完成值\t得分\n普通国道优良路率\t≥85%\t87.2%\t10\n普通省道优良路率\t≥80%\t81.6%\t10\n"
    "2024年度普通国省干线公路养护资金绩效自评得分91.4分，等级为“优”。\n"
)

RELIEF_FUNDS = (
    "南阳市医疗保障局2024年度医疗救助补助资金项目绩效自评报告\n一、项目概况\n"
    "2024年，我市医疗救助补助资金共计18,264万元，其中中央医疗救助补助资金11,030万元，省级补助资金3,120万元。\n"
    "截至2024年12月31日，全市医疗救助资金支出17,095.40万元，预算执行率93.60%。\n"
    "全年发放草原生态保护补助奖励资金2,316.80万元。\n"
)

TRADE = (
    "安徽省商务厅2023年度省级商务发展专项资金（外贸发展方向）绩效自评报告\n二、绩效目标完成情况\n"
    "全年全省货物贸易进出口8,052亿元，同比下降1.4%，未实现年度预期目标（同比增长3.0%）。\n"
    "膳食补助国家标准为每生每天5元，全年按200天在校天数计算，折合1000元/生·年。\n"
)

services = library_fixture("unseen60", {"gansu-roads-2024.txt": HEALTH, "nanyang-relief-2024.txt": RELIEF_FUNDS,
                                        "anhui-trade-2023.txt": TRADE, "weifang-emergency-2021.txt": RELIEF, "chenbarhu-grassland-2022.txt": GRASSLAND,
                                        "nima-water-2021.txt": BUREAU, "corps-142-2024.txt": CORPS})


def test_a_respective_list_gives_each_place_its_own_figure(services):
    says(services, "2021年潍坊应急局给高密市拨了多少自然灾害救灾资金？", "615.00万元")
    says(services, "2021年潍坊寒亭区城镇新增就业多少人？", "0.41万人")


def test_a_list_item_that_goes_on_after_its_name_and_a_name_holding_he(services):
    says(services, "2021年潍坊昌乐县食品抽检了多少批次？", "987批次")
    says(services, "2021年潍坊诸城市食品抽检了多少批次？", "1,356批次")


def test_a_county_inside_the_reports_city_that_it_never_names_is_refused(services):
    refused(services, "潍坊应急局2021年给临朐县下拨了多少自然灾害救灾资金？")


def test_a_towns_own_part_is_asked_not_the_whole(services):
    says(services, "陈巴尔虎旗东乌珠尔苏木2022年兑现了多少补奖资金？", "1,205.38万元")
    says(services, "陈巴尔虎旗2022年兑现了多少补奖资金？", "9,468.20万元")


def test_what_is_counted_after_an_actual_and_a_receiving_verb(services):
    says(services, "陈巴尔虎旗2022年实际有多少重点优抚对象领到了抚恤补助？", "1,512名")
    says(services, "陈巴尔虎旗2022年实际享受抚恤的残疾军人有多少？", "386名")


def test_a_grain_capacity_per_mu_is_a_weight(services):
    says(services, "陈巴尔虎旗2022年项目区亩均粮食产能提高了多少？", "60公斤")


def test_a_section_named_after_the_organisation_as_it_speaks_of_itself(services):
    says(services, "潍坊市应急管理局2021年度绩效自评是哪个科室牵头组织的？", "规划财务科")


def test_a_census_said_short(services):
    says(services, "尼玛县水利局2021年七人普专项经费预算安排了多少？", "86.00万元")


def test_the_verb_asked_of_a_count_chooses_the_label(services):
    says(services, "尼玛县2021年破了多少起刑事案件？", "513起")
    says(services, "尼玛县2021年立了多少起刑事案件？", "842起")


def test_this_years_growth_after_last_years_level(services):
    says(services, "尼玛县2021年水利投入同比增长多少？", "6.27%")


def test_a_sum_after_an_aside_and_how_much_it_was(services):
    says(services, "尼玛县2021年非遗传承人补助一共发了多少钱？", "86.40万元")


def test_a_change_after_a_wholes_parts_is_the_wholes(services):
    says(services, "尼玛县水利局2021年三公经费比上年少花了多少钱？", "4.18万元")
    says(services, "尼玛县水利局2021年三公经费比上年降了百分之几？", "18.33%")


def test_a_regiment_asked_by_its_number_in_figures(services):
    says(services, "142团2024年实际新修连队道路多少公里？", "6.9公里")


def test_a_length_asked_of_people_is_a_length(services):
    says(services, "一四二团2024年护边员巡逻里程一共多少？", "21.7万公里")


def test_a_reports_score_is_never_a_rows(services):
    says(services, "甘肃交通厅2024年公路养护资金自评得分是多少？", "91.4分")


def test_our_citys_funds_say_no_more_than_the_funds(services):
    says(services, "南阳医保局2024年医疗救助资金一共多少？", "18,264万元")


def test_an_abbreviation_as_the_report_asked_of_spells_it(services):
    says(services, "南阳市2024年发放了多少草原生态补奖资金？", "2,316.80万元")


def test_a_change_in_an_aside_after_a_target_is_the_target(services):
    says(services, "安徽商务厅2023年外贸进出口增速的预期目标是多少？", "3.0%")
    says(services, "安徽商务厅2023年外贸进出口同比变化多少？", "1.4%")


def test_a_standard_asked_per_unit_is_money(services):
    asked = services.analyse("安徽省膳食补助标准折算到每个学生一年是多少？")
    assert asked.kinds[0] == "amount"
