"""Session 57's general rules, each on invented text (places and figures made up). Indicators whose values are words:
the header over a table row says what its cells are ("实际完成值" over "畜禽粪污综合利用 | 持续提高 | 稳步提升"), so
"…指标实际完成情况如何" is answered by the row, and the answer states the cell asked (the target's when the target is
asked); "…通行安全水平实际怎么样" asked of a value that is words is answered by them where no figure answers, and a
pair of table rows is no passage (the figure of the row below had answered); a sentence
quoting the value ("年度目标“常态长效”，实际“全年无垃圾漂浮”") says the frame of the question ("指标实际完成得
怎么样") and its quoted value is stated; a form row whose target and value are words is no reason given for the
row above it. An indicator the report does not name is refused. Tables: a table the question names ("表1里") is where the
asker read it; a heading under a merged one ("预算数" over "年初") is said with it; a row cut from its header is no header;
an indicator's name broken after its level is read whole. Years: an earlier or later year asked of a report is answered
by what it gives of that year; a running total is no year's. Ingest: a standard or sum in an aside is its item's;
"职业中等专业学校" is an organisation.
"""

from tests.conftest import headline, library_fixture, refused, says

FARMS = (
    "平山县农业农村局2023年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n平山县农业农村局内设股室9个，2023年全年预算数3,216.40万元。\n"
    "二、绩效目标完成情况\n部门整体绩效指标完成情况表\n"
    "指标类型 | 指标名称 | 年度指标值 | 实际完成值\n"
    "数量指标 | 高标准农田建设面积 | 1.8万亩 | 1.86万亩\n"
    "社会效益 | 农产品质量安全 | 无重大质量安全事件 | 全年未发生质量安全事件\n"
    "生态效益 | 畜禽粪污综合利用 | 持续提高 | 稳步提升\n"
    "满意度 | 服务对象满意度 | ≥90% | 94.6%\n"
)
RIVERS = (
    "新干县水利局2022年度部门整体支出绩效自评报告\n"
    "一、部门概况\n新干县水利局负责全县水资源管理、河湖管护和农村供水等工作。\n"
    "二、绩效目标完成情况\n1.农村供水保障：年度目标“稳定供水”，实际“全年未发生区域性停水”。\n"
    "2.河道保洁：年度目标“常态长效”，实际“全年无垃圾漂浮”。\n"
    "三、自评结论\n部门整体支出绩效自评得分93.2分，评价等级为“优”。\n"
)
JOBS = (
    "项目支出绩效自评表\n（2022年度）\n项目名称\n就业补助资金\n主管部门\n来凤县人力资源和社会保障局\n"
    "实施单位\n来凤县就业服务中心\n"
    "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
    "产出指标\n数量指标\n城镇新增就业人数\n≥1500人\n1,623人\n20\n20\n"
    "效益指标\n社会效益指标\n就业局势\n保持稳定\n总体稳定\n15\n15\n"
    "脱贫人口务工规模\n稳中有增\n持续增加\n15\n15\n"
    "可持续影响指标\n就业服务体系\n不断完善\n逐步完善\n10\n8\n基层就业服务平台人员流动较大\n"
    "总分\n100\n96\n"
)
ROADS = (
    "宁都县交通运输局2023年农村公路安全生命防护工程项目绩效自评报告\n"
    "一、项目概况\n项目全年预算860.00万元，实际支付842.30万元。\n"
    "二、绩效指标完成情况\n"
    "指标\t年度指标值\t实际完成值\n安装波形护栏长度\t≥60公里\t63.2公里\n"
    "农村公路通行安全水平\t明显提升\t显著提升\n沿线群众满意度\t≥90%\t93.8%\n"
)

