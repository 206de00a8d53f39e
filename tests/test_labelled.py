"""Answering from labelled figures (app.answering.labelled): label and column binding, qualifier
agreement, and a tie refused. The figures are written for these tests, not taken from any report."""

from __future__ import annotations

from dataclasses import replace

from app.answering.labelled import choose, shown
from app.answering.question import Question, Term
from app.answering.scope import Scope
from app.core.records import LabelledFigure
from app.vocab.labels import qualifiers_in

DOC = "qinghe"
SCOPE = {DOC: Scope.of("青禾县档案馆2023年度部门整体支出绩效自评报告 青禾县档案馆 青禾县",
                    "年度资金总额 全年执行数 年初预算数 当年财政拨款 档案数字化 基本支出 较上年增加 项目支出 实际完成 目标")}


def fig(label: str, value: float, text: str, column: str = "", kind: str = "amount", unit: str = "元",
        qualifiers: tuple[str, ...] | None = None, origin: str = "form", total: bool = False) -> LabelledFigure:
    names = qualifiers if qualifiers is not None else qualifiers_in(column) + qualifiers_in(label)
    return LabelledFigure(doc_id=DOC, label=label, column=column, value_text=text, unit=unit, value=value,
                          kind=kind, qualifiers=names, subject="", origin=origin, section="", quote=text,
                          start=0, end=1, value_start=0, value_end=1, total=total)


def question(text: str, terms: list[str], kind: str = "amount") -> Question:
    return Question(text=text, kinds=(kind,), terms=[Term(t, (t,)) for t in terms], doc_ids=[DOC],
                    regions=["青禾县"], missing=[], years=[], compare=False, scope_years={DOC: 2023})


FORM = [
    fig("年度资金总额", 5_600_000, "560", "年初预算数", total=True),
    fig("年度资金总额", 8_124_000, "812.4", "全年预算数", total=True),
    fig("年度资金总额", 7_983_500, "798.35", "全年执行数", total=True),
    fig("年度资金总额", 98.27, "98.27%", "执行率", kind="rate", unit="%", total=True),
    fig("年度资金总额", 10, "10", "分值", kind="score", unit="分", total=True),
    fig("当年财政拨款", 7_401_000, "740.1", "全年执行数"),
    fig("当年财政拨款", 7_524_000, "752.4", "全年预算数"),
]


def test_a_column_asked_of_no_row_is_read_from_the_row_of_the_whole() -> None:
    choice = choose(question("青禾县档案馆全年执行数是多少", ["全年执行数"]), FORM, SCOPE)
    assert choice is not None and choice.figure.value_text == "798.35"
    assert shown(choice.figure) == "798.35万元"
    assert choice.label == "年度资金总额（全年执行数）"


def test_a_row_asked_by_name_and_the_plan_when_the_plan_is_asked() -> None:
    done = choose(question("当年财政拨款执行了多少", ["当年财政拨款"]), FORM, SCOPE)
    assert done is not None and done.figure.value_text == "740.1"
    plan = choose(question("当年财政拨款全年预算数是多少", ["当年财政拨款", "全年预算数"]), FORM, SCOPE)
    assert plan is not None and plan.figure.value_text == "752.4"
    initial = choose(question("年初预算数是多少", ["年初预算数"]), FORM, SCOPE)
    assert initial is not None and initial.figure.value_text == "560"


def test_what_was_done_over_the_plan_when_neither_is_asked() -> None:
    choice = choose(question("当年财政拨款是多少", ["当年财政拨款"]), FORM, SCOPE)
    assert choice is not None and choice.figure.column == "全年执行数"


def test_points_and_rates_answer_only_when_asked() -> None:
    rate = choose(question("预算执行率是多少", ["执行率"], kind="rate"), FORM, SCOPE)
    assert rate is not None and rate.figure.value_text == "98.27%"
    assert choose(question("年度资金总额是多少分", ["年度资金总额"], kind="score"), FORM, SCOPE) is None


