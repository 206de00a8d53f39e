"""The self-evaluation form recovered from its flattenings, and figures bound to their labels
(ingest.forms, ingest.labels). Texts written for these tests, not taken from any report."""

from __future__ import annotations

from ingest.forms import Binding, read_form, row_quote
from ingest.labels import prose_label

ONE_PER_LINE = """项目支出绩效自评表
项目名称
高标准农田建设补助
主管部门
青禾县农业农村局
实施单位
青禾县农田建设服务中心
项目资金
(万元)
年初
预算数
全年预算数(A)
全年执行数(B)
分值
执行率(B/A)
得分
年度资金总额:
560.00
812.40
798.35
10
98.27%
9.8
其中:当年财政拨款
500.00
752.40
740.10
-
98.36%
-
上年结转资金
-
-
"""

PIPES = """部门整体支出绩效自评表 |
预算单位名称 |
青禾县档案馆 |
||||||||
年度预算资金(万元) |
年初预算数 |
全年预算数 |
全年执行数 |
执行率 |
|||||
年度资金总额 |
88.5 |
102.3 |
99.8 |
97.56% |
|||||
其中:当年财政拨款 |
80 |
94.3 |
92.1 |
97.67% |
|||||
"""

TABS = ("项目名称\t乡村道路养护\n"
        "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t40\t45\t44.1\t10\t98%\t9.8\n"
        "三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "养护里程\t≥120公里\t126公里\t20\t20\t无\n"
        "群众满意度\t≥90%\t93%\t10\t10\n")

ONE_LINE = ("项目名称 便民图书角建设 主管部门 青禾县文化馆 项目负责人 林晓舟 联系电话 66120000\n"
            "年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法\n"
            "年度资金总额 30 28.5 10 95% 9.5 执行率*该指标分值\n"
            "其中:财政拨款 30 28.5 - - -\n")

# "年度资金总额" with its first cell (年初预算数) left empty and dropped by the flattening
DROPPED = ("| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
           "年度资金总额 |\n| 64.2 | 61.9 | 10 | 96.42% | 9.6 |\n")


def _cell(bindings: list[Binding], row: str, column: str) -> Binding:
    found = [b for b in bindings if b.row == row and b.column == column]
    assert len(found) == 1, (row, column, bindings)
    return found[0]


def test_one_cell_per_line_with_a_heading_broken_over_two_lines() -> None:
    form = read_form(ONE_PER_LINE)
    total = _cell(form.bindings, "年度资金总额", "全年执行数")
    assert (total.value, total.unit, total.total) == ("798.35", "万元", True)
    assert _cell(form.bindings, "年度资金总额", "年初预算数").value == "560.00"
    assert _cell(form.bindings, "当年财政拨款", "执行率").value == "98.36%"
    assert not [b for b in form.bindings if b.row == "上年结转资金"]  # two dashes for six columns: unbound
    assert {f.name: f.value for f in form.fields}["实施单位"] == "青禾县农田建设服务中心"


def test_cells_ending_in_bars_with_row_separators() -> None:
    form = read_form(PIPES)
    assert _cell(form.bindings, "年度资金总额", "全年执行数").value == "99.8"
    assert _cell(form.bindings, "当年财政拨款", "全年预算数").value == "94.3"
    assert _cell(form.bindings, "年度资金总额", "执行率").value == "97.56%"
    assert {f.name: f.value for f in form.fields}["预算单位名称"] == "青禾县档案馆"


def test_tab_separated_rows_money_and_indicators() -> None:
    form = read_form(TABS)
    assert _cell(form.bindings, "年度资金总额", "全年执行数").value == "44.1"
    actual = _cell(form.bindings, "养护里程", "实际完成值")
    assert actual.value == "126公里" and actual.part == "indicator"
    assert _cell(form.bindings, "养护里程", "年度指标值").value == "≥120公里"
    # a row whose free-text cell is empty still binds its values left to right
    assert _cell(form.bindings, "群众满意度", "实际完成值").value == "93%"
    assert _cell(form.bindings, "群众满意度", "得分").value == "10"


def test_a_row_run_together_on_one_line_with_spaces() -> None:
    form = read_form(ONE_LINE)
    assert _cell(form.bindings, "年度资金总额", "全年执行数").value == "28.5"
    assert _cell(form.bindings, "年度资金总额", "执行率").value == "95%"
    assert _cell(form.bindings, "财政拨款", "年初预算数").value == "30"
    fields = {f.name: f.value for f in form.fields}
    assert fields["项目负责人"] == "林晓舟" and fields["主管部门"] == "青禾县文化馆"


def test_a_dropped_cell_is_told_by_the_kinds_of_the_columns() -> None:
    """Five values under six columns: only the right-aligned reading puts the % under 执行率."""
    form = read_form(DROPPED)
    assert _cell(form.bindings, "年度资金总额", "全年预算数").value == "64.2"
    assert _cell(form.bindings, "年度资金总额", "全年执行数").value == "61.9"
    assert not [b for b in form.bindings if b.column == "年初预算数"]


def test_ambiguous_rows_stay_unbound() -> None:
    """Two bare numbers under four money columns fit left and right alike: no binding, no guess."""
    text = "年初预算数 全年预算数 全年执行数 调整预算数\n年度资金总额 12 13\n"
    assert read_form(text).bindings == []