LEGAL_AID = (
    "商河县司法局2022年度法律援助专项经费项目绩效自评报告\n"
    "一、项目完成情况\n全年办理法律援助案件846件，其中刑事案件301件、民事案件527件。"
    "办案补贴标准为民事案件每件1,200元、刑事案件每件900元。\n"
)
SCHOOL = (
    "宁乡市职业中等专业学校\n2023年度中职免学费和生均公用经费项目绩效自评报告\n"
    "一、项目基本情况\n我校为公办中等职业学校。2023年共下达资金986.40万元，其中免学费补助612.00万元（标准为每生每年2,000元），"
    "生均公用经费374.40万元（标准为每生每年1,300元）。\n"
    "二、资金使用\n截至2023年12月31日，项目资金到位986.40万元，实际支出972.15万元，执行率98.56%。\n"
    "三、装备\n购置实训数控机床4台（采购金额58.60万元），全年开展技能培训2,140人次。\n"
)
PROSECUTORS = (
    "东台市人民检察院2023年度部门整体支出绩效自评报告\n"
    "一、履职情况\n立案办理公益诉讼案件64件，其中生态环境领域38件；发出诉前检察建议51件，提起公益诉讼6件。\n"
)
JOBS_YEARS = (
    "宜都市人力资源和社会保障局2024年度部门整体支出绩效自评报告\n"
    "一、就业创业\n2024年城镇新增就业4,318人（2023年为4,102人），城镇登记失业率2.41%。\n"
    "二、近三年主要指标对比\n"
    "指标\t2022年\t2023年\t2024年\n城镇新增就业（人）\t3,986\t4,102\t4,318\n"
    "劳动人事争议仲裁结案率\t94.6%\t95.9%\t96.8%\n"
)
HALLS = (
    "诸暨市文化广电旅游局2023年度农村文化礼堂建设补助资金项目绩效自评报告\n"
    "一、项目概况\n该项目自2019年起实施。\n"
    "表1 近三年项目实施情况\n年度\t新建礼堂（家）\t补助资金（万元）\n2021年\t31\t1,402.60\n2022年\t27\t1,538.20\n"
    "2023年\t24\t1,611.75\n"
)

HOUSING = (
    "吴忠市利通区住房和城乡建设局2024年城镇老旧小区改造项目绩效自评报告\n"
    "一、项目基本情况\n利通区城镇老旧小区改造项目自2020年起实施，截至2024年底累计改造老旧小区126个，累计投入资金41,230.60万元。"
    "2024年计划改造老旧小区30个，实际完成32个，涉及住户7,412户。\n"
)

HEALTH_TABLE = (
    "天津市北辰区卫生健康委员会2023年基本公共卫生服务项目绩效自评报告\n"
    "一、主要指标近三年对比\n表2 主要指标\n"
    "指标名称 2021年 2022年 2023年 2023年目标值\n"
    "居民电子健康档案建档率 87.9% 89.6% 90.8% ≥90%\n"
    "2型糖尿病患者规范管理率 61.4% 63.8% 66.2% ≥65%\n"
    "二、下步打算\n2024年计划居民电子健康档案建档率稳定在91%以上，2型糖尿病患者规范管理率达到68%。\n"
)
INSURANCE_FORM = (
    "部门整体支出绩效自评表\n（2022年度）\n部门（单位）名称：渭源县医疗保障局\n"
    "预算资金      年初预算数     全年预算数     全年执行数     分值  执行率   得分\n"
    "年度资金总额  986.40万元   1,042.16万元   1,031.85万元   10    99.01%   9.90\n"
    "按支出性质分  612.30万元     640.52万元     640.52万元\n：基本支出\n"
    "项目支出      374.10万元     401.64万元     391.33万元\n"
    "全年实际完成情况：完成人工造林0.82万亩、森林抚育3.6万亩。\n"
)
CULTURE = (
    "德清县文化和广电旅游体育局2023年度部门整体支出绩效自评报告\n"
    "一、部门预算及执行情况\n2023年部门年初预算数为6,215.40万元，全年预算数为7,302.18万元。"
    "2023年本部门收入合计7,302.18万元，其中财政拨款收入7,106.52万元。\n"
    "表1 2023年度“三公”经费支出明细表\n项目\t年初预算\t实际支出\n合计\t126,000.00\t118,400.00\n"
)

