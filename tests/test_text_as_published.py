"""Text as published: traditional characters, spaced figures, units cut by a line break, units
given only in a table's header. The texts are written for these tests, in the forms real reports take."""

from app.core.figures import fact_in_text
from app.core.numbers import find_figures, normalise_digits
from app.core.quotes import quote_from_raw
from app.core.simplified import to_simplified
from ingest.clean import clean


def _quote(raw: str, text: str, phrase: str) -> str:
    c = clean(raw)
    at = c.text.index(phrase)
    start, end = c.raw_span(at, at + len(phrase))
    return quote_from_raw(raw, start, end)


# traditional characters

def test_traditional_reads_as_simplified_character_for_character():
    assert to_simplified("本單位預算執行率為96.3%，項目資金共計85.2萬元") == "本单位预算执行率为96.3%，项目资金共计85.2万元"
    assert to_simplified("瞭解群眾需求") == "了解群众需求"  # phrase-aware, and still one for one
    simplified = "显著提高干部队伍素质，余额为0"
    assert to_simplified(simplified) == simplified  # simplified text is left as it is


def test_cleaned_traditional_text_is_simplified_and_quotes_stay_as_published():
    raw = "二、預算執行情況\n2023年度全年預算數為1 520.6萬元，\n執行數為1,498.2萬元，預算執行率為98.53%。"
    c = clean(raw)
    assert "全年预算数为1520.6万元，执行数为1,498.2万元，预算执行率为98.53%。" in c.text
    assert len(c.text) == len(c.offsets)
    assert _quote(raw, c.text, "预算执行率为98.53%") == "預算執行率為98.53%"
    amounts = [f.value for f in find_figures(c.text) if f.kind == "amount"]
    assert amounts == [15206000.0, 14982000.0]


def test_a_question_in_traditional_characters_reads_its_figures_and_words():
    assert normalise_digits("本單位預算執行率是多少？") == "本单位预算执行率是多少？"
    (fig,) = find_figures("項目資金1,234.5萬元")
    assert (fig.kind, fig.value) == ("amount", 12345000.0)
    assert fact_in_text("预算执行率", "本單位預算執行率為98.53%")
    assert fact_in_text("85.2万元", "資金共計85.2萬元")


# spaces inside figures

def test_spaced_digit_groups_are_one_figure_when_a_unit_follows():
    assert "总额为1234567.89元，其中专项资金2279.048万元" in clean("总额为1 234 567.89 元，其中专项资金2279.048 万元").text
    (fig,) = find_figures("预算1 234.5万元")
    assert (fig.value, fig.unit) == (12345000.0, "元")


def test_numbers_side_by_side_stay_apart():
    """A flattened table row: five cells, not one number."""
    c = clean("办公经费 60 58.5 10 97.5% 9.75")
    assert c.text == "办公经费60 58.5 10 97.5% 9.75"
    assert [f.text for f in find_figures(c.text)] == ["60", "58.5", "10", "97.5%", "9.75"]
    assert quote_from_raw("办公经费 60 58.5 10 97.5% 9.75", 0, 31) == c.text
    assert "2024-03-05 09:30" in clean("发布日期：2024-03-05 09:30").text


def test_spaces_inside_a_decimal_still_join():
    assert "执行率为98.5%，资金1781.86万元" in clean("执行率为98. 5 %，资金1781 .86万元").text


# units cut by a line break

def test_a_unit_cut_by_a_line_break_joins_its_figure():
    assert clean("全年执行数为326.48 万\n元，较上年增加").text == "全年执行数为326.48万元，较上年增加"
    assert clean("资金总额：326.48 萬\n元").text == "资金总额：326.48万元"  # a field line, which otherwise ends
    assert clean("执行数：326.48\n万元").text == "执行数：326.48万元"
    assert clean("项目名称\t执行数\n培训费\t326.48 万\n元").text == "项目名称\t执行数\n培训费\t326.48万元"
    assert clean("满意度达到96\n%").text == "满意度达到96%"
    (fig,) = find_figures("执行数326.48 万\n元")
    assert (fig.kind, fig.value) == ("amount", 3264800.0)


