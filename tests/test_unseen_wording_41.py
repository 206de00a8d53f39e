"""Session 41's general rules, each on invented text. Metadata: an organisation the text names only as under the one reporting ("本局…下属事业单位1个，即…服务中心") is not
the report's. Scoping: a report that never names its own
organisation but speaks as one of a kind ("我中心") is the one a question names by that kind ("该疾控中心"),
and not one named by another kind ("该卫生院"); a place's report is the one a question points at by its
kind ("定西那个法院"), and no report answers for a kind none is ("该档案馆"). Forms: headings run together by a scan ("年初预算数全年预算数…", "实际完成" / "值分值得分…"), its slips in
figures ("l 286人", "2 2OO") and words ("执行卒"), a row's name broken over lines ("当年财政拨" / "款") or run
into its groups ("产出指标数量指标…"); a table one cell a line under "（单位：万元）", and one set out by spaces, its header indented over the rows'
names and its unit on the line below, and one whose unit only the text's sums tell ("年初预算1 276.53万元" of a
column adding up to it); "计划" inside a project's
name asks no plan; points listed after one said 得分 are points got, and a report's 得分 asked alone is its
总分; what was before a change is asked "改造前"; people counted
after the ask ("多少优抚对象") are the form row that counts them; an organisation's name before what is counted says whose, and a count listed after the
organisation's ("书画创作中心编制4名、实有3人") is the organisation's too ("…援助服务中心实有几人"); "自评总分" asks the form's 总分, not a row's 得分. Tables: a row set out by spaces of its name and cells "目标30名" / "实际33名" gives the row's target and
what was done of it; a web table's rows under its header's 年度目标值 and 实际完成值 columns are targets and what was
done, to the table's end; a passage landing on a target goes on to what was done beside it. Asking: "补助发给了多少学生" counts people, whatever money comes before, and "87名家庭经济困难寄宿生" are such
people; "来看门诊的" asks no 来看, and a label asked with no
interrogative that ends in a measure ("…人次") asks a count. Text: what money went to ("用在了什么项目上") is said by the
passage that says it went to a thing of the kind asked ("用于…项目").
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen41"), {
        "unnamed_cdc.txt": "重点传染病防控项目绩效自评报告\n一、项目概况\n我中心承担辖区传染病监测、预防接种和健康教育工作。\n"
                           "2023年我单位项目资金：免疫规划经费42.60万元、结核病防治18.20万元、病媒生物监测7.35万元。\n"
                           "二、完成情况\n全年报告传染病疫情1 286例，及时报告率100%。\n",
        "named_cdc.txt": "渭源县疾病预防控制中心2021年度部门整体支出绩效自评报告\n一、收支\n"
                         "渭源县疾控中心2021年总支出612.40万元，其中免疫规划经费31.10万元。\n",
        "lottery.txt": "清水县2022年度福利彩票公益金项目绩效自评报告\n"
                       "根据省级福利彩票公益金项目管理办法，现将2022年度下达我县的福利彩票公益金项目绩效自评情况公开如下：\n"
                       "一、资金下达\n2022年下达我县福利彩票公益金项目资金150万元，用于白沙乡敬老院改扩建项目，新增床位60张。\n"
                       "二、资金使用\n150万元福利彩票公益金项目资金已全部拨付到位，不存在截留挪用情况。\n",
        "scanned_form.txt": "项目支出绩效自评表\n（2O23年度）\n项目名称困难群众救助资金主管部门临洮县民政局\n实施单位临洮县社会救助服务中心\n"
                            "项目资金（万兀）年初预算数全年预算数全年执行数分值执行卒得分\n"
                            "年度资金总额 2 100.00 2 386.40 2 301.75 10 执行卒96.45%得分9.65\n"
                            "其中：当年财政拨\n款 2 100.00 2 210.00 2 140.62 — 96.86% —\n"
                            "其他资金（福彩公益\n金） 0 176.40 161.13 — 91.34% —\n"
                            "一级指标二级指标三级指标年度指标值实际完成\n值分值得分偏差原因分析及改进措施\n"
                            "产出指标数量指标城乡低保保障人\n数\n≥1 2OO人 l 286人 10 10\n"
                            "质量指标救助资金发放准确率 100% 100% 10 10\n"
                            "满意度指标服务对象满意度指标救助对象满意度 ≥90% 93.4% 10 10\n"
                            "总分 100 97.65\n",
        "nutrition.txt": "2023年度项目支出绩效自评表\n项目名称：学生饮用奶计划\n主管部门：会东县教育局\n"
                         "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
                         "满意度指标 服务对象满意度指标 家长满意度 ≥90% 94.1% 10 10\n总分 100 98.5\n",
        "bureau.txt": "会理市统计局2023年度部门整体支出绩效自评报告\n一、收支\n全年支出612.35万元，支出构成如下（单位：万元）：\n"
                      "项目\n年初预算\n全年支出\n基本支出\n430.20\n441.06\n项目支出\n150.00\n171.29\n",
        "aligned.txt": "会泽县机关事务服务中心2023年度部门整体支出绩效自评报告\n（二）支出。支出合计2 488.15万元。\n"
                       "                 年初预算    调整后预算    决算\n"
                       "基本支出        1 041.20    1 072.58     1 066.40\n"
                       "  人员经费        856.30      876.14       873.52\n"
                       "项目支出        1 163.46    1 496.44     1 421.75\n"
                       "（单位：万元）\n人员经费占基本支出的81.91%。\n",
        "union.txt": "宾川县总工会2023年度部门整体支出绩效自评报告\n一、机构人员\n核定编制15名，实有13人；其中，县职工法律援助服务中心编制6名、实有5人。\n"
                     "四、自评得分\n自评总分93.40分，等级“优”。其中预算执行得分9.50分，产出指标46.20分，效益指标28.10分，满意度9.60分。\n",
        "finance.txt": "宁洱县财政局2023年度部门整体支出绩效自评报告\n（二）机构和人员情况\n"
                       "截至2023年12月31日，编制46名，其中行政编制38名、事业编制8名；实有人数44人。其中，县财政投资评审中心编制7名、实有6人。\n"
                       "三、产出\n全年完成财政投资评审项目512个，审减金额1.26亿元。\n",
        "veterans.txt": "2023年度项目支出绩效自评表\n项目名称\n重点优抚对象生活补助\n主管部门\n弥渡县退役军人事务局\n"
                        "项目资金\n（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
                        "年度资金总额\n1 210.00\n1 306.48\n1 306.48\n10\n100.00%\n10\n"
                        "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
                        "产出指标\n数量指标\n享受生活补助优抚对象人数\n≥2 100人\n2 164人\n20\n20\n总分\n100\n99\n",
        "water.txt": "祥云县2023年农村供水保障工程项目支出绩效自评报告\n三、效益\n工程受益人口3.12万人；全县农村自来水普及率由91.4%提高到94.8%。\n",
        "archive.txt": "大姚县档案馆2022年度部门整体支出绩效自评报告\n二、部门预算收支情况\n"
                       "1.收入。2022年年初预算1 276.53万元，调整后预算1 410.28万元。\n2.支出。支出合计1 376.94万元。\n"
                       "| 支出类别 | 年初预算 | 调整后预算 | 决算 |\n| 基本支出 | 796.40 | 851.02 | 842.63 |\n"
                       "| 项目支出 | 480.13 | 559.26 | 534.31 |\n",
        "audit.txt": "一、部门概况\n本局主管全县审计工作。本局内设科室6个，下属事业单位1个，即永胜县经济责任审计服务中心。\n"
                     "二、支出\n本局2023年支出合计812.40万元。\n",
        "clinic.txt": "作为龙岗镇中心卫生院，我院承担全镇12个行政村的基本医疗服务。\n表1 主要业务指标\n指标\n2021年\n2022年\n增减\n"
                      "门诊诊疗人次\n31 204\n33 517\n7.41%\n住院人次\n1 904\n2 126\n11.66%\n",
        "school.txt": "二、部门整体支出绩效情况\n大仓中心小学2023年全年实际支出986.30万元。按小学生均650元标准拨付公用经费58.40万元；"
                      "为43名家庭经济困难寄宿生发放生活补助4.30万元。本校为县教育局下属二级预算单位。\n",
        "planting.txt": "安图县松江镇林业站2023年人工造林项目绩效自评报告\n三、绩效指标完成情况\n"
                        "| 一级指标 | 二级指标 | 三级指标 | 年度目标值 | 实际完成值 |\n|---|---|---|---|---|\n"
                        "| 产出指标 | 数量指标 | 人工造林面积 | 800亩 | 826亩 |\n"
                        "| 效益指标 | 社会效益 | 带动当地群众务工 | 200人次 | 640人次 |\n",
        "envoys.txt": "明水县2023年科技特派员农村科技创业行动项目绩效自评报告\n一、项目概况\n全年计划选派科技特派员30名（2022年选派26名）。\n"
                      "三、绩效指标完成情况\n选派科技特派员      目标30名        实际33名\n服务行政村          目标40个        实际44个\n"
                      "开展技术培训        目标90场次      实际97场次\n",
        "court_form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称 双辽市人民法院\n单位：万元\n"
                          "资金情况 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                          "年度资金总额 2 186.35 2 412.80 2 328.96 10 96.53% 9.65\n"
                          "其中：当年财政拨 1 975.20 2 118.66 2 051.03 — 96.81% —\n款\n"
                          "上年结转资金 0.00 183.54 167.33 — 91.17% —\n",
        "arts.txt": "弥勒市文学艺术界联合会2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                    "（二）机构人员：核定编制10名，实有人数9人；其中机关编制6名、实有6人，书画创作中心编制4名、实有3人。\n",
        "village_form.txt": "项目支出绩效自评表\n项目名称\t农村人居环境整治\n实施单位\t马关县八寨镇人民政府\n"
                            "年度总体目标\t预期目标\t实际完成情况\n"
                            "\t完成户厕改造200户，农村生活污水治理率达到30%。\t完成户厕改造214户，全镇生活垃圾收运处置体系覆盖率100%，"
                            "农村生活污水治理率31.2%。\n",
        "court.txt": "渭源县人民法院2023年度部门整体支出绩效自评报告\n一、审判\n全年审结各类案件3 412件。\n",
    })
    yield services
    services.close()


def test_a_report_that_never_names_itself_is_named_by_the_kind_it_speaks_as(invented):
    says(invented, "该疾控中心2023年免疫规划经费是多少？", "42.60万元")
    says(invented, "这个疾控中心2023年病媒生物监测的钱有多少", "7.35万元")
    refused(invented, "该卫生院2023年免疫规划经费是多少？")  # it speaks as a 中心, not as a 院


def test_an_organisation_pointed_at_by_its_kind(invented):
    says(invented, "定西那个法院2023年审结了多少案件", "3412件")  # 渭源县 lies in 定西市
    says(invented, "这个法院2023年审结了多少案件", "3412件")
    refused(invented, "该档案馆2023年审结了多少案件")  # no report is an 档案馆's


def test_what_the_money_went_to_is_said_where_it_goes_to_a_thing_of_the_kind_asked(invented):
    answer = invented.ask("清水县这笔福彩公益金用在了什么项目上？")
    assert answer.found and "白沙乡敬老院改扩建项目" in answer.citations[0].quote, answer.answer


def test_a_scanned_form_with_its_headings_run_together(invented):
    says(invented, "临洮县困难群众救助资金全年执行数是多少", "2301.75")
    says(invented, "临洮困难群众救助当年财政拨款执行率", "96.86%")
    says(invented, "临洮困难群众救助福彩公益金那部分执行了多少", "161.13")
    says(invented, "临洮县困难群众救助城乡低保保障人数实际完成多少", "1286人")
    says(invented, "临洮县困难群众救助资金自评总分多少？", "97.65")


def test_a_word_of_the_projects_name_asks_no_plan(invented):
    says(invented, "会东县学生饮用奶计划家长满意度多少？", "94.1%")


def test_a_table_one_cell_a_line_under_its_unit(invented):
    says(invented, "会理市统计局2023年项目支出全年支出多少", "171.29万元")


def test_a_table_set_out_by_spaces_with_its_unit_below(invented):
    says(invented, "会泽县机关事务服务中心人员经费调整后预算是多少", "876.14万元")
    says(invented, "会泽县机关事务服务中心2023年项目支出决算数", "1421.75万元")


def test_points_listed_after_a_score_and_the_total_asked_alone(invented):
    says(invented, "宾川县总工会2023年效益指标得分？", "28.10分")
    says(invented, "宾川县总工会2023年自评得分", "93.40分")
    says(invented, "宾川县总工会预算执行得分", "9.50分")


def test_a_units_name_before_what_is_counted_says_whose(invented):
    says(invented, "宾川县总工会下面的职工法律援助服务中心实有几个人？", "5人")
    says(invented, "宁洱县财政局下面的财政投资评审中心实有几个人？", "6人")
    says(invented, "弥勒市书画创作中心实有几人？", "3人")


def test_what_was_before_a_change_and_people_counted_after_the_ask(invented):
    says(invented, "祥云县农村自来水普及率改造前是多少？", "91.4%")
    says(invented, "祥云县农村自来水普及率现在是多少？", "94.8%")
    says(invented, "弥渡县退役军人事务局实际给多少优抚对象发了生活补助？", "2,164人")


def test_a_tables_unit_told_by_the_sums_the_text_states(invented):
    says(invented, "大姚县档案馆2022年基本支出调整后预算", "851.02万元")
    says(invented, "大姚县档案馆2022年项目支出决算数是多少？", "534.31万元")


def test_an_organisation_named_only_as_under_the_one_reporting_is_not_its_author(invented):
    row = next(r for r in invented.reports() if "audit" in r["file"])
    assert row["department"] != "永胜县经济责任审计服务中心", row
    assert row["region"] == "永胜县", row


def test_a_visit_verb_and_a_label_ending_in_a_measure(invented):
    says(invented, "龙岗镇卫生院2022年来看门诊的有多少人次？", "33517")
    says(invented, "龙岗镇中心卫生院2021年住院人次", "1904")


def test_people_counted_after_the_ask_whatever_money_comes_before(invented):
    says(invented, "大仓中心小学2023年困难寄宿生补助发给了多少学生？", "43名")


def test_what_was_done_beside_a_target_in_a_web_tables_row(invented):
    says(invented, "松江镇造林项目带动老百姓打工多少人次？", "640人次")
    says(invented, "松江镇造林项目带动老百姓打工目标是多少人次？", "200人次")
    refused(invented, "松江镇造林项目实际种了多少棵苗？")  # 826亩 is no count of seedlings
    answer = invented.ask("八寨镇农村生活污水治理率到了多少？")  # a cell of sentences: not the next rate, 100%
    assert not answer.found or "31.2%" in answer.answer.splitlines()[0], answer.answer


def test_a_rows_cells_that_say_target_and_done_themselves(invented):
    says(invented, "明水县科技局2023年实际选派了多少名科技特派员？", "33名")


def test_a_rows_name_ending_on_the_line_after_its_figures(invented):
    says(invented, "双辽市人民法院2023年当年财政拨款的执行率", "96.81%")