def test_a_change_never_answers_a_level() -> None:
    prose = [fig("基本支出较上年增加", 1_204_000, "120.4万元", origin="prose"),
             fig("基本支出", 9_876_000, "987.6万元", origin="prose")]
    level = choose(question("基本支出是多少", ["基本支出"]), prose, SCOPE)
    assert level is not None and level.figure.value_text == "987.6万元"
    change = choose(question("基本支出较上年增加了多少", ["基本支出"]), prose, SCOPE)
    assert change is not None and change.figure.value_text == "120.4万元"
    only_change = prose[:1]
    assert choose(question("基本支出是多少", ["基本支出"]), only_change, SCOPE) is None


def test_actual_over_target_in_prose() -> None:
    prose = [fig("档案数字化", 3000, "3000卷", kind="count", unit="卷", qualifiers=("目标",), origin="prose"),
             fig("档案数字化", 3260, "3260卷", kind="count", unit="卷", qualifiers=("实际",), origin="prose")]
    done = choose(question("档案数字化实际完成多少卷", ["档案数字化", "实际完成"], kind="count"), prose, SCOPE)
    assert done is not None and done.figure.value_text == "3260卷"
    target = choose(question("档案数字化目标是多少卷", ["档案数字化", "目标"], kind="count"), prose, SCOPE)
    assert target is not None and target.figure.value_text == "3000卷"


def test_a_tie_with_different_values_is_refused() -> None:
    twins = [fig("项目支出", 875_000, "87.5万元", origin="prose"), fig("项目支出", 905_000, "90.5万元", origin="prose")]
    assert choose(question("项目支出是多少", ["项目支出"]), twins, SCOPE) is None
    same = [fig("项目支出", 875_000, "87.5万元", origin="prose"), fig("项目支出", 875_000, "87.5万元")]
    choice = choose(question("项目支出是多少", ["项目支出"]), same, SCOPE)
    assert choice is not None and choice.figure.value == 875_000


def test_a_term_the_figure_does_not_carry_is_no_answer() -> None:
    # "三公经费" is nowhere in the report: the figure of another row must not stand in for it
    assert choose(question("三公经费全年执行数是多少", ["三公经费", "全年执行数"]), FORM, SCOPE) is None


def test_a_field_answers_who() -> None:
    field = LabelledFigure(doc_id=DOC, label="项目负责人", column="项目负责人", value_text="林晓舟", unit="",
                           value=None, kind="text", qualifiers=(), subject="", origin="field", section="",
                           quote="项目负责人 林晓舟", start=0, end=9, value_start=6, value_end=9)
    choice = choose(question("青禾县档案馆项目负责人是谁", ["项目负责人"], kind="name"), [*FORM, field], SCOPE)
    assert choice is not None and choice.shown == "林晓舟"


def test_a_plan_never_answers_when_the_plan_is_not_asked() -> None:
    plan = [fig("档案数字化", 3000, "3000卷", kind="count", unit="卷", qualifiers=("目标",), origin="prose")]
    assert choose(question("档案数字化多少卷", ["档案数字化"], kind="count"), plan, SCOPE) is None


def test_a_numbered_items_bare_figure_is_the_items_and_the_exact_label_breaks_a_weak_tie() -> None:
    """"本年度支出309.17万元" is the report's; "（一）防雹作业经费，预算46万元，支出45.12万元" the item's:
    a question naming no item gets the report's, one naming the item gets the item's."""
    from dataclasses import replace

    figures = [
        fig("本年度支出", 3_091_700, "309.17万元", origin="prose"),
        fig("基本支出", 2_263_500, "226.35万元", origin="prose"),
        replace(fig("支出", 451_200, "45.12万元", origin="prose"), subject="防雹作业经费"),
        replace(fig("支出", 173_600, "17.36万元", origin="prose"), subject="档案保护经费"),
    ]
    scope = {DOC: Scope.of("青禾县档案馆 青禾县", "青禾县档案馆内设3个科室。")}
    whole = choose(question("青禾县档案馆本年度支出多少", ["支出"]), figures, scope)
    assert whole is not None and whole.figure.value_text == "309.17万元"
    item = choose(question("青禾县档案馆防雹作业经费支出多少", ["防雹", "作业", "经费", "支出"]), figures, scope)
    assert item is not None and item.figure.value_text == "45.12万元"


