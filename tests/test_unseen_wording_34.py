"""Session 34's general rules, each on invented text: doses and pairs counted; a target
beside its achievement in a sentence; a town or street whose name ends as a county's short form;
an abbreviation of a label's words (医保: 医疗保险); the funds row's score apart from the 总分; the
whole asked by 总体; the spending after a plan; a breakdown heading that names no item; a bracket
saying what a figure holds; last year's figure in a form row's name; digit groups set apart in a
spaced form; 目标 across 项目标段."""

import pytest

from app.core.gazetteer import default_gazetteer
from app.core.numbers import find_figures
from ingest.forms import read_form
from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen34"), {
        "cdc.txt": "宜良县疾病预防控制中心2024年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                   "（一）产出指标。全年完成适龄儿童免疫规划疫苗接种31,250剂次，目标值≥30,000剂次。"
                   "传染病网络直报及时率目标值≥95%，实际完成99.1%。\n"
                   "居民健康素养水平目标为24%，实际达到26.3%。\n"
                   "（二）满意度指标。群众满意度目标90%，实际完成94.2%。\n",
        "insurance.txt": "嵩县医疗保障局2024年度部门整体支出绩效自评报告\n一、主要工作完成情况\n"
                         "（一）参保扩面。2024年全县城乡居民基本医疗保险参保412 608人，参保率96.1%；"
                         "职工基本医疗保险参保38 214人。\n",
        "town.txt": "宁远县禾亭镇人民政府2024年度部门整体支出绩效自评报告\n一、部门整体支出情况\n"
                    "2024年度收入合计22,418,300.50元。全年实际支出21,906,442.18元，预算执行率97.80%。\n"
                    "（二）按支出用途分：基本支出9,802,115.40元，其中人员经费8,514,000.00元、公用经费1,288,115.40元；"
                    "项目支出12,104,326.78元。\n"
                    "二、主要工作\n全年办理婚姻登记1,206对，平均办理时长15分钟。\n",
        "street.txt": "西宁市城中区仁和街街道办事处2024年度部门整体支出绩效自评报告\n"
                      "一、部门整体支出情况\n2024年年初预算1 016.30万元，年中追加预算83.70万元，"
                      "全年预算数1,100.00万元；全年实际支出1,072.45万元，预算执行率97.50%。\n",
        "relief.txt": "洛南县民政局2024年度城乡困难群众救助补助资金项目支出绩效自评报告\n一、项目基本情况\n"
                      "2024年项目预算6 204.10万元，全年支出6 088.73万元，执行率98.14%。\n"
                      "二、绩效目标完成情况\n（一）临时救助。全年实施临时救助2 105人次，支出临时救助资金251.40万元。\n"
                      "三、自评结果\n依据项目绩效指标体系，本项目自评得分94.6分。\n",
        "roads.txt": "项目支出绩效自评表\n（ 2024 年度 ）\n项目名称 2024年农村公路安防工程\n"
                     "主管部门 庆元县交通运输局 实施单位 庆元县公路与运输管理中心\n"
                     "项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                     "年度资金总额 2 400 2 718.4 2 590.6 10 95.3% 9.5\n"
                     "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
                     "产出指标 数量指标 安防工程里程 ≥50公里 53.2公里 10 10\n"
                     "时效指标 标段按期完工率 ≥95% 87.5% 10 8 8个标段中1个受汛期影响延期\n"
                     "总分 100 96.8\n",
        "health.txt": "部门整体支出绩效自评表\n（2024年度）\n部门名称\n遵义市汇川区卫生健康局\n"
                      "年度预算\n（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
                      "年度总金额\n5 120.40\n6 008.22\n5 771.36\n10\n96.06%\n9.61\n"
                      "绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
                      "效益指标\n社会效益指标\n居民健康素养水平（上年24.8%）\n≥25%\n27.2%\n15\n15\n",
        "machinery.txt": "项目支出绩效自评报告\n一、项目概况\n"
                         "兴国县农业农村局2024年实施农机购置与应用补贴项目，计划补贴各类农机具不少于1200台（套）。\n"
                         "二、绩效目标完成情况\n全年共补贴农机具1348台（套），受益农户1026户。\n",
        "court.txt": "汝州市人民法院2024年度部门整体支出绩效自评报告\n一、履职情况\n"
                     "全年审结各类案件10 216件，结案率96.12%。\n二、绩效目标完成情况\n"
                     "法官人均结案目标值≥150件，实际完成171.3件；结案率目标值≥90%，实际完成96.12%。\n"
                     "群众诉讼服务知识知晓率目标≥85%，实际完成91.7%。\n",
        "upkeep.txt": "凤凰县交通运输局2024年度农村公路养护资金\n绩效自评报告\n\n一、基本情况\n"
                      "我局2024年实施农村公路日常养护及养护工程项目，全县农村公路2,106.4公里。\n"
                      "二、资金使用\n全年实际拨付养护资金1,862.20万元，执行率97.35%。"
                      "资金支出主要用于：日常养护经费1,014.60万元，养护工程847.60万元。\n"
                      "三、绩效目标\n全县农村公路优良中等路率86.4%，年初目标为≥82%。\n",
    })
    yield services
    services.close()


