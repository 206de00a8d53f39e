"""Session 56's general rules, each on invented text (places and figures made up). Lists: a measure said once before
parts that end alike ("基准定额为小学每生每年…、初中每生每年…") is each part's; "分别为每人每月…" gives each label its
figure; a count after one of organisations listed by kind ("其中幼儿园…所、小学…所") is no measure of that organisation; a
part the question names ("其中…二级残疾人") answers before its whole, and a part is no count of all its kind. Names: a
number in words opening a name ("两项补贴") is no figure; the first word of a phrase asked ("圆梦助学") said before its
stand-in ("圆梦行动") names the same item; "对镇卫生院" names no unlisted 卫生院; units said all together ("各镇水利站")
are the report's own. Questions: what a noun phrase after the ask names is its last word ("多少中职国家奖学金"); "比上年"
is no measure; "多久" is answered by a length of time; "部门全年预算" says its label whole; "2023年度自评表里，2022年…"
asks last year's; "第二批发了多少" and "…标准每月多少" ask money; "用掉了几成", "执行比例" ask the share spent; "开年时"
is the year's start; "多少万人" asks people; a bond is money. Figures: "21.4km" is a length; a date says when the verb right after it was
done; "年初计划…"
is the plan; a standard "按…800元标准资助…幼儿" is whom it names after it; "统一为" says nothing beyond a label; "老人"
are who a row of 人数 counts; a sentence's figure in the unit asked is no conversion of another thing's, and a sum is
no answer to people asked beside it (two asks in one question are not answered by half). Scope: a place named alone
whose reports lie in two cities ("鼓楼区" of 南京市 and 福州市) is asked which; with its city it is that one.
"""

from tests.conftest import library_fixture, refused, says

PUPILS = (
    "龙泉市教育局2023年度城乡义务教育公用经费保障项目绩效自评报告\n"
    "一、项目概况\n2023年我市执行的生均公用经费基准定额为小学每生每年720元、初中每生每年940元，"
    "寄宿制学校另按每生每年200元增加公用经费。\n"
    "二、学校布局\n全市共有各级各类学校83所，其中幼儿园31所、小学29所、初中14所。\n"
)
ALLOWANCES = (
    "泗阳县残疾人联合会2024年度残疾人两项补贴项目绩效自评报告\n"
    "一、补贴标准\n困难残疾人生活补贴标准为每人每月130元；重度残疾人护理补贴按一级、二级分别为每人每月170元、120元。\n"
    "二、完成情况\n（一）数量指标。全年发放困难残疾人生活补贴986.40万元，享受对象6,323人；发放重度残疾人护理补贴"
    "1,402.75万元，享受对象9,870人，其中一级残疾人4,011人、二级残疾人5,859人。\n"
    "（二）资金支出。两项补贴全年实际发放2,389.15万元，预算执行率97.52%。2023年两项补贴发放2,201.60万元，同比增长8.52%。\n"
    "三、绩效指标完成情况\n生活补贴享受人数 ≥6000人 6323人\n护理补贴享受人数 ≥9500人 9870人\n"
)
MACHINES = (
    "郸城县农业农村局2023年度农机购置与应用补贴项目绩效自评报告\n"
    "一、项目实施情况\n年初计划补贴机具1,800台（套），实际补贴机具2,064台（套），受益农户1,932户。\n"
    "二、资金情况\n项目全年预算1,650.00万元，全年实际支出1,603.20万元，资金执行率97.16%。\n"
)
ELDERLY = (
    "鹤壁市淇滨区民政局2023年度高龄津贴项目绩效自评报告\n"
    "一、基本情况\n2023年全区特困人员基本生活标准城乡统一为每人每月760元。津贴分两批发放：第一批于6月底前发放312.40万元，"
    "第二批于12月中旬发放298.65万元。\n"
    "二、绩效指标\n享受高龄津贴人数 ≥9000人 9,482人\n百岁老人津贴发放人数 ≥20人 26人\n"
    "三、管理\n各乡镇（街道）民政所会同社区做好资格认证，全年认证及时率100%；认证经费支出12.30万元。\n"
    "四、资金执行\n项目全年支出622.95万元，支出率98.20%。\n"
)
SCHOOL = (
    "会昌县职业中等专业学校2023年度中职学生资助项目支出绩效自评报告\n"
    "一、资金情况\n其中：免学费补助资金512.60万元，国家助学金146.20万元。\n"
    "二、家庭经济困难幼儿资助\n按每生每年600元标准资助家庭经济困难幼儿1,214人，资金72.84万元；"
    "家庭经济困难寄宿生生活补助标准为小学每生每年1,000元、初中每生每年1,250元。\n"
)
YOUTH = (
    "平遥县团县委2023年度部门整体支出绩效自评报告\n"
    "一、重点工作\n1.“希望工程·圆梦行动”资助家庭困难大学新生47名，每人0.5万元，共23.50万元；\n"
    "2.全县新增注册志愿者1,820人。\n"
)
HEALTH = (
    "澄城县卫生健康局2023年度基本公共卫生服务项目绩效自评报告\n"
    "一、考核情况\n按照渭南市考核办法，我局于2024年2月对9个镇卫生院2023年度基本公共卫生服务项目进行了考核，"
    "其中庄头镇卫生院、冯原镇卫生院、王庄镇卫生院得分居前。\n"
    "二、资金情况\n全年下达资金1,286.00万元，实际支出1,254.37万元。\n"
)
MARKET = (
    "临城县市场监督管理局2023年度部门整体支出绩效自评报告\n"
    "一、食品安全\n全年完成食品安全监督抽检1,420批次，比上年增加120批次，平均办结时长3.2个工作日；检出不合格样品26批次，不合格率1.83%，上年为2.31%，下降0.48个百分点。\n"
    "二、工程\n受汛期影响，部分标段工程进场推迟约3个月，年底前均已完成。\n"
)
DEPARTMENT = (
    "江华县文化广电体育和旅游局2023年度部门整体支出绩效自评报告\n"
    "一、预算执行\n2023年部门全年预算2,918.36万元，实际支出2,760.04万元，预算执行率94.58%。\n"
)
PROJECT = (
    "江华县文化广电体育和旅游局2023年公共文化服务体系建设项目支出绩效自评报告\n"
    "主管部门：江华县文化广电体育和旅游局\n"
    "一、资金情况\n项目全年预算412.00万元，实际支出398.56万元，执行率96.74%。\n"
)
FORM = (
    "兰西县农业农村局2023年度生猪调出大县奖励资金项目支出绩效自评表\n"
    "年度总体目标完成情况：2023年全县生猪出栏52.16万头，调出37.42万头，较2022年调出35.08万头增加2.34万头。\n"
)
GREEN = (
    "朝阳区园林绿化局2022年度部门整体支出绩效自评报告\n"
    "（一）产出指标\n全年新增城市绿地38.4公顷，改造提升公园绿地9处；完成平原生态林养护2.6万亩。\n"
    "（二）资金\n项目总投资3,960.00万元，截至2022年12月31日，实际支付资金3,802.15万元，资金执行率96.01%。\n"
)