def test_a_sentence_giving_last_years_figure_answers_only_a_question_about_last_year() -> None:
    from app.answering.evidence import _pick_figure
    from app.answering.scope import Scope as _Scope
    from app.core.records import ReportMeta

    text = "上年支出287.64万元。"
    anchors = [[(0, 4, 1.0)]]
    assert _pick_figure(question("青禾县档案馆本年度支出多少", ["支出"]), text, anchors)[0] is None
    last = _pick_figure(question("青禾县档案馆上年支出多少", ["上年支出"]), text, anchors)[0]
    assert last is not None and last.text == "287.64万元"
    meta = ReportMeta(department="青禾县档案馆", region="青禾县", city="", admin_level="县", year=2023,
                      filing_date=None, title="青禾县档案馆2023年度部门整体支出绩效自评报告")
    assert "支出" not in _Scope.of_report(meta, "", "").names  # the kind of report names nothing


def test_a_change_answers_only_a_question_asking_a_change() -> None:
    """"比上年决算数增加120.4万元" is a change: "基本支出是多少" gets no figure from it, "增加了多少" does;
    the base a change is measured against ("较上年的19.37万元") and the level reached ("提高至…1165元")
    are levels."""
    from app.answering.evidence import _pick_figure

    text = "本年基本支出比上年决算数增加120.4万元，增长30.6%。"
    anchors = [[(2, 6, 1.0)]]
    assert _pick_figure(question("青禾县档案馆基本支出是多少", ["基本支出"]), text, anchors)[0] is None
    more = _pick_figure(question("青禾县档案馆基本支出增加了多少", ["基本支出", "增加"]), text, anchors)[0]
    assert more is not None and more.text == "120.4万元"
    base = "“三公”经费实际支出16.84万元，较上年的19.37万元下降13.06%。"
    last = _pick_figure(question("青禾县档案馆上年三公经费是多少", ["三公", "经费"]), base, [[(1, 3, 1.0)]])[0]
    assert last is not None and last.text == "19.37万元"
    reached = "补助标准提高至每人每月1165元。"
    level = _pick_figure(question("青禾县档案馆补助标准是多少", ["补助标准"]), reached, [[(0, 4, 1.0)]])[0]
    assert level is not None and level.text == "1165元"


def test_a_question_about_last_year_is_answered_only_by_a_figure_said_to_be_last_years() -> None:
    from app.answering.evidence import _pick_figure

    text = "收入合计18642.37万元，较上年17208.91万元增加1433.46万元。"
    anchors = [[(0, 4, 1.0)]]
    last = _pick_figure(question("青禾县档案馆上年收入是多少", ["收入"]), text, anchors)[0]
    assert last is not None and last.text == "17208.91万元"
    assert _pick_figure(question("青禾县档案馆上年预算是多少", ["预算"]), "单画幅加工成本≤3.8元。", [[(0, 3, 1.0)]])[0] is None


def test_ten_thousand_with_a_word_after_it_counts_that_thing_and_is_no_money() -> None:
    from app.answering.evidence import _pick_figure

    anchors = [[(0, 2, 1.0)]]
    assert _pick_figure(question("青禾县档案馆预算是多少", ["预算"]), "预算不少于45万画幅。", anchors)[0] is None
    money = _pick_figure(question("青禾县档案馆预算是多少", ["预算"]), "预算297万，", anchors)[0]
    assert money is not None and money.text == "297万"


def test_the_total_is_what_a_question_naming_no_part_asks() -> None:
    figures = [fig("收入合计", 186_423_700, "18642.37万元", origin="prose"),
               fig("医疗收入", 158_741_200, "15874.12万元", origin="prose"),
               fig("其他收入", 4_517_500, "451.75万元", origin="prose")]
    scope = {DOC: Scope.of("青禾县档案馆 青禾县", "青禾县档案馆内设3个科室。")}
    choice = choose(question("青禾县档案馆一共收入多少钱", ["收入"]), figures, scope)
    assert choice is not None and choice.figure.value_text == "18642.37万元"


