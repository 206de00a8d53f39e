"""Session 51's general rules, each on invented text.
Forms one cell a line: a row's level named without its 指标 ("可持续影响", "社会效益") is the level, never the start of the
row's name; a cell that states a change in words ("较上年减少37处") is that change.
Whose figure: a term naming the part a sentence gives right after its whole ("全县日均收运生活垃圾约260吨，其中城区日均约150
吨") asks the part, though the report's opening says it too; a figure said as not reached ("资金执行率未达到100%") is no answer
to what was reached; a cause clause that states figures of its own ("主要是…项目（预算860万元）因…，年底仅支付412.5万元")
labels them.
Words: "参加" and "参与" are one thing; "案子结了多少比例" asks the 结案率; "日均餐厨垃圾清运量" is the row 餐厨垃圾日均清运量 (its
words in another order); "哪天完成的" of the row 项目完成时间; "单位造价", "单户…平均多少" ask a figure per unit; "片" counts.
"""

from ingest.forms import read_form
from tests.conftest import library_fixture, says

CELLS = (
    "红河县医疗保障局2023年度部门整体支出绩效自评表\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
    "偏差原因分析及改进措施\n产出指标\n数量指标\n门诊慢特病待遇认定\n≥2000人\n2 316人\n10\n10\n \n"
    "效益指标\n社会效益\n住院费用政策范围内报销比例\n≥70%\n72.4%\n10\n10\n \n"
    "可持续影响\n基本医保参保人数\n≥38万人\n38.62万人\n10\n10\n \n"
    "社会效益指标\n定点医药机构违规问题\n逐年减少\n较上年减少37处\n10\n10\n \n"
    "满意度指标\n服务对象满意度指标\n参保群众满意度\n≥90%\n93.6%\n10\n10\n"
)


def test_a_level_without_its_zhibiao_is_no_part_of_the_rows_name():
    rows = {b.row for b in read_form(CELLS).bindings}
    assert {"住院费用政策范围内报销比例", "基本医保参保人数"} <= rows, rows
    assert not any(r.startswith(("社会效益", "可持续影响")) for r in rows), rows


works = library_fixture("unseen51", {
    "cells.txt": CELLS,
    "sanitation.txt": "永胜县城市管理局2023年度城区环境卫生项目支出绩效自评报告\n一、项目概况\n"
                      "本项目用于城区道路清扫保洁和生活垃圾收运处理。\n二、绩效目标完成情况\n"
                      "全年清扫保洁面积186万平方米，全县日均收运生活垃圾约260吨，其中城区日均约150吨；新建公厕4座。\n"
                      "三、其他\n全县职工参保率96.03%，其中城区环卫工人参保1,267人。\n",
    "roads.txt": "华坪县交通运输局2023年度项目支出绩效自评报告\n一、总体情况\n全局共实施项目2个。\n"
                 "二、项目自评情况\n（一）农村公路建设项目\n项目预算1 480.00万元，全年执行1 452.60万元，执行率98.15%。\n"
                 "（二）农村公路养护项目\n项目预算236.00万元，全年执行219.30万元，执行率92.92%。因部分工程款需待次年审计后"
                 "支付，资金执行率未达到100%。该项目自评得分91分。\n",
    "health.txt": "宁蒗县卫生健康局2022年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                  "组织65岁以上老年人参加健康体检4 126人，参与率81.5%；家庭医生签约服务覆盖率62.3%。\n"
                  "二、存在的问题\n（一）项目支出执行率偏低。主要是县域医疗数据中心项目（预算860万元）因设备到货延迟，"
                  "年底仅支付412.5万元。\n",
    "justice.txt": "玉龙县司法局2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                   "全年受理行政复议案件214件，结案率96.7%；开展普法宣传活动126场。\n",
})


def test_a_change_said_in_a_forms_cell(works):
    # answered from its row, which the quote names, not from the cell alone ("较上年减少37处")
    says(works, "红河县医保局2023年定点医药机构违规问题比上年减少了多少？", "定点医药机构违规问题")
    says(works, "红河县医保局2023年定点医药机构违规问题比上年减少了多少？", "37处")


