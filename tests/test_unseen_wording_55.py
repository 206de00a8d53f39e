"""Session 55's general rules, each on invented text (places and figures made up). Places: a housing estate named
after a place ("海北小区") is no mention of it, and a town whose name ends as a generic word does ("清苑区魏村镇") is a
town. Items: a name the report never says before a word of things it lists ("中兴小区" of a table of 小区) asks an
item it does not list, and a rate or a level named with a word the report never says with it ("规范管理率", "臭氧平均
浓度") one it does not give. Figures: a gap in points is no level; a table's row named by a quarter answers that
quarter; a figure "的年度目标" is the target; a sum of the rest in a list of parts is no whole; a count asked after a
one-character verb ("破了多少刑事案件") is that verb's; a figure per day never answers "一年补多少"; a one-cell-per-
line form's 预期目标 cell holds targets. Questions: "到没到95%", a clause telling what the report says before a
self-named ask, "二〇二三年", "结收案比", "多少方", "帮了多少户", "每年" (no per unit), people counted with 个
("多少个网格员"), and the year of a report before the year it asks ("2023年报告中提到2022年…").
"""

from app.core.numbers import find_figures
from app.core.tokenize import tokenize
from tests.conftest import library_fixture, refused, says

ESTATES = (
    "海东市乐都区住房和城乡建设局2023年度老旧小区改造项目支出绩效自评报告\n"
    "一、项目概况\n2023年全区改造老旧小区4个，涉及居民1,206户，改造面积8.74万平方米。\n"
    "二、各小区改造情况\n"
    "序号 小区名称     户数（户） 改造面积（万㎡） 投资（万元）\n"
    "1    碾伯小区       402        2.91           516.30\n"
    "2    海北小区       318        2.25           401.80\n"
    "3    南凉小区       287        2.06           366.40\n"
    "4    七里店小区     199        1.52           270.10\n"
)
QUARTERS = (
    "鹿邑县民政局2023年度部门整体支出绩效自评报告\n"
    "二、预算执行情况\n2023年全年预算数18,320.50万元，全年执行数18,011.62万元，预算执行率98.31%。分季度累计执行进度如下：\n"
    "  季度        累计支出（万元）    累计执行进度\n"
    "  一季度        3,702.11            20.21%\n"
    "  二季度        8,530.44            46.56%\n"
    "  三季度        13,284.90           72.52%\n"
    "  四季度        18,011.62           98.31%\n"
    "三、存在问题\n上半年执行进度低于序时进度3.44个百分点。\n"
)
COURT = (
    "伊春市伊美区人民法院2023年度部门整体支出绩效自评报告\n"
    "一、审判执行\n2023年受理各类案件6,418件，审结6,006件，结收案比93.58%。\n"
    "二、打击犯罪\n全年立刑事案件512起，破刑事案件347起，破案率67.77%。\n"
    "三、自评结论\n经局办公室组织自评，2023年度部门整体支出绩效自评得分91.4分，等次为“优秀”。\n"
)
MEALS = (
    "弥渡县教育局2023年农村义务教育学生营养改善计划项目绩效自评报告\n"
    "一、项目概况\n营养餐膳食补助标准为每生每天5元，全年按200天计，每生每年1,000元。2023年受益学生18,642人。\n"
    "二、资金情况\n2023年专项资金安排1,864.20万元，全年兑现专项资金1,802.33万元，资金执行率96.68%。\n"
    "三、效益\n全年实现学生营养餐供应覆盖率100%，超额完成95%的年度目标。\n"
)
TOWN = (
    "保定市清苑区臧村镇人民政府2023年度部门整体支出绩效自评报告\n"
    "一、村级组织运转保障\n全年由镇财政所统一拨付村级组织运转经费232.00万元，其中：臧村12.40万元、大庄村10.60万元，"
    "其余15个村共计209.00万元。\n"
    "二、网格化管理\n全镇划分网格46个，配备专兼职网格员52人。\n"
    "三、兜底保障\n分散供养特困人员184人、集中供养27人。\n"
    "四、人居环境整治\n清理坑塘沟渠38处，清淤6.4万立方米。\n"
    "五、困难群众帮扶\n全年帮扶困难职工612户；全年实现71户困难职工家庭解困脱困。\n"
)
FORM = (
    "附件3\n项目支出绩效自评表\n（2023年度）\n项目名称\n档案数字化加工\n主管部门\n中共敖汉旗委办公室\n实施单位\n"
    "敖汉旗档案馆\n年度总体目标\n预期目标\n实际完成情况\n"
    "完成馆藏档案数字化扫描40万页以上，修复破损档案300页，提升查阅利用服务水平。\n"
    "完成馆藏档案数字化扫描42.6万页，修复破损档案276页，全年接待查档利用2,418人次。\n"
)
HEALTH = (
    "弥勒市虹溪镇中心卫生院2023年度部门整体支出绩效自评报告\n"
    "一、基本公共卫生服务\n家庭医生签约服务重点人群签约率78.6%；纳入慢病管理的高血压患者2,310人；孕产妇系统管理率92.4%。\n"
    "二、环境\n2023年镇区PM2.5平均浓度26.1微克/立方米，空气质量优良天数比例92.6%。\n"
    "四、热线\n受理12345市民服务热线工单3,182件，实际解决率92.1%，比上年提高1.6个百分点。\n"
    "三、水土保持\n年减少土壤侵蚀量6.3万吨。\n"
)
SECTIONS = (
    "大同市平城区民政局2023年度部门整体支出绩效自评报告\n"
    "一、社会救助\n全年累计保障城乡低保对象4,218人，实施临时救助2,306人次。农村低保612户1,046人，发放低保资金386.20万元；"
    "特困供养人员132人，发放供养资金171.60万元。\n"
    "二、自评组织\n本次自评由平城区民政局规划财务科牵头，会同各业务科室共同开展。\n"
    "三、自评结论\n自评等级 | 良好\n"
)
WEATHER = (
    "临洮县气象局2023年度部门整体支出绩效自评报告\n"
    "一、预报预警\n24小时晴雨预报准确率88.4%（2022年87.1%），最高气温预报准确率83.2%，最低气温预报准确率85.9%。\n"
    "二、安全\n全县共发生火灾42起（2022年51起），直接财产损失31.6万元。第三方测评群众安全感97.3%。\n"
    "三、造林\n人工造林：计划6,000亩，实际完成6,300亩（420公顷），其中：新添镇1,200亩、太石镇980亩。\n"
    "四、党员教育\n举办党员培训班12期，培训党员1,460人次。\n"
)
FIELDS = (
    "2023年度项目支出绩效自评表\n\n项目名称：农村部分计划生育家庭奖励扶助\n主管部门：靖边县卫生健康局\n\n"
    "项目资金（万元）：\n  年初预算数 1,800.00 | 全年预算数 1,860.00 | 全年执行数 1,842.36 | 分值 10 | 执行率 99.05% | 得分 9.9\n"
)
YEARS = (
    "衡东县石湾镇人民政府2022年度部门整体支出绩效自评报告\n二、部门收支情况\n近两年收支对比如下：\n单位：万元\n"
    "项目\t2021年\t2022年\n收入合计\t2,918.40\t3,206.75\n支出合计\t2,874.12\t3,150.36\n"
)
PETITIONS = (
    "平安县信访局2022年度部门整体支出绩效自评报告\n一、履职\n初次信访事项按期受理率100%，按期办结率98.70%。\n"
    "二、社区矫正\n年末在册社区矫正对象142名，全年新接收66名、解除矫正71名。\n"
    "三、人民调解\n全年排查调处各类矛盾纠纷1,862件，调解成功1,815件。\n"
    "四、执法\n依据抽检结果立案查处19件，罚没款12.37万元。\n五、土地\n新增耕地98.6公顷（折合1,479亩）。\n"
    "六、储备\n根据上级下达的储备计划，我县储备粮规模为12,000吨，其中玉米8,000吨、稻谷4,000吨。全年完成玉米轮换3,000吨。\n"
)
RELIEF = (
    "黄陂区民政局2023年度困难群众救助补助资金项目支出绩效自评报告\n"
    "一、项目概况\n本项目用于保障困难群众基本生活，全年实际支出6,840.20万元。\n二、绩效指标完成情况\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
    "产出指标\t数量指标\t城乡低保保障人数\t≥8,000人\t8,312人\n"
    "产出指标\t成本指标\t城市低保标准\t≥750元/人·月\t780元/人·月\n"
    "满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t94.2%\n"
    "产出指标\t质量指标\t抽检计划完成率\t≥100%\t103.6%\n"
)
works = library_fixture("unseen55", {
    "petitions.txt": PETITIONS, "relief.txt": RELIEF,
    "years.txt": YEARS,
    "sections.txt": SECTIONS, "weather.txt": WEATHER, "fields.txt": FIELDS,
    "estates.txt": ESTATES, "quarters.txt": QUARTERS, "court.txt": COURT, "meals.txt": MEALS, "town.txt": TOWN,
    "form.txt": FORM, "health.txt": HEALTH,
})