def test_figures_that_tie_with_labels_saying_just_what_was_asked_are_told() -> None:
    """"全年支出283.17万元" and another unit's "2023年支出412.36万元" both say 支出: no choice, and the
    answer can only be one of them; parts that say more (基本支出, 项目支出) are no such tie."""
    from app.answering.labelled import decide

    scope = {DOC: Scope.of("青禾县档案馆 青禾县", "青禾县档案馆内设3个科室。")}
    figures = [fig("全年支出", 2_831_700, "283.17万元", origin="prose"), fig("支出", 4_123_600, "412.36万元", origin="prose")]
    choice, tied = decide(question("青禾县档案馆全年支出多少", ["支出"]), figures, scope)
    assert choice is None and {f.value_text for f in tied} == {"283.17万元", "412.36万元"}
    parts = [fig("基本支出", 2_291_900, "229.19万元", origin="prose"), fig("项目支出", 3_202_200, "320.22万元", origin="prose")]
    assert decide(question("青禾县档案馆一共花了多少钱", ["支出"]), parts, scope) == (None, ())


def test_a_kind_of_budget_named_asks_that_part() -> None:
    """"中央资金776.84万元(一般公共预算:323.97万元;彩票公益金:452.87万元)": 彩票公益金 asked is the part."""
    figures = [fig("中央资金", 7_768_400, "776.84万元", origin="prose", total=True),
               fig("中央资金彩票公益金", 4_528_700, "452.87万元", origin="prose")]
    scope = {DOC: Scope.of("青禾县残联 青禾县", "青禾县残联内设3个科室，彩票公益金用于托养。")}
    choice = choose(question("青禾县残联中央资金里彩票公益金有多少", ["中央", "资金", "彩票公益金"]), figures, scope)
    assert choice is not None and choice.figure.value_text == "452.87万元"
    from app.core.tokenize import tokenize

    assert "彩票公益金" in tokenize("中央专项彩票公益金补助资金")


def test_a_target_said_before_what_was_achieved_is_not_the_achievement() -> None:
    from app.answering.evidence import _pick_figure

    text = "受益群众满意度目标≥90%，实际达到95.8%。"
    anchors = [[(2, 7, 1.0)]]
    done = _pick_figure(question("青禾县档案馆群众满意度实际多少", ["满意度"], kind="rate"), text, anchors)[0]
    assert done is not None and done.text == "95.8%"
    aim = _pick_figure(question("青禾县档案馆群众满意度目标值是多少", ["满意度"], kind="rate"), text, anchors)[0]
    assert aim is not None and aim.text.endswith("90%")


def test_a_bare_figure_under_a_heading_naming_an_item_is_that_items() -> None:
    """"二、收支情况 > （三）“三公”经费: 全年支出9.87万元" is the 三公经费's; "二、小型水库维修养护项目 >
    （一）资金情况" holds that project's figures, not another project's a question names."""
    from dataclasses import replace

    from app.answering.labelled import section_item

    assert section_item("二、收支情况 > （三）“三公”经费") == "（三）“三公”经费"
    assert section_item("二、小型水库维修养护项目 > （一）资金情况") == "二、小型水库维修养护项目"
    assert section_item("二、部门收支情况 > （二）支出情况") == section_item("一、绩效目标分解下达情况") == ""
    scope = {DOC: Scope.of("青禾县检察院 青禾县", "青禾县检察院内设6个部门。")}
    whole = replace(fig("全年支出", 26_130_800, "2613.08万元", origin="prose"), section="二、收支情况 > （一）支出情况")
    three = replace(fig("全年支出", 98_700, "9.87万元", origin="prose"), section="二、收支情况 > （三）“三公”经费")
    choice = choose(question("青禾县检察院全年支出多少", ["支出"]), [whole, three], scope)
    assert choice is not None and choice.figure.value_text == "2613.08万元"
    water = replace(fig("中央补助资金", 1_200_000, "120.00万元", origin="prose"), section="二、小型水库维修养护项目 > （一）资金情况")
    supply = replace(fig("中央补助资金", 1_580_000, "158.00万元", origin="prose"), section="一、农村供水工程维修养护项目 > （一）资金情况")
    asked = question("青禾县农村供水工程维修养护项目中央补助资金有多少", ["农村供水", "中央补助资金"])
    choice = choose(asked, [water, supply], scope)
    assert choice is not None and choice.figure.value_text == "158.00万元"


