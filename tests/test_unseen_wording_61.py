"""Session 61's general rules, on invented text (places and figures made up).

Tables as they survive copying: a "|" row whose part is indented after its bar ("|   其中：X | … |") stays a row; the end
of a row's name written on the line below it ("      资金", " | | 改造里程") is moved into its cell, in the clean text
and in a form's rows; a column headed 单位 gives its row's bare figures their unit, but not a rate's column; a year's
column with its unit ("2022年（万元）") is that year's; a table given one cell a line reads its unit column too.

A report's own place is not one of a list of places its money reached ("涉及甲县、乙县、丙县等3个县"). A list of
planned parts, each with its own figure ("计划完成…120公里、危桥改造11座、…"), names parts of the project: a question
about one of them is not answered by the project's total. "再就业人数" is the count a row "失业人员再就业 | 4,318人"
gives. "监理单位是哪家" is answered by the organisation named with 监理, or not at all; "负责人是谁" by the person a
role is tied to after a post ("项目负责人为中心主任X"), a form's field said with its words apart ("…项目谁是负责人" of
项目负责人, not 财务负责人), or before 任 ("由副局长X任组长"). An office a question names by its kind ("某某市场监管所")
that no report holds is no report's.
"""

from ingest.clean import clean
from ingest.metadata import extract_metadata
from tests.conftest import library_fixture, refused, says

PIPES = (
    "表1 支出结构（单位：万元）\n"
    "| 支出功能分类 | 2022年 | 2023年 | 增减率 |\n"
    "| 公共卫生 | 8,306.45 | 9,172.90 | 10.43% |\n"
    "|   其中：疫情防控 | 2,120.33 | 1,485.17 | -29.96% |\n"
    "| 行政运行 | 1,664.82 | 1,748.35 | 5.02% |\n"
)


def test_an_indented_part_of_a_pipe_table_stays_a_row():
    text = clean(PIPES).text
    assert "其中：疫情防控\t2,120.33万元\t1,485.17万元\t-29.96%" in text, text
    assert "行政运行\t1,664.82万元" in text, text


WRAPPED = (
    "支出类别\t全年预算数（万元）\t决算数（万元）\t完成率\n"
    "基本支出\t2,862.45\t2,817.20\t98.42%\n"
    "      创业担保贷款贴息\t1,120.00\t915.36\t81.73%\n"
    "      资金\n"
    "      人才发展专项\t480.00\t436.52\t90.94%\n"
)


def test_the_end_of_a_rows_name_below_it_is_moved_into_its_cell():
    c = clean(WRAPPED)
    assert "创业担保贷款贴息资金\t1,120.00万元" in c.text and "人才发展专项\t480.00万元" in c.text, c.text
    at = c.text.index("创业担保贷款贴息资金")
    start, end = c.raw_span(at, at + len("创业担保贷款贴息资金"))
    assert WRAPPED[start:end].startswith("创业担保贷款贴息") and WRAPPED[start:end].endswith("资金")


UNITS = (
    "指标\t单位\t2022年\t2023年\t增减率\n"
    "门急诊人次\t万人次\t86.42\t93.15\t7.79\n"
    "平均住院日\t天\t8.4\t7.9\t-5.95\n"
)


def test_a_unit_column_gives_its_rows_figures_their_unit_but_not_a_rates():
    text = clean(UNITS).text
    assert "门急诊人次\t万人次\t86.42万人次\t93.15万人次\t7.79\n" in text, text
    assert "平均住院日\t天\t8.4天\t7.9天\t-5.95" in text, text


def test_a_place_the_money_reached_in_a_list_is_not_the_reports_place():
    text = ("根据《九江市财政局关于开展2023年度绩效自评的通知》，市生态环境局对水污染防治资金开展自评。\n"
            "全年实施项目31个，涉及武宁、修水、永修、都昌、湖口等5个县。\n"
            "九江市生态环境局\n2024年3月1日\n")
    meta = extract_metadata(clean(text).text, name="r.txt", raw=text)
    assert meta.region == "九江市", meta.region


HOSPITAL = (
    "南平市第一医院2023年度部门整体支出绩效自评报告\n二、收支情况\n"
    "表1 收入情况对比\n项目\t2022年（万元）\t2023年（万元）\t增减率\n"
    "总收入\t186,420.15\t192,876.38\t3.46%\n医疗收入\t148,215.60\t155,904.27\t5.19%\n"
    "表2 主要业务指标\n指标\t单位\t2021年\t2022年\t2023年\n"
    "失业人员再就业\t人\t1,318\t1,527\t1,906\n手术台次\t台次\t18,265\t19,907\t21,330\n"
)

