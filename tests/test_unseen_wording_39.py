"""Session 39's general rules, each on invented text. Time: next year's plan answers no question of the
report's year (a sentence setting out a later year's plan answers a question asking that plan), a part of
the year ("上半年", "第三季度") answers only a question asking it, a figure is of the year its
sentence names last before it or its place in a "分别" list gives it ("2022年、2021年…分别为x和y"), a list
of quarters that does not pair with its figures answers none, "累计" asks the sum so far, "总投资" the
plan's sum, "计划…完成" is a target; a change asked as "比上年多办了几场" or "与上年相比" is a change of one
report, and its subject is what was measured, not a part of the year, an aside or the base. Words:
"最低生活保障" ranks nothing, "家庭" is no 家, "技能等级证书" asks no grade, "拿到" is a verb of doing,
"…水平达到了多少" a level; "两项补贴" is a name; "…建设项目" names 建设; "年中追加调整后预算" is the adjusted
budget; "实际" asks what was done over the plan beside it, "省下来" what was saved; a sum asked by its name
("失业保险金") is answered only where it is said. Places and titles: a list of towns before what was done is
where, "沙县" is 沙县区 (renamed in its city), an organisation on its own line over a title opening with a
year is the title's, and a report's signing date is asked in the title's words cut short. Tables: a
"自评得分" column holds points, "满意度是几分" is answered by "…满意度92.1分", "区财政安排项目" is the
report's own project, and a table's columns copied one after another (a PDF's) bind no value to their
headings."""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen39"), {
        "inspect.txt": "涞水县市场监督管理局\n2023年药品安全抽检经费项目支出绩效自评报告\n"
                       "一、项目概况\n2023年度项目预算126.40万元，实际支出120.05万元，执行率94.98%。\n"
                       "二、绩效目标完成情况\n1.抽检批次。年度目标为完成药品抽检不少于900批次（每万人3批次以上），"
                       "实际完成1 024批次，其中上半年完成430批次，下半年完成594批次；上年完成946批次，同比增加78批次。\n"
                       "2.快检。全年开展快检8 210批次，比上年的7 650批次增加560批次。\n"
                       "3.宣传活动。全年举办安全用药宣传活动36场次，比上年增加9场次。\n"
                       "三、存在问题及改进措施\n部分样品复检周期较长。2024年计划抽检1 100批次，新增快检点位12个，预算安排132.00万元。\n"
                       "涞水县市场监督管理局\n2024年3月18日\n",
        "roads.txt": "滦南县交通运输局2023年度农村公路提质改造工程项目支出绩效自评报告\n"
                     "一、项目概况\n项目总投资8 400万元，计划2022—2024年完成农村公路提质改造96公里。\n"
                     "二、完成情况\n2023年完成提质改造36.5公里，完成投资3 150.20万元；2022年已完成31.0公里。"
                     "截至2023年底累计完成67.5公里，累计完成投资5 902.60万元。\n"
                     "三、其他\n在柏各庄镇、长凝镇、司各庄镇等乡镇完成路肩硬化42.6公里。\n",
        "forest.txt": "靖西市林业局2023年度林业项目支出绩效自评报告\n一、项目基本情况\n"
                      "2023年我局共实施林业项目2个，主要用于植树造林和森林抚育。\n二、各项目完成情况\n"
                      "（一）植树造林项目\n完成人工造林6 300亩。\n（二）森林抚育补贴项目\n"
                      "项目预算90.00万元，实际支出90.00万元。在禄峒镇、岳圩镇、湖润镇等乡镇完成中幼林抚育9 000亩。\n",
        "welfare.txt": "宁远县民政局2023年度项目支出绩效自评报告\n一、项目概况\n"
                       "本次自评项目共2个：城乡最低生活保障资金、困难残疾人生活补贴和重度残疾人护理补贴（以下简称“两项补贴”）。"
                       "2个项目全年预算合计6 120.30万元，实际支出5 988.12万元，执行率97.84%。\n"
                       "二、各项目情况\n（一）城乡最低生活保障资金\n全年预算4 300.00万元，实际支出4 262.50万元，执行率99.13%。"
                       "资助家庭经济困难学生1 206人。\n（二）两项补贴\n全年预算1 820.30万元，实际支出1 725.62万元，执行率94.80%。\n"
                       "三、其他\n全县居民健康素养水平达到24.7%。培训后取得职业技能等级证书的有318人。\n",
        "labour.txt": "彬州市人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、就业创业\n"
                      "城镇新增就业3 210人；发放创业担保贷款8 600万元；开展职业技能培训4 120人次。\n",
        "snacks.txt": "三明市沙县区商务局2023年小吃产业发展专项资金项目支出绩效自评报告\n"
                      "一、资金情况\n项目预算1 480.00万元，实际支出1 452.36万元，执行率98.13%。\n",
        "health.txt": "武冈市卫生健康局2023年度项目支出绩效自评报告\n一、项目基本情况\n"
                      "本年度开展自评的项目共3个，全年预算数合计4 210.50万元，执行数4 012.76万元，总体执行率95.30%。\n"
                      "单位：万元\n项目名称\t全年预算数\t全年执行数\t执行率\t自评得分\n"
                      "基本公共卫生服务项目\t2 600.00\t2 600.00\t100%\t98\n"
                      "县级医院能力建设\t1 110.50\t921.66\t82.99%\t86.5\n"
                      "卫生监督执法\t500.00\t491.10\t98.22%\t95.2\n"
                      "合计\t4 210.50\t4 012.76\t95.30%\t—\n"
                      "二、满意度\n第三方测评群众满意度92.1分，较上年提高0.6分。\n",
        "overseas.txt": "2023年度侨务工作经费项目绩效自评报告\n来源：区侨联\n一、项目概况\n"
                        "本项目由连云港市海州区归国华侨联合会组织实施。\n二、项目资金使用情况\n"
                        "2023年区财政安排项目预算36.20万元，全年实际支出35.10万元，预算执行率96.96%。\n",
        "stats.txt": "桐城市统计局2023年度部门整体支出绩效自评报告\n一、预算执行\n"
                     "2023年年初预算数为812.40万元，年中追加调整后预算数为1 026.35万元。全年实际支出998.20万元。"
                     "2022年、2021年部门决算数分别为903.77万元和865.12万元，三年来累计支出2 767.09万元。\n"
                     "二、绩效\n第一至第四季度分别完成统计分析报告3篇、5篇、4篇、6篇，全年共18篇。"
                     "普查项目2022年支出120.50万元，2021年支出101.30万元。"
                     "2020年、2021年普查项目评价得分分别为92分、94.5分。2023年开展统计执法检查42次，上年为37次。\n",
        "procure.txt": "宁乡市住房和城乡建设局2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                       "全系统编制数326名，实有在职人数301名。\n二、政府采购\n"
                       "全年政府采购预算305.60万元，实际采购288.14万元，节约资金17.46万元。\n",
        "pipes.txt": "2023年度城区供水管网改造项目绩效自评报告\n一、项目资金情况\n表1 项目资金安排及使用情况（单位：万元）\n"
                     "资金来源\n中央补助\n省级补助\n县级配套\n合计\n预算数\n1 200\n300\n425\n1 925\n"
                     "实际支出\n1 200\n300\n350\n1 850\n执行率\n100%\n100%\n82.35%\n96.10%\n"
                     "二、绩效\n改造供水管网12.6公里。\n",
    })
    yield services
    services.close()


