"""Session 37's general rules, each on invented text: an age band or a numbered grade is one term of
the question ("0—6岁儿童", "65岁以上老年人"), and a count of it is never a count of another group the
passage names in the clause of another figure ("0—6岁儿童健康管理率…；65岁及以上老年人健康管理…人");
a tier named with a numeral ("一本上线多少人") is no figure per unit and, when no report says it, no other
tier ("本科上线"); a form's header "年度预算数 | 全年执行数 | 执行率 | 分值 | 得分" and a lone sum under it
("其中：基本支出 612.35": of no column); a table whose cells one space sets apart ("项目 2022年 2023年 增减");
a bound in a sentence of targets ("年度目标：…；满意度≥95%") and the figures under a heading of targets
("（三）年度绩效目标") are targets; the points taken off ("扣了几分" of "…共扣3分，自评得分97分") are never
the score, nor the score they; "该项目" in a section of a report of several projects is the section's
project; a sum the passage says is the whole ("3个项目共安排预算资金…") answers "一共"; the rate a question
names ("年度竣工率") over another rate of the same word (竣工验收合格率); a level ("健康素养水平") asked in no
unit is a rate or a count, as the report gives it; 老人 and 老年人; the group a count counts said after its
first word ("为260户经济困难老年人家庭"); a keyword query ending in 总额; 盏, 部 and 根 count things."""

import pytest

