"""Session 62's general rules, on invented text (places and figures made up).

Forms as a PDF's text gives them: a header whose headings wrap onto the lines under it ("年初预算 全年预算" over "数 数",
then "率"), a row's name whose last character or two sit alone under it ("…列养 100% 100% 10 10" / "率"), words and
units set apart by single spaces ("受益 学生 人数 2.3 万人"), a date in pieces ("2023 年 3 月 底 前"). A money table's
group rows ("一、社会救助类 | | |") name their rows' group and its 小计, and a name's end wrapped under its row goes
with that row. An indicator table without points, copied one cell a line, is read row by row beside its money part
read heading by value. A table whose rows are named by two short columns ("畜种 | 病种") names each row by both. A
单位 column gives its row's unit to the target's and the value's columns, a target's bound ("≥35") too.

Questions: jieba's guess of an unknown word never takes a measure's ending or a verb said before 了 ("及时率得了几分",
"机耕路修了多长", "第二批钱下了多少"); "用了多少商品有机肥" counts the thing named after the interrogative; a form row named whole is asked
whatever its unit ("…成本的年度指标值" of "≤1.2万元/公里"); a fund's payer may follow a few words of how it came
("年中争取省级补助资金"); a level that moved "由每公顷X提高到每公顷Y" is Y now and X before. A year's target said
after a result ("…就业1,120人，年度目标为1,000人") is that result's; "惠及A和B分别为…" lists A and B (惠及's 及 joins
nothing).
"""

from pathlib import Path

from app.answering.question import _kinds
from app.core.tokenize import tokenize, words
from ingest.clean import clean
from ingest.forms import read_form
from tests.conftest import library_fixture, says

SPACED_FORM = (
    "宁洱县交通运输局2022年农村公路养护资金绩效自评报告\n"
    "\n"
    "一、基本情况\n"
    "2022年县财政年初安排养护资金1,280万元，年中争取省级补助资金360万元，全年执行1,602.4万元。\n"
    "\n"
    "项目支出绩效自评表\n"
    "项目名称 宁洱县2022年农村公路养护资金\n"
    "主管部门 宁洱县交通运输局 实施单位 宁洱县公路养护站\n"
    "项目资金 年初预算 全年预算 全年执行 分值 执行 得分\n"
    "（万元） 数 数 数\n"
    "率\n"
    "年度资金总额 1,280.00 1,640.00 1,602.40 10 97.71% 9.7\n"
    "其中：当年财政 1,280.00 1,640.00 1,602.40 — — —\n"
    "拨款\n"
    "一级指标 二级指标 三级指标 年度指标 实际完成 分值 得分 偏差原因\n"
    "值 值\n"
    "产出指标 数量指标 农村公路列养 100% 100% 10 10\n"
    "率\n"
    "路面修补面积 42000平方米 45310平方米 10 10\n"
    "成本指标 乡道养护成本 ≤0.9万元/公里 0.86万元/公里 10 10\n"
    "满意度指标 服务对象满意度指标 沿线群众满意 ≥90% 91.2% 10 10\n"
    "度\n"
    "总分 100 96.7\n"
)

BROKEN_WORDS = (
    "项目 支出 绩效 自评表\n"
    "一级 指标 二级 指标 三级 指标 年度 指标值 实际 完成值 分值 得分\n"
    "产出 指标 数量 指标 改造 农户 厕所 数 1,200 户 1,236 户 10 10\n"
    "时效 指标 改造 任务 完成 时限 2023 年 10 月 底 前 2023 年 11 月 10 8\n"
    "总分 100 98\n"
)


def test_headings_wrapped_under_a_spaced_header_are_joined():
    bound = {(b.row, b.column): b.value for b in read_form(SPACED_FORM).bindings}
    assert bound[("年度资金总额", "全年执行数")] == "1,602.40"
    assert bound[("年度资金总额", "执行率")] == "97.71%"
    assert bound[("当年财政拨款", "全年预算数")] == "1,640.00"


def test_a_rows_last_characters_alone_under_it_end_its_name():
    bound = {(b.row, b.column): b.value for b in read_form(SPACED_FORM).bindings}
    assert bound[("农村公路列养率", "实际完成值")] == "100%"
    assert bound[("路面修补面积", "年度指标值")] == "42000平方米"  # not "率路面修补面积"
    assert bound[("沿线群众满意度", "实际完成值")] == "91.2%"