def test_the_part_after_its_whole_asked_by_its_name(works):
    says(works, "永胜县城区每天收运多少生活垃圾？", "150吨")


def test_a_figure_not_reached_is_no_answer(works):
    says(works, "华坪县交通运输局2023年农村公路养护项目资金执行率是多少？", "92.92%")


def test_joining_in_said_either_way(works):
    says(works, "宁蒗县卫健局2022年老年人健康体检有多少比例参加了？", "81.5%")


def test_a_rate_asked_in_its_words_in_another_order(works):
    says(works, "玉龙县司法局2023年行政复议案子结了多少比例？", "96.7%")


def test_a_cause_clause_with_its_own_figures(works):
    says(works, "宁蒗县卫健局2022年县域医疗数据中心项目预算860万，年底实际付了多少？", "412.5万元")


FORM = (
    "宾川县{dept}2023年{project}项目支出绩效自评表\n项目名称\t{project}\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "{rows}"
)
ROWS = {
    "water.txt": FORM.format(dept="住房和城乡建设局", project="城区污水处理提质增效项目", rows=(
        "产出指标\t数量指标\t新建污水管网\t≥12公里\t12.6公里\t10\t10\n"
        "产出指标\t数量指标\t餐厨垃圾日均清运量\t≥45吨\t47.2吨\t10\t10\n"
        "产出指标\t时效指标\t项目完成时间\t2023年12月底前\t2023年11月18日\t10\t10\n"
        "产出指标\t成本指标\t管网单位造价\t≤85万元/公里\t81.6万元/公里\t10\t10\n")),
    "housing.txt": FORM.format(dept="农业农村局", project="农村人居环境整治", rows=(
        "产出指标\t数量指标\t改造农户\t≥420户\t436户\t10\t10\n"
        "产出指标\t成本指标\t单户补助资金\t≤2万元\t1.86万元\t10\t10\n")),
    "sports.txt": FORM.format(dept="文化和旅游局", project="全民健身设施建设", rows=(
        "产出指标\t数量指标\t新建室外健身器材\t≥300件\t312件\t10\t10\n"
        "产出指标\t数量指标\t新建篮球场\t≥8片\t7片\t10\t8\n")),
}
forms = library_fixture("unseen51b", ROWS)


def test_a_rows_words_in_another_order(forms):
    says(forms, "宾川县住建局2023年日均餐厨垃圾清运量目标是多少？", "45吨")
    says(forms, "宾川县住建局2023年日均餐厨垃圾清运量目标是多少？", "餐厨垃圾日均清运量")  # read from its row


def test_the_day_a_row_names_by_its_time(forms):
    says(forms, "宾川县住建局2023年城区污水处理提质增效项目实际是哪天完成的？", "2023年11月18日")
    says(forms, "宾川县住建局2023年城区污水处理提质增效项目实际是哪天完成的？", "项目完成时间")  # read from its row


def test_a_figure_per_unit_asked_so(forms):
    says(forms, "宾川县住建局2023年管网单位造价实际是多少？", "81.6万元/公里")
    says(forms, "宾川县2023年农村人居环境整治单户补助资金实际平均多少？", "1.86万元")


def test_pian_counts(forms):
    says(forms, "宾川县2023年全民健身设施建设实际新建篮球场几片？", "7片")


PAGED = (
    "汤原县民政局2023年度部门整体支出绩效自评报告\n\n"
    "一、部门预算收支情况\n　　2023年度部门收入合计1,386.47万元，其中年初预算\n— 1 —\n"
    "汤原县民政局2023年度部门整体支出绩效自评报告\n1,052.30万元，年中追加334.17万元。\n"
    "表1  项目执行情况表        单位：万元\n序号\t项目名称\t预算数\t执行数\n1\t临时救助\t86.50\t86.50\n"
    "第 2 页 共 3 页\n汤原县民政局2023年度部门整体支出绩效自评报告\n续表\n序号\t项目名称\t预算数\t执行数\n"
    "2\t特困供养\t412.00\t398.37\n"
)