def test_a_bound_marks_the_value_to_be_reached() -> None:
    from app.answering.evidence import _pick_figure

    text = "普惠性幼儿园覆盖率| ≥85% | 83.7% | 2所新建园未按期开办"
    anchors = [[(0, 9, 1.0)]]
    done = _pick_figure(question("青禾县普惠性幼儿园覆盖率实际是多少", ["覆盖率"], kind="rate"), text, anchors)[0]
    assert done is not None and done.text == "83.7%"


def test_a_deadline_is_not_the_day_it_was_done_and_people_are_counted_however_asked() -> None:
    from app.answering.evidence import _pick_figure
    from app.answering.question import unit_fits

    text = "项目完成时间\t2023年11月底前\t2023年12月20日\t5\t3"
    done = _pick_figure(question("青禾县项目实际是什么时候完成的", ["完成时间"], kind="date"), text, [[(0, 6, 1.0)]])[0]
    assert done is not None and done.text == "2023年12月20日"
    asked = question("青禾县检察院员额检察官有几个", ["员额检察官"], kind="count")
    asked.unit = "个"
    assert unit_fits(asked, "人")


def test_a_passage_under_one_items_heading_does_not_answer_for_another_item() -> None:
    from app.answering.chain import _of_another_item
    from app.answering.evidence import Evidence
    from app.core.records import Chunk

    text = "项目预算268.00万元，其中中央补助资金158.00万元、省级资金60.00万元。"
    chunk = Chunk("c", DOC, 0, "一、农村供水工程维修养护项目 > （一）资金情况", text, 0, len(text), 0, len(text))
    ev = Evidence(chunk, 0, len(text), text)
    items = {"一、农村供水工程维修养护项目", "二、小型水库维修养护项目"}
    assert _of_another_item(question("青禾县小型水库维修养护项目省级资金多少", ["小型水库", "省级资金"]), ev, items)
    assert not _of_another_item(question("青禾县农村供水工程项目省级资金多少", ["农村供水", "省级资金"]), ev, items)


def test_a_payer_named_must_be_said_by_the_passage_and_raised_to_is_a_level() -> None:
    from app.vocab.labels import qualifiers_in as q

    assert q("低保标准提高到每人每月多少") == () and q("比上年提高了多少") != ()
    from app.answering.evidence import Evidence, score_evidence
    from app.core.records import Chunk, ReportMeta

    text = "（一）安全生产专项整治项目。预算312.00万元，执行305.66万元。"
    chunk = Chunk("c", DOC, 0, "三、重点项目情况", text, 0, len(text), 0, len(text))
    ev = Evidence(chunk, 0, len(text), text)
    asked = question("青禾县安全生产专项整治项目中央补助资金是多少", ["安全生产", "专项整治", "中央", "补助资金"])
    meta = ReportMeta(department="青禾县应急管理局", region="青禾县", city="", admin_level="县", year=2023,
                      filing_date=None, title="t")
    score_evidence(ev, asked, {t.word: 1.0 for t in asked.terms}, meta, 1.0)
    assert any("中央" in p for p in ev.problems)