ROADS = (
    "宝坻区农业农村委员会2023年度高标准农田建设项目支出绩效自评报告\n"
    "一、产出\n1.数量指标：新建及改造灌溉渠道29.4km；新建排水沟17.2km；新修田间道路11.6km。\n"
    "项目于2023年3月开工，同年10月完成全部工程，2023年12月18日通过区级验收。\n"
    "国债资金按用途分：农田水利建设860.00万元，田间道路建设共支持项目12个。\n"
    "二、资金\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t2,350.00\t2,410.00\t2,366.52\t98.20%\n"
)
INSURANCE = (
    "诸城市医疗保障局2021年度城乡居民医保财政补助项目绩效自评报告\n"
    "一、参保\n2021年全市居民医保参保人数768,205人。\n"
    "二、救助\n全年发放困难群众救助资金62.30万元，救助118人。\n"
)

FORESTS = (
    "霍山县林业局2023年度造林绿化项目绩效自评报告\n"
    "一、产出\n1.人工造林：计划9,000亩，实际完成9,300亩（620公顷），其中：诸佛庵镇1,450亩、漫水河镇1,210亩，"
    "其余15个乡镇合计6,640亩。\n"
)

works = library_fixture("unseen56", {
    "forests.txt": FORESTS,
    "roads.txt": ROADS, "insurance.txt": INSURANCE,
    "pupils.txt": PUPILS, "allowances.txt": ALLOWANCES, "machines.txt": MACHINES, "elderly.txt": ELDERLY,
    "school.txt": SCHOOL, "youth.txt": YOUTH, "health.txt": HEALTH, "market.txt": MARKET, "department.txt": DEPARTMENT,
    "project.txt": PROJECT, "form.txt": FORM, "green.txt": GREEN,
})


def test_a_measure_said_before_parts_that_end_alike_is_each_parts(works):
    says(works, "龙泉市2023年生均公用经费初中是多少？", "940元")
    says(works, "龙泉市2023年初中生均公用经费标准是多少？", "940元")
    says(works, "龙泉市2023年小学生均公用经费标准是多少？", "720元")


def test_a_count_after_organisations_listed_by_kind_is_of_the_next_kind(works):
    says(works, "龙泉市教育局2023年全市有多少所小学？", "29所")


def test_each_label_of_a_respective_list_with_its_per_unit_words(works):
    says(works, "泗阳县2024年二级重度残疾人护理补贴标准每月多少？", "120元")


def test_a_part_the_question_names_and_no_part_for_all(works):
    says(works, "泗阳县残联2024年二级残疾人享受护理补贴的有多少人？", "5,859人")
    says(works, "泗阳县2024年有多少困难残疾人领到了生活补贴？", "6323人")


def test_a_number_in_words_opening_a_name_is_no_figure(works):
    says(works, "泗阳县残联2024年度自评报告里，2023年两项补贴发放了多少？", "2,201.60万元")
    says(works, "泗阳县2024年残疾人两项补贴全年实际一共发了多少钱？", "2,389.15万元")