def test_a_housing_estate_named_after_a_place_is_no_mention_of_it(works):
    says(works, "乐都区住建局2023年海北小区改造投资多少万元？", "401.80")


def test_households_asked_with_who_they_are(works):
    says(works, "乐都区住建局2023年南凉小区涉及多少户居民？", "287")


def test_an_item_the_report_does_not_list_among_its_kind(works):
    refused(works, "乐都区住建局2023年老旧小区改造，中兴小区改造了多少户？")


def test_area_in_symbols():
    assert [(f.unit, f.value) for f in find_figures("改造面积2.91万㎡，新增绿地300平米")] == [("㎡", 29100.0), ("平米", 300.0)]


def test_a_quarter_asked_of_its_row_and_a_gap_is_no_level(works):
    says(works, "鹿邑县民政局2023年第二季度累计预算执行进度是多少？", "46.56%")
    refused(works, "鹿邑县民政局2023年上半年执行进度是多少")
    says(works, "鹿邑县民政局2023年上半年执行进度比序时进度低了多少", "3.44个百分点")


def test_a_ratio_named_by_bi_and_a_verb_before_what_is_counted(works):
    says(works, "伊美区法院2023年的结收案比是多少？", "93.58%")
    says(works, "伊美区法院2023年破了多少刑事案件？", "347起")
    says(works, "伊美区法院2023年立了多少刑事案件？", "512起")


