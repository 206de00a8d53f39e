"""Session 49's general rules, each on invented text.
Tables: a table set out with "|" keeps an empty cell ("| 合计 |  | 77.8 | 16 250.00 |"), so the row's figures stay under
their own headings and take the units those headings state.
A row set out by spaces that leaves its text columns empty ("合  计          125.50   122.68") has its figures under the
columns they stand under, as the eye sees the table or as its characters count.
Neighbours: a question naming an organisation whose own report is loaded is answered from that report only, never from a
neighbour's that names it in passing ("与临桂区卫生健康局建立医共体交流机制").
Money: a bare spending after a sum that names money ("重大公卫项目资金315.80万元，全年支出302.44万元") is that money's; a
sum under a heading that sets out how the money was to be used ("（二）资金构成。运维服务费245.00万元，…") is the plan, no
answer to what was spent; and a word the opening says only as one part of a breakdown, with its own sum, names that
part, not the whole project.
Years: "2023年自评报告里，2022年的决算支出" asks the 2023 report's 上年 figure.
Staff: "大瑶镇政府" is the town's 人民政府; "年底在职的一共有多少人" of "核定行政编制46名、事业编制58名，年末实有在职人员97人":
年末 says the year's end, no more.
Parts: a word the opening says only as one part with its own figure ("在校学生2564人，其中…高三年级841人") names that
part: "高三有多少学生" is 841人. "发了多少入学资助" asks money, as "多少补助" does.
Forms: a heading a narrow column broke over two lines ("年初预    全年预" over "算数      算数") is read whole, each rest
under its heading.
Done and not: "尚有520.58万元未支付" is what was not paid, no answer to "实际花出去多少"; "调整后预算比年初预算多了多少"
asks the difference a report gives, never the 年初预算.
Counts: "有几个人民法庭" counts courts in 个, no staff ("有几个人" ends inside 人民).
Places: "浦阳江沿线" is a river's bank, no mention of 阳江市.
Words: "公车" is the 公务用车 of the 三公; "文体广旅局所列场馆": 所 opens 所列, no organisation's "局所".
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen49"), {
        "roads.txt": "淅川县交通运输局2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n（一）重点公路项目\n"
                     "| 项目名称 | 建设性质 | 里程（公里） | 年度计划投资（万元） | 完成投资（万元） |\n|---|---|---|---|---|\n"
                     "| 省道335淅川段 | 改建 | 14.2 | 4 300.00 | 4 126.50 |\n"
                     "| 老城至盛湾公路 | 新建 | 9.6 | 2 150.00 | 2 150.00 |\n"
                     "| 仓房镇危桥改造（2座） | 危桥改造 |  | 520.00 | 487.30 |\n"
                     "| 合计 |  | 23.8 | 6 970.00 | 6 763.80 |\n",
        "office.txt": "青禾县委办公室2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                      "2023年，我办年初预算412.30万元，全年支出405.12万元。\n"
                      "三公经费支出8.64万元，其中公务接待费1.20万元，公务用车运行维护费7.44万元，因公出国（境）费0万元。\n",
        "dams.txt": "蒙阴县水利局2023年度小型水库维修养护项目支出绩效自评报告\n三、项目实施情况\n"
                    "（二）重点维修。5座水库重点维修情况如下：\n"
                    "水库名称      所在镇           维修内容                  预算（万元）   支出（万元）\n"
                    "岱崮水库      岱崮镇           坝坡整修                  16.50          16.50\n"
                    "野店水库      野店镇           放水洞检修                9.60           9.12\n"
                    "高都水库      高都镇           坝顶道路硬化              11.40          10.86\n"
                    "合  计                                                   37.50          36.48\n"
                    "5座水库重点维修工程均已完工。\n",
        "culture.txt": "五峰土家族自治县文化和旅游局2023年度部门整体支出绩效自评报告\n二、绩效目标完成情况\n"
                       "主要场馆服务情况如下：\n场馆\t免费开放补助（万元）\t年接待人次\n县图书馆\t38.50\t112 460\n"
                       "县文化馆\t34.00\t68 215\n渔洋关镇综合文化站\t5.00\t18 642\n合计\t77.50\t199 317\n",
    })
    yield services
    services.close()


def test_a_bar_table_keeps_its_empty_cells(invented):
    says(invented, "淅川县交通运输局2023年重点公路项目年度计划投资合计多少万元", "6970.00万元")
    says(invented, "淅川县交通局2023年重点公路项目完成投资合计是多少", "6763.80万元")
    says(invented, "淅川县2023年仓房镇危桥改造完成投资多少", "487.30万元")


def test_plain_words_for_the_three_public(invented):
    says(invented, "青禾县委办2023年公车运行维护费是多少", "公务用车运行维护费：7.44万元")


def test_a_total_row_set_out_by_spaces(invented):
    says(invented, "蒙阴县2023年重点维修的水库合计支出多少万元", "36.48万元")
    says(invented, "蒙阴县水利局2023年重点维修预算合计多少", "37.50万元")


def test_what_a_bureau_lists(invented):
    says(invented, "五峰县文旅局所列场馆年接待人次合计多少", "199317人次")


@pytest.fixture(scope="module")
def neighbours(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen49b"), {
        "a.txt": "永福县卫生健康局2022年度部门整体支出绩效自评报告\n一、基本情况\n全年支出9 416.20万元，预算执行率97.12%。\n"
                 "二、绩效情况\n委托第三方开展群众满意度调查，满意度为93.6%。家庭医生签约服务覆盖12.6万人。\n"
                 "三、下一步\n与临桂区卫生健康局建立医共体交流机制，互学互鉴。\n",
        "b.txt": "临桂区卫生健康局2022年度部门整体支出绩效自评报告\n一、基本情况\n全年支出12 082.75万元，预算执行率95.40%。\n"
                 "二、绩效情况\n全区孕产妇系统管理率93.8%，0-6岁儿童健康管理率94.2%。\n",
    })
    yield services
    services.close()


def test_a_neighbour_named_in_passing_answers_nothing_for_it(neighbours):
    refused(neighbours, "临桂区卫健局2022年群众满意度是多少")
    refused(neighbours, "临桂区卫健局2022年家庭医生签约服务覆盖了多少人")
    says(neighbours, "临桂区卫健局2022年预算执行率是多少", "95.40%")
    says(neighbours, "永福县卫健局2022年群众满意度是多少", "93.6%")


@pytest.fixture(scope="module")
def money(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen49c"), {
        "cdc.txt": "化州市疾病预防控制中心2023年部门整体支出绩效自评报告\n二、年度预算及执行情况\n"
                   "2023年中心年初预算1 830.45万元，全年执行1 788.10万元。其中基本公共卫生服务项目资金215.80万元，全年支出"
                   "206.44万元；艾滋病防控专项经费预算36.00万元。\n",
        "town.txt": "宁乡市花明楼镇人民政府2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                    "全年决算支出4 208.16万元，较上年决算支出3 917.42万元增加290.74万元，增长7.42%。\n"
                    "核定行政编制41名、事业编制52名，年末实有在职人员88人，另有退休人员57人。\n",
        "school.txt": "太湖县第二中学2023年度部门整体支出绩效自评报告\n一、学校基本情况\n"
                      "学校现有教学班42个，在校学生2 236人，其中高一年级768人、高二年级741人、高三年级727人，住校学生1 604人。\n"
                      "二、资助情况\n全年资助学生3 120人次，其中：普通高中国家助学金386.20万元、惠及3 862人次；"
                      "对考入全日制普通高校的家庭经济困难新生发放入学资助18.40万元、惠及184人。\n",
        "fields.txt": "廉江市农业农村局2023年度高标准农田建设项目支出绩效自评报告\n一、资金情况\n"
                      "项目总投资6 120.00万元，截至2023年12月31日，资金实际到位6 120.00万元；累计支出5 702.18万元，预算执行率93.17%。\n"
                      "二、预算调整\n2023年年初预算5 480.00万元，调整后预算6 120.00万元，全年实际支出5 702.18万元。\n"
                      "三、存在问题\n（一）年中追加较多，调整后预算较年初增加640.00万元；\n"
                      "（二）资金支付进度偏慢，尚有417.82万元未支付，主要为工程质保金。\n",
        "form.txt": "高州市妇幼保健院2023年部门整体支出绩效自评报告\n附件：\n部门整体支出绩效自评表\n（2023年度）      单位：万元\n"
                    "部门名称        高州市妇幼保健院\n"
                    "                  年初预    全年预    全年执    分值    执行率    得分\n"
                    "                  算数      算数      行数\n"
                    "年度资金总额      3120.40   3386.15   3290.72   10      97.18%    9.72\n"
                    "其中：财政拨款    1210.40   1346.15   1318.60   —       97.95%    —\n"
                    "上年结转资金      0         40.00     31.52     —       78.80%    —\n"
                    "其他资金          1910.00   2000.00   1940.60   —       97.03%    —\n",
        "justice.txt": "上海市奉贤区司法局2022年部门整体支出绩效自评报告\n一、部门基本情况\n（三）预算安排。2022年全年预算2 906.40万元，"
                       "执行2 801.12万元，执行率96.38%。其中法律援助经费预算388.00万元，全年支出379.65万元；人民调解经费预算150.00万元。\n",
        "court.txt": "北京市怀柔区人民法院2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                     "院机关内设机构12个，下设杨宋、庙城、汤河口3个人民法庭。截至2023年末，在编在岗干警158人，其中员额法官47人。\n",
        "insurance.txt": "民和回族土族自治县医疗保障局2022年城乡居民医疗救助资金项目绩效自评报告\n二、资金使用情况\n"
                         "全年资助困难群众参保38 214人，资助资金1 046.3万元；营养餐全年执行数与预算数差额18 260元，系学生转学所致。\n",
        "grid.txt": "长春市南关区生态环境网格化监管项目2024年度绩效自评报告\n一、项目基本情况\n（二）资金安排。项目2024年预算"
                    "286.00万元，全部为区级财政资金；实际支出271.42万元，预算执行率94.90%。其中网格员劳务补助151.20万元，"
                    "微型监测站运维86.22万元，走航监测服务34.00万元。\n",
        "street.txt": "银川市金凤区满城北街街道办事处2023年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
                      "2023年年初预算1 186.42万元，年中追加预算203.58万元，全年预算数1,390.00万元；全年实际支出1,352.36万元，"
                      "预算执行率97.29%。\n（二）按支出用途分：基本支出927.15万元，其中人员经费796.30万元；项目支出425.21万元。\n",
        "police.txt": "宝鸡市陈仓区公安局2022年度交通信号设施运维项目支出绩效自评报告\n一、项目基本情况\n"
                      "（一）项目概况。区财政2022年安排交通信号设施运维项目资金260.00万元，由区公安局交警大队具体实施。\n"
                      "（二）资金构成。信号灯运维服务费168.00万元，电费及通信费62.00万元，新增路口设备购置30.00万元。\n"
                      "二、项目资金使用情况\n截至2022年12月31日，项目资金全部到位，实际支出251.36万元，执行率96.68%。"
                      "其中信号灯运维服务费实际支付163.20万元。\n",
    })
    yield services
    services.close()


def test_a_bare_spending_after_the_money_it_spends(money):
    says(money, "化州市疾控中心2023年基本公共卫生服务项目资金实际支出多少", "206.44万元")


def test_a_breakdown_of_the_budget_is_no_spending(money):
    refused(money, "陈仓区公安局2022年交通信号项目电费及通信费实际支出了多少")
    says(money, "陈仓区公安局2022年交通信号项目电费及通信费是多少", "62.00万元")
    says(money, "陈仓区公安局2022年信号灯运维服务费实际支付了多少", "163.20万元")
    says(money, "陈仓区公安局2022年交通信号设施运维项目实际支出多少", "251.36万元")


def test_the_year_before_the_reports_own(money):
    says(money, "花明楼镇2023年自评报告里，2022年的决算支出是多少", "3917.42万元")
    says(money, "花明楼镇政府2022年决算支出多少？（见2023年报告）", "3917.42万元")
    says(money, "花明楼镇2023年决算支出是多少", "4208.16万元")


def test_a_town_government_and_its_staff_at_the_years_end(money):
    says(money, "花明楼镇政府2023年底在职的一共有多少人", "88人")
    says(money, "花明楼镇2023年事业编制多少名", "52名")


def test_a_part_with_its_own_figure(money):
    says(money, "太湖县第二中学2023年高三有多少学生", "727人")
    says(money, "太湖二中2023年在校学生有多少", "2236人")
    says(money, "太湖县二中2023年给考入大学的困难新生发了多少入学资助", "18.40万元")


def test_a_river_named_like_a_city():
    from app.core.gazetteer import default_gazetteer

    assert not default_gazetteer().find("与枫桥镇共同推进的浦阳江沿线管网互联项目")
    assert [m.place.name for m in default_gazetteer().find("那湛江呢")] == ["湛江市"]


def test_what_was_not_done_and_a_difference_asked(money):
    says(money, "廉江2023年高标准农田的钱实际花出去多少了", "5702.18万元")
    says(money, "廉江市农业农村局2023年高标准农田还有多少钱没支付", "417.82万元")
    says(money, "廉江市农业农村局2023年调整后预算比年初预算多了多少", "640.00万元")


def test_a_heading_broken_over_two_lines(money):
    says(money, "高州市妇幼保健院2023年上年结转资金执行率是多少", "78.80%")
    says(money, "高州市妇幼保健院2023年其他资金实际执行了多少", "1940.60")
    says(money, "高州妇幼2023年全年预算数是多少", "3386.15")


def test_a_government_named_short():
    from app.core.organisations import in_full

    towns = ["浏阳市大瑶镇人民政府", "诸暨市店口镇人民政府"]
    assert in_full("大瑶镇政府2023年底在职多少人", towns) == "大瑶镇人民政府2023年底在职多少人"
    assert in_full("店口镇政府性基金预算收入有多少", towns) == "店口镇政府性基金预算收入有多少"  # a fund, no government
    assert in_full("南和县政府投资项目审减了多少", towns) == "南和县政府投资项目审减了多少"  # no report of the county's


def test_spending_under_a_budgets_heading(money):
    says(money, "奉贤区司法局2022年法律援助经费实际支出了多少", "379.65万元")
    says(money, "奉贤区司法局2022年法律援助经费预算多少", "388.00万元")


def test_courts_counted_not_staff(money):
    says(money, "怀柔区法院下面有几个人民法庭", "3个")
    says(money, "怀柔区法院2023年在编在岗干警有几个人", "158人")


def test_a_verb_of_money_before_the_people_it_counts(money):
    says(money, "民和县医保局2022年资助多少困难群众参保", "38214人")
    says(money, "民和县医保局2022年营养餐执行数比预算少了多少钱", "18260元")


def test_parts_of_what_was_spent_under_a_budgets_heading(money):
    says(money, "南关区网格化项目网格员劳务补助花了多少", "151.20万元")


def test_the_years_spending_after_a_budget_added(money):
    says(money, "满城北街街道办事处2023年一共花了多少钱", "1,352.36万元")


def test_minutes_are_no_points():
    from app.answering.question import _kinds

    assert _kinds("修水县2023年暴雨预警信号提前了多少分钟")[0] != "score"
    assert _kinds("修水县气象局2023年自评得了多少分")[0] == "score"
