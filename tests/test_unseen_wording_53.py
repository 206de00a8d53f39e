"""Session 53's general rules, each on invented text.
A verb alone after a count says its object before it ("受理各类案件9,512件，审结8,906件": 审结 案件). A sentence that
names a sibling item ("农村低保标准") does not answer the item asked ("特困人员供养标准"). A task set right before its figure ("宫颈癌筛查任务8,000人") is the target, not what was done.
"要在哪天前完成" asks a deadline. Lengths of time are figures ("7.2分钟", "2.8个工作日") and "多长时间", "多久" ask them.
A place in the report's own project name ("巴宜区消防救援站建设项目" of 林芝市消防救援支队's report) is no second place
asked. "较年初预算调增856.30万元" is a change. A sentence broken by a page's footer and running head goes on after them. A question that says a label whole ("部门预算") asks that figure; a
numbered table's title ("表1 2023年度项目支出执行情况") says what its rows are of. "南京东路街道" is a street's office, no
南京市. "12345热线" names a report titled "…12345政务服务便民热线…". "补贴面积实际完成多少" asks the area, not the money.
"覆盖了多少个村" asks a count, no rate. "全市" of a 市's report is that place. "城管执法局" is the 综合行政执法局.
The 部门整体 form's 年度主要任务 part ("任务名称 | 主要内容 | 预算金额（万元）" over "总额 | 财政拨款 | 其他资金") names each
row by its task, and each column is of the budget the merged cell names. A part listed after its whole ("其中：预算执行
审计7个") answers only a question naming it. "不合格" is one word; "完成年度计划的108.0%" sets no target for what follows.
"""

from ingest.clean import clean
from ingest.metadata import extract_metadata
from tests.conftest import headline, library_fixture, refused, says

