"""Session 38's general rules, each on invented text: a town named inside an organisation's name is that
town's ("X县Y镇人民政府" is not X县人民政府, nor another town's); "部门整体支出是多少" asks the spending;
"该项目" names the report's own project, no phrase to find; a city written before its county is no term;
"经费" of a rate of money says only money; a target word says which figure, not what is measured; a
per-mille figure is a rate; an abbreviation the reports spell out more often than they use it is matched
as spelt; "一共/总共" of the report's own funds is their whole ("项目资金总额…，其中"); "A、B分别为x、y" labels x and y; "实际花了多少" is no part's; a label's
words of doing ask nothing ("全年开展…活动"); a place's short form inside a quoted name is none; forms as copies give
them (a header with one more label cell than its rows, a grid in the unit stated over the form's first,
"总分 100 97.6分", cells one per line, a row whose digit groups one space sets apart, a merged "年度预算"
cell, parts whose columns only the whole's sums tell, empty cells between values, a report of two
projects' forms); "1.项目资金：" under "（一）…项目" is that project's; "户户厕" is 户 then 户厕;
整体/综合 ask the whole; "X团市委" is 共青团X市委员会; "…公安局三原分局" is 三原县's; a place in brackets
after an organisation ("新华区法院（沧州）"); a thing no report names even in part is refused."""

import pytest