def test_a_pdfs_page_numbers_and_running_heads_go():
    from ingest.clean import clean

    text = clean(PAGED).text
    assert "其中年初预算1,052.30万元，年中追加334.17万元。" in text, text
    assert text.count("绩效自评报告") == 1 and "续表" not in text and "页" not in text, text
    assert text.count("序号\t项目名称") == 1, text  # the header repeated after the break goes too
    cells = "得分\n10\n10\n—\n"  # a bare number on its line is a form's cell, never a page's number
    assert clean(cells).text.count("10") == 2


courts = library_fixture("unseen51c", {
    "court.txt": "罗山县人民法院2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                 "全年受理各类案件4,216件，审执结4,093件，结案率97.08%。与息县人民法院、信阳市中级人民法院签订跨域立案"
                 "协作协议，全年办理跨域立案41件。\n",
    "jobs.txt": "潢川县人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                "全县城镇新增就业3,126人。与淮滨县人社局建立养老保险关系转移接续协作机制，办理跨县转移52人次。\n",
})


def test_an_organisation_of_another_county_named_in_passing(courts):
    from tests.conftest import refused

    says(courts, "罗山县人民法院2023年结案率是多少？", "97.08%")
    refused(courts, "息县人民法院2023年结案率是多少？")
    refused(courts, "信阳市中级人民法院2023年结案率是多少？")
    says(courts, "潢川县人社局2023年城镇新增就业多少人？", "3,126人")
    refused(courts, "淮滨县人社局2023年城镇新增就业多少人？")


budgets = library_fixture("unseen51d", {
    "farm.txt": "永寿县农业农村局2023年度部门整体支出绩效自评报告\n一、预算情况\n2023年年初预算1,589.80万元。年度中间，因落实"
                "耕地保护政策，县财政年中追加预算216.40万元，调整后预算为1,806.20万元。\n"
                "二、绩效目标完成情况\n农村户用厕所改造率86.4%，比上年提高3.1个百分点。\n",
    "stats.txt": "淳化县统计局2023年度部门整体支出绩效自评报告\n一、预算情况\n年初预算345.20万元。因经济普查工作需要，"
                 "县财政年中追加56.90万元，调整后预算为402.10万元。\n"
                 "二、自评结论\n我局2023年度部门整体支出绩效自评得分94.2分。2022年度自评得分91.6分，本年提高2.6分。\n",
})


def test_what_was_added_to_the_budget_not_the_budget_after(budgets):
    says(budgets, "永寿县农业农村局2023年年中追加了多少钱？", "216.40万元")
    says(budgets, "淳化县统计局2023年年中追加了多少经费？", "56.90万元")


def test_a_figure_then_how_it_changed_or_its_other_year(budgets):
    answer = budgets.ask("永寿县2023年农村户用厕所改造率是多少，比上年提高了多少？")
    assert answer.found and "86.4%" in answer.answer and "3.1个百分点" in answer.answer, answer.answer
    answer = budgets.ask("淳化县统计局2023年度部门整体支出绩效自评得分多少？上一年是多少？")
    assert answer.found and "94.2分" in answer.answer and "91.6分" in answer.answer, answer.answer


def test_two_asks_of_one_figure_and_its_change():
    from app.answering.parts import two_asks

    assert two_asks("霞浦县2023年基本医保参保率是多少？2022年呢？") == (
        "霞浦县2023年基本医保参保率是多少", "霞浦县2022年基本医保参保率是多少")
    assert two_asks("融水县农业农村局2023年高标准农田项目实际支出多少？执行率多少？") == (
        "融水县农业农村局2023年高标准农田项目实际支出多少", "融水县农业农村局2023年高标准农田项目执行率多少")
    assert two_asks("互助县信访局2023年按期办结率是多少，较上年提高了几个百分点？") == (
        "互助县信访局2023年按期办结率是多少", "互助县信访局2023年按期办结率较上年提高了几个百分点")
    assert two_asks("2023年支出比2022年多了多少") is None
    assert two_asks("岷县2023年高血压患者规范管理率多少？达标没有？") is None