FARMLAND = (
    "阜城县农业农村局2022年度高标准农田建设项目绩效自评报告\n"
    "一、项目资金情况\n项目总投资3,600.00万元，截至2022年12月31日，项目累计支出3,402.10万元，预算执行率94.50%。\n"
    "表1  项目资金到位及执行情况\n"
    "| 资金来源 | 全年预算数 | 实际支出数 | 执行率 |\n| --- | --- | --- | --- |\n"
    "| 中央财政资金 | 2,160.00 | 2,160.00 | 100.00% |\n| 省级财政资金 | 720.00 | 681.30 | 94.63% |\n"
    "| 合计 | 3,600.00 | 3,402.10 | 94.50% |\n"
)
TOURISM = (
    "宁都县文化广电新闻出版旅游局2022年度部门整体支出绩效自评报告\n"
    "一、收支情况\n表1  2021—2022年部门收支对比\n项目 | 2021年 | 2022年\n收入合计 | 3,102.44 | 3,455.90\n"
    "二、履职绩效\n表2  主要业务指标完成情况\n指标 | 2021年 | 2022年\n接待游客 | 508.2万人次 | 496.7万人次\n"
    "旅游综合收入 | 39.4亿元 | 37.8亿元\n"
)
WATER = (
    "阜宁县水务局2022年度部门整体支出绩效自评报告\n"
    "一、部门预算执行情况\n表1  2022年度部门预算执行情况\n单位：万元\n"
    "| 项目 | 预算数 | | 实际支出 | 执行率 |\n| | 年初 | 调整后 | | |\n"
    "| 基本支出 | 1,402.30 | 1,458.16 | 1,455.02 | 99.78% |\n"
    "| 防汛抗旱 | 760.00 | 1,050.00 | 1,012.40 | 96.42% |\n"
    "二、预算执行\n项目\t调整后预算\t实际支出\t执行率\n项目支出\t1,102.60万元\t1,005.27万元\t91.17%\n"
    "其中：水质监测与\n应急处置经费\t230.00万元\t221.52万元\t96.31%\n河道管护\t146.80万元\t132.36万元\t90.16%\n"
)
DISEASE = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\t重大传染病防控经费\n主管部门\t江城哈尼族彝族自治县疾病预防控制中心\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\tHIV抗体检测人次\t≥5.2万人次\t5.68万人次\t5\t5\t\n"
    "\t\t肺结核可疑症状者\n\t\t筛查人数\t≥900人\t1,032人\t5\t5\t\n"
    "\t时效指标\t传染病疫情网络报告\n\t\t及时率\t100%\t99.6%\t10\t9\t个别村卫生室报告延迟，已开展网络直报培训\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥95%\t93.6%\t10\t9\t个别乡镇预防接种门诊\n"
    "开诊频次不足，群众接种不够便利\n总分\t100\t97.5\n"
)

works = library_fixture("unseen57", {"farmland.txt": FARMLAND, "tourism.txt": TOURISM, "water.txt": WATER,
                                     "disease.txt": DISEASE, "housing.txt": HOUSING, "health.txt": HEALTH_TABLE, "insurance.txt": INSURANCE_FORM,
                                     "culture.txt": CULTURE, "farms.txt": FARMS, "rivers.txt": RIVERS, "jobs.txt": JOBS, "roads.txt": ROADS,
                                     "aid.txt": LEGAL_AID, "school.txt": SCHOOL, "prosecutors.txt": PROSECUTORS,
                                     "years.txt": JOBS_YEARS, "halls.txt": HALLS})


def test_a_table_row_of_words_answers_under_its_header(works):
    says(works, "平山县农业农村局2023年畜禽粪污综合利用指标实际完成情况如何？", "稳步提升")
    says(works, "平山县农业农村局2023年农产品质量安全这个社会效益指标，实际完成得怎么样？", "全年未发生质量安全事件")


def test_the_answer_states_the_cell_asked(works):
    answer = works.ask("平山县农业农村局2023年畜禽粪污综合利用指标的年度指标值是什么？")
    assert answer.found and "持续提高" in headline(answer) and "稳步提升" not in headline(answer), answer.answer
    answer = works.ask("平山县农业农村局2023年畜禽粪污综合利用指标实际完成值是什么？")
    assert "实际完成值" in headline(answer) and "稳步提升" in headline(answer), answer.answer


def test_a_value_asked_how_it_went_may_be_words(works):
    says(works, "宁都县交通运输局2023年生命防护工程实施后，农村公路通行安全水平实际怎么样？", "显著提升")
    # (not the 93.8% of the row below it, which a pair of the two rows had given)
    says(works, "宁都县交通运输局2023年生命防护工程安装了多少公里波形护栏？", "63.2公里")


def test_a_sentence_quoting_the_value_says_the_frame(works):
    says(works, "新干县水利局2022年河道保洁指标实际完成得怎么样？", "全年无垃圾漂浮")
    says(works, "新干县水利局2022年农村供水保障的年度目标是什么？", "稳定供水")


def test_a_form_row_of_words_is_no_reason_for_the_row_above(works):
    says(works, "来凤县人社局2022年就业补助资金的脱贫人口务工规模指标实际完成值是什么？", "持续增加")
    says(works, "来凤县人社局2022年就业补助资金就业服务体系指标为什么扣分？", "人员流动较大")


def test_an_indicator_the_report_does_not_name_is_refused(works):
    refused(works, "平山县农业农村局2023年秸秆综合利用指标实际完成情况如何？")
    refused(works, "新干县水利局2022年水土流失治理指标实际完成得怎么样？")