def test_offsets_point_at_the_cell_and_the_quote_is_verbatim() -> None:
    for text in (ONE_PER_LINE, PIPES, TABS, ONE_LINE, DROPPED):
        for b in read_form(text).bindings:
            assert "".join(text[b.start : b.end].split()).replace("|", "") == b.value.replace("|", "")
            quote = row_quote(text, b.row_start, b.row_end)
            assert "".join(quote.split()) == "".join(text[b.row_start : b.row_end].split())
            assert quote.endswith(text[b.start : b.end].strip())
        for f in read_form(text).fields:
            assert text[f.start : f.end] == f.value


def test_prose_labels() -> None:
    assert prose_label("本年度公用经费支出共计") == "本年度公用经费支出"
    assert prose_label("基本支出120万元，其中项目支出为") == "项目支出"
    assert prose_label("经费分别是图书采购费") == "图书采购费"
    assert prose_label("2023年政府采购金额：") == "政府采购金额"


def test_headings_run_together_with_their_values_are_read_in_pairs() -> None:
    """A scanned form runs each money heading into its value, the unit given once before them."""
    text = ("项目支出绩效自评表（2023年度）\n项目名称青禾档案数字化实施单位青禾县档案馆\n"
            "项目资金（万元）年度资金总额：年初预算数186.00全年预算数（A）172.50全年执行数（B）168.34执行率（B/A）97.59%分值10得分9.8\n"
            "说明：另有青禾县档案服务中心，2023年全年执行数48.6万元，单独编报。\n")
    form = read_form(text)
    done = _cell(form.bindings, "年度资金总额", "全年执行数")
    assert (done.value, done.unit, done.total) == ("168.34", "万元", True)
    assert _cell(form.bindings, "年度资金总额", "执行率").value == "97.59%"
    assert not [b for b in form.bindings if b.value == "48.6"]  # a sentence is no row of cells


def test_a_row_with_spaces_between_digit_groups_and_a_unit_cut_by_a_line_break() -> None:
    text = ("2023年度部门整体支出绩效自评表\n资金情况（万\n元） 年初预算数 全年预算数 全年执行数 执行率\n"
            "年度资金总额 3 862.47 4 105.90 3 958.26 96.40%\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "产出指标 数量指标 抽检批次 ≥4200批次 4 415批次 10 10 无\n")
    form = read_form(text)
    done = _cell(form.bindings, "年度资金总额", "全年执行数")
    assert (done.value, done.unit) == ("3958.26", "万元")
    assert _cell(form.bindings, "抽检批次", "实际完成值").value.replace(",", "") == "4415批次"


def test_an_indicators_name_may_hold_digits() -> None:
    text = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
            "产出指标\n数量指标\n65岁及以上老年人健康管理人数\n≥1.8万人\n1.96万人\n10\n10\n"
            "时效指标\n完成时间\n2023年11月底前\n2023年12月20日\n5\n3\n")
    form = read_form(text)
    assert _cell(form.bindings, "65岁及以上老年人健康管理人数", "实际完成值").value == "1.96万人"
    assert _cell(form.bindings, "完成时间", "实际完成值").value == "2023年12月20日"


def test_a_table_of_this_years_sums_beside_last_years() -> None:
    text = ("二、部门收支情况（单位：万元）\n| 项目 | 本年数 | 上年数 | 增减额 | 增减率 |\n"
            "| 收入合计 | 1526.48 | 1398.20 | 128.28 | 9.17% |\n| 支出合计 | 1503.91 | 1411.62 | 92.29 | 6.54% |\n")
    form = read_form(text)
    assert (_cell(form.bindings, "收入合计", "本年数").value, _cell(form.bindings, "收入合计", "本年数").unit) == ("1526.48", "万元")
    assert _cell(form.bindings, "支出合计", "上年数").value == "1411.62"
    assert _cell(form.bindings, "支出合计", "增减率").value == "6.54%"


def test_a_unit_stated_once_in_the_forms_head_or_after_its_values() -> None:
    """The national form states 单位:万元 in its head, by 主管部门(盖章), or flattens its "资金投入情况
    (万元)" after the values; either is the unit of the bare money cells."""
    head = ("项目支出绩效自评表\n( 2023 年度)\n主管部门(盖章):      单位:万元\n项目名称 乡村阅读推广\n"
            "主管部门 青禾县文化和旅游局\n项目实施单位 青禾县图书馆 项目负责人 林一 联系电话 5550123\n"
            "年度总体目标 年初设定目标 年度总体目标完成情况综述\n全年开展阅读活动 开展阅读活动48场\n"
            "项目预算\n执行情况\n(10分)\n  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
            "年度资金总额 38.5 36.2 10 94.03% 9.4\n")
    after = ("就业补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 就业补助资金 "
             "全年预算数(A) 全年执行数(B) 812.40 798.35 其中:中央财政资金 500.00 500.00 "
             "年度资金总额 资金投入情况 (万元) 地方主管部门 青禾县财政局\n")
    assert _cell(read_form(head).bindings, "年度资金总额", "全年执行数").unit == "万元"
    assert _cell(read_form(after).bindings, "中央财政资金", "全年执行数").unit == "万元"
    assert [b.unit for b in read_form(after).bindings if b.value == "798.35"] == ["万元"]


def test_a_unit_in_prose_far_before_a_form_is_not_its_unit() -> None:
    """单位：元 stated for a table long before the form (over its head's reach) is not the form's."""
    prose = "一、基本情况（单位：元）\n" + "".join(f"第{i}段说明文字，内容与表格无关。\n" for i in range(40))
    form = read_form(prose + "年初预算数 全年预算数 全年执行数 执行率\n年度资金总额 38.5 40.1 36.2 90.27%\n")
    assert _cell(form.bindings, "年度资金总额", "全年执行数").unit == ""