def test_words_units_and_dates_set_apart_by_spaces_are_one_cell():
    bound = {(b.row, b.column): b.value for b in read_form(BROKEN_WORDS).bindings}
    assert bound[("改造农户厕所数", "实际完成值")] == "1,236户"
    assert bound[("改造任务完成时限", "年度指标值")] == "2023年10月底前"
    assert bound[("改造任务完成时限", "实际完成值")] == "2023年11月"
    assert bound[("改造任务完成时限", "得分")] == "8"


GROUPS = (
    "表2 重点项目执行情况（单位：万元）\n"
    "项目名称\t预算数\t执行数\t执行率\n"
    "一、助学类项目\t\t\t\n"
    "困难学生生活补助\t820.00\t806.40\t98.34%\n"
    "免费教科书\t310.00\t300.70\t97.00%\n"
    "小计\t1,130.00\t1,107.10\t97.97%\n"
    "二、校舍类项目\t\t\t\n"
    "薄弱学校改造提升\t1,500.00\t1,380.00\t92.00%\n"
    "工程配套资金\n"
    "校园安全\t240.00\t236.00\t98.33%\n"
    "视频监控设施\n"
    "小计\t1,740.00\t1,616.00\t92.87%\n"
    "合计\t2,870.00\t2,723.10\t94.88%\n"
)


def test_a_group_row_names_its_rows_and_its_subtotal():
    bindings = read_form(GROUPS).bindings
    bound = {(b.row, b.column): b.value for b in bindings}
    assert bound[("校舍类项目小计", "执行率")] == "92.87%"
    assert bound[("助学类项目小计", "预算数")] == "1,130.00"
    assert bound[("薄弱学校改造提升工程配套资金", "执行数")] == "1,380.00"
    assert bound[("校园安全视频监控设施", "执行数")] == "236.00"  # (its name's end over a 小计, whole as it is)
    assert {b.group for b in bindings if b.row == "免费教科书"} == {"助学类项目"}
    assert all(not b.group for b in bindings if b.row == "合计")


BEGUN_ABOVE = (
    "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "年度资金总额\t900.00\t950.00\t930.00\t97.89%\n"
    "其中：局本级\t400.00\t420.00\t410.00\t97.62%\n"
    "宝鸡市医疗保障基金管理\n"
    "中心\t500.00\t530.00\t520.00\t98.11%\n"
)


def test_a_name_begun_above_a_short_rows_name_is_that_rows():
    bound = {(b.row, b.column): b.value for b in read_form(BEGUN_ABOVE).bindings}
    assert bound[("局本级", "全年执行数")] == "410.00"
    assert bound[("宝鸡市医疗保障基金管理中心", "全年执行数")] == "520.00"


STACKED = (
    "项目支出绩效自评表\n"
    "项目名称\n"
    "云岭县人民医院急救设备购置项目\n"
    "项目资金（万元）\n"
    "年初预算数\n"
    "960.00\n"
    "全年执行数\n"
    "931.50\n"
    "一级指标\n"
    "二级指标\n"
    "三级指标\n"
    "年度指标值\n"
    "实际完成值\n"
    "产出指标\n"
    "数量指标\n"
    "购置急救设备数量\n"
    "≥30台\n"
    "32台\n"
    "效益指标\n"
    "社会效益指标\n"
    "急诊抢救成功率\n"
    "≥95%\n"
    "96.4%\n"
    "总分\n"
    "100\n"
    "97\n"
)


def test_indicator_rows_without_points_one_cell_a_line_beside_the_money_read_by_heading():
    bound = {(b.row, b.column): b.value for b in read_form(STACKED).bindings}
    assert bound[("购置急救设备数量", "实际完成值")] == "32台"
    assert bound[("急诊抢救成功率", "年度指标值")] == "≥95%"
    assert bound[("项目资金", "全年执行数")] == "931.50"


UNIT_COLUMN = (
    "表3 绩效指标完成情况\n"
    "一级指标\t二级指标\t三级指标\t单位\t年度目标值\t实际完成值\n"
    "产出指标\t数量指标\t新建小型蓄水池\t座\t≥40\t43\n"
    "\t\t新增节水灌溉面积\t万亩\t≥2.5\t2.74\n"
    "满意度指标\t服务对象满意度\t受益群众满意度\t%\t≥90\t93.6\n"
)