def test_a_list_part_named_by_its_own_kind_is_not_the_part_asked(works):
    says(works, "商河县司法局2022年法律援助民事案件每件办案补贴多少钱？", "1,200元")
    says(works, "商河县司法局2022年法律援助刑事案件每件办案补贴多少钱？", "900元")


def test_a_standard_or_sum_in_an_aside_is_the_items(works):
    says(works, "宁乡市职业中专2023年生均公用经费标准是每生每年多少钱？", "1,300元")
    says(works, "宁乡市职业中专2023年购置数控机床的采购金额是多少？", "58.60万元")


def test_a_school_of_secondary_grade_is_an_organisation(works):
    # "职业中等专业学校" is the report's department (等 inside a name), and "生均" in the project's name asks no
    # figure per student
    says(works, "宁乡市职业中专2023年免学费和生均公用经费项目实际支出多少？", "972.15万元")


def test_a_verb_split_by_the_ask_and_a_doing_word_of_the_label(works):
    says(works, "东台市检察院2023年公益诉讼立了多少案？", "64件")


def test_an_earlier_year_asked_of_a_report(works):
    says(works, "宜都市人社局2024年度自评报告中，2022年劳动人事争议仲裁结案率是多少？", "94.6%")
    says(works, "宜都市人社局2024年度报告中，2022年城镇新增就业是多少人？", "3,986")
    refused(works, "宜都市人社局2024年度报告中，2021年城镇新增就业是多少人？")
    says(works, "诸暨市文广旅局2023年度礼堂项目报告中，2022年的补助资金是多少万元？", "1,538.20")


def test_a_running_total_over_years_is_no_answer_for_the_year(works):
    says(works, "吴忠市利通区住建局2024年实际完成改造老旧小区多少个？", "32个")
    says(works, "利通区住建局2024年报告里，截至2024年底累计改造了多少个老旧小区？", "126个")


def test_a_table_of_one_spaced_cells_ending_with_a_bound(works):
    says(works, "北辰区卫健委2023年基本公卫项目报告中，2022年2型糖尿病患者规范管理率是多少？", "63.8%")
    says(works, "北辰区2023年2型糖尿病患者规范管理率是多少（区卫健委基本公卫项目自评）？", "66.2%")


def test_what_the_report_proposes_for_next_year(works):
    says(works, "北辰区卫健委2023年基本公卫项目报告提出2024年2型糖尿病患者规范管理率要达到多少？", "68%")


def test_a_row_named_after_its_merged_breakdown_cell(works):
    says(works, "渭源县医保局2022年基本支出全年执行数是多少？", "640.52万元")


def test_a_quantity_or_income_by_a_name_no_report_uses_is_refused(works):
    refused(works, "渭源县医保局2022年部门整体自评表里森林蓄积量实际达到多少？")
    refused(works, "德清县文广旅体局2023年事业收入是多少？")


def test_the_total_of_a_named_items_table_is_not_the_departments(works):
    says(works, "2023年德清县文化和广电旅游体育局的年初预算数是多少？", "6,215.40万元")


def test_the_table_a_question_names_is_where_it_was_read(works):
    says(works, "阜城县农业农村局2022年高标准农田项目表1里，省级财政资金的执行率是多少？", "94.63%")


def test_the_whole_department_report_named_as_where_it_was_read(works):
    says(works, "宁都县文广新旅局2022年度部门整体自评中，2022年旅游综合收入是多少？", "37.8亿元")


def test_headings_under_a_merged_heading_and_a_row_cut_from_its_header(works):
    says(works, "阜宁县水务局2022年防汛抗旱年初预算多少？", "760.00")
    # (the row after a name wrapped onto a line of its own is no header of those below it: no "230.00万元" column, and
    # no budget of the row given as what was spent)
    answer = works.ask("阜宁县水务局2022年河道管护实际支出多少？")
    assert not answer.found or "132.36" in headline(answer), answer.answer


def test_an_indicator_named_over_two_lines_and_no_reason_after_all_points(works):
    says(works, "江城县疾控2023年传染病疫情网络报告及时率实际完成多少？", "99.6%")
    says(works, "江城县疾控2023年肺结核可疑症状者筛查人数实际完成多少？", "1,032人")


def test_a_reason_over_two_cells_before_the_total(works):
    says(works, "江城县疾控2023年群众满意度扣分的原因是什么？", "开诊频次不足")