def test_the_plan_of_the_year_is_no_answer_to_what_was_done(works):
    says(works, "郸城县2023年一共补贴了多少台（套）农机具？", "2,064台")


def test_a_level_set_and_batches_and_standards_ask_money(works):
    says(works, "淇滨区2023年特困人员基本生活标准每人每月多少钱？", "760元")
    says(works, "淇滨区2023年高龄津贴第二批发了多少？", "298.65万元")
    says(works, "淇滨区2023年享受高龄津贴的老人共有多少人？", "9,482人")


def test_units_said_all_together_are_the_reports_own(works):
    says(works, "淇滨区民政局2023年高龄津贴认证经费实际花了多少？", "12.30万元")


def test_a_noun_phrase_after_the_ask_names_its_last_word(works):
    says(works, "会昌县职业中等专业学校2023年发了多少中职国家助学金？", "146.20万元")
    refused(works, "会昌县职业中等专业学校2023年发了多少中职国家奖学金？")


def test_a_standard_names_whom_it_is_paid_to_after_it(works):
    says(works, "会昌县2023年家庭经济困难幼儿资助标准是每生每年多少？", "600元")


def test_the_first_word_of_an_item_said_before_its_stand_in(works):
    says(works, "平遥团县委2023年圆梦助学资助了多少名大学新生？", "47名")


def test_a_preposition_opens_no_unlisted_name(works):
    says(works, "澄城县卫健局对镇卫生院2023年度基本公卫项目的考核是什么时候开展的？", "2024年2月")


def test_a_base_compared_with_and_a_length_of_time(works):
    says(works, "临城县市场监管局2023年食品抽检不合格率比上年降了几个百分点？", "0.48个百分点")
    says(works, "临城县2023年部分标段进场推迟了大概多久？", "3个月")


def test_a_label_said_whole_but_for_when(works):
    says(works, "江华县文化广电体育和旅游局2023年部门全年预算是多少？", "2,918.36万元")


def test_last_year_asked_of_a_form(works):
    says(works, "兰西县农业农村局2023年度自评表里，2022年全县调出生猪多少头？", "35.08万头")


def test_another_things_figure_in_the_unit_asked_is_no_conversion(works):
    says(works, "朝阳区园林绿化局2022年新增了多少亩城市绿地？", "38.4公顷")
    says(works, "朝阳区园林绿化局2022年的钱用掉了几成？", "96.01%")


def test_lengths_in_symbols_answer_lengths_asked_in_characters(works):
    says(works, "宝坻区农委2023年高标准农田项目新挖了多少米排水沟？", "17.2km")
    says(works, "宝坻区农业农村委2023年高标准农田建设新修了多少千米田间路？", "11.6km")


def test_the_years_start_and_whether_all_was_executed(works):
    says(works, "宝坻区农委2023年高标准农田项目开年时安排了多少资金？", "2,350.00万元")
    says(works, "宝坻区农委2023年高标准农田项目预算执行到位了吗？执行比例是多少？", "98.20%")


def test_a_count_asked_in_ten_thousands(works):
    says(works, "诸城2021年参加居民医保的有多少万人？（诸城市医疗保障局）", "768,205人")


def test_a_sum_is_no_answer_to_people_asked_beside_it(works):
    refused(works, "诸城市医保局2021年困难群众救助发了多少钱、救助了几个人？")


twins = library_fixture("unseen56_twins", {
    "nanjing.txt": "南京市鼓楼区民政局2023年度部门整体支出绩效自评报告\n一、总体情况\n2023年部门整体支出绩效自评得分91.3分。\n",
    "fuzhou.txt": "鼓楼区民政局2023年度居家社区养老服务补助项目绩效自评报告\n填报单位：福州市鼓楼区民政局\n"
                  "一、自评结论\n本项目绩效自评得分94.5分，支持长者食堂运营46家。\n",
})


def test_a_place_named_alone_whose_reports_lie_in_two_cities_asks_which(twins):
    answer = twins.ask("鼓楼区民政局2023年绩效自评得分是多少？")
    assert not answer.found and "南京市鼓楼区" in answer.answer and "福州市鼓楼区" in answer.answer, answer.answer
    says(twins, "南京鼓楼区民政局2023年部门整体支出绩效自评得分是多少？", "91.3分")
    says(twins, "福州鼓楼区民政局2023年支持了多少家长者食堂运营？", "46家")


def test_a_date_says_when_the_verb_right_after_it_was_done(works):
    says(works, "宝坻区农委2023年高标准农田项目是几月份开工的？", "2023年3月")
    says(works, "宝坻区农委2023年高标准农田项目什么时候通过验收的？", "2023年12月18日")


def test_a_bond_is_money(works):
    says(works, "宝坻区2023年抗疫特别国债用于农田水利建设的有多少？", "860.00万元")


def test_a_conversion_asked_is_the_figure_in_the_unit_asked(works):
    says(works, "霍山县2023年人工造林折合多少公顷？", "620公顷")