from app.answering.question import asks_per_unit_only
from app.core.numbers import find_figures
from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen37"), {
        "clinic.txt": "东宁市绥阳镇卫生院2023年度基本公共卫生服务项目支出绩效自评报告\n"
                      "一、项目基本情况\n我院承担绥阳镇辖区14620名常住居民的基本公共卫生服务。\n"
                      "二、绩效目标完成情况\n"
                      "1.重点人群健康管理。0—6岁儿童健康管理率91.4%；65岁及以上老年人健康管理1 742人，"
                      "健康管理率69.8%。\n2.慢性病管理。2型糖尿病患者规范管理418人。\n",
        "school.txt": "房县第二中学2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                      "我校现有在校学生2 104人。\n二、绩效目标完成情况\n"
                      "2023年高考本科上线812人，本科上线率68.4%，较上年提高1.9个百分点。\n",
        "town_form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称 同心县韦州镇人民政府\n"
                         "单位：万元\n年度预算数 全年执行数 执行率 分值 得分\n"
                         "年度资金总额 1,412.60 1,366.05 96.70% 10 9.67\n"
                         "按支出性质分\n其中：基本支出 702.18\n项目支出 663.87\n",
        "safety.txt": "重庆市渝北区应急管理局2023年度部门整体支出绩效自评报告\n一、收支情况\n"
                      "2023年全年预算数5,214.36万元，实际支出5,096.82万元。两年收支对比如下：\n"
                      "表1 收支情况对比表（金额单位：万元）\n项目 2022年 2023年 增减\n"
                      "支出合计 4,733.40 5,096.82 363.42\n其中：基本支出 2,106.55 2,298.31 191.76\n"
                      "项目支出 2,626.85 2,798.51 171.66\n"
                      "二、履职情况\n全年组织应急演练62场次，安装应急广播终端35部、警示灯78盏、防护栏立柱420根。\n",
        "aid.txt": "平昌县教育局2022年度学生资助项目支出绩效自评报告\n一、项目概况\n"
                   "（一）年度目标：家庭经济困难学生资助覆盖率100%；受助学生及家长满意度≥95%。\n"
                   "二、绩效目标完成情况\n通过入户走访开展满意度调查，受助学生及家长满意度达到97.2%。\n"
                   "三、自评结论\n因个别学校资助台账不规范扣1分、资金拨付滞后扣2分，共扣3分，自评得分97分。\n",
        "roads.txt": "六安市裕安区交通运输局2023年度农村公路养护项目支出绩效自评报告\n"
                     "一、项目基本情况\n（一）资金安排\n2023年养护资金预算1,938.00万元。\n"
                     "（二）年度绩效目标\n完成日常养护里程2 614.5公里；实施中修、大修工程52.6公里；优良中等路率≥78%。\n"
                     "二、绩效目标完成情况\n全年完成日常养护2 614.5公里；完成中修、大修工程57.3公里；优良中等路率80.4%。\n",
        "culture.txt": "保亭黎族苗族自治县旅游和文化广电体育局2023年度项目支出绩效自评报告\n"
                       "根据县财政局要求，我局对2023年度3个项目开展了自评。\n"
                       "一、项目资金总体情况\n2023年3个项目共安排预算资金512.40万元，实际支出488.16万元。\n"
                       "二、乡村文化站免费开放项目\n该项目预算260万元，实际支出251.30万元，执行率96.65%。\n"
                       "三、“七仙温泉嬉水节”活动经费\n该项目预算180万元，实际支出166.06万元，执行率92.26%。"
                       "活动期间共接待游客9.8万人次，实现旅游收入4,120万元。\n"
                       "四、非遗传承项目\n该项目预算72.40万元，实际支出70.80万元。\n",
        "housing_form.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\t2023年农村危房改造补助资金\n"
                            "主管部门\t新化县住房和城乡建设局\n"
                            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                            "产出指标\t质量指标\t竣工验收合格率\t100%\t100%\t10\t10\n"
                            "产出指标\t时效指标\t年度竣工率\t≥95%\t96.8%\t10\t10\n"
                            "效益指标\t社会效益指标\t居民住房安全知晓水平\t≥85%\t88.3%\t10\t10\n",
        "civil.txt": "锦屏县民政局2023年度部门整体支出绩效自评报告\n一、履职情况\n"
                     "（一）养老服务。为186户经济困难老年人家庭实施适老化改造。\n"
                     "（二）高龄津贴。为3 312名80周岁以上老年人按月发放高龄津贴。\n"
                     "二、支出情况\n2023年支出决算1 268.44万元，其中基本支出412.06万元，项目支出856.38万元。\n",
        "commerce.txt": "康平县商务局2023年度部门整体支出绩效自评报告\n一、部门预算执行情况\n"
                        "2023年本局全年预算6,418,200元，实际支出6,102,745元，预算执行率95.08%。\n"
                        "项目支出明细如下（单位：元）：\n项目名称 预算数 执行数 执行率\n"
                        "县域商业网点建设项目 1,800,000 1,652,400 91.80%\n汽车以旧换新补贴 380,000 380,000 100%\n"
                        "二、主要指标两年对比\n指标名称 2022年 2023年 增减\n"
                        "限额以上商贸企业数（家） 112 127 15\n65岁及以上从业人员培训人数（人） 310 356 46\n",
        "agriculture.txt": "孟连傣族拉祜族佤族自治县农业农村局2023年度部门整体支出绩效自评报告\n二、预算执行情况\n"
                           "2023年全年预算数9,406.52万元。全年实际支出8,961.30万元，预算执行率95.27%，"
                           "上年执行8,512.44万元。\n",
        "cdc.txt": "喀左县疾病预防控制中心2023年度项目支出绩效自评报告\n一、项目基本情况\n"
                   "2023年我中心承担免疫规划项目和地方病监测项目2个专项，预算合计86.40万元。\n"
                   "二、项目绩效完成情况\n（一）免疫规划项目。预算70.20万元，执行66.85万元，执行率95.23%。\n"
                   "项目自评得分94分。\n（二）地方病监测项目。预算16.20万元，执行16.20万元。\n项目自评得分97分。\n",
        "transport_form.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\t2023年农村公路安全生命防护工程\n"
                              "主管部门\t雷州市交通运输局\n"
                              "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析\n"
                              "效益指标\t社会效益指标\t农村公路交通事故死亡人数同比下降\t≥5%\t7.6%\t20\t20\t\n"
                              "产出指标\t数量指标\t设置警示标牌数量\t≥600块\t588块\t10\t9\t12 9部分路段改线\n",
    })
    yield services
    services.close()


def test_an_age_band_is_one_term_and_another_groups_count_is_not_its(invented):
    refused(invented, "绥阳镇卫生院2023年管理了多少名0—6岁儿童？")  # the passage gives their rate only
    says(invented, "绥阳镇卫生院0-6岁儿童健康管理率是多少", "91.4%")
    says(invented, "绥阳镇卫生院65岁以上老年人健康管理了多少人", "1742人")
    says(invented, "绥阳镇卫生院2型糖尿病患者规范管理多少人", "418人")


