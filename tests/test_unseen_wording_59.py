"""Session 59's general rules, on invented text (places and figures made up). A count whose units are named right before
it ("所属事业单位9家组成") counts them, whatever verb follows. "省级财政资金" is the 省级 part, as 省级资金. A sentence that
names the payer asked and no other ("…。省级资金按因素法分配至各市，其中：…") gives that payer's parts, whatever breakdown the
sentence before it made. A term the figure's own clause says with its words apart ("水毁道路设施修复资金") is no part
listed after it. A level moved on from a time ("每生每天4元，2021年秋季学期起提高至5元") is the measure's, and the one before it gives way;
a task set that names nothing ("…212节，计划任务180节") is the measure's before it; a rate per so many ("3.1/10万") is a
rate. A budget said of the report's own project ("本项目年度预算") is the one asked of it; a batch named before its date
("第二批于2024年9月下达") labels its sum; "社会资本" is money, and "预算内投资" no plan. A word of the report's own project
("职业技能提升行动") names no item that shares it ("技能提升补贴"). A unit opening the figure's own part of a sentence (after
"；") is whose it is. A figure right after an aside of what it holds ("美丽乡村建设（含…等4个示范村）") is the name's before the aside,
and none of those the aside lists alone; a share asked "占总支出的比重" is of that whole; "按多少常住人口测算" counts people;
a target said of a figure ("未达到70%的年度目标") frames no parts said after it; "覆盖多少人" of a row counting people
reached (保障人数) is that row. A name that holds a ranking word ("城乡最低生活保障资金") asks no ranking; a 部门整体 form's 年度总支出 is its whole.
A standard asked ("基本生活标准是多少") is money, and a clause of 城市 does not answer 农村; "A和B合计" asks the sum a
sentence gives of them; a 完成率 of works is no 执行率; "资金总额是多少" asks the funds' plan. Points taken off said in a
form's reason cell ("扣1.5分") answer "这项扣了几分". A form that gives a
measure by kinds, none of them the kind asked ("焊工" of rows for 电工, 钳工…), is
answered by no sentence that does not name that kind (the form's total of every kind), and the row a passage's figure
stands in is found where the passage has spaces and tabs before it.
"""

from tests.conftest import library_fixture, refused, says

TRANSPORT = (
    "江西省交通运输厅2023年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n江西省交通运输厅部门由厅机关和所属事业单位9家组成，年末实有人数1,204人。\n"
    "二、专项资金\n2023年全省共下达农村公路养护补助资金2.4亿元，其中中央资金1.6亿元，省级资金0.8亿元。"
    "省级资金按路网里程分配至各设区市，其中：赣州市0.12亿元、吉安市0.09亿元、上饶市0.07亿元。\n"
    "三、防汛保通\n汛后及时下达各县水毁道路设施修复资金3,200万元，其中赣州市860万元，年底完成水毁修复点位316处。\n"
)

WELDING = (
    "项目支出绩效自评表\n（2022年度）\n项目名称\t职业技能培训补贴\n主管部门\t樟树市人力资源和社会保障局\n"
    "实际完成情况：全年共开展补贴性培训2,317人次，取证率86.5%。\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t电工培训人次\t≥600人次\t642人次\t10\t10\n"
    "\t\t钳工培训人次\t≥400人次\t431人次\t10\t10\n"
    "\t\t育婴员培训人次\t≥500人次\t517人次\t10\t10\n"
)

KINDERGARTENS = (
    "株洲市芦淞区2024年度支持学前教育发展资金项目绩效自评报告\n三、绩效目标完成情况\n"
    "全区共有幼儿园64所，其中公办园21所。组织园长、教师培训860人次，专任教师持证率95.4%。\n"
)

RELIEF = (
    "会昌县民政局2024年度困难群众救助补助资金绩效自评报告\n二、保障标准\n"
    "城市特困人员基本生活标准为每人每月1150元，农村特困人员为每人每月905元。\n"
    "三、保障对象\n全县在册集中养育孤儿27人，社会散居孤儿318人，事实无人抚养儿童164人，合计509人。\n"
)

