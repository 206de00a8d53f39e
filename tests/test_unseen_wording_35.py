"""Session 35's general rules, each on invented text: a count said after the clause that names it
("…来信来访，共计369件"); a long label's last words; a bracket that says how a rate is worked out; a
part when the whole is asked; a target in a bracket; what was done after a plan; a rate's value
asked; the base of a change in a bracket; what a question sets aside; a city written short before
its own district (内江市中区) or a district shared by two cities (朝阳); a form's funds row scored."""

import pytest

from app.core.gazetteer import default_gazetteer
from ingest.labels import prose_label
from tests.conftest import library_of, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen35"), {
        "petitions.txt": "阜平县信访局2023年部门整体支出绩效自评报告\n一、部门基本情况\n"
                         "阜平县信访局为县政府工作部门。\n二、绩效目标完成情况\n"
                         "全年受理群众来信来访，共计369件，办结率98.5%。组织矛盾纠纷排查，累计开展42次。\n"
                         "全年接待群众来访1,260人次，比上年减少85人次。\n化解信访积案，共计27件。\n",
        "lottery.txt": "会宁县民政局2021年度彩票公益金项目绩效自评报告\n一、项目基本情况\n"
                       "2021年度，下达我县中央专项彩票公益金支持社会公益事业项目补助资金200万元，"
                       "用于会宁县养老服务中心建设。\n"
                       "中共会宁县委农村工作领导小组下达第一批乡村振兴衔接资金100万元，全部列入项目库。\n",
        "sewers.txt": "兰陵县住房和城乡建设局2021年度城区管网改造专项资金绩效自评报告\n一、资金情况\n"
                      "到位资金8,200.00万元，资金到位率94.05%，资金支付率（已支付/到位资金）为92.51%。\n",
        "court.txt": "保康县人民法院2023年度部门整体支出绩效自评报告\n一、履职情况\n"
                     "（一）审判执行。全年受理各类案件4,812件，审结4,566件。其中受理执行案件1,530件，执结1,472件。\n"
                     "（二）司法公开。庭审直播1,106场次，庭审直播率（目标值≥60%）实际达到81.4%。"
                     "上诉案件改判发回重审率1.5%。\n",
        "forest.txt": "通道县林业局2023年度项目支出绩效自评报告\n一、项目资金情况\n"
                      "2023年三个项目共安排资金1,512.60万元，实际支出1,470.20万元。\n"
                      "1．造林绿化项目。安排资金420万元，其中中央300万元、省级120万元，实际支出401.50万元。\n"
                      "2．森林防火项目。安排县级资金96万元，当年支出96万元。\n"
                      "二、绩效目标完成情况\n年度计划人工造林0.8万亩，实际完成0.86万亩；完成封山育林2.1万亩。\n"
                      "年度改厕任务320户，实际完成301户。\n",
        "street.txt": "北京市朝阳区麦子店街道办事处2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                      "全年实际支出6,402.18万元。其中：基本支出3,810.22万元；项目支出2,591.96万元。"
                      "全年支出比上年（6,150.40万元）增加251.78万元。\n"
                      "二、绩效目标完成情况\n全年受理群众诉求9,306件，满意率96.1%（上年为93.4%）。\n",
        "cdc.txt": "内江市市中区妇幼保健院\n项目支出绩效自评表\n（2023年度）\n金额单位：万元\n"
                   "项目名称\t孕产妇和儿童健康服务项目\n主管部门\t内江市市中区卫生健康局\t实施单位\t内江市市中区妇幼保健院\n"
                   "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                   "年度资金总额\t60.00\t72.40\t66.10\t10\t91.30%\t9.13\n"
                   "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                   "\t产出指标\t数量指标\t孕产妇系统管理率\t≥90%\t95.2%\t20\t20\n"
                   "\t产出指标\t质量指标\t隐患整改率\t≥95%\t97.6%\t20\t20\n"
                   "\t满意度指标\t服务对象满意度指标\t住院患者满意度\t≥90%\t93.7%\t10\t10\n"
                   "总分\t100\t96.43\n",
        "aids.txt": "项目支出绩效自评表\n（2023年度）\n项目名称 残疾人辅助器具适配服务项目\n"
                    "主管部门 石景山区残疾人联合会 实施单位 石景山区残疾人联合会\n单位：万元\n"
                    "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                    "年度资金总额 310.00 296.50 284.12 10 95.83% 9.58\n"
                    "年度总体目标 预期目标 实际完成情况\n"
                    "为辖区持证残疾人提供辅助器具适配服务。全年为1,862名残疾人适配辅助器具，服务对象满意度96.2%。\n",
        "housing.txt": "昆山市住房和城乡建设局2023年度项目支出绩效自评报告\n一、基本情况\n"
                       "2023年，我局纳入绩效自评的项目3个，年度预算合计9,310.00万元，实际支出8 964.27万元。\n"
                       "二、项目自评情况\n（一）老旧小区改造项目\n年度预算6,200.00万元，实际支出6,018.40万元。\n"
                       "（二）农房改善项目\n年度预算2,410.00万元，实际支出2,301.87万元。\n"
                       "（三）燃气安全项目\n年度预算700.00万元，实际支出644.00万元。\n",
    })
    yield services
    services.close()