def test_what_was_done_asked_of_a_passage_giving_only_the_target_is_not_there() -> None:
    from app.answering.evidence import _pick_figure

    text = "抚恤补助对象人数 | ≥2900人"
    asked = question("青禾县实际发放抚恤补助多少人", ["抚恤补助"], kind="count")
    assert _pick_figure(asked, text, [[(0, 4, 1.0)]])[0] is None
    plain = question("青禾县抚恤补助对象人数是多少", ["抚恤补助"], kind="count")
    assert _pick_figure(plain, text, [[(0, 4, 1.0)]])[0] is not None  # not asked what was done: it may tell
    done = question("青禾县发放了多少人抚恤补助", ["抚恤补助"], kind="count")
    assert _pick_figure(done, text, [[(0, 4, 1.0)]])[0] is None  # "发放了多少": what was done


def test_a_qualifier_said_of_the_whole_a_part_is_asked_of_is_not_asked_of_the_part() -> None:
    figures = [fig("决算支出", 52_146_700, "5214.67万元", origin="prose", qualifiers=("决算",)),
               fig("基本支出", 38_625_100, "3862.51万元", origin="prose", qualifiers=())]
    scope = {DOC: Scope.of("青禾县法院 青禾县", "青禾县法院内设12个机构。")}
    choice = choose(question("青禾县法院决算支出中基本支出用了多少", ["决算", "支出", "基本支出"]), figures, scope)
    assert choice is not None and choice.figure.value_text == "3862.51万元"


def test_a_longer_short_form_may_leave_out_more_of_the_name() -> None:
    from app.answering.scope import abbreviates

    names = "设施蔬菜标准化生产基地提升项目"
    assert abbreviates(Term("蔬菜基地", ("蔬菜基地",)), names)
    assert not abbreviates(Term("人社", ("人社",)), "人民政府办公室社区")  # a short one stays close


UNADJUSTED = [  # the budget was not adjusted: 年初预算数 and 全年预算数 are one figure
    fig("年度资金总额", 47_536_600, "4753.66万元", "年初预算数", total=True),
    fig("年度资金总额", 47_536_600, "4753.66万元", "全年预算数", total=True),
    fig("年度资金总额", 38_242_600, "3824.26万元", "全年执行数", total=True),
]


def test_a_kind_of_budget_is_not_named_by_a_shorter_wording_of_it() -> None:
    """"一般公共预算" (with its shorter wording 预算) asks that part: the row of the whole's 年初预算数
    says 预算 but not the kind of budget."""
    heads = [*UNADJUSTED, fig("一般公共预算", 18_736_600, "1873.66万元", origin="prose")]
    asked = Question(text="青禾县档案馆一般公共预算是多少", kinds=("amount",),
                     terms=[Term("一般公共预算", ("一般公共预算", "预算"))], doc_ids=[DOC], regions=["青禾县"],
                     missing=[], years=[], compare=False, scope_years={DOC: 2023})
    choice = choose(asked, heads, SCOPE)
    assert choice is None or choice.figure.value_text == "1873.66万元"


def test_a_word_of_the_opening_that_labels_a_figure_asks_that_figure() -> None:
    """项目支出 is in the report's opening (a form's head), so it may say what the report is about; but
    when a figure is labelled just that, it asks that figure, never the row of the whole's budget."""
    heads = [*UNADJUSTED, fig("项目支出", 29_855_000, "2985.5万元", origin="prose")]
    choice = choose(question("青禾县档案馆项目支出安排了多少", ["项目支出", "安排"]), heads, SCOPE)
    assert choice is None or choice.figure.value_text == "2985.5万元"
    plan = choose(question("青禾县档案馆年初预算数是多少", ["年初预算数"]), heads, SCOPE)
    assert plan is not None and plan.figure.value_text == "4753.66万元"


def test_built_asks_what_was_done() -> None:
    """"实际建成" says what was done, as 完成 does: the row's 实际完成值, never its 年度指标值."""
    rows = [fig("野生动物收容所", 200, "≥200平方米", "年度指标值", kind="count", unit="平方米"),
            fig("野生动物收容所", 204.46, "204.46平方米", "实际完成值", kind="count", unit="平方米")]
    choice = choose(question("青禾县档案馆野生动物收容所建成多少", ["野生动物收容所", "建成"], kind="count"), rows, SCOPE)
    assert choice is not None and choice.figure.value_text == "204.46平方米"