def test_a_sentence_listing_units_is_no_form_field():
    from ingest.clean import clean
    from ingest.metadata import extract_metadata

    raw = ("一、部门基本情况\n洛川县卫生健康局为县政府工作部门。所属预算单位包括县人民医院、县中医医院及16个镇卫生院。\n"
           "二、部门整体支出情况\n2023年全年支出8,844.62万元。\n")
    meta = extract_metadata(clean(raw).text, name="r.txt", raw=raw)
    assert meta.department == "洛川县卫生健康局" and meta.region == "洛川县", meta


PROJECTS = (
    "旺苍县交通运输局2023年度部门整体支出绩效自评报告\n一、项目支出执行情况\n"
    "表1  2023年度项目支出执行及自评情况表（单位：万元、分）\n"
    "序号\t项目名称\t年初预算\t调整后预算\t实际支出\t执行率\t自评得分\n"
    "1\t农村公路危桥维修改造项目\t580.00\t612.40\t598.15\t97.67%\t94.5\n"
    "2\t农村客运燃油补贴（成品油价格调整）项目\t212.50\t198.74\t198.74\t100.00%\t97.0\n"
    "3\t农村公路灾毁抢修保通项目\t120.00\t236.80\t230.42\t97.31%\t97.5\n"
    "合计\t\t912.50\t1047.94\t1027.31\t98.03%\t—\n"
    "二、自评结论\n自评得分情况如下：\n一级指标\t分值\t得分\n产出指标\t40\t38.5\n效益指标\t30\t29.0\n满意度指标\t10\t9.6\n"
)
SUBSIDIES = (
    "正安县农业农村局2023年度农业相关转移支付资金项目支出绩效自评报告\n一、补贴发放情况\n"
    "2023年各类补贴发放情况见下表（金额单位：元）。\n"
    "序号\t补贴类别\t补贴面积\t受益户数\t下达资金\t实际发放\n"
    "1\t耕地地力保护补贴\t463,240亩\t76,415户\t33,932,720\t33,932,720\n"
    "2\t实际种粮农民一次性补贴\t298,600亩\t61,208户\t4,022,360\t4,022,360\n"
    "3\t农机购置与应用补贴\t1,086台\t942户\t3,200,000\t2,865,400\n"
)
SPACED_PROJECTS = (
    "伊通满族自治县农业农村局2023年度部门整体支出绩效自评报告\n三、项目支出情况\n单位：万元、分\n"
    "项目名称                                   预算数          执行数          执行率      自评得分\n"
    "一级项目：农业生产发展        44,899.10        44,254.46        98.56%\n"
    "    耕地地力保护补贴项目        11,386.40        11,386.40        100.00%        97.5\n"
    "    农机购置与应用补贴项目        3,860.00        3,215.36        83.30%        88.5\n"
    "一级项目：乡村建设        1,190.00        1,065.20        89.51%\n"
    "    农村人居环境整治提升项目        650.00        606.55        93.32%        92.5\n"
    "    农村户用卫生厕所改造项目        540.00        458.65        84.94%        84.5\n"
)
tables = library_fixture("unseen51e", {"projects.txt": PROJECTS, "subsidies.txt": SUBSIDIES, "spaced.txt": SPACED_PROJECTS})


def test_a_tables_units_listed_with_its_scores(tables):
    says(tables, "旺苍县交通运输局2023年危桥维修改造项目实际支出多少万元？", "598.15万元")
    says(tables, "正安县2023年农机购置补贴实际发放了多少钱？", "2,865,400元")  # "（金额单位：元）。"


def test_a_column_word_in_a_rows_aside_and_the_total_row(tables):
    # ("合计\t\t912.50…": the empty cell kept, the row under its columns; "调整" of 调整后预算, not "（成品油价格调整）")
    says(tables, "旺苍县交通运输局2023年3个项目的调整后预算合计是多少？", "1047.94万元")


def test_the_column_the_question_names_in_full_ranks(tables):
    says(tables, "旺苍县交通运输局2023年哪个项目自评得分最高？", "农村公路灾毁抢修保通项目")