COURT = (
    "平江县人民法院2023年度部门整体支出绩效自评报告\n一、主要工作\n"
    "全年共受理各类案件9,512件，审结8,906件，结案率93.63%。\n"
)
RELIEF = (
    "仪陇县民政局2023年度困难群众救助补助资金项目支出绩效自评报告\n一、项目资金\n"
    "全年支出8,642.10万元。其中城乡低保金6,980.20万元，特困人员供养金1,120.50万元。\n"
    "二、绩效目标完成情况\n城市低保标准提高到每人每月690元，农村低保标准提高到每人每月455元。\n"
)
PONDS = (
    "茶陵县水利局2023年度山塘整治项目支出绩效自评报告\n一、绩效目标完成情况\n1.数量指标：整治山塘42口。\n"
    "2.时效指标：于汛期前（2023年4月30日前）完成全部整治任务。\n"
)
STATION = (
    "林芝市消防救援支队\n巴宜区消防救援站建设项目2023年度绩效自评报告\n一、项目概况\n建设地点：巴宜区八一镇\n"
    "二、绩效目标完成情况\n新站投入执勤后，接警至到场平均用时7.2分钟，较建站前缩短3.6分钟。\n"
    "三、评价结论\n本项目委托西藏远景工程咨询有限公司进行第三方评价，自评得分92.5分，等次为优秀。\n"
    "四、改进措施\n1.加快装备采购进度，确保2024年9月底前配齐。\n"
)
SCREENING = (
    "鹤庆县妇幼保健院2023年农村妇女“两癌”筛查项目绩效自评报告\n一、绩效目标完成情况\n"
    "宫颈癌筛查任务8,000人，实际完成8,214人，完成率102.68%；乳腺癌筛查任务8,000人，实际完成8,105人。\n"
)
ENFORCEMENT = (
    "德清县综合行政执法局2023年度部门整体支出绩效自评报告\n一、预算情况\n"
    "2023年年初预算9,120.40万元，年中因专项整治较年初预算调增856.30万元，全年预算数9,976.70万元。\n"
    "二、主要工作\n全年开展沿街商铺检查41,268户次。\n"
)
POLICE = (
    "灵宝市公安局2023年度部门整体支出绩效自评报告\n一、产出情况\n"
    "    全年共立刑事案件1,102起，破获刑事案件\n\n                  — 2 —\n\n"
    "灵宝市公安局2023年度部门整体支出绩效自评报告\n846起，破案率76.77%。为群众挽回经济损失2\n18.40万元。\n"
    "二、效益情况\n群众安全感满意度97.1%。\n\n                  — 3 —\n\n灵宝市公安局2023年度部门整体支出绩效自评报告\n"
    "三、自评结论\n自评得分93.2分。\n"
)
VETERANS = (
    "永宁县退役军人事务局2023年度部门整体支出绩效自评报告\n一、部门预算及执行情况\n"
    "2023年度部门预算1,520.36万元，全年支出1,488.10万元，预算执行率97.88%。\n"
    "表1  2023年度项目支出执行情况（单位：万元）\n序号\t项目名称\t预算数\t支出数\t执行率\n"
    "1\t优抚对象抚恤补助\t900.20\t896.10\t99.54%\n2\t烈士纪念设施维护\t40.00\t36.80\t92.00%\n"
    "\t合计\t940.20\t932.90\t99.22%\n"
)
STREET = (
    "上海市黄浦区人民政府南京东路街道办事处2024年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
    "建成社区长者食堂及助餐点7个；社区事务受理服务中心全年办件量5.41万件。\n"
)
HOTLINE = (
    "南通市如东县12345政务服务便民热线运行维护项目\n2023年度绩效自评报告\n一、绩效目标完成情况\n"
    "热线现有坐席36席，工单平均办结时长2.8个工作日。\n二、自评结论\n本项目自评得分94.5分，评价等次为优秀。\n"
)
FARM_FORM = (
    "新宁县农业农村局2023年度部门整体支出绩效自评表\n金额单位：万元\n绩效指标\n"
    "一级指标  二级指标  三级指标                  年度指标值    实际完成值    分值  得分\n"
    "产出指标  数量指标  耕地地力保护补贴面积      41.20万亩     41.37万亩     10    10\n"
    "                    耕地地力保护补贴发放金额  4,530.00      4,551.20      5     5\n"
)
FARM = (
    "武冈市农业农村局2023年度部门整体支出绩效自评报告\n一、主要工作\n"
    "补贴覆盖全市18个乡镇、312个村（社区），共核定耕地地力保护补贴面积52.1万亩，补贴对象准确率100%。"
    "全年粮食播种面积106.3万亩，粮食总产量44.86万吨。\n"
)
WATERWAYS = (
    "岱山县港航管理局2022年度项目支出绩效自评表\n项目名称\t航道维护\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "效益指标\t社会效益\t辖区水上交通安全事故\t0起\t2起\t15\t10\n"
)
SERVICE = (
    "呈贡区政务服务管理局2024年度项目支出绩效自评表\n项目名称|政务服务中心运行保障|\n"
    "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|\n"
    "产出指标|数量指标|年度办件量|≥30万件|33.18万件|15|15|\n"
)

TASKS = (
    "部门整体支出绩效自评表\n（2023年度）\n部门名称\t渭源县统计局\n"
    "年度主要任务\t任务名称\t主要内容\t预算金额（万元）\n\t\t\t总额\t财政拨款\t其他资金\n"
    "\t人员及公用经费\t保障机构正常运转\t168.40\t168.40\t0\n"
    "\t第五次全国经济普查\t完成全县普查单位清查登记\t74.00\t60.50\t13.50\n"
    "\t金额合计\t\t242.40\t228.90\t13.50\n"
)
TASKS_A_LINE = (
    "部门整体支出绩效自评表\n（2023年度）\n部门名称\n陇西县统计局\n年度主要任务\n任务名称\n主要内容\n预算金额（万元）\n"
    "总额\n财政拨款\n其他资金\n人员及公用经费\n保障机构正常运转\n201.30\n201.30\n0\n"
    "第五次全国经济普查\n完成全县普查单位清查登记\n92.00\n80.10\n11.90\n金额合计\n293.30\n281.40\n11.90\n"
)