def test_a_label_saying_just_what_was_asked_beats_a_part_that_was_spent() -> None:
    """"全年支出多少": the sentence's 全年支出 says just what was asked; 项目支出's 实际支出 cell says what
    was done, but of a part (its label says 项目 beyond the question)."""
    scope = {DOC: Scope.of("青禾县档案馆 青禾县", "本馆年初预算2046.73万元")}
    figures = [fig("项目支出", 2_188_900, "218.89万元", "实际支出"),
               fig("全年支出", 21_765_200, "2176.52万元", origin="prose", qualifiers=())]
    asked = Question(text="青禾县档案馆2023年全年支出多少钱", kinds=("amount",), terms=[Term("支出", ("支出",))],
                     doc_ids=[DOC], regions=["青禾县"], missing=[], years=[], compare=False,
                     scope_years={DOC: 2023}, unit="元")
    choice = choose(asked, figures, scope)
    assert choice is not None and choice.figure.value_text == "2176.52万元"


def test_a_figure_of_a_sentence_before_the_asked_words_is_not_theirs() -> None:
    from app.answering.evidence import _pick_figure

    text = "基本支出386.20万元，比上年增长12.1%。主要是新增3名人员，人员经费相应增加。"
    asked = question("青禾县人员经费是多少", ["人员经费"])
    start = text.index("人员经费")
    assert _pick_figure(asked, text, [[(start, start + 4, 1.0)]])[0] is None
    said = "基本支出386.20万元，其中人员经费301.15万元。"
    start = said.index("人员经费")
    picked = _pick_figure(asked, said, [[(start, start + 4, 1.0)]])[0]
    assert picked is not None and picked.text == "301.15万元"


def test_a_verb_of_doing_and_a_word_naming_the_count_ask_no_other_figure() -> None:
    """"实际开展档案进校园活动多少场" of the row 档案进校园活动 | 8场 | 11场: 开展 names no figure; and
    "档案数字化设备数量" in 台 is how many, asked "档案数字化设备实际购置多少台"."""
    rows = [fig("档案进校园活动", 8, "8场", "年度指标值", kind="count", unit="场"),
            fig("档案进校园活动", 11, "11场", "实际完成值", kind="count", unit="场")]
    asked = question("青禾县档案馆实际开展档案进校园活动多少场", ["实际", "开展", "档案", "校园", "活动"], kind="count")
    asked.unit = "场"
    choice = choose(asked, rows, SCOPE)
    assert choice is not None and choice.figure.value_text == "11场"
    scope = {DOC: Scope.of("青禾县档案数字化设备购置项目 青禾县档案馆 青禾县", "档案数字化设备购置")}
    devices = [fig("档案数字化设备数量", 6, "6台", "年度指标值", kind="count", unit="台"),
               fig("档案数字化设备数量", 5, "5台", "实际完成值", kind="count", unit="台")]
    asked = question("青禾县档案数字化设备实际购置多少台", ["实际", "档案", "数字化", "设备"], kind="count")
    asked.unit = "台"
    choice = choose(asked, devices, scope)
    assert choice is not None and choice.figure.value_text == "5台"


def test_a_kind_of_budget_asked_in_its_own_words_is_the_figure_labelled_so() -> None:
    """"调整后预算是多少" of "年初预算2046.73万元，全年调整后预算2198.16万元": the figure whose label
    is the asked kind of budget, though its words (调整, 预算) are qualifier wordings and 全年 says no more."""
    prose = [fig("年初预算", 20_467_300, "2046.73万元", origin="prose"),
             fig("全年调整后预算", 21_981_600, "2198.16万元", origin="prose")]
    choice = choose(question("青禾县档案馆调整后预算是多少", ["预算", "调整"]), prose, SCOPE)
    assert choice is not None and choice.figure.value_text == "2198.16万元"