def test_a_one_off_subsidy_is_no_figure_per_one(tables):
    says(tables, "正安县2023年实际种粮农民一次性补贴受益户数是多少？", "61,208户")


def test_rows_of_a_spaced_table_that_leave_their_last_cell_empty(tables):
    says(tables, "伊通县农业农村局2023年农村户用卫生厕所改造项目执行了多少钱？", "458.65万元")
    says(tables, "伊通县农业农村局2023年哪个项目执行率最低？", "农机购置与应用补贴项目")
    says(tables, "伊通县农业农村局2023年乡村建设一级项目预算数是多少？", "1,190.00万元")


STACKED = (
    "沭阳县住房和城乡建设局2023年度部门整体支出绩效自评报告\n三、项目支出执行及自评情况\n"
    "2023年度我局共有3个项目，逐项开展了自评，结果如下（金额单位：万元；得分单位：分）：\n"
    "项目名称\n年初预算\n调整后预算\n实际支出\n执行率\n自评得分\n"
    "城镇老旧小区改造配套基础设施项目\n1,400.00\n1,865.00\n1,512.36\n81.09%\n87\n"
    "城区市政道路维修改造项目\n650.00\n720.00\n698.54\n97.02%\n94\n"
    "城区园林绿化养护项目\n300.00\n300.00\n297.33\n99.11%\n96\n"
)
CELLS_PAGED = (
    "旌德县住房和城乡建设局2023年城镇老旧小区改造项目支出绩效自评报告\n一、项目概况\n本项目改造老旧小区5个。\n"
    "附件\n项目支出绩效自评表\n项目名称\n2023年城镇老旧小区改造项目\n项目资金\n（万元）\n年初预算数\n全年预算数\n全年执行数\n"
    "分值\n执行率\n得分\n年度资金总额\n1,280.00\n1,364.30\n1,291.56\n10\n94.67%\n9.47\n年度总体目标\n预期目标\n实际完成情况\n"
    "完成5个老旧小区改造，加装电梯6部。\n完成5个小区改造，加装电梯4部。\n绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n"
    "实际完成值\n分值\n得分\n偏差原因分析及改进措施\n产出指标\n数量指标\n加装电梯数量\n6部\n4部\n10\n6.67\n"
    "2个单元居民意见未统一\n第3页\n续表\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
    "偏差原因分析及改进措施\n满意度指标\n服务对象满意度指标\n居民满意度\n≥90%\n95.2%\n10\n10\n"
)
MOVED = (
    "科尔沁右翼中旗林业和草原局2023年度退化草原生态修复治理项目绩效自评报告\n四、绩效目标完成情况\n"
    "经9月下旬效果监测，项目区植被盖度由治理前的36%提高到51%，草群平均高度由16\n厘米增至29厘米。全旗森林覆盖率由上年的21.12%提高到21.36%。\n"
    "五、其他项目\n全旗文物保护传承项目调整后预算42.00万元；全旗非物质文化遗产保护传承项目调整后预算35.00万元。\n"
)
more = library_fixture("unseen51f", {"stacked.txt": STACKED, "cells.txt": CELLS_PAGED, "moved.txt": MOVED})


def test_a_table_one_cell_a_line_with_its_units_listed(more):
    says(more, "沭阳县住建局2023年城区市政道路维修改造项目调整后预算多少？", "720.00万元")


def test_a_forms_cells_run_together_stop_before_the_next_heading(more):
    from ingest.clean import clean

    text = clean(CELLS_PAGED).text
    assert "9.47\n年度总体目标" in text and "第3页" not in text and "续表" not in text, text
    assert "\n一级指标\n二级指标" in text, text  # the repeated header's cells stay, none is a running head
    says(more, "旌德县2023年老旧小区改造一共加装了几部电梯？", "4部")


def test_a_level_moved_from_one_figure_to_another(more):
    says(more, "科右中旗林草局草原修复项目区植被盖度提高到了多少？", "51%")
    says(more, "科右中旗草原修复项目草群平均高度增至多少？", "29厘米")
    says(more, "科右中旗上年森林覆盖率是多少？", "21.12%")  # last year's, the level moved from
    says(more, "科右中旗森林覆盖率提高到了多少？", "21.36%")