def test_next_years_plan_answers_no_question_of_the_reports_year(invented):
    says(invented, "涞水县市场监管局2023年全年一共抽检多少批次", "1024批次")
    says(invented, "涞水县市场监管局2024年计划抽检多少批次", "1100批次")
    says(invented, "涞水县市场监管局明年计划抽检多少批次", "1100批次")
    says(invented, "涞水县市场监管局2024年计划新增快检点位多少个", "12个")  # the sentence's year, the clause's figure


def test_a_part_of_the_year_answers_only_a_question_asking_it(invented):
    says(invented, "涞水县2023年上半年完成了多少批次药品抽检", "430批次")
    refused(invented, "涞水县市场监管局2023年第三季度完成了多少批次药品抽检")


def test_a_change_and_what_it_is_of(invented):
    says(invented, "涞水县2023年药品抽检批次比上年多了多少", "78批次")
    says(invented, "涞水县安全用药宣传活动比上年多办了几场", "9场次")
    says(invented, "涞水县安全用药宣传活动与上年相比增加了多少场次", "9场次")


def test_the_sum_so_far_and_the_plans_sum(invented):
    says(invented, "滦南县农村公路提质改造到2023年底累计完成了多少公里", "67.5公里")
    says(invented, "滦南县2023年完成农村公路提质改造多少公里", "36.5公里")
    says(invented, "滦南县农村公路提质改造工程总投资多少", "8400万元")