ROADS = (
    "抚州市临川区交通运输局\n2023年度农村公路提档升级项目绩效自评报告\n一、项目概况\n"
    "计划完成提档升级改造86公里、危桥改造7座、安全生命防护工程52公里。项目主管部门为临川区交通运输局，"
    "实施单位为临川区农村公路管理所，项目负责人为管理所所长邹立新，分管领导为区交通运输局副局长胡建军。"
    "项目施工单位为江西赣抚路桥建设有限公司，勘察设计和监理均通过公开招标委托专业机构承担。\n"
    "二、资金使用情况\n项目总预算6,050.00万元，全年支出5,765.07万元。\n"
    "三、自评组织\n局成立由分管副局长胡建军任组长的绩效自评工作小组，于2024年2月完成自评。\n"
    "绩效指标\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n"
    "产出指标\t数量指标\t农村公路提档升级\t≥86公里\t88.4公里\t10\n\t\t改造里程\n"
    "产出指标\t成本指标\t每公里提档升级\t≤60万元\t57.3万元\t10\n\t\t平均造价\n"
    "满意度指标\t满意度\t沿线群众满意度\t≥90%\t95.2%\t10\n"
    "本项目自评得分为94分，等级“优”。\n"
)

WATER_FORM = (
    "项目支出绩效自评表\n（2022年度）\n项目名称\t邹平市2022年农村供水工程维修养护项目\n"
    "主管部门\t邹平市水利局\t实施单位\t邹平市农村供水服务中心\n项目负责人\t孙立华\t联系电话\t0543-1234567\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t360\t386.5\t371.92\t10\t96.23%\t9.6\n"
    "填报人：李晓雯\t财务负责人：钱立群\t单位负责人：周海滨\n"
)

MARKET = (
    "建阳区市场监督管理局2023年度部门整体支出绩效自评报告\n一、部门概况\n内设办公室等12个股室，下设8个市场监管所。\n"
    "二、预算收支情况\n2023年部门收入3,528.69万元，全年支出3,471.33万元。\n"
)

services = library_fixture("unseen61", {"nanping-hospital-2023.txt": HOSPITAL, "linchuan-roads-2023.txt": ROADS,
                                        "zouping-water-2022.txt": WATER_FORM, "jianyang-market-2023.txt": MARKET})


def test_a_year_column_with_its_unit_is_that_years(services):
    says(services, "南平市第一医院2022年医疗收入是多少？", "148,215.60")


def test_a_count_of_people_said_by_the_rows_words_and_its_unit(services):
    says(services, "南平市第一医院2021年失业人员再就业人数是多少？", "1,318")


def test_a_forms_row_name_ended_on_the_line_below(services):
    says(services, "临川区2023年农村公路提档升级每公里平均造价实际是多少？", "57.3万元")
    says(services, "临川区交通运输局2023年农村公路提档升级项目自评得分多少？", "94分")


def test_a_planned_part_with_its_own_figure_is_not_answered_by_the_whole(services):
    refused(services, "临川区2023年农村公路提档升级项目中危桥改造资金支出了多少？")


def test_an_organisation_is_the_one_named_in_the_role_asked(services):
    says(services, "临川区2023年农村公路提档升级项目的施工单位是哪家？", "江西赣抚路桥建设有限公司")
    refused(services, "临川区2023年农村公路提档升级项目的监理单位是哪家？")
    refused(services, "临川区2023年农村公路提档升级项目的勘察设计单位是哪家？")


def test_a_person_tied_to_the_role_asked(services):
    says(services, "临川区交通运输局2023年农村公路提档升级项目的负责人是谁？", "邹立新")
    says(services, "临川区交通运输局2023年农村公路提档升级项目的分管领导是谁？", "胡建军")
    says(services, "临川区交通运输局2023年绩效自评工作小组组长是谁？", "胡建军")
    says(services, "邹平水利局2022年农村供水维修养护项目谁是负责人？", "孙立华")


def test_an_office_no_report_holds_is_no_reports(services):
    refused(services, "建阳区麻沙市场监管所2023年支出了多少钱？")
    says(services, "建阳区市场监管局2023年支出了多少钱？", "3,471.33万元")


def test_a_target_before_its_bound_frames_no_figure_after_it():
    from ingest.labels import _levels_before

    said = "全年参与商户6,412家，目标不少于5,000家；累计领券212.5万人次"
    assert _levels_before(said, said.index("212.5") - 4) == []
    said = "全年支持技改项目227个，超过年度计划（不少于200个）；新增小巨人企业48家"
    assert _levels_before(said, said.index("48家") - 6) == []


def test_a_part_of_a_month_is_a_date():
    from app.core.numbers import find_figures

    assert [(f.text, f.kind) for f in find_figures("补助资金于2023年11月中旬才下达")] == [("2023年11月中旬", "date")]
    assert [f.text for f in find_figures("2023年12月初步完成")] == ["2023年12月"]  # (初步: no part of the month)


def test_a_years_nian_ends_its_word_in_a_question():
    from app.core.tokenize import words

    assert words("2022年区镇卫生院")[:3] == ["2022", "年", "区镇"]
    assert "年初" in words("2023年初预算是多少")