def test_a_word_naming_the_report_is_no_other_items_name() -> None:
    """"尤溪法院三公经费花了多少": 法院 names the report, though an item of it is "智慧法院运维项目"."""
    scope = {DOC: Scope.of("青禾县人民法院2023年度部门整体支出绩效自评报告 青禾县人民法院 青禾县", "")}
    figures = [fig("三公经费支出", 213_600, "21.36万元", origin="prose"),
               fig("决算支出", 52_146_700, "5214.67万元", origin="prose", qualifiers=("执行",)),
               fig("执行", 2_794_500, "279.45万元", origin="prose")]
    figures[0] = replace(figures[0], section="二、部门收支 > （三）“三公”经费")
    figures[2] = replace(figures[2], subject="智慧法院运维项目")
    choice = choose(question("青禾法院三公经费花了多少", ["支出", "三公经费", "法院"]), figures, scope)
    assert choice is not None and choice.figure.value_text == "21.36万元"


def test_a_term_saying_the_item_and_the_label_together_names_that_items_figure() -> None:
    """"审计经费支出" of "1.政府投资项目审计经费：预算95.00万元，支出92.40万元；": the item's 支出, not its 预算."""
    figures = [replace(fig("预算", 950_000, "95.00万元", origin="prose", qualifiers=("预算",)),
                       subject="政府投资项目审计经费"),
               replace(fig("支出", 924_000, "92.40万元", origin="prose", qualifiers=()), subject="政府投资项目审计经费")]
    asked = question("青禾县政府投资项目审计经费支出多少", ["政府", "投资", "项目", "审计", "经费支出"])
    choice = choose(asked, figures, SCOPE)
    assert choice is not None and choice.figure.value_text == "92.40万元"


def test_the_year_before_the_reports_is_answered_by_the_figure_it_calls_last_years() -> None:
    """"上一年（2020年）的支出" of a 2021 report: "较上年的271.30万元" is 2020's spending."""
    from app.answering.evidence import Evidence, score_evidence
    from app.core.records import Chunk, ReportMeta

    text = "全年实际支出305.18万元，较上年的271.30万元增加33.88万元。"
    chunk = Chunk("c", DOC, 0, "二、支出情况", text, 0, len(text), 0, len(text))
    meta = ReportMeta(department="青禾县档案馆", region="青禾县", city="", admin_level="县", year=2021,
                      filing_date=None, title="t")
    asked = question("青禾县档案馆上一年（2020年）的支出是多少", ["支出"])
    asked.years = [2020]
    ev = Evidence(chunk, 0, len(text), text)
    score_evidence(ev, asked, {"支出": 1.0}, meta, 1.0)
    assert ev.figure is not None and ev.figure.text == "271.30万元" and not ev.problems


def test_the_start_of_the_year_said_with_a_target_asks_the_target_not_the_initial_budget() -> None:
    """"年初定的指标值" is the target set at the start of the year: no 年初预算 is asked of it. A
    budget asked by its time ("年初预算数") still needs the figure said to be that budget."""
    rows = [fig("借阅人次", 52_000, "5.2万人次", "年度指标值", kind="count", unit="人次"),
            fig("借阅人次", 61_300, "6.13万人次", "实际完成值", kind="count", unit="人次")]
    for asked in ("借阅人次年初定的指标值是多少", "借阅人次年初目标是多少"):
        terms = ["借阅人次", *[w for w in ("年初", "指标值", "目标") if w in asked]]
        choice = choose(question(asked, terms, kind="count"), rows, SCOPE)
        assert choice is not None and choice.figure.value_text == "5.2万人次", asked
    initial = choose(question("当年财政拨款年初预算数是多少", ["当年财政拨款", "年初预算数"]), FORM, SCOPE)
    assert initial is None  # the form's 当年财政拨款 has a 全年预算数 and a 全年执行数, no 年初预算数


def test_a_forms_money_cell_with_thousands_separators_is_shown_with_the_forms_unit() -> None:
    assert shown(fig("年度资金总额", 24_500_000, "2,450.00", "年初预算数", total=True)) == "2,450.00万元"