def test_a_unit_column_reaches_the_targets_and_values_columns():
    text = clean(UNIT_COLUMN).text
    assert "≥40座\t43座" in text and "≥2.5万亩\t2.74万亩" in text and "≥90%\t93.6%" in text, text


def test_a_guessed_word_gives_a_measures_end_or_a_verb_to_its_own_word():
    assert "及时率" in tokenize("补贴资金发放及时率得了几分")
    said = words("高标准农田项目中机耕路修了多长")
    assert "路修" not in said and "修" in said, said
    assert "钱下" not in words("以旧换新第二批钱下了多少")
    assert "春防" in words("苍溪县2025年春防覆盖了多少个乡镇")  # a guessed word of its own stays whole


def test_a_thing_named_after_the_interrogative_is_counted():
    assert _kinds("高标准农田用了多少商品有机肥？")[0] == "count"
    assert _kinds("项目用了多少财政资金？")[0] == "amount"
    assert _kinds("发放了多少补贴资金？")[0] == "amount"


VACCINE = (
    "剑川县2024年秋季动物疫病强制免疫项目绩效自评报告\n"
    "一、免疫完成情况\n"
    "各畜种免疫情况如下：\n"
    "畜种\t病种\t应免数量\t实免数量\t免疫密度\n"
    "猪\t口蹄疫\t21.4万头\t20.9万头\t97.66%\n"
    "羊\t口蹄疫\t3.18万只\t3.12万只\t98.11%\n"
    "禽\t高致病性禽流感\t146.2万羽\t143.5万羽\t98.15%\n"
    "二、效益情况\n"
    "项目区鲜草产量由每公顷2,860公斤提高到每公顷3,940公斤，群众满意度95.2%。\n"
)

JOBS = (
    "遵义市人力资源和社会保障局2024年度就业补助资金项目绩效自评报告\n"
    "一、项目概况\n"
    "资金主要用于零就业家庭成员就业帮扶和残疾人就业补贴。\n"
    "二、绩效目标完成情况\n"
    "全年帮助零就业家庭成员就业1,120人，年度目标为1,000人；残疾人就业补贴惠及盲人和聋哑人分别为320人和415人。"
    "委托第三方入户抽查，帮扶对象满意度为95.3%。\n"
)

# synthetic 112's r11: its opening says the project is 清洁取暖改造, whose year target after the result names it
BAOTA = (Path(__file__).parent / "data" / "synthetic112" / "reports" / "r11.txt").read_text("utf-8")

services = library_fixture("unseen62", {"baota-air-2024.txt": BAOTA, "ninger-roads-2022.txt": SPACED_FORM, "jianchuan-vaccine-2024.txt": VACCINE,
                                        "zunyi-jobs-2024.txt": JOBS})


def test_a_spaced_forms_cells_answer(services):
    says(services, "宁洱县2022年农村公路养护资金执行率是多少？", "97.71%")
    says(services, "宁洱县2022年农村公路列养率得了几分？", "10分")


def test_a_rows_named_whole_is_asked_whatever_its_unit(services):
    says(services, "宁洱县农村公路养护乡道养护成本的年度指标值是多少？", "≤0.9万元/公里")


def test_a_fund_said_after_how_it_came(services):
    says(services, "宁洱县2022年争取到的省级养护补助资金有多少？", "360万元")


def test_a_row_named_by_two_short_columns(services):
    says(services, "剑川县2024年秋季羊口蹄疫实免数量是多少？", "3.12万只")


def test_a_level_moved_per_unit_is_the_later_one(services):
    says(services, "剑川县2024年项目区每公顷鲜草产量提高到多少？", "3,940公斤")


def test_a_years_target_said_after_a_result_is_that_results(services):
    says(services, "遵义人社局2024年帮助零就业家庭成员就业的年度目标是多少？", "1,000人")


def test_a_list_of_labels_after_a_verb_joined_by_its_own_character(services):
    says(services, "遵义人社局2024年残疾人就业补贴惠及聋哑人多少人？", "415人")


def test_a_bare_targets_subject_names_no_item_of_the_report(services):
    says(services, "宝塔区2024年清洁取暖改造群众满意度是多少？", "94.6%")