SOCIAL = (
    "洛阳市民政局2022年度部门整体支出绩效自评报告\n二、预算执行情况\n"
    "表1 支出结构对比\n支出功能分类\t2021年（万元）\t2022年（万元）\n民政管理事务\t1,306.45\t1,372.90\n"
    "社会福利\t2,120.33\t2,285.17\n合计\t3,426.78\t3,658.07\n"
    "表2 2022年主要项目支出情况\n项目名称\t人均标准（元）\t预算数（万元）\t支出数（万元）\n"
    "城乡最低生活保障\t—\t15,800.00\t15,638.24\n"
    "一、基本养老服务补贴\t\t\t\n省级补助\t12.50\t320.00\t310.20\n小计\t\t530.00\t512.88\n"
    "二、困难残疾人生活补贴\t\t\t\n省级补助\t15.00\t410.00\t402.10\n小计\t\t655.50\t641.29\n"
    "表3 2021—2022年主要指标\n指标\n单位\n2021年\n2022年\n处理12345转办件\n件\n8,642\n9,375\n"
    "困难群众临时\n救助\n人次\n3,120\n3,568\n"
)

services_social = library_fixture("unseen61b", {"luoyang-civil-2022.txt": SOCIAL})


def test_a_tables_total_carries_the_sum_its_caption_names(services_social):
    says(services_social, "洛阳市民政局2021年支出合计是多少？", "3,426.78")


def test_di_bao_is_the_minimum_living_allowance(services_social):
    says(services_social, "洛阳市民政局2022年城乡低保项目预算是多少？", "15,800.00")


def test_a_standard_per_head_in_a_column_of_its_own(services_social):
    says(services_social, "洛阳市2022年困难残疾人生活补贴省级人均补助标准是多少元？", "15.00")


def test_a_subtotal_is_its_groups(services_social):
    says(services_social, "洛阳市民政局2022年困难残疾人生活补贴小计预算是多少？", "655.50")


def test_a_table_one_cell_a_line_with_a_code_in_a_name_and_a_name_on_two_lines(services_social):
    says(services_social, "洛阳市民政局2021年处理12345转办件多少件？", "8,642")
    says(services_social, "洛阳市民政局2022年困难群众临时救助多少人次？", "3,568")


FLAT_FORM = (
    "项目支出绩效自评表 （2023年度） 项目名称 农村饮水安全维修养护 主管部门 泾源县水务局 实施单位 泾源县农村供水站 "
    "项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 260.00 286.50 271.92 10 94.91% 9.5 "
    "其中：当年财政拨款 260.00 260.00 245.42 — — — 上年结转资金 — 26.50 26.50 — — — "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标 数量指标 维修水源工程 ≥12处 14处 10 10 "
    "产出指标 质量指标 水质达标率 ≥95% 93.6% 10 8 部分水源浊度超标 "
    "效益指标 社会效益指标 受益人口 ≥3.5万人 3.72万人 10 10 "
    "总分 100 92.5"
)


def test_a_form_run_onto_one_line_is_read_cell_by_cell():
    text = clean(FLAT_FORM).text  # (as a form copied one cell a line is cleaned: its names on lines of their own)
    assert "\n维修水源工程\n" in text and "\n水质达标率\n" in text and "\n其中：当年财政拨款\n" in text, text


services_flat = library_fixture("unseen61c", {"jingyuan-water-2023.txt": FLAT_FORM})


def test_a_form_run_onto_one_line_answers_from_its_cells(services_flat):
    says(services_flat, "泾源县2023年农村饮水安全维修养护项目水质达标率实际是多少？", "93.6%")
    says(services_flat, "泾源县2023年农村饮水安全维修养护项目全年执行数是多少？", "271.92")
    says(services_flat, "泾源县2023年农村饮水安全维修养护项目维修了多少处水源工程？", "14处")


def test_a_long_rest_of_a_name_between_two_rows_of_figures_and_not_a_names_first_part():
    raw = ("项目名称\t预算数\t执行数\t执行率\n居家养老服务改革\t1,600.00\t1,425.86\t89.12%\n试点配套资金\n"
           "经济困难老年人补贴\t760.00\t731.24\t96.22%\n小计\t2,360.00\t2,157.10\t91.40%\n")
    assert "居家养老服务改革试点配套资金\t1,600.00" in clean(raw).text


def test_a_sentence_set_out_with_spaces_before_its_figures_is_no_form_run_onto_a_line():
    from ingest.clean import flattened

    said = ("其中，一批绩效指标大幅超出预期指标值。如：全程网办率年初申报指标值为 80%，实际完成指标值为 99.06%；"
            + "；".join(f"第{k}类事项覆盖率年初申报指标值为 {k}0%，实际完成指标值为 9{k}.5%" for k in range(1, 8)) + "。")
    assert not flattened(said)
    assert flattened(FLAT_FORM)