def test_doses_and_pairs_are_counted():
    assert [(f.text, f.unit) for f in find_figures("接种31,250剂次，登记1,206对，用工3,600个工日")] == [
        ("31,250剂次", "剂次"), ("1,206对", "对"), ("3,600个", "个")]


def test_a_target_beside_its_achievement_in_a_sentence_is_answered_with_it(invented):
    for question in ("宜良县疾控传染病网络直报及时率目标多少，实际多少", "宜良县疾控2024年传染病网络直报及时率达到目标了吗"):
        says(invented, question, "99.1%")
        says(invented, question, "≥95%")
    says(invented, "宜良县疾控群众满意度完成了目标吗", "90%")
    says(invented, "宜良县疾控2024年疫苗接种目标是多少剂次", "≥30,000剂次")  # the bare 目标值 is the sentence's
    says(invented, "宜良县疾控居民健康素养水平目标是多少", "24%")


def test_a_town_or_street_named_as_a_countys_short_form_is_no_mention_of_it():
    gazetteer = default_gazetteer()
    assert [m.place.name for m in gazetteer.find("宁远县禾亭镇人民政府")] == ["宁远县"]
    assert [m.place.name for m in gazetteer.find("于都县禾丰镇人民政府")] == ["于都县"]  # not 丰镇市
    assert [m.place.name for m in gazetteer.find("银川市兴庆区富宁街街道办事处")] == ["银川市", "兴庆区"]  # not 富宁县
    assert [m.place.name for m in gazetteer.find("乌兰察布丰镇2023年")] == ["乌兰察布市", "丰镇市"]


def test_an_abbreviation_of_a_labels_words_is_asked_of_it(invented):
    says(invented, "嵩县2024年城乡居民医保参保了多少人", "412608人")
    says(invented, "嵩县职工医保参保人数是多少", "38214人")


def test_the_funds_rows_score_is_not_the_forms_total(invented):
    says(invented, "庆元县农村公路安防项目预算执行那一栏得了几分", "9.5")
    says(invented, "庆元县农村公路安防工程总分多少", "96.8")


def test_the_whole_asked_overall_is_the_forms_whole(invented):
    says(invented, "庆元县农村公路安防工程项目总体执行率是多少", "95.3%")
    says(invented, "遵义市汇川区卫健局2024年全年执行数是多少", "5771.36")  # 年度总金额 is the whole
    says(invented, "庆元县农村公路安防工程钱用完了吗，执行率多少", "95.3%")


def test_a_spaced_forms_digit_groups_are_joined():
    text = ("项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 2 400 2 718.4 2 590.6 10 95.3% 9.5\n")
    cells = {b.column: b.value for b in read_form(text).bindings}
    assert (cells["年初预算数"], cells["全年预算数"], cells["全年执行数"]) == ("2400", "2718.4", "2590.6")


def test_target_is_not_read_across_two_words(invented):
    says(invented, "庆元县农村公路项目标段按期完工率", "87.5%")  # 项目|标段, no 目标


def test_spending_said_after_the_plan_is_what_was_spent(invented):
    says(invented, "洛南县困难群众救助补助资金2024年实际支出多少", "6088.73万元")
    says(invented, "洛南县民政局困难群众救助资金项目自评得分是多少", "94.6分")


def test_a_breakdown_heading_names_no_item(invented):
    says(invented, "宁远县禾亭镇2024年一共花了多少钱", "21,906,442.18元")
    says(invented, "宁远禾亭镇政府2024年收入合计多少", "22,418,300.50元")


def test_a_bracket_saying_what_a_figure_holds_is_no_term(invented):
    says(invented, "西宁城中区仁和街街道办2024年全年预算数（含年中追加）是多少", "1,100.00万元")


def test_last_years_figure_in_a_form_rows_name_leaves_the_row_this_years(invented):
    says(invented, "遵义汇川区居民健康素养水平是多少", "27.2%")
    says(invented, "遵义汇川区居民健康素养水平上一年是多少", "24.8%")


def test_pairs_are_counted_and_asked(invented):
    says(invented, "宁远县禾亭镇2024年婚姻登记办了多少对", "1,206对")
    refused(invented, "宁远县禾亭镇2024年办理了多少件信访")


def test_what_was_done_comes_before_a_bound_said_as_many_words(invented):
    says(invented, "兴国县2024年补贴了多少台农机具", "1348台")


def test_a_bare_achievements_measure_is_its_subjects(invented):
    says(invented, "汝州法院2024年审结了多少案子", "10216件")  # not the 法官人均结案 per judge
    says(invented, "汝州法院法官人均结案多少件", "171.3件")


def test_an_organisation_and_its_year_over_the_kind_of_report_is_one_title(invented):
    title = next(r["title"] for r in invented.reports() if "凤凰县" in r["department"])
    assert title == "凤凰县交通运输局2024年度农村公路养护资金绩效自评报告"


def test_a_word_another_sums_label_says_asks_that_sum_not_a_rates_measure(invented):
    says(invented, "凤凰县日常养护这一块实际用掉多少", "1,014.60万元")
    says(invented, "凤凰县农村公路养护资金执行率是多少", "97.35%")  # 优良中等路率's target names no item



def test_knowing_is_asked_in_plain_words(invented):
    says(invented, "汝州法院老百姓诉讼服务知识知道的比例是多少", "91.7%")
