"""Session 33's general rules, each on invented text: a sum in prose is no form cell, a title over
two lines without a place, last year said by its number, a city written over a report's own town,
a project's money asked without a word of spending, a shared short form read over its district, a
change asked of a count answered by its rate, the funds row's score, a word another row's label
carries, a court's cases as people say them, and a report signed as another kind than its
department."""

import pytest

from app.core.gazetteer import default_gazetteer
from app.core.headings import heading_title
from ingest.forms import read_form
from ingest.metadata import read_title
from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen33"), {
        "street.txt": "2024年度部门整体支出绩效自评报告\n（新桥街道办事处）\n一、部门基本情况\n"
                      "新桥街道办事处为海陵区人民政府派出机关，下辖社区9个。\n二、部门整体支出情况\n"
                      "2024年全年预算数31,275,400.00元，实际支出30,118,926.35元，预算执行率96.30%。"
                      "2023年实际支出28,604,117.20元。\n三、部门绩效目标完成情况\n"
                      "新建社区老年食堂3个，老年食堂总数达到10个，全年提供助餐服务21,350人次。\n",
        "clinic.txt": "2024年度慢性病综合防控项目\n支出绩效自评报告\n\n一、项目概况\n"
                      "慢性病综合防控项目由我中心具体实施，主管部门为邹城市卫生健康局。\n"
                      "二、项目资金情况\n项目资金148.60万元，其中中央转移支付资金90.00万元、市级资金58.60万元。"
                      "截至2024年12月31日，项目实际支出139.27万元，执行率93.72%。\n"
                      "三、绩效目标完成情况\n全年开展高血压筛查12,480人，糖尿病筛查9,316人。\n",
        "court.txt": "莒南县人民法院2024年度部门整体支出绩效自评报告\n一、履职情况\n"
                     "全年受理各类案件6,215件（上年5,873件），审执结6,002件，结案率96.57%。\n",
        "safety.txt": "项目支出绩效自评表\n（2024年度）\n项目名称\t安全生产监管专项\n"
                      "主管部门\t西安市雁塔区应急管理局\t实施单位\t西安市雁塔区应急管理局\n"
                      "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                      "年度资金总额\t180.00\t180.00\t171.90\t10\t95.50%\t9.55\n"
                      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                      "产出指标\t数量指标\t执法检查企业数\t≥500家次\t536家次\t10\t10\n"
                      "效益指标\t社会效益指标\t生产安全事故起数\t同比下降\t同比下降18.6%\t10\t10\n",
        "screening.txt": "项目支出绩效自评表\n（2024年度）\n项目名称    新生儿疾病筛查项目\n"
                         "主管部门    平安区卫生健康局      实施单位    平安区妇幼保健院\n"
                         "年度总体目标  预期目标：完成新生儿代谢疾病筛查和听力筛查各1800人以上。\n"
                         "              实际完成：全年筛查新生儿1876人，孕产妇系统管理率94.1%。\n"
                         "一级指标  二级指标  三级指标              年度指标值    实际完成值    分值  得分\n"
                         "产出指标  数量指标  新生儿代谢疾病筛查人数  ≥1800人       1876人        10    10\n"
                         "                    新生儿听力筛查人数      ≥1800人       1841人        10    10\n",
        "roads.txt": "花垣县交通运输局2023年度农村公路养护项目绩效自评报告\n一、绩效目标完成情况\n"
                     "（一）产出情况。全年完成预防性养护41.3公里，整治安全隐患点52处；经检测，全县农村公路"
                     "优良中等路率为86.1%，年初目标为≥80%。\n",
        "audit.txt": "武陟县审计局2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                     "1、完成年度审计计划19个,其中经济责任审计7个,政府投资审计12个; 2、对全县在建工程项目开展跟踪审计,"
                     "获全市审计项目评比二等奖。\n",
        "planting.txt": "项目支出绩效自评表\n（2024年度）\n项目名称\n油茶新造林项目\n主管部门\n"
                        "镇雄县林业和草原局\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
                        "产出指标\n数量指标\n新造油茶林面积\n≥3000亩\n3125亩\n20\n20\n"
                        "社会效益指标\n带动农户务工\n≥800人次\n742人次\n10\n9\n"
                        "质量指标\n造林成活率\n≥85%\n90.6%\n10\n10\n",
    })
    yield services
    services.close()