AUDIT = (
    "涟水县审计局2023年度部门整体支出绩效自评报告\n二、绩效目标完成情况\n（一）审计项目完成情况\n"
    "年初计划审计项目28个，实际完成31个（含上级交办项目2个），完成率110.71%。其中：预算执行审计7个，经济责任审计10个，"
    "政府投资审计9个，专项审计5个。\n"
)
LIBRARY = (
    "金湖县文化广电和旅游局2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
    "（一）公共文化服务。县图书馆全年新增馆藏图书1.8万册，建成城市书房4家，总数达到11家。\n"
)
CPPCC = (
    "政协泗洪县委员会办公室2023年度部门整体支出绩效自评报告\n一、基本情况\n"
    "政协泗洪县委员会办公室是县政协常委会的办事机构，负责提案办理协调等工作。本届县政协设专门委员会6个。\n"
    "三、项目绩效目标完成情况\n1.政协全会经费：预算48.00万元，执行46.20万元。\n"
    "2.提案工作：全年收到提案173件，经审查立案150件，办复率100%。\n"
)
FOOD = (
    "高邮市市场监督管理局2023年度项目支出绩效自评报告\n一、项目概况\n项目全年预算296.00万元，执行288.40万元。\n"
    "二、绩效目标完成情况\n"
    "全年完成食品安全监督抽检2 916批次，完成年度计划的108.0%，检出不合格样品41批次，不合格食品核查处置率100%。\n"
)

works = library_fixture("unseen53", {
    "court.txt": COURT, "relief.txt": RELIEF, "ponds.txt": PONDS, "station.txt": STATION, "screening.txt": SCREENING,
    "enforcement.txt": ENFORCEMENT, "police.txt": POLICE, "veterans.txt": VETERANS, "street.txt": STREET,
    "hotline.txt": HOTLINE, "farm_form.txt": FARM_FORM, "farm.txt": FARM, "waterways.txt": WATERWAYS,
    "service.txt": SERVICE, "tasks.txt": TASKS, "tasks_a_line.txt": TASKS_A_LINE, "audit.txt": AUDIT,
    "library.txt": LIBRARY, "cppcc.txt": CPPCC, "food.txt": FOOD,
})


def test_a_verb_alone_counts_what_the_clause_before_names(works):
    says(works, "平江县人民法院2023年审结案件多少件？", "8,906件")
    says(works, "平江县人民法院2023年受理案件多少件？", "9,512件")


def test_a_sibling_item_does_not_answer_the_item_asked(works):
    refused(works, "仪陇县民政局2023年特困人员供养标准每人每月多少钱？")
    says(works, "仪陇县民政局2023年农村低保标准每人每月多少钱？", "455元")


def test_a_task_set_is_the_target_not_what_was_done(works):
    says(works, "鹤庆县妇幼保健院2023年宫颈癌实际筛查了多少人？", "8,214人")


def test_a_deadline_asked_so(works):
    says(works, "茶陵县水利局2023年山塘整治任务要在哪天前完成？", "2023年4月30日")


def test_a_place_in_the_reports_project_name_is_no_second_place(works):
    answer = works.ask("林芝市消防救援支队2023年巴宜区消防救援站建设项目自评多少分？")
    assert answer.found and "92.5分" in headline(answer) and not headline(answer).startswith("-"), answer.answer
    answer = works.ask("林芝市消防救援支队2023年巴宜区消防站建设项目请了哪家第三方评价？")
    assert answer.found and "西藏远景工程咨询有限公司" in headline(answer) and "托西藏" not in headline(answer), answer.answer
    answer = works.ask("林芝市消防救援支队2023年那个巴宜区消防救援站建在哪？")
    assert answer.found and "建设地点：巴宜区八一镇" in answer.answer, answer.answer  # a passage answers where


def test_lengths_of_time_are_figures(works):
    says(works, "林芝市消防救援支队2023年巴宜区新站投用后接警到场平均要多久？", "7.2分钟")
    says(works, "林芝市消防救援支队2023年巴宜区消防站建成后到场时间缩短了多少？", "3.6分钟")
    says(works, "2023年在如东县打12345，工单平均多长时间能办完？", "2.8个工作日")