def test_a_tier_named_with_a_numeral_is_no_figure_per_unit(invented):
    assert not asks_per_unit_only("房县二中一本上线多少人")
    assert asks_per_unit_only("一个学生一年补多少")
    refused(invented, "房县二中2023年高考一本上线多少人？")  # the report says 本科上线 only
    says(invented, "房县二中2023年高考本科上线多少人", "812人")


def test_a_forms_budget_column_and_a_lone_sum_under_it(invented):
    says(invented, "韦州镇2023年年度预算数是多少", "1,412.60")
    says(invented, "韦州镇人民政府2023年全年执行了多少", "1,366.05")
    says(invented, "韦州镇2023年预算执行率", "96.70%")
    says(invented, "韦州镇2023年基本支出是多少万元", "702.18")


def test_a_table_whose_cells_one_space_sets_apart(invented):
    says(invented, "渝北区应急管理局2022年项目支出是多少", "2,626.85")
    says(invented, "渝北区应急管理局2023年支出合计多少", "5,096.82")


def test_a_bound_among_targets_is_a_target(invented):
    says(invented, "平昌县学生资助受助学生及家长满意度", "97.2%")


def test_points_taken_off_are_never_the_score(invented):
    says(invented, "平昌县学生资助项目自评扣了几分", "3分")
    says(invented, "平昌县学生资助项目自评得了几分", "97分")


def test_the_figures_under_a_heading_of_targets_are_targets(invented):
    says(invented, "裕安区2023年中修大修工程实际完成了多少公里", "57.3公里")
    says(invented, "裕安区中修大修工程年度目标是多少公里", "52.6公里")


def test_the_project_of_its_section_and_the_whole_of_the_projects(invented):
    says(invented, "保亭七仙温泉嬉水节活动经费2023年实际花了多少钱", "166.06万元")  # not the tourists' 4,120万元
    says(invented, "保亭县旅文局2023年3个项目一共预算多少钱", "512.40万元")


def test_the_rate_the_question_names(invented):
    says(invented, "新化县危房改造年度竣工率实际完成多少？", "96.8%")
    says(invented, "新化县危房改造竣工验收合格率实际完成多少？", "100%")
    says(invented, "新化县居民住房安全知晓水平实际达到多少？", "88.3%")


def test_old_people_and_the_households_counted(invented):
    says(invented, "锦屏县2023年给多少名老人发了高龄津贴", "3312名")
    says(invented, "锦屏县2023年为多少户困难老年人家庭做了适老化改造", "186户")
    says(invented, "锦屏县民政局2023年支出决算总额", "1268.44万元")


def test_things_counted_in_zhan_bu_and_gen(invented):
    says(invented, "渝北区应急管理局安装了多少盏警示灯", "78盏")
    says(invented, "渝北区应急管理局安装了几部应急广播终端", "35部")
    says(invented, "渝北区应急管理局装了多少根防护栏立柱", "420根")


def test_a_table_in_yuan_whose_cells_one_space_sets_apart(invented):
    says(invented, "康平县商务局县域商业网点建设项目执行了多少钱", "1,652,400")
    says(invented, "康平县商务局汽车以旧换新补贴预算多少", "380,000")
    says(invented, "康平县商务局2023年实际支出多少元？", "6,102,745元")  # "本局…": the report's own


def test_a_rows_name_gives_its_unit_and_may_hold_a_figure(invented):
    says(invented, "康平县2023年限额以上商贸企业数是多少", "127")
    says(invented, "康平县商务局2022年65岁及以上从业人员培训人数是多少", "310")


def test_last_years_spending_said_after_this_years(invented):
    says(invented, "孟连县农业农村局上年执行数是多少", "8,512.44万元")


def test_what_a_project_executed_and_a_disease_named_with_a_payers_word(invented):
    says(invented, "喀左县疾控免疫规划项目2023年执行了多少", "66.85万元")
    says(invented, "喀左县疾控中心地方病监测项目自评得分", "97分")
    says(invented, "喀左县疾控中心两个项目预算加起来多少？", "86.40万元")


def test_a_fall_in_a_count_given_as_a_rate(invented):
    says(invented, "雷州市农村公路交通事故死亡人数同比下降了多少？", "7.6%")
    assert [f.text for f in find_figures("12 9部分路段改线，安装终端35部")] == ["12", "9", "35部"]  # 部分 is no 部