def test_a_list_of_towns_before_what_was_done(invented):
    says(invented, "滦南县2023年路肩硬化了多少公里", "42.6公里")
    says(invented, "靖西市2023年森林抚育了多少亩", "9000亩")


def test_names_that_hold_a_ranking_or_a_grade_word(invented):
    says(invented, "宁远县城乡最低生活保障资金执行了多少万元", "4262.50万元")
    says(invented, "宁远县培训后拿到技能等级证书的有多少人", "318人")


def test_a_household_word_and_a_level_reached(invented):
    says(invented, "宁远县资助了多少家庭经济困难学生", "1206人")
    says(invented, "宁远县居民健康素养水平达到了多少", "24.7%")


def test_a_name_with_a_numeral_and_a_projects_own_word(invented):
    says(invented, "宁远县民政局两项补贴资金执行率", "94.80%")
    says(invented, "武冈市县级医院能力建设项目执行率多少", "82.99%")


def test_a_sum_asked_by_its_name_is_answered_only_where_it_is_said(invented):
    refused(invented, "彬州市人社局2023年发放失业保险金多少？")
    says(invented, "彬州市人社局2023年发放创业担保贷款多少？", "8600万元")


def test_a_county_renamed_in_its_city(invented):
    says(invented, "沙县小吃产业发展专项资金执行率", "98.13%")


def test_the_signing_day_asked_in_the_titles_words_cut_short(invented):
    says(invented, "涞水县市场监管局这份药品抽检自评报告落款日期是哪天", "2024年3月18日")


def test_points_in_a_tables_column_and_in_a_sentence(invented):
    says(invented, "武冈市县级医院能力建设自评得分", "86.5")
    says(invented, "武冈市卫健局第三方测评的群众满意度是几分", "92.1分")


def test_who_paid_for_the_reports_own_project_names_no_item(invented):
    says(invented, "连云港海州区侨联侨务经费执行率", "96.96%")


def test_the_year_a_sentence_or_a_list_gives_a_figure(invented):
    says(invented, "桐城市统计局2021年的部门决算数是多少", "865.12万元")
    says(invented, "桐城市统计局2022年部门决算数", "903.77万元")
    says(invented, "桐城市统计局普查项目2021年花了多少钱", "101.30万元")
    says(invented, "桐城市统计局普查项目2021年评价得了几分", "94.5分")
    says(invented, "桐城市统计局2022年开展统计执法检查多少次", "37次")  # "2023年…42次，上年为37次"


def test_a_budget_adjusted_mid_year(invented):
    says(invented, "桐城市统计局2023年调整后的预算是多少", "1026.35万元")


def test_parts_of_the_year_a_list_does_not_pair(invented):
    refused(invented, "桐城市统计局第四季度完成了几篇统计分析报告")
    says(invented, "桐城市统计局全年完成了几篇统计分析报告", "18篇")


def test_what_was_done_not_the_plan_and_what_was_saved(invented):
    says(invented, "宁乡住建局2023年政府采购实际采了多少钱", "288.14万元")
    says(invented, "宁乡住建局政府采购省下来多少钱", "17.46万元")


def test_a_tables_columns_copied_one_after_another_give_no_figure_of_their_headings(invented):
    # (a PDF's columns, one value a line: "执行率 | 100% | 100% | 82.35% | 96.10%" is not 执行率 100%, nor
    # "预算数 | 1 200 | …" 预算数 1)
    refused(invented, "城区供水管网改造项目执行率是多少")
    refused(invented, "城区供水管网改造项目预算多少")