def test_a_grade_asked_with_words_the_dictionary_cuts_otherwise(works):
    says(works, "伊美区法院2023年部门整体自评定的是什么等次？", "优秀")


def test_a_clause_telling_what_the_report_says_is_context(works):
    says(works, "我在看伊美区人民法院2023年度的自评报告，说自评结果是优秀，具体得了几分？", "91.4分")


def test_a_year_in_characters(works):
    says(works, "伊美区法院二〇二三年结收案比是多少", "93.58%")


def test_a_figure_per_day_does_not_answer_a_years(works):
    says(works, "弥渡县2023年营养餐一个学生一年补多少钱？", "1,000元")
    says(works, "弥渡县2023年营养餐一个学生一天补多少钱？", "5元")


def test_the_size_of_the_funds_and_a_target_reached(works):
    says(works, "弥渡县教育局2023年营养改善计划专项资金盘子多大？", "1,864.20万元")
    says(works, "弥渡县教育局2023年营养餐供应覆盖率的年度目标是多少", "95%")


def test_checked_both_ways(works):
    says(works, "弥渡县教育局2023年营养改善计划资金执行率到没到95%？", "96.68%")


def test_the_rest_of_a_list_of_parts_is_no_whole(works):
    says(works, "臧村镇政府2023年村级组织运转经费一共拨了多少钱？", "232.00万元")


def test_people_counted_with_ge_and_a_verb_said_twice(works):
    says(works, "清苑区臧村镇2023年配了多少个网格员？", "52人")
    says(works, "清苑区臧村镇2023年集中供养的特困人员有多少人？", "27人")
    says(works, "臧村镇2023年一共帮了多少户困难职工？", "612户")
    assert "网格员" in tokenize("配了多少个网格员")


def test_cubic_metres_said_short(works):
    says(works, "臧村镇2023年清淤了多少方？", "6.4万立方米")


def test_a_town_named_like_a_generic_word_is_a_town(works):
    refused(works, "保定市清苑区魏村镇2023年村级组织运转经费拨了多少？")