def test_a_sum_in_a_sentence_is_no_form_cell():
    text = "2024年全年预算数31,275,400.00元，实际支出30,118,926.35元，预算执行率96.30%。\n"
    assert not [b for b in read_form(text).bindings if b.value_text == "31"]


def test_a_sum_in_a_sentence_is_answered_whole(invented):
    says(invented, "新桥街道办事处2024年全年预算数", "31,275,400.00元")


def test_a_title_over_two_lines_without_a_place_is_one_title():
    text = "2024年度慢性病综合防控项目\n支出绩效自评报告\n\n一、项目概况\n"
    assert read_title(text, default_gazetteer()) == "2024年度慢性病综合防控项目支出绩效自评报告"


def test_last_year_is_said_by_its_number_or_beside_this_years(invented):
    says(invented, "泰州新桥街道上一年实际支出是多少", "28,604,117.20元")  # the city over its street
    says(invented, "莒南县法院2023年受理了多少案件", "5,873件")
    says(invented, "莒南县法院2024年一共收了多少案子", "6,215件")


def test_a_projects_money_asked_without_spending_is_what_it_had(invented):
    says(invented, "邹城慢性病综合防控项目一共多少钱", "148.60万元")


def test_a_report_signed_as_another_kind_than_its_department_may_be_the_one_asked(invented):
    says(invented, "邹城市疾病预防控制中心慢性病综合防控项目实际支出", "139.27万元")  # "我中心"
    refused(invented, "邹城市教育局慢性病综合防控项目实际支出")


def test_a_short_form_several_places_share_reads_over_the_district_written_after_it(invented):
    found = default_gazetteer().find("西安雁塔区应急管理局")
    assert [(m.text, m.place.name) for m in found] == [("西安", "西安市"), ("雁塔区", "雁塔区")]
    says(invented, "西安雁塔区生产安全事故同比下降多少", "18.6%")  # a change of a count, as a rate


def test_the_funds_rows_score_is_the_budgets_execution_score(invented):
    says(invented, "雁塔区安全生产监管专项预算执行得分", "9.55")


def test_a_word_another_rows_label_carries_is_that_rows(invented):
    says(invented, "平安区新生儿听力筛查做了多少人", "1841人")


def test_a_target_and_its_achievement_asked_together_are_answered_together(invented):
    for question in ("镇雄县油茶造林成活率目标多少，实际多少", "镇雄县油茶造林成活率达到目标了吗"):
        says(invented, question, "90.6%")
        says(invented, question, "≥85%")


def test_the_unit_asked_is_said_by_the_figure_of_a_form_one_cell_a_line(invented):
    answer = invented.ask("镇雄县油茶项目带动农户务工实际多少人次")
    assert answer.found and "742人次" in answer.answer.splitlines()[0], answer.answer
    assert answer.citations[0].section != "742人次"  # a value cell is no heading


def test_a_value_cell_is_no_heading():
    assert heading_title("≥800人次") is None and heading_title("90.6%") is None
    assert heading_title("造林成活率") == "造林成活率"


def test_a_target_asked_of_a_place_whose_name_holds_a_spending_word_is_the_target(invented):
    says(invented, "花垣优良中等路率年初定的目标是多少", "80%")  # 花 of 花垣 asks no spending
    says(invented, "花垣优良中等路率目标是多少，实际达到多少", "86.1%")


def test_a_plan_said_as_what_was_done_is_no_target_asked(invented):
    says(invented, "武陟县审计局2023年实际完成了多少个审计项目计划", "19个")  # 计划 names what was done


def test_how_many_there_are_now_is_the_total_not_the_new_ones(invented):
    says(invented, "新桥街道现在一共有几个社区老年食堂", "10个")
    says(invented, "新桥街道新建了几个社区老年食堂", "3个")
