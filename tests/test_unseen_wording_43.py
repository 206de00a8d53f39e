"""Session 43's general rules, each on invented text.
Targets: "指标值是多少" asks the target, and so do "目标定的" and "指标定的" ("满意度指标定的多少"); an achieving
word inside the label whose target is asked is the label's ("验收完成数目标定的是多少": not what was achieved).
A bound said in words ends no label ("全年调解矛盾纠纷不少于1 500件": the label is 全年调解矛盾纠纷).
Flattened indicator rows: two cells of one kind run together after the row's name ("验收合格率100%97.4%6 5")
are its target and what was done, under a header naming both columns, or when the first is a bound
("≥90%86.5%"). A form with a column of last year's value ("年度指标值 | 实际完成值 | 上年完成值 | 分值 |
得分") is read cell by cell.
Scores: "产出指标50分得46.5分" gives the points possible, then those got.
Budgets: "2023年初预算" asks the 年初预算; what came in ("财政拨款收入") is no answer to what was spent.
Levels: a time made shorter ("较上年缩短0.5天") is a change; "由3个工作日压缩至1个工作日" gives the level now, the
one it moved from before it, and "压缩到几个工作日" asks the level now.
Asides: a sum after its name's bracketed aside ("彩色多普勒超声诊断仪（2台）186.00万元") is that name's.
Staff: "实际有多少人在岗" asks the staff there (实有), not the posts, and the department's own: a unit's figure
("其中，…服务中心…实有8人") answers only a question naming the unit.
Whole: "部门整体支出实际花了多少钱" asks the department's own sum (全年执行数), not an item's ("支出救助资金").
Slips: a loaded report's organisation typed with one same-sounding slip ("医疗保帐局") is read as the report
names it.
Names: a league's committee ("共青团宜宾市翠屏区委员会") is the 团委 of its district ("翠屏区团委").
Targets and results: "满意度≥90%，实际94.6%" gives the target, then what was done. "单位" in a name that goes on
("调解单位满意度") is the name's, noise alone.
Dates: a report signed in Chinese numerals ("二〇二四年三月二十日") is signed on that day.
Kinds: "…实际多少" asks whatever the row named measures; a time is counted in days ("平均住院日…缩短了多少"). A passage's figure that measures what names none of
the question's words never answers it while a form row names them all.
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen43"), {
        "judicial.txt": "铅山县司法局2023年度人民调解经费项目支出绩效自评报告\n一、项目概况\n"
                        "（一）绩效目标\n全年调解矛盾纠纷不少于1 500件，调解成功率不低于96%。\n"
                        "二、绩效目标完成情况\n全年调解矛盾纠纷1 684件，调解成功率98.2%。\n"
                        "培训人民调解员满意度≥92%，实际95.4%；受援群众满意度≥90%，实际91.7%；调解单位满意度"
                        "≥85%，实际93.0%。\n"
                        "三、自评得分\n预算执行10分得9.6分，产出指标50分得46.5分，效益指标30分得29分。\n",
        "planning.txt": "2023年度部门整体支出绩效自评表\n部门名称：石楼县自然资源局\n"
                        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
                        "产出指标数量指标地籍调查宗地数≥1200宗1315宗8 8\n"
                        "地块验收完成数≥45个41个6 4 部分地块待复核\n"
                        "质量指标确权登记验收合格率100%97.4%6 5 两宗待整改\n"
                        "时效指标资金拨付及时率≥90%86.5%4 3\n"
                        "总分100 95.2\n",
        "farming.txt": "部门整体支出绩效自评表\n（2023年度）\n填报单位：乃东区农业农村局\n单位：万元\n"
                       "年度预算资金\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
                       "年度资金总额\n2 310.40\n2 655.80\n2 598.12\n10\n97.83%\n9.78\n"
                       "年度总体目标\n实际完成情况\n全区推广青稞良种6.2万亩，开展农牧民转移就业培训1 120人次，"
                       "动物强制免疫密度保持在95%以上。\n"
                       "绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n上年完成值\n分值\n得分\n"
                       "偏差原因分析及改进措施\n"
                       "产出指标\n数量指标\n农牧民转移就业培训\n≥1000人次\n1 120人次\n986人次\n10\n10\n\n"
                       "质量指标\n动物强制免疫密度\n≥95%\n98.4%\n97.1%\n10\n10\n\n"
                       "数量指标\n设施大棚新建面积\n≥800亩\n760亩\n—\n10\n9\n部分大棚受冻土影响延后\n"
                       "满意度指标\n服务对象满意度指标\n受益农牧民满意度\n≥90%\n93.6%\n92.2%\n10\n10\n\n"
                       "总分\n100\n98.6\n",
        "hospital.txt": "嵊州市人民医院2023年度部门整体支出绩效自评报告\n一、预算收支情况\n"
                        "（一）收入。全年总收入9.82亿元，其中财政拨款收入4 215.60万元，医疗收入9.31亿元。\n"
                        "（二）财政拨款支出。本年度财政拨款年初预算3 980.00万元，全年预算4 215.60万元，"
                        "实际执行4 016.35万元，执行率95.27%。\n"
                        "二、绩效目标完成情况\n平均住院日6.8天，较上年缩短0.5天；药占比26.1%，较上年下降1.4个百分点。\n"
                        "门诊预约挂号办理时限由3个工作日压缩至1个工作日，检查报告领取压缩至2个工作日。\n"
                        "购置设备支出612.40万元，其中：彩色多普勒超声诊断仪（2台）186.00万元，全自动生化分析仪"
                        "（1台）142.80万元。\n"
                        "\n                                        嵊州市人民医院\n"
                        "                                        二〇二四年三月二十日\n",
        "insurance.txt": "普安县医疗保障局2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                         "（二）机构人员。截至2023年12月31日，核定编制28名，实有人数24人。其中，普安县医疗保险服务中心编制9名、实有8人。\n"
                         "（三）部门预算及执行情况\n2023年年初预算512.30万元，全年预算数603.84万元，全年执行数590.17万元，"
                         "预算执行率97.74%。\n二、绩效目标完成情况\n（三）医疗救助。全年实施医疗救助1.84万人次，"
                         "支出救助资金862.45万元。\n",
        "league.txt": "共青团宜宾市翠屏区委员会\n2023年度“青春志愿行”项目支出绩效自评报告\n一、项目概况\n"
                      "本项目年初预算36.00万元，全年执行34.62万元，执行率96.17%。\n二、绩效目标完成情况\n"
                      "满意度指标：参与青年满意度≥90%，实际94.6%；服务对象满意度≥85%，实际91.2%。\n",
    })
    yield services
    services.close()


def test_the_indicator_value_asks_the_target(invented):
    says(invented, "铅山司法局培训人民调解员满意度的指标值是多少", "92%")
    says(invented, "铅山司法局培训人民调解员满意度指标定的多少？", "92%")
    says(invented, "石楼县地块验收完成数目标定的是多少？", "45个")


def test_a_bound_in_words_ends_no_label(invented):
    says(invented, "铅山司法局调解矛盾纠纷年度目标是多少件？", "1500件")


def test_cells_run_together_are_the_target_then_what_was_done(invented):
    says(invented, "石楼县确权登记验收合格率实际完成多少？", "97.4%")
    says(invented, "石楼县资金拨付及时率实际是多少？", "86.5%")


def test_a_column_of_last_years_value_is_read(invented):
    says(invented, "乃东区农业农村局2023年动物强制免疫密度实际多少", "98.4%")
    says(invented, "乃东区农业农村局2023年自评表里动物强制免疫密度的上年完成值是多少", "97.1%")
    says(invented, "乃东区农业农村局农牧民转移就业培训的年度指标值是多少", "1000人次")
    says(invented, "乃东区农业农村局受益农牧民满意度", "93.6%")


def test_points_got_after_the_points_possible(invented):
    says(invented, "铅山县司法局产出指标得了多少分", "46.5分")


def test_no_figure_of_another_row(invented):
    answer = invented.ask("乃东区农业农村局2023年动物强制免疫密度多少")
    assert not any(other in answer.answer.splitlines()[0] for other in ("760亩", "1120人次", "1 120人次", "6.2万亩")), \
        answer.answer


def test_the_years_beginning_is_when_the_budget_was_set(invented):
    says(invented, "嵊州市人民医院2023年初预算是多少", "3980.00万元")


def test_what_came_in_is_not_what_was_spent(invented):
    says(invented, "嵊州市人民医院2023财政拨款实际执行了多少", "4016.35万元")


def test_a_time_made_shorter(invented):
    says(invented, "嵊州医院平均住院日比上年缩短了多少", "0.5天")
    says(invented, "嵊州医院门诊预约挂号办理时限压缩到几个工作日", "1个工作日")
    says(invented, "嵊州医院门诊预约挂号办理时限是多少", "1个工作日")


def test_a_sum_after_its_names_aside(invented):
    says(invented, "嵊州医院彩色多普勒超声诊断仪购置花了多少", "186.00万元")


def test_a_date_signed_in_chinese_numerals(invented):
    says(invented, "嵊州市人民医院绩效自评报告落款日期", "二〇二四年三月二十日")


def test_the_staff_on_duty_is_the_staff_there(invented):
    says(invented, "普安医保局2023年底实际有多少人在岗", "24人")
    says(invented, "普安县医疗保险服务中心实有几人", "8人")


def test_the_whole_departments_spending_is_its_own_sum(invented):
    says(invented, "普安医保局23年部门整体支出实际花了多少钱", "590.17万元")


def test_an_organisation_typed_with_a_slip(invented):
    says(invented, "普安县医疗保障局2023年预算执行率多少", "97.74%")
    says(invented, "普安县医疗保帐局2023年预算执行率多少", "97.74%")
    says(invented, "嵊州市人民医园2023年初预算是多少", "3980.00万元")
    refused(invented, "晴隆县医疗保帐局2023年预算执行率多少")  # the neighbouring county's: not loaded
    # a word that only sounds like a name's end is left alone ("农村居民" is no 农村局's slip)
    assert "农村居民" in invented.analyse("乃东区农村居民人均可支配收入增长了多少").text


def test_a_league_committee_by_its_short_name(invented):
    says(invented, "翠屏区团委2023年青春志愿行项目全年执行多少钱？", "34.62万元")


def test_what_was_done_after_the_target(invented):
    says(invented, "翠屏区团委参与青年满意度实际多少", "94.6%")
    says(invented, "翠屏区团委参与青年满意度目标是多少", "90%")


def test_a_unit_word_inside_a_name(invented):
    says(invented, "翠屏区团委服务对象满意度实际多少", "91.2%")
    says(invented, "铅山县司法局调解单位满意度实际多少", "93.0%")