def test_a_form_one_cell_a_line_holds_its_targets_first(works):
    says(works, "敖汉旗档案馆2023年修复了多少页破损档案？", "276页")


def test_a_rate_or_level_the_report_names_otherwise(works):
    refused(works, "虹溪镇中心卫生院2023年高血压患者规范管理率是多少？")
    says(works, "虹溪镇中心卫生院2023年孕产妇管理率是多少？", "92.4%")
    refused(works, "虹溪镇2023年臭氧平均浓度是多少？")
    says(works, "虹溪镇2023年PM2.5平均浓度是多少？", "26.1微克/立方米")
    says(works, "虹溪镇中心卫生院2023年12345工单解决率比上年提高了多少？", "1.6个百分点")  # (its sentence says 工单)


def test_every_year_asks_no_figure_per_unit(works):
    says(works, "虹溪镇中心卫生院2023年每年减少土壤侵蚀多少？", "6.3万吨")


def test_the_report_of_a_year_asked_the_year_before():
    from app.answering.question import _year_before_the_reports

    assert "上年" in _year_before_the_reports("琼中县公安局2023年2022年刑事警情是多少起")


def test_a_section_of_an_organisation_asked(works):
    says(works, "平城区民政局2023年部门整体自评是哪个科室牵头的？", "规划财务科")


def test_a_grade_in_a_forms_row(works):
    says(works, "平城区民政局2023年自评等级是什么？", "良好")


def test_a_word_the_clause_before_says_and_funds_said_with_jin(works):
    says(works, "平城区民政局2023年特困供养资金发了多少？", "171.60万元")
    says(works, "平城区民政局2023年低保金发了多少？", "386.20万元")


def test_a_name_that_holds_a_ranking_word_and_an_aside_of_last_year(works):
    says(works, "临洮县气象局2023年最低气温预报准确率是多少？", "85.9%")
    says(works, "临洮县气象局2023年火灾直接财产损失多少？", "31.6万元")
    says(works, "临洮县2023年群众安全感是多少？（县气象局绩效自评报告）", "97.3%")


def test_the_unit_asked_of_a_sentence_that_gives_it(works):
    says(works, "临洮县2023年人工造林折合多少公顷？", "420公顷")


def test_people_asked_are_never_sessions(works):
    says(works, "临洮县气象局2023年培训了多少党员", "1,460人次")


def test_a_forms_cells_under_the_unit_their_head_gives(works):
    says(works, "靖边县卫健局2023年农村部分计划生育家庭奖励扶助项目全年执行数？", "1,842.36")


def test_a_rows_figure_under_the_year_asked(works):
    says(works, "衡东县石湾镇2022年支出合计多少？", "3,150.36")


def test_words_after_the_year_and_a_verb_before_a_community(works):
    says(works, "平安县信访局2022年初次信访事项按期办结率是多少？", "98.70%")
    says(works, "平安县信访局2022年解除社区矫正多少名？", "71名")


def test_a_longer_verb_borrows_its_object(works):
    says(works, "平安县信访局2022年调解成功了多少件纠纷？", "1,815件")


def test_what_a_figure_goes_by_sets_no_target(works):
    says(works, "平安县2022年储备粮里玉米有多少吨？", "8,000吨")


def test_a_real_place_is_no_slip_of_another():
    from app.core.soundalike import slips

    assert slips("湛江市麻章区人社局", ["晋江市"], [(0, 3)]) == []


def test_english_and_checks_said_as_is_it(works):
    says(works, "黄陂区民政局2023年救助对象satisfaction是多少", "94.2%")
    says(works, "黄陂区民政局2023年救助对象满意度是不是94%？", "94.2%")
    says(works, "黄陂区民政局2023年抽检计划完成率是多少", "103.6%")


def test_a_word_only_another_row_says(works):
    refused(works, "黄陂区民政局2023年城市低保保障人数是多少")
    says(works, "黄陂区民政局2023年城乡低保保障人数是多少", "8,312人")


def test_a_sum_checked_roughly_and_the_unit_asked_of_a_conversion(works):
    says(works, "平安县信访局2022年罚没款是不是12万左右？", "12.37万元")
    says(works, "平安县2022年新增耕地折合多少亩？", "1,479亩")