WATER_WORKS = (
    "会宁县2022年度农村饮水安全工程维修养护项目绩效自评报告\n一、资金情况\n"
    "项目总投资812.00万元，资金全部到位，累计支出786.35万元，执行率96.84%。\n"
    "二、绩效目标完成情况\n维修养护工程完成率100%，工程验收合格率100%。\n"
    "附件：项目支出绩效自评表\n项目资金（万元）\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t812.00\t786.35\t10\t96.84%\t9.7\n"
)

FINANCE = (
    "乐清市财政局2023年度部门整体支出绩效自评报告\n二、支出情况\n"
    "2023年度部门支出合计3,918.26万元。其中：基本支出2,405.17万元，包括人员经费2,118.62万元、公用经费286.55万元；"
    "项目支出1,513.09万元。“三公”经费支出16.42万元，其中公务用车运行维护费12.96万元、公务接待费0.46万元。\n"
)

MEALS = (
    "商水县教育体育局2021年度农村义务教育学生营养改善计划项目绩效自评报告\n"
    "一、产出指标\n全县纳入营养改善计划的学校共计186所，补助标准为每生每天4元，2021年秋季学期起提高至5元。"
    "开设校园食品安全课程212节，计划任务180节；开展家长陪餐1.8万人次。\n"
    "二、效益指标\n学生贫血检出率为6.3%，较上年下降1.2个百分点；学校食源性疾病报告发病率为3.1/10万，低于全省平均水平。\n"
)

HOTLINE = (
    "合肥市12345政务服务便民热线运行维护项目2024年度绩效自评报告\n一、项目概况\n"
    "2024年本项目年度预算3,218.40万元，主要用于话务外包和系统运维，其中话务外包服务费2,106.00万元。"
    "全年实际支出3,051.77万元，预算执行率94.82%。\n"
    "二、资金下达\n省级补助资金分两批下达：第一批于2024年3月下达820万元，第二批于2024年9月下达460万元。\n"
)

RENOVATION = (
    "六安市裕安区住房和城乡建设局2023年城镇老旧小区改造项目绩效自评报告\n一、项目资金\n"
    "项目资金来源为中央预算内投资3,860万元、中央财政城镇保障性安居工程补助资金2,470万元及区级配套资金1,150万元；"
    "另引入社会资本612万元。\n"
)

SKILLS = (
    "一、项目基本情况\n根据省职业技能提升行动实施方案，我市设立职业技能提升行动专账。\n"
    "二、资金使用情况\n2023年专账资金实际支出4,128.35万元，执行率86.40%。其中职业培训补贴支出3,206.10万元，"
    "技能提升补贴（个人申领）支出512.80万元。\n"
    "本报告由石狮市人力资源和社会保障局编制。\n"
)

CULTURE = (
    "易县文化广电和旅游局2022年度公共文化服务体系建设补助资金绩效自评报告\n二、绩效目标完成情况\n"
    "全年县图书馆接待读者9.84万人次，新增藏书1.2万册；县文化馆举办各类培训班52期，培训群众2,870人次；组织送戏下乡演出98场。\n"
)

SUBSIDY_FORM = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\n城乡最低生活保障资金\n主管部门\n隆回县民政局\n"
    "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
    "产出指标\n数量指标\n低保对象动态\n管理覆盖率\n=100%\n97.5%\n10\n8.5\n个别乡镇动态复核滞后，扣1.5分\n"
    "时效指标\n低保金按月发\n放及时率\n≥98%\n99.2%\n10\n10\n—\n"
)

TOWNSHIP = (
    "罗田县九资河镇人民政府2022年度部门整体支出绩效自评报告\n二、预算执行情况\n"
    "2022年我镇决算支出6,214.37万元。其中：基本支出2,406.51万元，占38.72%；项目支出3,807.86万元，占61.28%。"
    "项目支出主要用于农村人居环境整治865.2万元、美丽乡村建设（含圣人堂村、七道河村等4个示范村）1,046.3万元。\n"
)