def test_feiyi_is_said_in_full(more):
    says(more, "科右中旗2023年非遗保护传承项目调整后预算是多少？", "35.00万元")


def test_bodies_of_a_level_are_no_fund():
    from app.answering.labelled import _bodies_of_a_level
    from app.answering.question import Term

    assert _bodies_of_a_level(Term("县级", ("县级",)), "盐池县2023年县级部门自评汇总里，水务局的项目执行率是多少？")
    assert not _bodies_of_a_level(Term("县级", ("县级",)), "县级配套资金到位了多少？")


changes = library_fixture("unseen51g", {
    "market.txt": "献县市场监督管理局2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
                  "1.食品安全监督抽检。全年完成食品安全监督抽检1,460批次，较上年的1,224批次多完成236批次。\n"
                  "2.安全生产。全县发生生产安全事故4起、死亡2人，较上年减少3起。\n",
    "hospital.txt": "仲巴县人民医院2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
                    "3.费用控制：药占比27.4%，较上年下降1.8个百分点。\n"
                    "4.接诉即办：工单一次办结率92.5%，较上年提高3.6个百分点。\n",
})


def test_more_or_fewer_than_last_year(changes):
    says(changes, "献县2023年食品安全监督抽检比上年多做了多少批次？", "236批次")
    says(changes, "献县2023年生产安全事故比上年少了几起？", "3起")  # the 事故's change, in 起, not the deaths'


def test_a_shares_change_in_points(changes):
    says(changes, "仲巴县人民医院2023年药占比降了几个点？", "1.8个百分点")
    says(changes, "仲巴县人民医院2023年工单一次办结率提高了几个百分点？", "3.6个百分点")


SCHOOLS = (
    "德江县教育局2022年度义务教育薄弱环节改善与能力提升补助资金项目支出绩效自评报告\n三、资金分配及使用情况\n"
    "各学校资金分配及支出情况如下：\n学校名称\n主要建设内容\n下达资金（万元）\n实际支出（万元）\n支出率\n"
    "稳坪镇中心完小\n学生宿舍改造1,060平方米\n128.00\n128.00\n100.00%\n"
    "合兴镇中学\n食堂改造及设备购置\n135.50\n129.62\n95.66%\n"
    "高山镇中心完小\n教学楼维修改造\n76.40\n71.27\n93.28%\n"
)
schools = library_fixture("unseen51h", {"schools.txt": SCHOOLS})


def test_a_table_one_cell_a_line_with_a_column_of_words(schools):
    says(schools, "德江县2022年高山镇中心完小教学楼维修改造资金支出率多少？", "93.28%")
    says(schools, "德江县2022年薄改项目给合兴镇中学下达了多少资金？", "135.50万元")  # the column the question names


insured = library_fixture("unseen51i", {
    "insured.txt": "静宁县医疗保障局2022年城乡居民基本医疗保险补助资金项目支出绩效自评报告\n一、项目概况\n"
                   "2022年全县城乡居民医保参保286,215人，参保率97.16%，其中通过医疗救助资助参保31,268人。\n"
                   "二、满意度\n组织参保群众参与满意度调查，参与人数1,200人，满意度95.2%。\n",
})


def test_joining_an_insurance_is_said_canbao(insured):
    says(insured, "静宁县2022年参加城乡居民医保的有多少人？", "286,215人")


signed = library_fixture("unseen51j", {
    "signed.txt": "福鼎市医疗保障局2023年度部门整体支出绩效自评报告\n三、绩效目标实现情况\n（一）主要指标对比表\n"
                  "指标\t2023年\t2022年\t变动\n基本医保参保人数（万人）\t52.31\t52.57\t-0.26\n"
                  "门诊慢特病待遇认定（人）\t4,150\t3,784\t+366\n基本医保参保率\t96.8%\t96.2%\t+0.6个百分点\n",
})


def test_a_signed_fall_asked_how_much_less(signed):
    says(signed, "福鼎市2023年基本医保参保人数比上年少了多少？", "少了0.26")  # not "-0.26"