def test_where_the_asker_read_it_names_nothing(works):
    says(works, "林芝市消防救援支队2023年自评说消防装备计划什么时候配齐？", "2024年9月")


def test_against_the_years_first_budget_is_a_change(works):
    says(works, "德清县综合行政执法局2023年预算比年初调增了多少？", "856.30万元")


def test_city_management_is_the_law_enforcement_bureau(works):
    says(works, "德清县城管执法局2023年沿街商铺检查了多少户次？", "41,268户次")


def test_a_sentence_goes_on_after_a_page_break():
    text = clean(POLICE).text
    assert "破获刑事案件846起" in text, text


def test_a_figure_broken_by_a_page_break_answers(works):
    says(works, "灵宝市公安局2023年破获了多少起刑事案件？", "846起")


def test_a_label_said_whole_and_a_tables_title(works):
    says(works, "永宁县退役军人事务局2023年度部门预算是多少？", "1,520.36万元")
    says(works, "永宁县退役军人事务局2023年各项目支出合计的执行率是多少？", "99.22%")


def test_a_streets_name_is_no_city(works):
    says(works, "南京东路街道办事处2024年有多少个长者食堂及助餐点？", "7个")


def test_a_hotlines_number_and_its_name(works):
    meta = extract_metadata(clean(HOTLINE).text, raw=HOTLINE)
    assert meta.title == "南通市如东县12345政务服务便民热线运行维护项目2023年度绩效自评报告", meta.title
    says(works, "如东县12345热线2023年现有多少个坐席？", "36席")
    says(works, "如东县12345热线运行维护项目2023年绩效自评得了多少分？", "94.5分")
    answer = works.ask("如东县12345热线项目2023年自评评了个什么等次？")
    assert answer.found and "优秀" in answer.answer, answer.answer


def test_a_quantity_done_is_asked_by_its_name(works):
    says(works, "新宁县农业农村局2023年耕地地力保护补贴面积实际完成多少？", "41.37万亩")


def test_a_count_of_villages_reached_is_no_rate(works):
    says(works, "武冈市农业农村局2023年耕地地力保护补贴覆盖了多少个村？", "312个")
    says(works, "武冈市农业农村局2023年全市粮食总产量是多少？", "44.86万吨")


def test_what_happened_is_the_forms_result(works):
    says(works, "岱山县港航管理局2022年辖区水上交通发生了几起安全事故？", "2起")


def test_how_many_matters_an_office_handled(works):
    says(works, "呈贡区政务服务中心2024年一年办了多少件？", "33.18万件")


def test_a_forms_main_tasks_under_a_merged_heading(works):
    says(works, "渭源县统计局2023年第五次全国经济普查任务的预算金额总额是多少万元？", "74.00")
    says(works, "渭源县统计局2023年年度主要任务预算金额合计总额是多少？", "242.40")
    says(works, "陇西县统计局2023年第五次全国经济普查预算金额里财政拨款多少？", "80.10")
    says(works, "陇西县统计局2023年度部门整体支出绩效自评表中，年度预算金额合计总额是多少万元？", "293.30")


def test_the_whole_not_a_part_the_question_does_not_name(works):
    says(works, "涟水县审计局2023年实际完成了几个审计项目？", "31个")
    says(works, "涟水县审计局2023年完成了几个经济责任审计项目？", "10个")


def test_a_total_said_after_what_was_built(works):
    says(works, "金湖县2023年城市书房总数达到几家？", "11家")
    says(works, "金湖县2023年建成城市书房几家？", "4家")


def test_an_item_of_the_report_its_title_names(works):
    says(works, "泗洪县政协2023年一共收到多少件提案？", "173件")


def test_what_fell_short_is_one_word_and_no_target(works):
    says(works, "高邮市市场监管局2023年检出不合格样品多少批次？", "41批次")