HEALTH = (
    "霍山县卫生健康委员会2024年基本公共卫生服务项目绩效自评报告\n一、项目资金\n"
    "人均补助标准为94元，按常住人口31.27万人测算，项目资金总额2,939.38万元。\n"
    "二、绩效指标\n65岁及以上老年人健康管理服务率68.4%，未达到70%的年度目标，其中衡山镇、诸佛庵镇分别为73.1%、66.2%；\n"
)

DISABLED_FORM = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\n残疾人两项补贴\n主管部门\n临洮县残疾人联合会\n"
    "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析\n"
    "产出指标\n数量指标\n困难残疾人生活补贴保障人数\n≥5,600人\n5,812人\n10\n10\n—\n"
    "重度残疾人护理补贴保障人数\n≥6,400人\n6,657人\n10\n10\n—\n"
)

WHOLE_FORM = (
    "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称\n彭州市卫生健康局\n金额单位：万元\n"
    "项目\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
    "年度总支出\n21,406.50\n25,318.72\n24,102.36\n10\n95.20%\n9.52\n"
    "财政拨款\n19,880.00\n23,016.40\n22,015.18\n—\n95.65%\n—\n"
)

RELIEF_FORM = (
    "项目支出绩效自评表\n（2022年度）\n项目名称\n城乡最低生活保障资金\n主管部门\n洞口县民政局\n"
    "实施单位\n洞口县社会救助服务中心\n"
)

services = library_fixture("unseen59", {"yueqing-finance-2023.txt": FINANCE, "huichang-relief-2024.txt": RELIEF, "huining-water-2022.txt": WATER_WORKS, "lusong-kindergartens-2024.txt": KINDERGARTENS, "pengzhou-whole-form-2023.txt": WHOLE_FORM, "dongkou-relief-form-2022.txt": RELIEF_FORM,
                                        "luotian-town-2022.txt": TOWNSHIP, "huoshan-health-2024.txt": HEALTH,
                                        "lintao-disabled-form-2023.txt": DISABLED_FORM, "jiangxi-transport-2023.txt": TRANSPORT, "zhangshu-training-2022.txt": WELDING,
                                        "shangshui-meals-2021.txt": MEALS, "hefei-hotline-2024.txt": HOTLINE,
                                        "yuan-renovation-2023.txt": RENOVATION, "shishi-skills-2023.txt": SKILLS,
                                        "yixian-culture-2022.txt": CULTURE, "longhui-subsidy-form-2023.txt": SUBSIDY_FORM})


def test_units_named_before_their_count_are_what_it_counts(services):
    says(services, "江西省交通运输厅2023年有几家所属事业单位？", "9家")


def test_a_levels_treasury_money_is_its_part(services):
    says(services, "江西省交通运输厅2023年农村公路养护补助资金里，省级财政资金有多少？", "0.8亿元")
    says(services, "江西省交通运输厅2023年农村公路养护补助资金中央财政资金多少？", "1.6亿元")


def test_a_sentence_of_the_payer_asked_gives_its_parts(services):
    says(services, "江西省交通运输厅2023年农村公路养护的省级资金分给吉安市多少？", "0.09亿元")


def test_a_term_said_apart_in_the_figures_own_clause_is_no_part_after_it(services):
    says(services, "江西省交通运输厅2023年给各县下达的水毁修复资金总共多少？", "3,200万元")


def test_a_kind_no_row_gives_is_not_answered_by_the_total_of_every_kind(services):
    refused(services, "樟树市人社局2022年焊工培训人次实际完成多少？")
    says(services, "樟树市人社局2022年钳工培训了多少人次？", "431人次")
    says(services, "樟树市人社局2022年补贴性培训一共多少人次？", "2,317人次")


def test_a_level_moved_on_from_a_time_is_the_measures(services):
    says(services, "商水县2021年秋季学期起营养改善计划补助标准提到每生每天多少钱？", "5元")


def test_a_task_set_that_names_nothing_is_the_measures_before_it(services):
    says(services, "商水县2021年校园食品安全课程原计划开设多少节？", "180节")
    says(services, "商水县2021年校园食品安全课程实际开设了多少节？", "212节")


