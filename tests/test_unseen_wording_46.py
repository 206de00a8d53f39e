"""Session 46's general rules, each on invented text.
Gaps: "离目标还差多少", "差目标几个点", "比目标少办了多少件" ask the gap a report states ("较目标值（93%）差1.7个百分点",
"未完成，差48件"), never the target or what was reached; where none is stated, they are refused.
Yields: "平均亩产多少" asks a weight, not the money a 户均增收 row gives.
Money in 亿: "实际花了几个亿", "有多少个亿" ask money, no count of 个.
Wholes and parts: "整个部门", like 部门整体, asks the department's own figure; a unit's 结余 said after its 支出 is the
unit's; "实际一共花了多少钱" is the 支出合计, not an item's "支出医疗救助资金"; a form's 上年结转 row is no 结余; a
column of last year's beside this year's ("2023年决算 | 2022年决算") is last year's; "公务接待费" is no
公务用车运行维护费.
Plain words: "修好了几座" asks what was done; "落款日期" asks the signature whatever else names the report; "规定几号之前"
asks a deadline ("6月30日前"), "实际哪天" the day it was done; "现在一共种了多少" the whole now, not what is new;
"固定资产净值" is money; "有几台车" counts 车 though it is one character; remains are counted in 具.
Ages: "九十多岁", "90多岁" ask the 90—99周岁 band, "百岁老人" the 100周岁及以上 one; a form's row named by its band
("90—99周岁享受人数 | ≥3 500人 | 3 712人") is a row like any other.
Cells: a form copied one cell per line ("10 8 1个站点…") is read cell by cell, no 1081个.
Not done: a question asking what was not done ("还有多少没到位", "还剩多少钱没付") is answered only by a figure the
report says was not done or is left ("尚有247.50万元未到位", "剩余186.40万元为质量保证金"), never by what was done
beside it; where the report says only what was done, it is refused — the tool does not subtract.
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen46"), {
        "water.txt": "沅陵县水利局2023年农村供水保障项目支出绩效自评报告\n一、资金情况\n"
                     "项目总投资2 860.00万元，其中中央资金1 600.00万元、省级资金600.00万元、县级配套资金660.00万元。\n"
                     "截至2023年12月31日，中央和省级资金全部到位，县级配套资金到位412.50万元，尚有247.50万元未到位。\n"
                     "全县计划实施供水工程15处，已完工12处，尚有3处未完工。\n"
                     "二、资金使用情况\n累计支付工程款2 618.30万元，剩余186.40万元为工程质量保证金，待缺陷责任期满后支付。\n",
        "roads.txt": "芷江侗族自治县交通运输局2023年农村公路提质改造项目支出绩效自评报告\n一、资金到位情况\n"
                     "| 资金来源 | 预算数（万元） | 到位数（万元） | 到位率 |\n"
                     "| 省级补助资金 | 1 200.00 | 1 200.00 | 100% |\n"
                     "| 县级配套资金 | 480.00 | 356.20 | 74.21% |\n"
                     "二、资金支出情况\n全年支付工程款1 498.60万元。\n",
        "petition.txt": "潍坊市坊子区信访局2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
                        "信访事项按期办结率95.2%，未达到97%的年度目标，差1.8个百分点。初信初访一次性化解率92.7%（目标90%）。"
                        "年度计划化解信访积案36件，实际化解31件，尚有5件因涉及历史遗留问题未化解。"
                        "群众满意率91.3%，较目标值（93%）差1.7个百分点。\n",
        "legal.txt": "锦州市凌河区司法局2023年度公共法律服务项目绩效自评报告\n二、绩效目标完成情况\n"
                     "1.办理法律援助案件512件，年度目标560件，未完成，差48件；与上年476件相比增加36件。\n"
                     "三、预算执行情况\n结余原因：法律援助信息系统升级项目验收推迟，合同尾款186 500.00元未支付。\n",
        "potato.txt": "项目支出绩效自评表\n（2023年度）\n| 项目名称 | 2023年定西市安定区马铃薯绿色高质高效行动项目 |\n"
                      "| 主管部门 | 安定区农业农村局 | 实施单位 | 安定区农业技术推广中心 |\n"
                      "| 年度总体目标 | 建设示范区3万亩，示范区亩均增产8%以上 | 建成示范区3.2万亩，示范区平均亩产2 214公斤，较非示范区增产10.6% |\n"
                      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                      "| 效益指标 | 经济效益指标 | 示范区亩均增产 | ≥8% | 10.6% | 10 | 10 |\n"
                      "| | 经济效益指标 | 示范区户均增收 | ≥700元 | 962元 | 5 | 5 |\n",
        "medical.txt": "苍溪县医疗保障局2023年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
                       "2023年度支出合计3 126.40万元，其中基本支出702.18万元，项目支出2 424.22万元。\n"
                       "三、主要工作\n（二）医疗救助\n全年累计救助困难群众38 214人次，支出医疗救助资金1 208.66万元。\n",
        "affairs.txt": "绥化市机关事务管理局2023年度部门整体支出绩效自评报告\n二、部门预算执行情况\n"
                       "（一）部门整体。2023年全年预算4 216.30万元，实际支出3 985.12万元，执行率94.52%，结余231.18万元。\n"
                       "（二）分单位情况。局机关全年预算1 402.60万元，实际支出1 366.05万元，结余36.55万元；"
                       "绥化市机关事务服务中心全年预算2 813.70万元，实际支出2 619.07万元，结余194.63万元。\n"
                       "（三）“三公”经费。公务用车运行维护费实际支出29.84万元。\n"
                       "（四）资产情况。年末固定资产原值8 412.36万元，净值5 106.92万元。\n",
        "hospital.txt": "当雄县人民医院2023年度部门整体支出绩效自评报告\n（三）“三公”经费情况\n单位：万元\n"
                        "| 项目 | 2023年预算 | 2023年决算 | 2022年决算 |\n| 公务接待费 | 5.00 | 4.12 | 4.76 |\n"
                        "| 公务用车购置及运行维护费 | 24.00 | 22.35 | 26.90 |\n",
        "airform.txt": "项目支出绩效自评表\n（2022年度）\n项目名称\n2022年榆树市大气污染防治专项资金\n主管部门\n榆树市生态环境局\n"
                       "项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n860.00\n860.00\n"
                       "774.40\n10\n90.05%\n9.00\n上年结转资金\n0\n0\n0\n—\n—\n—\n"
                       "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
                       "产出指标\n数量指标\n完成小型锅炉淘汰数量\n12台\n10台\n15\n12\n2台因企业搬迁顺延\n"
                       "质量指标\n监测站点运行率\n≥95%\n94.5%\n10\n8\n1个站点运维合同延迟续签\n"
                       "资金结余85.60万元，主要为部分清洁取暖补贴需待验收合格后拨付。\n",
        "subsidy.txt": "宣威市2023年度耕地地力保护补贴项目支出绩效自评报告\n二、绩效目标完成情况\n"
                       "3.时效指标。要求2023年7月15日前兑付到户，实际于2023年7月2日全部通过“一卡通”发放到户。\n"
                       "（三）产业发展。新增核桃提质增效2 300亩，全市核桃种植面积达到6.4万亩。\n\n"
                       "宣威市农业农村局\n2024年3月6日\n",
        "elderly.txt": "儋州市2023年度高龄津贴项目支出绩效自评表\n"
                       "实际完成情况\t全年按月发放高龄津贴12次，月均发放人数31 208人。\n"
                       "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
                       "产出指标\t数量指标\t80—89周岁享受人数\t≥25 000人\t26 114人\t10\t10\t\n"
                       "产出指标\t数量指标\t90—99周岁享受人数\t≥4 500人\t4 906人\t10\t10\t\n"
                       "产出指标\t数量指标\t100周岁及以上享受人数\t≥150人\t188人\t5\t5\t\n",
        "funeral.txt": "韩城市殡仪馆2023年度部门整体支出绩效自评报告\n一、基本情况\n现有殡仪车5台，火化炉3台，告别厅2个。\n"
                       "二、绩效目标完成情况\n全年火化遗体3 128具，火化率100%。\n",
        "grain.txt": "通化市粮食和物资储备局2023年度市级储备粮轮换补贴项目绩效自评报告\n二、资金情况\n"
                     "2023年项目预算1.42亿元，实际支出1.27亿元，较预算少支出1 486.50万元，预算执行率89.53%。\n"
                     "区级配套资金因财政调度原因未足额到位，差额860千元计划于2024年上半年拨付。\n",
    })
    yield services
    services.close()


def test_what_was_not_done_is_said_so(invented):
    says(invented, "沅陵供水项目县级配套还有多少钱没到位", "247.50万元")
    says(invented, "沅陵农村供水项目还剩多少钱没支付", "186.40万元")
    says(invented, "沅陵供水工程还有几处没完工", "3处")
    says(invented, "沅陵供水工程完工了几处", "12处")


def test_the_answer_says_it_is_what_is_left(invented):
    says(invented, "沅陵供水项目县级配套还有多少钱没到位", "未到位")


def test_what_was_done_never_answers_what_was_not(invented):
    refused(invented, "芷江农村公路提质改造县级配套还差多少没到位")
    refused(invented, "芷江农村公路项目还有多少工程款没付")
    says(invented, "芷江农村公路县级配套到位了多少", "356.20")


def test_the_gap_to_a_target_as_stated(invented):
    says(invented, "坊子信访局按期办结率离目标差多少", "1.8个百分点")
    says(invented, "坊子区信访局群众满意率差目标几个点", "1.7个百分点")
    says(invented, "凌河司法局2023年法律援助案件比目标少办了多少件", "48件")
    refused(invented, "坊子信访局初信初访一次性化解率离目标还差多少")


def test_what_was_not_done_in_the_reports_words(invented):
    says(invented, "坊子信访局信访积案还有几件没化解", "5件")
    says(invented, "凌河司法局信息系统升级尾款没付的金额是多少", "186500.00元")


def test_a_yield_is_no_sum(invented):
    says(invented, "安定区马铃薯项目示范区平均亩产多少", "2214公斤")


def test_the_whole_department_and_its_units(invented):
    says(invented, "苍溪县医保局2023年实际一共花了多少钱", "3126.40万元")
    says(invented, "苍溪县医保局2023年医疗救助花了多少钱", "1208.66万元")
    says(invented, "绥化机关事务局2023年整个部门实际支出多少", "3985.12万元")
    says(invented, "绥化机关事务局2023年部门整体结余多少", "231.18万元")
    says(invented, "绥化机关事务服务中心2023年结余多少", "194.63万元")
    says(invented, "绥化机关事务局2023年末固定资产净值是多少", "5106.92万元")
    refused(invented, "绥化市机关事务管理局2023年公务接待费实际支出多少")


def test_last_years_column_beside_this_years(invented):
    says(invented, "当雄县医院2023年公务接待费决算数是多少", "4.12")
    says(invented, "当雄县医院报告里，2022年公务用车购置及运行维护费决算是多少", "26.90")


def test_a_form_copied_one_cell_per_line(invented):
    says(invented, "榆树大气污染防治专项实际淘汰了几台锅炉", "10台")
    says(invented, "榆树大气污染防治专项锅炉淘汰实际修好了几台", "10台")
    says(invented, "榆树市大气污染防治专项资金结余了多少钱", "85.60万元")


def test_days_and_wholes_in_plain_words(invented):
    says(invented, "宣威耕地地力保护补贴2023年规定几号之前要发到户", "2023年7月15日")
    says(invented, "宣威耕地地力保护补贴2023年实际哪天发到户的", "2023年7月2日")
    says(invented, "宣威市现在核桃一共种了多少", "6.4万亩")
    says(invented, "宣威农业农村局这份种粮补贴自评报告落款日期是哪天", "2024年3月6日")


def test_cells_apart_stay_apart():
    from app.answering.scope import matchable

    assert "1081" not in matchable("≥95% 94.5% 10 8 1个站点运维合同延迟续签")
    assert "1234.56万元" in matchable("合计 1 234.56万元")


def test_ages_in_plain_words(invented):
    says(invented, "儋州市2023年九十多岁领高龄津贴的有多少人", "906人")
    says(invented, "儋州2023年80多岁领高龄津贴的有多少人", "26,114人")
    # the band's row, not the 31 208 of all bands: "老人" are who its 享受人数 counts
    says(invented, "儋州2023年八十多岁的老人有多少人领高龄津贴", "26,114人")
    says(invented, "儋州市2023年有多少百岁老人领高龄津贴", "188人")


def test_things_of_one_character_and_their_measures(invented):
    says(invented, "韩城殡仪馆有几台车", "5台")
    says(invented, "韩城殡仪馆2023年火化遗体多少具", "3128具")


def test_money_in_hundred_millions_and_gaps_said_as_差额(invented):
    says(invented, "通化粮储局储备粮轮换补贴项目2023年实际花了几个亿", "1.27亿元")
    says(invented, "通化粮储局储备粮轮换补贴项目2023年预算有多少个亿", "1.42亿元")
    says(invented, "通化储备粮轮换补贴项目区级配套资金差了多少没到位", "860千元")
    says(invented, "沅陵农村供水项目县级配套还差多少没到位", "247.50万元")