from app.answering.scope import matchable, matched_at
from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen38"), {
        "town.txt": "灌南县新安镇人民政府2023年度部门整体支出绩效自评报告\n一、预算收支情况\n"
                    "2023年全年预算5,120.40万元，全年支出4,986.12万元，预算执行率97.38%。\n"
                    "二、履职情况\n按照灌南县人民政府部署，完成农村人居环境整治村庄18个。\n",
        "tb.txt": "岳阳县疾病预防控制中心2023年度结核病防治项目支出绩效自评报告\n一、项目概况\n"
                  "2023年项目资金总额96.80万元，其中中央补助资金60.00万元，县级配套资金36.80万元。\n"
                  "二、项目资金使用情况\n截至2023年12月31日，项目实际支出92.35万元，执行率95.40%。"
                  "其中：患者诊疗补助支出51.20万元，督导及培训支出22.15万元，实验室检测支出19.00万元。\n"
                  "三、绩效目标完成情况\n全县肺结核报告发病率0.38‰。依托基本公共卫生服务项目开展患者随访管理，"
                  "拨付基本公共卫生服务资金18.60万元，基本公共卫生服务项目覆盖全县。\n"
                  "四、存在问题\n基本公共卫生服务随访信息录入不够及时。\n"
                  "五、下一步工作\n加强与基本公共卫生服务项目的衔接，做好公共卫生应急准备。\n",
        "system.txt": "平江县卫生健康局2023年度部门整体支出绩效自评报告\n一、存在问题\n"
                      "基本公卫系统与医院信息系统尚未互通。\n",
        "housing_form.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\n2023年农村危房改造补助资金\n主管部门\n"
                            "泸溪县住房和城乡建设局\n单位：万元\n年初预算数\n全年预算数\n全年执行数\n执行率\n年度预算\n"
                            "310.00\n352.40\n340.15\n96.52%\n按收入性质分\n一般公共预算：352.40\n其中：中央 210.00\n"
                            "省级 88.40\n县级 54.00\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
                            "产出指标\n数量指标\n农村危房改造户数\n≥410户\n426户\n15\n15\n",
        "hospital.txt": "附件2\n部门整体支出绩效自评表\n（2022年度）\n填报单位（盖章）：宁乡市人民医院\t\t\t单位：万元\n"
                        "部门（单位）名称\t宁乡市人民医院\n年度主要任务\t任务名称\t主要内容\t预算数\t执行数\n"
                        "\t基本医疗服务\t门急诊及住院服务\t21 406.10\t20 877.35\n"
                        "年度预算执行情况\t资金来源\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                        "年度资金总额\t24 118.60\t23 290.47\t10\t96.57%\t9.7\n"
                        "其中：财政拨款\t2 712.50\t2 640.02\t—\t97.33%\t—\n"
                        "其他资金\t21 406.10\t20 650.45\t—\t96.47%\t—\n"
                        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                        "满意度指标\t服务对象满意度指标\t患者满意度\t≥90%\t94.2%\t10\t10\n总分\t100\t97.6分\n",
        "school.txt": "项目支出绩效自评表\n（2023年度）\n项目名称：学生营养改善计划\n"
                      "主管部门：蒙山县教育局　　实施单位：蒙山县第三中学\n单位：元\n"
                      "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                      "年度资金总额\t980 000\t1 012 000\t1 004 770\t10\t99.29%\t9.9\n\n"
                      "项目支出绩效自评表\n（2023年度）\n项目名称：家庭经济困难寄宿生生活补助\n"
                      "主管部门：蒙山县教育局　实施单位：蒙山县第三中学　单位：元\n"
                      "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                      "年度资金总额 400 000 412 500 412 500 10 100% 10\n"
                      "其中：中央资金 200 000 206 250 206 250 — 100% —\n自治区资金 120 000 123 750 123 750\n",
        "township.txt": "东乡族自治县那勒寺镇人民政府2023年度项目支出绩效自评报告\n"
                        "我镇对2023年度3个项目开展了自评。3个项目预算合计318.60万元，实际支出310.25万元，"
                        "综合执行率97.38%。\n一、项目绩效完成情况\n（一）花椒产业发展项目\n"
                        "1.项目资金：预算180.00万元，实际支出176.40万元，执行率98.00%。\n"
                        "2.绩效完成：新建花椒基地1 500亩。\n（二）农村户厕改造项目\n"
                        "1.项目资金：预算58.60万元，实际支出58.60万元，执行率100%。\n"
                        "2.绩效完成：完成农村卫生户厕改造293户。\n（三）乡村公益性岗位项目\n"
                        "1.项目资金：预算80.00万元，实际支出75.25万元，执行率94.06%。\n",
        "league.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\t希望工程圆梦助学项目\n"
                      "主管部门\t共青团麻城市委员会\t实施单位\t共青团麻城市委员会\n"
                      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                      "产出指标\t数量指标\t资助困难学生人数\t≥150人\t163人\t10\t10\n",
        "police.txt": "项目支出绩效自评表\n（2023年度）\n项目名称：基层派出所装备提升项目\n"
                      "主管部门：咸阳市公安局三原分局      实施单位：咸阳市公安局三原分局\n项目资金（万元）\n"
                      "        年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
                      "年度资金总额    210.00    226.00    219.80    10    97.26%    9.73\n"
                      "年度总体目标\n实际完成情况：配备执法记录仪88台；全年排查化解矛盾纠纷512起。\n",
        "court.txt": "沧州市新华区人民法院2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                     "2023年度实际支出3 215.60万元，预算执行率97.12%。\n",
        "civil_form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称  敦化市民政局\n"
                          "年度部门整体支出预算执行情况（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
                          "年度资金总额  3120.5  3386.2  3301.45  10  97.50%  9.75\n"
                          "按收入性质分  一般公共预算  3210.2  3128.65\n政府性基金预算  176  172.8\n"
                          "按支出性质分  基本支出  402.3  398.1\n项目支出  2983.9  2903.35\n",
        "training_form.txt": "光泽县2023年度项目支出绩效自评表\n项目名称 2023年就业技能培训补贴项目\n"
                             "主管部门 光泽县人力资源和社会保障局   实施单位 光泽县就业服务中心\n"
                             "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
                             "年度资金总额  600  712  668.5  10  93.89%  9.39\n"
                             "其中：当年财政拨款  600  600  562.3    93.72%\n",
        "procuratorate.txt": "吴忠市利通区人民检察院2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                             "2023年预算数、执行数分别为2,815.40万元、2,766.12万元，执行率98.25%。"
                             "其中基本支出2,140.36万元，项目支出625.76万元。\n二、履职情况\n"
                             "全年开展法治宣传活动共计38场（次）。开展“博爱送万家”活动，走访慰问困难群众126户。\n",
        "street_form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门名称\t长治市潞州区人民政府英雄中路街道办事处\n"
                           "主管部门\t长治市潞州区人民政府\n单位：万元\n"
                           "年度预算执行情况\t资金来源\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                           "年度资金总额\t1 206.40\t1 180.22\t10\t97.83%\t9.8\n总分\t100\t95.6\n",
        "reservoir_form.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\t小型水库除险加固工程\n主管部门\t商城县水利局\n"
                              "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                              "产出指标\t数量指标\t除险加固水库数量\t9座\t8座\t15\t13\n",
    })
    yield services
    services.close()


def test_a_town_inside_an_organisations_name_is_that_towns(invented):
    refused(invented, "灌南县堆沟港镇人民政府2023年全年预算是多少？")  # the county's other town; no report
    says(invented, "灌南县新安镇人民政府2023年全年预算是多少？", "5,120.40万元")