def test_a_rate_per_so_many_is_a_rate(services):
    says(services, "商水县2021年学校食源性疾病报告发病率是多少？", "3.1/10万")


def test_the_projects_own_budget_answers_a_budget_asked_of_it(services):
    says(services, "合肥12345热线2024年预算是多少？", "3,218.40万元")


def test_a_batch_said_before_its_date_is_the_batchs(services):
    says(services, "合肥12345热线项目省级补助第二批下达了多少？", "460万元")


def test_money_named_capital_is_a_sum(services):
    says(services, "裕安区老旧小区改造引进社会资本多少？", "612万元")
    says(services, "裕安区2023年老旧小区改造中央预算内投资是多少？", "3,860万元")


def test_a_word_of_the_reports_own_project_names_no_item(services):
    says(services, "石狮市2023年职业技能提升行动实际支出多少？", "4,128.35万元")


def test_the_unit_that_opens_the_figures_part_of_the_sentence(services):
    says(services, "易县文化馆2022年培训群众多少人次？", "2,870人次")


def test_points_taken_off_said_in_a_forms_reason_cell(services):
    says(services, "隆回县民政局2023年低保资金自评，低保对象动态管理覆盖率这项扣了几分？", "1.5分")


def test_a_figure_after_an_aside_of_what_it_holds_is_the_name_before_it(services):
    says(services, "九资河镇2022年美丽乡村建设花了多少？", "1,046.3万元")
    refused(services, "九资河镇2022年圣人堂村美丽乡村建设花了多少钱？")  # one of the four villages the sum holds


def test_a_share_asked_of_its_whole(services):
    says(services, "九资河镇2022年项目支出占总支出的比重是多少？", "61.28%")


def test_people_a_sum_is_reckoned_by_are_counted(services):
    says(services, "霍山县2024年基本公卫资金按多少常住人口测算？", "31.27万人")


def test_a_target_said_of_a_figure_frames_no_parts_after_it(services):
    says(services, "霍山县诸佛庵镇2024年老年人健康管理服务率是多少？", "66.2%")


def test_people_reached_are_the_people_a_row_counts(services):
    says(services, "临洮县2023年重度残疾人护理补贴实际覆盖多少人？", "6,657人")


def test_a_name_holding_a_ranking_word_asks_no_ranking(services):
    says(services, "洞口县2022年城乡最低生活保障资金项目的实施单位是哪个？", "洞口县社会救助服务中心")


def test_a_whole_department_forms_total_row(services):
    says(services, "彭州市卫健局2023年部门整体支出全年执行数是多少万元？", "24,102.36")


def test_visits_are_no_count_of_the_people_there_are(services):
    refused(services, "芦淞区2024年幼儿园专任教师一共有多少人？")  # "教师培训860人次" counts visits
    says(services, "芦淞区2024年组织园长、教师培训了多少人次？", "860人次")


def test_a_standard_asked_is_money_and_of_the_group_asked(services):
    says(services, "会昌县2024年农村特困人员基本生活标准是多少？", "905元")
    says(services, "会昌县2024年城市特困人员基本生活标准是多少？", "1150元")


def test_the_sum_of_two_things_asked(services):
    says(services, "会昌县在册孤儿和事实无人抚养儿童合计多少人？", "509人")
    says(services, "会昌县事实无人抚养儿童有多少人？", "164人")


def test_a_completion_rate_is_no_execution_rate(services):
    says(services, "会宁县2022年农村饮水维修养护项目执行率是多少？", "96.84%")
    says(services, "会宁县2022年农村饮水维修养护工程完成率是多少？", "100%")


def test_the_funds_total_asked_is_the_plan(services):
    says(services, "会宁县2022年农村饮水维修养护项目资金总额是多少？", "812.00")


def test_budget_categories_in_the_words_people_use(services):
    says(services, "乐清财政局2023年人头经费花了多少钱？", "2,118.62万元")
    says(services, "乐清财政局2023年办公经费是多少？", "286.55万元")
    says(services, "乐清财政局2023年车辆运行维护费用是多少？", "12.96万元")
    says(services, "乐清财政局2023年招待费花了多少？", "0.46万元")