def test_a_line_that_starts_a_word_with_yuan_is_not_a_unit():
    assert clean("开展慰问活动3\n元旦前走访困难群众").text == "开展慰问活动3\n元旦前走访困难群众"


# units given only in a table's header

_TABLE = (
    "表2 项目支出明细\n"
    "金额单位：万元\n"
    "序号\t项目名称\t年初预算数\t全年执行数\t执行率\t分值\n"
    "1\t设备购置\t12.5\t11.0\t88%\t10\n"
    "2\t人员培训\t3\t3\t100%\t5\n"
)


def test_a_unit_above_the_table_reaches_its_money_columns_only():
    c = clean(_TABLE)
    assert "1\t设备购置\t12.5万元\t11.0万元\t88%\t10" in c.text  # 序号 and 分值 are no amounts
    assert "2\t人员培训\t3万元\t3万元\t100%\t5" in c.text
    assert [f.value for f in find_figures(c.text) if f.kind == "amount"] == [125000.0, 110000.0, 30000.0, 30000.0]
    assert _quote(_TABLE, c.text, "设备购置\t12.5万元") == "设备购置12.5"  # the cells as published, without the unit


def test_a_column_header_gives_its_own_unit():
    raw = "项目名称\t项目资金（萬元）\t受益人数\t补助标准(元)\n危房改造\t1 234.5\t312\t1500\n"
    c = clean(raw)
    assert c.text.endswith("危房改造\t1 234.5万元\t312人\t1500元")  # 受益人数 counts people
    assert [f.value for f in find_figures(c.text) if f.kind == "amount"] == [12345000.0, 1500.0]


def test_a_counting_column_gives_its_unit_and_a_second_table_has_its_own_header():
    """"合格人数" over bare numbers counts people, "面积（亩）" measures in 亩; a table set right below
    another, with a header of its own, is read by that header. A number's column (序号) and money
    without a unit stay bare."""
    raw = ("指标名称 | 目标值 | 完成值 |\n培训人次 | 200 | 215 |\n"
           "序号 | 承训机构 | 培训人数 | 合格人数 | 补助资金 | 面积（亩） |\n"
           "1 | 青禾县阳光职业培训学校 | 120 | 118 | 35.4 | 2 |\n"
           "2 | 青禾县启航职业培训学校 | 96 | 90 | 27 | 1.5 |\n")
    c = clean(raw)
    assert "培训人次\t200\t215\n" in c.text  # its header names no unit
    assert "1\t青禾县阳光职业培训学校\t120人\t118人\t35.4\t2亩" in c.text
    assert _quote(raw, c.text, "118人") == "118"  # the cell as published


def test_rows_that_do_not_line_up_with_the_header_get_no_unit():
    raw = "单位：元\n项目\t预算数\t执行数\n合计\t\t\t900\n办公费\t500\t450\n印刷费\t20\t18\n"
    c = clean(raw)
    assert "合计\t900\n" in c.text  # tabs of no table's width folded away: which column 900 is in is unknown
    assert "办公费\t500元\t450元" in c.text


def test_an_empty_cell_of_a_tab_separated_table_stays():
    raw = "单位：元\n项目\t预算数\t执行数\n合计\t\t900\n办公费\t500\t450\n"
    c = clean(raw)
    assert "合计\t\t900元\n" in c.text  # as many cells as the table's rows: 900 is 执行数


def test_a_table_without_a_unit_is_left_as_it_is():
    raw = "指标\t目标值\t完成值\n培训人次\t200\t215\n"
    assert clean(raw).text == "指标\t目标值\t完成值\n培训人次\t200\t215"


def test_a_report_titled_in_traditional_characters_is_named_by_simplified_words():
    """A question's "惠民活动项目" names the report "五華縣文化館2023年度群眾文化惠民活動項目…", as its
    passages are matched (simplified)."""
    from app.answering.question import Term
    from app.answering.scope import Scope, in_opening, names_report

    scope = Scope.of("五華縣文化館2023年度群眾文化惠民活動項目支出績效自評報告", "項目負責人：張碧玲")
    assert names_report(Term("惠民活动项目", ("惠民活动项目",)), scope)
    assert in_opening(Term("项目负责人", ("项目负责人",)), scope)