def test_the_whole_departments_spending_asked_in_the_reports_own_words(invented):
    says(invented, "灌南县新安镇2023年部门整体支出是多少？", "4,986.12万元")


def test_the_project_itself_and_its_whole_funds(invented):
    says(invented, "岳阳县疾控中心结核病防治项目总共有多少资金", "96.80万元")
    says(invented, "岳阳县疾病预防控制中心该项目县级配套资金投入多少？", "36.80万元")


def test_a_per_mille_figure_is_a_rate(invented):
    says(invented, "岳阳县肺结核报告发病率是多少", "0.38‰")


def test_an_abbreviation_the_reports_mostly_spell_out(invented):
    says(invented, "岳阳县疾控中心拨付基本公卫资金多少", "18.60万元")


def test_a_target_word_says_which_figure(invented):
    says(invented, "泸溪县住建局危房改造年度目标是多少户", "410户")
    says(invented, "泸溪县住建局危房改造实际完成多少户", "426户")


def test_a_form_copied_one_cell_per_line(invented):
    says(invented, "泸溪县住建局危房改造全年预算数是多少", "352.40")
    says(invented, "泸溪县住建局2023年预算执行率是多少", "96.52%")
    says(invented, "泸溪县住建局2023年预算中县级资金有多少", "54.00")


def test_a_header_with_one_more_label_cell_and_a_score_with_its_unit(invented):
    says(invented, "宁乡市人民医院2022年全年预算数是多少", "24118.60")
    says(invented, "宁乡市人民医院财政拨款的执行率", "97.33%")
    says(invented, "宁乡市人民医院2022年部门整体自评总分", "97.6分")


def test_two_projects_forms_in_one_report(invented):
    says(invented, "蒙山三中营养改善计划执行率", "99.29%")
    says(invented, "蒙山三中寄宿生生活补助执行率", "100%")
    says(invented, "蒙山三中寄宿生生活补助自治区资金全年执行数", "123750")


def test_a_project_among_several_and_their_whole(invented):
    says(invented, "那勒寺镇花椒项目实际花了多少", "176.40万元")
    says(invented, "那勒寺镇2023年改了多少户户厕？", "293户")
    says(invented, "那勒寺镇项目整体执行率多少", "97.38%")


def test_a_league_body_and_a_branch_by_their_short_names(invented):
    says(invented, "麻城团市委2023年资助了多少名困难学生？", "163人")
    says(invented, "三原县公安2023年配备了多少台执法记录仪", "88台")
    says(invented, "咸阳市公安局三原分局2023年执行率", "97.26%")


def test_a_place_in_brackets_after_an_organisation(invented):
    says(invented, "新华区法院（沧州）2023年预算执行率", "97.12%")


def test_parts_whose_columns_the_wholes_sums_tell(invented):
    says(invented, "敦化市民政局2023年项目支出执行数是多少", "2903.35")
    says(invented, "敦化市民政局2023年钱实际用掉多少", "3301.45")


def test_empty_cells_between_a_rows_values(invented):
    says(invented, "光泽技能培训补贴项目当年财政拨款执行率", "93.72%")
    refused(invented, "光泽县人社局2023年创业担保贷款项目执行率")  # a project no report names


def test_a_row_said_in_the_projects_words(invented):
    says(invented, "商城县小型水库除险加固数量的年度指标值是多少？", "9座")


def test_figures_in_cells_stay_apart_when_matched():
    text = "年度资金总额\t10\t100%\t9.9"
    assert matchable(text) == "年度资金总额10|100%|9.9"
    kept = matchable(text)
    assert [text[matched_at(text, k)] for k in range(len(kept))] == [c if c != "|" else "\t" for c in kept]


def test_labels_listed_then_their_figures(invented):
    says(invented, "利通区检察院2023年预算数是多少", "2,815.40万元")
    says(invented, "利通区检察院2023年部门支出执行数是多少", "2,766.12万元")
    says(invented, "利通区检察院2023年实际花了多少钱？", "2,766.12万元")  # not a part (其中基本支出…)


def test_a_labels_words_of_doing_and_a_place_inside_a_quoted_name(invented):
    says(invented, "利通区检察院2023年法治宣传活动办了多少场", "38场")
    says(invented, "利通区检察院2023年“博爱送万家”慰问了几户困难群众", "126户")  # 博爱 is no 博爱县 here


def test_a_streets_office_under_its_districts_government(invented):
    says(invented, "潞州区英雄中路街道办自评得分多少", "95.6")