def test_a_count_after_the_clause_that_names_it_is_of_that_clause(invented):
    assert prose_label("全年受理群众来信来访，共计") == "全年受理群众来信来访"
    assert prose_label("组织矛盾纠纷排查，累计开展") == "组织矛盾纠纷排查累计开展"
    assert prose_label("办结率目标95%，实际完成") == "实际完成"  # what the clause before measured is no name
    says(invented, "阜平县信访局受理群众来信来访共多少件", "369件")
    says(invented, "阜平县信访局化解了多少件信访积案", "27件")
    says(invented, "阜平信访局矛盾纠纷排查开展了几次", "42次")


def test_a_long_labels_last_words_name_what_it_measures(invented):
    assert prose_label("中共会宁县委农村工作领导小组下达第一批乡村振兴衔接资金") == "农村工作领导小组下达第一批乡村振兴衔接资金"
    says(invented, "会宁县民政局中央专项彩票公益金补助资金下达了多少", "200万元")
    says(invented, "会宁县第一批乡村振兴衔接资金多少钱", "100万元")


def test_a_bracket_saying_how_a_rate_is_worked_out_is_no_part_of_its_label(invented):
    assert prose_label("资金支付率（已支付/到位资金）为") == "资金支付率"
    assert prose_label("中央水利发展资金（农村供水）") == "中央水利发展资金（农村供水）"
    says(invented, "兰陵县住建局管网改造资金支付率是多少", "92.51%")


def test_a_part_is_not_the_whole_asked(invented):
    says(invented, "保康县法院2023年一共受理了多少案件", "4,812件")  # not "其中受理执行案件1,530件"
    says(invented, "通道县林业局2023年三个项目一共安排了多少资金", "1,512.60万元")  # not one project's


def test_a_target_in_a_bracket_is_of_the_name_before_it(invented):
    says(invented, "保康县法院庭审直播率实际达到多少", "81.4%")
    says(invented, "保康县法院庭审直播率目标值是多少", "60%")


def test_what_was_done_after_a_plan_is_of_the_plans_measure(invented):
    says(invented, "通道县2023年实际完成人工造林多少亩", "0.86万亩")
    says(invented, "通道县2023年计划人工造林多少亩", "0.8万亩")
    says(invented, "通道县林业局年度改厕任务多少户", "320户")
    says(invented, "通道县林业局实际完成改厕多少户", "301户")


def test_a_rows_value_asked_of_a_rate_is_a_rate(invented):
    says(invented, "内江市中区妇幼保健院隐患整改率实际完成值", "97.6%")


def test_the_base_of_a_change_in_a_bracket_is_last_years(invented):
    says(invented, "北京市朝阳区麦子店街道2023年支出比上年多了多少", "251.78万元")
    says(invented, "麦子店街道上年全年支出多少", "6,150.40万元")
    says(invented, "麦子店街道2023年诉求满意率是多少（不是上年的）", "96.1%")
    says(invented, "麦子店街道上年满意率是多少", "93.4%")
    says(invented, "麦子店街道2023年项目支出有多少，不算基本支出", "2,591.96万元")


def test_a_place_written_short_before_its_own_district():
    gazetteer = default_gazetteer()
    assert [m.text for m in gazetteer.find("内江市中区疾控")] == ["内江", "市中区"]
    assert [m.place.parent for m in gazetteer.find("内江市中区疾控")] == ["四川省", "内江市"]
    assert [m.text for m in gazetteer.find("内江市卫健委")] == ["内江市"]


def test_a_district_two_cities_share_is_the_reports_own(invented):
    says(invented, "朝阳麦子店街道2023年诉求满意率是多少", "96.1%")


def test_a_forms_funds_row_is_scored_apart_from_its_total(invented):
    says(invented, "内江市中区妇幼保健院项目资金执行这一项得分多少", "9.13")
    says(invented, "内江市中区妇幼保健院项目总分多少", "96.43")
    says(invented, "内江市中区妇幼保健院这笔钱没花完吧，执行率是多少", "91.30%")
    says(invented, "内江市中区妇幼给孕产妇系统管理率定的年度指标值是多少", "≥90%")
    says(invented, "内江市中区妇幼保健院住院患者满意度多少", "93.7%")


def test_people_counted_are_never_a_sum_of_money(invented):
    says(invented, "石景山区实际给多少残疾人适配了辅助器具", "1,862名")  # not the funds row's 284.12万元


def test_what_was_spent_after_the_budgets_sum_is_the_whole(invented):
    says(invented, "昆山市住建局2023年3个项目一共花了多少", "8964.27万元")  # "年度预算合计…，实际支出…"
    says(invented, "昆山住建局农房改善项目实际支出多少", "2,301.87万元")
