"""Figures with labels: every figure of a report with the phrase it measures, its unit, its
qualifiers and its subject. Pure: works on the raw text (forms, ingest.forms) and the cleaned text
(prose), and returns records the store keeps per report.

- In a form, a cell's label is its row label ("年度资金总额"), its column the heading above it
  ("全年执行数"); its qualifiers are those the heading names (全年执行数 → 执行, 年度指标值 → 目标);
  bare numbers of money columns take the form's money unit ("项目资金（万元）"). A field
  ("主管部门 | X") is a labelled value too.
- In prose, a figure's label is the phrase before it back to the previous figure or punctuation,
  without the connecting words ("项目支出为87.5万元" → 项目支出) and list openers ("其中", "分别是");
  its qualifiers are those of its label ("较上年增长" → 增减), plus, when the label names neither plan
  nor result, the nearest plan or result named earlier in the sentence ("目标：…39人，…实际完成：…52人").
- The subject is the project the nearest 项目名称 field before the figure names, else "" (the report).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from app.core.breakdown import fund_part
from app.core.cells import (
    LEVELS,
    cells_under_headings,
    under_budget_headings,
    under_target_headings,
)
from app.core.headings import list_opening, marker_end, names_an_item
from app.core.numbers import (
    OUT_OF,
    TAKEN_OFF,
    Figure,
    find_figures,
    in_a_run,
    is_bound,
    opens_a_name,
    without_sign,
)
from app.core.organisations import data as organisation_data
from app.core.organisations import names_a_unit, org_at
from app.core.quotes import quote_from_raw
from app.core.records import Chunk, LabelledFigure, Report
from app.core.sentences import sentence_spans
from app.core.tokenize import dictionary_words
from app.vocab.asking import ASKING
from app.vocab.labels import (
    ACHIEVED,
    BUDGET_CHANGES,
    COMPARISON_BASES,
    CONNECTORS,
    DEDUCTED,
    DONE,
    FORMS,
    OPENERS,
    PLAN,
    QUALIFIERS,
    SUM_CONNECTORS,
    TARGET,
    TASK_WORDS,
    WORDINGS,
    classes,
    qualifiers_in,
    qualifiers_said,
    says_change,
    without_wordings,
)
from app.vocab.lexicon import (
    GENERIC_LABELS,
    ITEM_ENDS,
    LEXICON,
    OWN_SUBJECT,
    PAST_COMPARE_CUES,
    PERIODS,
    SUBJECT_WORDS,
    THIS_YEAR,
    WEAK_WORDS,
)
from app.vocab.load import alternatives
from app.vocab.units import UNITS
from ingest.forms import Binding, Field, read_form, row_name, row_quote
from ingest.table_units import (
    SUBTOTAL,
    given_unit,
    header_units,
    starts_table,
    takes_row_unit,
    unit_column,
    units_row,
    with_units,
)

_MONEY_FACTOR = {"亿元": 1e8, "万元": 1e4, "千元": 1e3, "元": 1.0}
_QUOTED = re.compile(r"[“\"]([^“”\"，。；,;]{1,12})[”\"]")
_CUT = re.compile(r"[，,。；;！？!?、（(）)“”\"：:\n\t|]")
# a bracketed word the label goes on after ("路面修复（中修）支出") is part of it
# a bracket inside a label ("支出（公用）经费"), or closing it right before the figure ("中央水利发展资金
# （农村供水）320.00万元": the fund's own note), but not a unit ("资金（万元）")
_INNER = re.compile(r"([（(])(?!(?:单位[:：]?)?[万亿千]?元[）)]|[一二三四五六七八九十]+[）)])([\u4e00-\u9fff]{1,8})([）)])(?=[\u4e00-\u9fff]|\s*$)")
_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:含|包括|其中|不含)[^（）()]{1,16}[）)]$")
# a bracket at a label's end that says how the figure is worked out ("（已支付/到位资金）", "（B/A）"); a
# fund's note ("（天然林保护管护补助）") is part of its name
_EXPLAINED = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()]{0,16}[/／÷×%％][^（）()]{0,16}[)）]$")
_KEPT = str.maketrans("\x01\x02\x03\x04", "（(）)")
_ITEM_COUNTS = ("个", "项")  # what items are counted in ("3个项目")
_WORKED_OUT = re.compile(r"按[\u4e00-\u9fff]{1,10}?(?:计算|测算|核算|统计)的?")  # "按到位资金计算执行率"
_ADJUSTED = re.compile(r"(.{1,10}?)(预算|)后调整")  # "年中追加预算后调整": how, then the level it came to
# "2023年度…", "截至2023年底累计完成": when, not what
_YEAR_LEAD = re.compile(r"^(?:(?:截至|截止到?)\s*)?(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?|[度底末])?")
_PARTS_FOLLOW = re.compile(r"\s*[，,；;：:]?\s*其中")  # "支出4816.24万元，其中：…": a whole, broken down
_YEAR_ONLY = re.compile(r"((?:19|20)\d{2})\s*年")
_PRIOR = next(q.name for q in QUALIFIERS if q.cls == "prior")
_CHANGE = next(q.name for q in QUALIFIERS if q.cls == "change" and q.name != "同比")  # 增减
_SPENT = frozenset(LEXICON.concepts["spend"].worded)  # 支出: a sum spent
_COUNTED_THEN = re.compile(r"[、，,]?\s*(?:共计|共|合计)?(?:资金|金额|投资|投入)(?:共计|共|合计)?[为达]?\s*")  # "…96个、资金"
_ROW_GAP = 2  # characters between a flattened row's target and what was done ("≥5.6万人5.74万人")
_WEIGHT = next(q.name for q in QUALIFIERS if q.cls == "weight")  # 分值: the points a part could get
_SCORE = next(q.name for q in QUALIFIERS if q.cls == "score")  # 得分: the points it got
_POINTS = ("分值", "得分")  # a table's columns whose bare numbers are points
_CHANGES = {"change", "share"}  # a bare label of these is a figure's change or share, of what was named before
_SAYS_WHICH = {"plan", "actual", "ratio", "score", "weight"}  # a label that names one takes none from context
# "思林镇等乡镇完成中幼林抚育" (cut at the list's "、"): where, then what was done
_PLACES_LISTED = re.compile(rf"^[\u4e00-\u9fff]{{0,12}}?等\s*\d*\s*个?(?:{'|'.join(map(re.escape, LEXICON.places_listed))})")
# a target's word, then a verb of doing that is the target's ("计划…完成", "目标为完成"); not "实际完成"
_TARGET_WORDS = "|".join(map(re.escape, next(q.words for q in QUALIFIERS if q.name == TARGET)))
_PLANNED_DOING = re.compile(rf"(?:{_TARGET_WORDS})(?!.*实际).*(?:完成|实现|达到)")
_PLANNED_OPENS = re.compile(rf"\s*(?:{_TARGET_WORDS})(?!.*实际)")  # "计划更换、延伸管网142公里": 延伸管网's too
_TASKS = re.compile("|".join(map(re.escape, sorted(TASK_WORDS, key=len, reverse=True))))
_TASK_SET = re.compile(rf"(?:{'|'.join(map(re.escape, TASK_WORDS))})\s*(?:为|是|共|达)?\s*$")  # "改厕任务450户"
_TARGET_AFTER = re.compile(r"\s*的\s*(?:年度|全年|既定|预期)?(?:目标|计划|任务)(?!外|之外|以外)")
_MAX_LABEL = 24  # characters: a longer "label" is a sentence, whose last words name what it measures
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _section(chunks: list[Chunk], starts: list[int], raw_at: int) -> str:
    i = bisect_right(starts, raw_at) - 1
    return chunks[i].section if i >= 0 and raw_at < chunks[i].end else (chunks[i].section if i >= 0 else "")


def _figure_of(text: str) -> Figure | None:
    """The one figure a cell states (after a comparator such as ≥), or None for text."""
    figures = [f for f in find_figures(text.lstrip("≥≤＞＜><≧≦═=约")) if f.kind != "date"]
    return figures[0] if len(figures) == 1 else None


def _cell_figure(b: Binding) -> tuple[str, str, float | None]:
    """(kind, unit, value) of a bound cell."""
    if b.column in FORMS.text_columns:
        return "text", "", None  # "2名学生…未及时动态调整": why a row fell short, whatever figures it says
    if b.column in _POINTS:
        fig = _figure_of(b.value)
        return ("score", "分", fig.value) if fig and fig.kind in ("number", "score") else ("text", "", None)
    if re.fullmatch(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?", b.value):
        return "date", "date", None
    fig = _figure_of(b.value)
    if fig is None:
        return "text", "", None
    if fig.kind == "number" and b.unit and not b.column.endswith("率"):
        return "amount", "元", fig.value * _MONEY_FACTOR[b.unit]
    if fig.kind == "number" and (said := _ROW_UNIT.search(b.row)) \
            and (with_unit := _figure_of(b.value + said.group(1))) and with_unit.kind != "number":
        return with_unit.kind, with_unit.unit, with_unit.value  # "读者满意度(%) | 94.8": a rate
    return fig.kind, fig.unit, fig.value


_CHANGEABLE = ("amount", "count", "rate")


def _words_before_figure(value: str) -> str:
    """The words of a cell before the one figure it states ("较上年减少" of "较上年减少0.86万亩"); "" when none."""
    figures = [f for f in find_figures(value) if f.kind != "date"]
    return value[: figures[0].start] if len(figures) == 1 else ""


_FIGURE_ASIDE = re.compile(r"[（(][^（）()]*\d[^（）()]*[)）]")  # a bracket with a figure in it: "（上年26.1%）"
_ROW_UNIT = re.compile(r"[（(]([^（）()\d]{1,6})[)）]$")  # a row's unit after its name: "年接待读者（人次）"


def _form_figures(report: Report, chunks: list[Chunk], starts: list[int]) -> list[LabelledFigure]:
    form = read_form(report.raw)
    subjects = sorted((f.start, f.value) for f in form.fields if f.name in FORMS.subject_fields)
    out: list[LabelledFigure] = []

    def subject(at: int) -> str:
        before = [v for s, v in subjects if s <= at]
        return before[-1] if before else ""

    for b in form.bindings:
        kind, unit, value = _cell_figure(b)
        names = qualifiers_in(b.column)
        if kind in _CHANGEABLE:  # "较上年减少0.86万亩" in a 实际完成值 cell: a change, as its words say
            names += tuple(n for n in qualifiers_in(_words_before_figure(b.value)) if classes([n]) == {"change"})
        # "居民健康素养水平（上年26.1%）": the bracket's figure is last year's, the row's cells are not
        row_names = tuple(n for n in qualifiers_in(_FIGURE_ASIDE.sub("", b.row))
                          if not (classes([n]) & LEVELS and classes(names) & LEVELS))
        out.append(LabelledFigure(
            doc_id=report.doc_id, label=b.row, column=b.column, value_text=b.value, unit=unit, value=value,
            kind=kind, qualifiers=tuple(dict.fromkeys(names + row_names)), subject=b.group or subject(b.start),
            origin="form", section=_section(chunks, starts, b.start),
            quote=row_quote(report.raw, b.row_start, b.row_end), start=b.row_start, end=b.row_end,
            value_start=b.start, value_end=b.end, total=b.total,
        ))
        if kind == "text" and (lost := _DEDUCTION.search(report.raw, b.start, b.end)):
            # "…整改未完成，扣0.8分" in the row's 偏差原因 cell: the points the row lost
            out.append(replace(out[-1], value_text=lost.group(1) + "分", unit="分", value=float(lost.group(1)),
                               kind="score", qualifiers=(DEDUCTED,), column="", value_start=lost.start(1),
                               value_end=lost.end()))
    named = {f.name for f in form.fields}
    fields = form.fields + [f for f in _prose_fields(report.raw) if f.name not in named]
    out += [_field(report, f, subject(f.start), _section(chunks, starts, f.start)) for f in fields]
    out += [_scored(report, f, subject(f.start), _section(chunks, starts, f.start)) for f in form.fields
            if f.name.endswith(_POINTS_FIELD) and _POINTS_VALUE.fullmatch(f.value.strip())]
    return out


_DEDUCTION = re.compile(r"扣(?:除|减|了)?\s*(\d+(?:\.\d+)?)\s*分")  # "扣0.8分": points taken off, said in a cell


# a field said in a sentence ("项目主管部门为海城市交通运输局，实施单位为海城市农村公路管理所"): an organisation's
_PROSE_FIELD = re.compile(r"(?<![\u4e00-\u9fff])((?:项目)?(?:主管部门|实施单位))\s*(?:为|是)\s*([\u4e00-\u9fff（）()]{4,40})(?=[，,。；;\n])")


def _prose_fields(raw: str) -> list[Field]:
    """The form fields a report's sentences state of its project: 主管部门 and 实施单位, each an organisation."""
    return [Field(m.group(1), m.group(2), m.start(2), m.end(2), m.start(), m.end()) for m in _PROSE_FIELD.finditer(raw)
            if org_at(m.group(2), 0) == m.group(2)]


_POINTS_FIELD = "分"  # a field of points: 自评得分, 总分, 项目总得分
_POINTS_VALUE = re.compile(r"\d{1,3}(?:\.\d+)?\s*分?")


def _scored(report: Report, f: Field, subject: str, section: str) -> LabelledFigure:
    """A field of points as the score it gives ("自评得分：99.2": 99.2分), beside the field itself."""
    points = f.value.strip().removesuffix("分").strip()
    return replace(_field(report, f, subject, section), value_text=points, unit="分", value=float(points), kind="score",
                   qualifiers=qualifiers_in(f.name), origin="form", column="")


def _field(report: Report, f: Field, subject: str, section: str) -> LabelledFigure:
    return LabelledFigure(
        doc_id=report.doc_id, label=f.name, column=f.name, value_text=f.value, unit="", value=None, kind="text",
        qualifiers=(), subject=subject, origin="field", section=section,
        quote=row_quote(report.raw, f.row_start, f.row_end), start=f.row_start, end=f.row_end,
        value_start=f.start, value_end=f.end,
    )


_PLAIN_WORDS = re.compile("|".join(map(re.escape, WORDINGS)))  # every qualifier's wordings, longest first
_SINGLE_CONNECTORS = {w for w in CONNECTORS if len(w) == 1}  # "共有": both halves connect
# a label that only says which sum ("支出", "预算", "执行数"): in a list item it is the item's
_BARE = re.compile("|".join(map(re.escape, sorted({*WORDINGS, *GENERIC_LABELS}, key=len, reverse=True))))
_THIS_YEAR = re.compile("|".join(map(re.escape, sorted(THIS_YEAR, key=len, reverse=True))))
_YEAR_WORDS = ("年度", "全年", "本年", "当年")
_YEAR_TAIL = re.compile(f"(?:{'|'.join(_YEAR_WORDS)})$")
_YEAR_HEAD = re.compile(f"^(?:{'|'.join(_YEAR_WORDS)})")
# words that say when or how much of it, naming no measure ("年度预算合计…，实际支出…": no subject)
_PERIODS = re.compile("|".join(map(re.escape, sorted({w for ws in PERIODS.values() for w in ws}, key=len, reverse=True))))
_NAMES_NOTHING = re.compile("|".join(map(re.escape, sorted({*_YEAR_WORDS, *THIS_YEAR, *FORMS.total_words},
                                                            key=len, reverse=True))))
_YEARS_SAID = re.compile(r"(?:19|20)\d{2}年度?")  # "2023年": when, naming no item
_NAMED = re.compile(rf"(.{{2,}}?)(?:{_PLAIN_WORDS.pattern})+$")  # "就业补助资金预算" → 就业补助资金


def _spent_alone(label: str) -> bool:
    """Whether a label says only that a sum was spent this year ("全年支出", "支出"), naming no item."""
    return any(w in label for w in _SPENT) and not _BARE.sub("", _THIS_YEAR.sub("", label))


_BASES = "|".join(map(re.escape, COMPARISON_BASES))  # "比上年", "同比": what a change is said against
_CLAUSE_START = re.compile(r"[，。；;]|,(?!\d{3})")  # where a clause opens (not a thousands comma: "1,624")
_MORE_THAN = re.compile(r"[多少][\u4e00-\u9fff]{1,3}$")  # "多完成", "少发生": more or less of it, after a base
_NAME_ONLY = re.compile(r"[^\d％%]*[\u4e00-\u9fff][^\d％%]*")  # a clause naming something, no figure of its own
_CLAUSE_ENDS = "，,"  # a clause's end within a sentence: what it names, the clause after it may count
_WEAK = re.compile("|".join(map(re.escape, sorted(WEAK_WORDS, key=len, reverse=True))))


_PARALLEL = " \t，,、"  # what stands between two figures said in parallel ("原值…，净值…", "开工386个、完工…")


_SHORT_OF = re.compile(f"(?:{alternatives(ASKING.not_done)})")  # "未完成", "没有达到": what fell short
_ITEM_SAID = re.compile(r"[\u4e00-\u9fff“”\"]{2,20}")


def _fell_short(before: str) -> str:
    """What a sentence of points taken off says fell short, in its first clause, when no figure names it
    ("馆藏档案数字化未完成年度目标，扣1.4分": 馆藏档案数字化), else ""."""
    first = re.split(r"[，,；;：:]", before, maxsplit=1)[0]
    first = first[marker_end(first) :].strip()
    short = _SHORT_OF.search(first)
    item = first[: short.start()] if short else ""
    return item if short and _ITEM_SAID.fullmatch(item) else ""


def _parallel_head(last: str, label: str, before: str) -> str:
    """The label a short word takes from the one before it, said in parallel with the head left out
    ("固定资产原值21 683.27万元，净值12 940.55万元": 固定资产净值; "实际开工386个、完工352个": 实际完工),
    else "". The two words end alike (原值/净值, 开工/完工); a qualifier ("预算…，决算…") is read as
    the item's by the listed-item rule instead."""
    if before.strip(_PARALLEL) != label or not 2 <= len(label) <= 3 or not _BARE.sub("", label) \
            or not _CJK.fullmatch(label[0]) or not before[: len(before) - len(label)].strip(" \t"):
        return ""
    ends = last[-len(label) :]
    head = last[: -len(label)]
    return head + label if len(_CJK.findall(head)) >= 2 and ends != label and ends[-1] == label[-1] else ""


def _only_weak(label: str) -> bool:
    """Whether a label is only words that say little ("累计开展", "共完成"): it measures nothing itself."""
    return not _WEAK.sub("", label).strip("共")


def prose_label(before: str) -> str:
    """The phrase a figure measures, from the text before it: back to the last punctuation, without
    the connecting words at its end and a list opener or year at its start."""
    # "及时率目标值≥95%": the sign is the figure's; "全年支出比上年（8,612.30万元）": so is the bracket it stands in
    text = without_sign(before.rstrip(" ：:").removesuffix("（").removesuffix("(")).rstrip(" ：:")
    summed = False  # a word of a sum was cut: "…来信来访，共计369件" counts what the clause before names
    for _ in range(2):  # "共计为", "达到了"
        word = next((w for w in CONNECTORS if text.endswith(w) and len(text) > len(w)), "")
        if not word or word in FORMS.total_rows:
            break  # "预算资金合计2089万元": 合计 names the total, as a form's 合计 row does
        if len(word) == 1 and text[-2] not in _SINGLE_CONNECTORS and dictionary_words(text[-6:])[-1] != word:
            break  # "综合审计6个", "资金下达": 计 and 达 end a word there, they connect nothing ("得分为": 为 does)
        summed = summed or word in SUM_CONNECTORS
        text = text[: -len(word)].rstrip(" ：:")
    text = _ASIDE.sub("", text)  # "非遗保护传承（含山歌培训）21.40万元": the bracket is an aside
    text = _INNER.sub(lambda m: "\x01\x02"[m.group(1) == "("] + m.group(2) + "\x03\x04"[m.group(3) == ")"], text)
    text = _EXPLAINED.sub("", text)  # "资金支付率（已支付/到位资金）为92.51%": how it is worked out
    unquoted = _QUOTED.sub(r"\1", text)  # "“三公”经费支出": a quoted word is part of the label
    parts = _CUT.split(unquoted)
    label = parts[-1].strip().translate(_KEPT) if parts else ""
    if len(parts) > 1 and unquoted[-len(parts[-1]) - 1] in _CLAUSE_ENDS and _NAME_ONLY.fullmatch(parts[-2].strip()):
        if not label and summed:
            label = parts[-2].strip().translate(_KEPT)  # "全年受理群众来信来访，共计369件"
        elif label and _only_weak(label):
            label = parts[-2].strip().translate(_KEPT) + label  # "组织矛盾纠纷排查，累计开展42次"
    if (listed := _PLACES_LISTED.match(label)) and _CJK.search(label[listed.end() :]):
        label = label[listed.end() :]
    for word in OPENERS:
        if len(word) > 1 and word in label[1:]:
            label = label[label.rindex(word) + len(word) :]  # "经费分别是图书采购费" → 图书采购费
    for _ in range(2):
        label = _YEAR_LEAD.sub("", label)
        for word in OPENERS:
            if label.startswith(word) and len(label) > len(word):
                label = label[len(word):]
                break
    label = label.lstrip("的")  # "比2022年度的962.60万元": the year's, no label
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", label):
        return ""  # "| ≥200平方米": a sign or a table's rule names nothing
    if (at := marker_end(label)) and _CJK.search(label[at:]):
        label = label[at:]  # "4．自评得分 95 分": the item's number is no part of what it measures
    if (worked := _WORKED_OUT.sub("", label)) and worked != label and _CJK.search(worked):
        label = worked  # "按到位资金计算执行率": how the rate is worked out, not what it measures
    # a flattened indicator row run into the one before ("6 4部分地块待复核质量指标确权登记验收合格率"): the
    # row's name follows its group (二级指标); the points before it ("8 8地块验收完成数") are the last row's
    if (group := _LAST_GROUP.search(label)) and len(_CJK.findall(without_wordings(label[group.end() :]))) > 1:
        label = label[group.end() :]  # (not "产出指标得分": what the group scored)
    label = _POINTS_BEFORE.sub("", label)
    if (m := _ADJUSTED.fullmatch(label)) and any(w in m.group(1) for w in BUDGET_CHANGES):
        return "调整后" + m.group(2)  # "年中追加预算后调整为9 132.58万元": the budget as adjusted
    return _named_end(label)


_LAST_GROUP = re.compile("(?:" + "|".join(map(re.escape, sorted(FORMS.levels, key=len, reverse=True)))
                         + r")(?!.*(?:" + "|".join(map(re.escape, FORMS.levels)) + "))")
_POINTS_BEFORE = re.compile(r"^\d+(?:\.\d+)?\s+\d+(?:\.\d+)?\s*(?=[\u4e00-\u9fff])")


def _named_end(label: str) -> str:
    """A long label's end, in whole words, as long as a name can be: "…领导小组下达第一批乡村振兴衔接资金"
    measures the funds its last words name. A word longer than a name is no label."""
    if len(label) <= _MAX_LABEL:
        return label
    words = dictionary_words(label)
    cut = False
    while len(words) > 1 and (len(label) > _MAX_LABEL or (cut and len(words[0]) == 1)):
        label, cut = label[len(words.pop(0)):], True  # and no word's last character ("下达我|县中央…")
    return label if len(label) <= _MAX_LABEL else ""


_ITEM_NAME = re.compile(r"\s*([^，。；：:,;\d]{2,30})(?:[，：:,]|。$)")  # "（一）…经费，", "3.…项目。"
# a name with a comma inside it, ending as items do ("…北哈拉布拉村村内干道,巷道路面硬化建设项目,")
_ITEM_WITH_COMMA = re.compile(rf"\s*([^，。；：:,;\d]{{2,30}}[，,][^，。；：:,;\d]{{1,30}}?(?:{'|'.join(ITEM_ENDS)}))[，：:,]")


_BREAKDOWN = re.compile(r"(?:按|从)[\u4e00-\u9fff]{1,8}(?:划分|分类|分|来看|看)")


def _item_named(sentence: str) -> str:
    """The item a numbered sentence opens with ("（一）防雹作业经费，…" → 防雹作业经费), or ""."""
    text = sentence.lstrip()
    at = marker_end(text)
    if not at:
        return ""
    m = _ITEM_NAME.match(text, at)
    if m and not m.group(1).strip().endswith(ITEM_ENDS) and (longer := _ITEM_WITH_COMMA.match(text, at)):
        m = longer
    if m and _BREAKDOWN.fullmatch(m.group(1).strip()):
        return ""  # "（二）按支出用途分：基本支出…": how the sums are broken down, no item
    if m and re.match(r"\s*\d", text[m.end() :]):
        return ""  # "（三）自评得分：88分": what its figure measures, no item
    if m and m.group().endswith("。"):
        # a sentence of its own names an item ("3.茶山村村内道路硬化项目。"), not a heading ("（二）支出情况。")
        named = m.group(1).strip()
        # (or a unit of the department: "（二）区疾病预防控制中心。全年预算数…": the centre's figures)
        return named if names_an_item(named) or names_a_unit(named) else ""
    return m.group(1).strip() if m else ""


class _Listed(NamedTuple):
    """The "；" item a figure stands in ("就业补助资金预算3280万元，支出3196.58万元；…")."""

    opens: int  # where the item opens in its sentence (after its "；"), -1 at the sentence's start
    name: str  # the name its first label gave ("就业补助资金"), "" for none
    planned: bool  # its first figure is the plan: a bare 支出 after it is the spending done
    prior: bool  # its first figure is last year's: so are the bare sums after it




_NAMED_ENDS = tuple(s for s in organisation_data()["suffixes"] if len(s) >= 2)  # "中心", "大队", "中学"…


def _row_name_before(text: str, at: int) -> str:
    """The name a row of tab-separated cells opens with, when a figure at `at` stands in a later cell
    of it ("选派科技特派员\t目标45名\t实际48名"): words only; else ""."""
    cells = text[text.rfind("\n", 0, at) + 1 : at].split("\t")
    name = cells[0].strip()
    return row_name(name) if len(cells) >= 2 and _CJK.search(name) and not re.search(r"\d", name) else ""


_NAME_CELL = re.compile(r"[\u4e00-\u9fff（）()“”]{2,16}")


def _cell_above(text: str, at: int, end: int) -> str:
    """The name on the line above a line holding only a figure, where the lines pair names and figures one
    cell a line ("全年执行数" / "286.40" / "执行率" / "89.50%" / "储备编织袋"): the line above the name holds a
    figure, and the line after the figure does not (a table's headings one a line, "年度指标值" / "实际完成值" /
    "≥90%", pair nothing; nor does an indicator's row, "…参与人次" / "≥80万人次" / "91.2万人次"). Else ""."""
    lines = text[:at].rstrip("\n").rsplit("\n", 2)
    if len(lines) < 3 or not _NAME_CELL.fullmatch(name := lines[-1].strip()):
        return ""
    above, after = lines[-2].strip(), text[end:].lstrip("\n").split("\n", 1)[0]
    return name if not _NAME_CELL.fullmatch(above) and find_figures(above) and not find_figures(after) else ""


def _prose_figures(report: Report, chunks: list[Chunk]) -> list[LabelledFigure]:
    assert report.clean is not None
    text = report.clean.text
    cells = cells_under_headings(text) + under_target_headings(text)
    budgets = under_budget_headings(text)
    out: list[LabelledFigure] = []
    for chunk in chunks:
        numbered = (-1, "")  # the line a numbered item opens, and the item: its later sentences are its too
        for s, e in sentence_spans(text, chunk.clean_start, chunk.clean_end):
            sentence = text[s:e]
            line = text.rfind("\n", 0, s + len(sentence) - len(sentence.lstrip())) + 1
            figures = find_figures(sentence)
            prev = 0
            year: int | None = None  # the year said right before the label ("2022年一般公共预算…")
            quote: tuple[int, int, str] | None = None
            paired = False  # an earlier figure's label was only a qualifier: "预算46万元，支出45.12万元"
            measured = ""  # the last label of the sentence that names what it measures ("支出合计")
            measured_unit = ""  # and the unit of its figure
            measured_planned = False  # and whether that figure was the plan ("计划更换、延伸管网142公里")
            measured_in: dict[str, str] = {}  # the last such label of each unit
            item = _item_named(sentence)  # "（一）防雹作业经费，预算46万元，支出45.12万元": the item's figures
            spent_item = _in_a_spent_list(text, line)  # "3.初加工设施补助371.88万元；" under "…支出…，具体为："
            if item:
                numbered = (line, item)
            carried = numbered[1] if not item and numbered[0] == line else ""  # "2、…交易市场建设项目，…。第三方…总得分为90.76分"
            listed = _Listed(-2, "", False, False)
            out_of = ""  # "效益指标30分中得28分": the label of the points possible, which the points got share
            last = ""  # the label of the figure before
            last_amount = False  # and whether it was a sum of money
            prev_kind = ""  # and its kind
            counted = ("", 0)  # the items the last count counts ("基础设施类项目96个"), and where it ends
            bracketed = ""  # the name a bracket the last figure stands in is said of ("庭审直播率（目标值≥60%）")
            counts_before = 0  # where the count before the figure ended, if it counts items ("3个项目…")
            respective = _respective_labels(sentence, figures)
            # where in out the figure just before stands, if it may open a row's pair, and whether it is a bound
            paired_with: tuple[int, bool] | None = None
            moved_from: int | None = None  # where in out a level something moved from stands ("由5个工作日")
            aside_of, asides_kind = "", ""  # the label a bracket opened after, and the kind of the figure in it
            opened_with = ""  # the label of the sentence's first figure: what the sentence is about
            previous = ""  # and of the figure before, once labelled
            broken_down = ("", 0)  # the whole a "其中" list breaks down, and how many parts it has listed
            whole_of_list = ""  # the whole of the list just closed, which a change right after it is of
            for fig in figures:
                if fig.kind in ("date", "number"):
                    if fig.kind == "date":
                        prev = fig.end
                        year = int(m.group(1)) if (m := _YEAR_ONLY.fullmatch(fig.text)) else None
                    continue
                before = sentence[prev : fig.start]
                if paired_with is not None and not before.strip() and (pair := _target_then_result(
                        text, s + fig.start, out, paired_with, fig)) is not None:
                    out[paired_with[0]] = pair[0]
                    out.append(replace(pair[0], value_text=fig.text.replace(" ", ""), value=fig.value,
                                       qualifiers=pair[1], value_start=(v := report.clean.raw_span(
                                           s + fig.start, s + fig.end))[0], value_end=v[1]))
                    prev, paired_with = fig.end, None
                    continue
                if moved_from is not None and _TO_LEVEL.fullmatch(before) and out[moved_from].unit == fig.unit:
                    # "办理时限由5个工作日压缩至3个工作日": the level now is the label's, the one it moved from before it
                    was = out[moved_from]
                    label = _MOVED_FROM.sub("", was.label)  # ("项目区植被盖度由治理前的38%提高到52%": 项目区植被盖度)
                    out[moved_from] = replace(was, label=label, qualifiers=tuple(dict.fromkeys((*was.qualifiers, _PRIOR))))
                    out.append(replace(was, label=label, value_text=fig.text.replace(" ", ""), value=fig.value,
                                       qualifiers=tuple(q for q in was.qualifiers if q != _PRIOR),
                                       value_start=(v := report.clean.raw_span(s + fig.start, s + fig.end))[0],
                                       value_end=v[1]))
                    prev, paired_with, moved_from = fig.end, None, None
                    continue
                if (moved_on := _moved_on_from(report, s, sentence, figures, fig, out)) is not None:
                    # "补助标准为每生每天4元，2021年秋季学期起提高至5元": the level the measure before moved to, from then on
                    out.append(replace(moved_on[0], label=moved_on[1], value_text=fig.text.replace(" ", ""), value=fig.value,
                                       value_start=(v := report.clean.raw_span(s + fig.start, s + fig.end))[0],
                                       value_end=v[1]))
                    prev, paired_with, moved_from = fig.end, None, None
                    continue
                paired_with = moved_from = None
                if in_a_run(sentence, figures, fig):
                    prev = fig.end  # "执行率\n100%100%81.83%95.99%": a table's column copied as one run; its
                    continue  # heading labels no one of them
                if year is not None:
                    before = before.lstrip("度底末")  # "2023年度收入合计", "截至2023年底累计完成": 收入合计, 累计完成
                label = respective.get(fig.start) or prose_label(before)
                if (closed_aside := _aside_closed_before(sentence, before, fig.start)) is not None:
                    label = prose_label(closed_aside) or label  # "美丽乡村建设（含小岭村等5个示范村）1,215.8万元": 美丽乡村建设's
                if label and (lead := _named_before_its_date(sentence, figures, prev)):
                    label = lead + label  # "第二批于2024年3月下达2.26亿元": the second batch's, when said aside
                if opens_a_name(sentence, fig):
                    # "2022年两项补贴发放2,846.30万元", "残疾人两项补贴项目": 两项 is a word of the name after it (which the year
                    # is said of), no count
                    continue
                if not label and not sentence[: fig.start].strip() and not sentence[fig.end :].strip():
                    label = _cell_above(text, s, e)  # "全年执行数\n286.40\n执行率\n89.50%": a cell's name above it
                if last and (shared := _parallel_head(last, label, before)):
                    label = shared
                if label and not without_wordings(label).strip() and (row := _row_name_before(sentence, fig.start)):
                    label = row + label  # "选派科技特派员\t目标45名\t实际48名": the row's 实际, not a bare 实际
                # "区财政投资评审中心编制9名、实有8人": 实有 is the centre's too, listed after its 编制 (an
                # organisation whose name ends as only one does: "…中心", not "全年电站" of "全年电站累计发电量")
                whose = org_at(last, 0) if fig.kind == "count" and before.lstrip().startswith(("、", "，", ",")) \
                    and last and not org_at(label, 0) else ""
                # (not when the figure before counted such organisations: "其中幼儿园98所、小学112所" lists kinds of school)
                whose = whose if whose.endswith(_NAMED_ENDS) and last[last.find(whose) + len(whose) :].strip() else ""
                got = bool(out_of) and OUT_OF.fullmatch(before) is not None and fig.kind == "score"
                label, out_of = (out_of if got else label), ""
                if fig.kind == "score" and OUT_OF.match(sentence, fig.end):
                    out_of = label
                said_after_year = before.startswith(label)
                named_year, year = (year if said_after_year else None), None
                # "3个项目实际支出563.9万元": the sum of the items just counted, their whole
                of_counted = fig.kind == "amount" and bool(counts_before) and counts_before == prev \
                    and before.lstrip().startswith(ITEM_ENDS)
                counts_before = fig.end if fig.kind == "count" and fig.unit in _ITEM_COUNTS else 0
                prev = fig.end
                if last and (prior := _PRIOR_ASIDE.fullmatch(before)) and prev_kind == fig.kind:
                    # "增收税款比上年多442万元（上年为1,874万元）": last year's 增收税款, not a figure of its own
                    label = re.split(f"{_BASES}|比", last)[0] + prior.group(1)
                if last and _STANDARD_ASIDE.match(before) and (label.startswith(_STANDARD_OPENS) or (
                        fig.kind == "amount" and prev_kind == "count" and len(label) <= _ASIDE_SUM)):
                    # "免学费补助690.60万元（标准为每生每年2,000元）": the standard in the aside is the sum's item's;
                    # "购置水罐消防车1辆（采购金额86.50万元）": so is the sum in an aside after a count
                    label = _aside_owner(last) + label
                if not label and not before.strip() and fig.kind == "count":
                    label = last  # "提起公诉356件487人": the people are 提起公诉's too
                elif not label and aside_of and _CLOSES.fullmatch(before) and fig.kind != asides_kind:
                    label = aside_of  # "自助查询终端购置（12台）38.52万元": the sum is the name's, after its aside
                aside_of, asides_kind = (label, fig.kind) if _OPENS.search(before) and label else ("", "")
                funds_before = last if fig.kind == "amount" and last_amount and last.endswith(_FUNDS_ENDS) \
                    and before.lstrip(" ").startswith(("，", ",")) else ""
                previous = last
                # a whole broken down ("…支出14.26万元，其中A11.80万元、B2.46万元"): its label, and how many parts it has had
                if _PARTS_FOLLOW.match(before) and last:
                    broken_down = (last, 1)
                elif broken_down[0] and before.strip().startswith("、"):
                    broken_down = (broken_down[0], broken_down[1] + 1)
                else:  # (a change right after a change of the whole is the whole's too: "…下降3.91万元，降幅21.52%")
                    whole_of_list = broken_down[0] if broken_down[1] >= _PARTS_LISTED else whole_of_list
                    broken_down = ("", 0)
                last, last_amount, prev_kind = label, fig.kind == "amount", fig.kind
                if not label:
                    continue
                opened_with = opened_with or (label if fig.kind != "score" else "")
                if fig.kind == "count":
                    counted = (label if label.endswith(ITEM_ENDS) else "", fig.end)
                # "就业补助资金预算3280.00万元，支出3196.58万元；…": the bare 支出 is that item's
                opens = max(sentence.rfind(c, 0, fig.start) for c in "；;")
                bare = not _BARE.sub("", label)
                opening = opens != listed.opens
                if opening:
                    named = m.group(1) if not bare and (m := _NAMED.fullmatch(label)) else ""
                    # "年初预算数": 年初 names no item, it says which sum; nor does "2023年年初部门预算" (the whole
                    # department's, its plan; but "上年该项目预算…，支出…" says whose and when the 支出 is too)
                    rest = _BARE.sub("", _YEARS_SAID.sub("", named))
                    whose_only = rest in SUBJECT_WORDS or OWN_SUBJECT.fullmatch(rest) is not None
                    named = named if rest and not (whose_only and "plan" in classes(qualifiers_in(named))) else ""
                    # "智慧法院运维项目年度预算": the project, and whether its first sum is the plan
                    listed = _Listed(opens, _YEAR_TAIL.sub("", named),
                                     bool(named) and "plan" in classes(qualifiers_in(label)), False)
                # ("局机关全年预算…，实际支出…，结余75.18万元；": the 结余 of what a budget was named for is its, as its
                # 支出 is)
                # ("全年支出" is as bare as 支出 here: "其中法律援助经费预算426.00万元，全年支出418.75万元")
                own = listed.name if bare or not _BARE.sub("", _THIS_YEAR.sub("", label)) \
                    or label in LEXICON.item_sums and listed.planned else ""
                if bare and not own and fig.kind == "amount" and counted[0] and _COUNTED_THEN.fullmatch(sentence, counted[1], fig.start):
                    own = counted[0]  # "基础设施类项目96个、资金5,862.40万元": those projects' money
                elif not own and funds_before and _spent_alone(label):
                    own = funds_before  # "重大公共卫生服务项目资金315.80万元，全年支出302.44万元": that money's spending
                paired = paired or bool(own)  # its plan was said with the name: this is the other sum
                _, part = fund_part(sentence, fig)
                if part and part not in label:
                    label = part + label  # "中央资金完成636.75万元,预算执行率81.97%": 中央资金's rate
                names = qualifiers_in(label)
                more_than = False  # the label says how many more or fewer than a base said before it
                clause = sentence[max(sentence.rfind(c, 0, fig.start) for c in "，。；,;") + 1 : fig.start]
                if _PLANNED_DOING.search(clause) or _PLANNED_OPENS.match(clause):
                    # "年度目标为完成…", "计划2022—2024年完成…96公里" (the years cut the label): what was to
                    # be done, no result
                    names = tuple(n for n in names if "actual" not in classes([n])) + (TARGET,) * (TARGET not in names)
                elif _TASK_SET.search(clause) and not classes(qualifiers_in(clause)) & {"actual", "plan"}:
                    names += (TARGET,)  # "宫颈癌筛查任务12,000人，实际完成12,486人": the task set, not what was done
                if not says_change(label):  # "较上年240.00万元": last year's level, against which the change is said
                    names = tuple(n for n in names if "change" not in classes([n]))
                if _MORE_THAN.match(label) and re.search(_BASES, _CLAUSE_START.split(sentence[: fig.start])[-1]) \
                        and _CHANGE not in names:
                    names += (_CHANGE,)  # "较上年的1,624批次多完成236批次": how many more than last year
                    more_than = True
                lead = sentence[max(sentence.rfind(c, 0, fig.start) for c in "，。；,;") + 1 : fig.start]
                if fig.kind == "score" and TAKEN_OFF.search(lead):
                    names = tuple(n for n in names if n != _SCORE) + (DEDUCTED,)  # "…不规范扣2分": points lost
                    pointed = label.startswith(tuple(LEXICON.this_item)) and TAKEN_OFF.search(label)
                    if TAKEN_OFF.fullmatch(label) and not opened_with:
                        opened_with = _fell_short(sentence[: fig.start])  # "馆藏档案数字化未完成年度目标，扣1.4分"
                    if (pointed and previous or TAKEN_OFF.fullmatch(label) and opened_with) \
                            and (of := without_wordings(whose := previous if pointed else opened_with).strip() or whose):
                        # "1.义务教育学生资助人数2,547人，低于年度指标值，扣0.5分": the points that indicator lost (its
                        # target, said in passing, is no qualifier of them); "预算执行率98.24%，该项扣0.2分": the item's
                        label = of  # (with what its name says: "预算执行率" is a rate's)
                        names = tuple(dict.fromkeys((*qualifiers_in(label), *(n for n in names if n != TARGET))))
                    elif not pointed and (kept := TAKEN_OFF.sub("", label).strip()) and kept != label:
                        label = kept  # "预算执行率扣0.3分": 预算执行率's points lost
                elif out_of or got:
                    names += (_WEIGHT,) if out_of else (_SCORE,)
                if _PRIOR not in names and _PRIOR in qualifiers_in(re.sub(_BASES, "", lead[: len(lead) - len(label)])):
                    names += (_PRIOR,)  # "上年（2023年）全年支出1720.45万元": the bracket cut the label
                if _PRIOR not in names and re.search(rf"(?:{_BASES})\s*(?:的|[（(])$", before):
                    names += (_PRIOR,)  # "全年支出比上年（8,612.30万元）增加…": the base compared with, last year's
                if named_year and report.meta.year == named_year + 1 and label.startswith(tuple(LEXICON.carried)):
                    label = _PRIOR + label  # "2023年结转资金" in a 2024 report: 上年结转资金, carried in, this year's money
                elif named_year and report.meta.year and named_year < report.meta.year:
                    names += (_PRIOR,)  # "2022年一般公共预算财政拨款支出" in a 2023 report: last year's
                under = [n for cs, ce, n in cells if cs <= s + fig.start < ce]
                if under:  # the form's heading says plan or done: "完成年度审计计划21个" under 预期目标
                    names = tuple(n for n in names if not classes([n]) & LEVELS) + under[0]
                elif fig.kind == "amount" and not classes(names) & LEVELS and not any(w in label for w in _SPENT) \
                        and any(bs <= s + fig.start < be for bs, be in budgets):
                    names += (PLAN,)  # "（二）资金构成。运维服务费245.00万元": what the money was to go to, not what was spent
                elif is_bound(sentence, fig.start, fig.end):
                    # "…面积达到1.2万平方公里，防雹保护农田40万亩以上": a bound is not what was done, whatever the
                    # sentence said before it; the target when what was done follows it in the row ("待遇领取人数
                    # ≥5.6万人5.74万人"), else perhaps what is reported ("任务及时完成率≥90%,资金…")
                    names = tuple(n for n in names if "actual" not in classes([n]))
                    if any(g.unit == fig.unit and g.start >= fig.end and (g.start - fig.end <= _ROW_GAP
                                                                          or _THEN_DONE.fullmatch(sentence, fig.end, g.start))
                           for g in figures) \
                            or _levels_before(sentence, fig.start - len(label))[-1:] == [TARGET]:
                        names += (TARGET,)  # (or the sentence set out targets: "年度目标：…；满意度≥95%")
                elif not classes(names) & _SAYS_WHICH and any(w in label for w in BUDGET_CHANGES):
                    names += (PLAN,)  # what was added to a budget ("年中追加区级资金415.30万元"): of the budget, no
                    # 年初预算 said before it
                elif not classes(names) & _SAYS_WHICH and not paired:
                    level = _levels_before(sentence, fig.start - len(label))
                    if level and "plan" in classes(level[-1:]) and _spent_alone(label):
                        names += (DONE,)  # "项目预算8 012.35万元，全年支出7 859.05万元": the spending after the plan
                    else:
                        names += tuple(level[-1:])
                elif own and listed.planned and label in _SPENT and not classes(names) & LEVELS:
                    names += (DONE,)  # "…经费预算28.00万元，支出27.15万元": after the plan, the spending done
                reached = bool(_TARGET_AFTER.match(sentence, fig.end))
                if reached:
                    # "超额完成950亿元的年度目标", "完成120场的全年任务": the figure is the target the verb reached
                    names = tuple(n for n in names if not classes([n]) & LEVELS) + (TARGET,)
                # "支出合计3,389.12万元，较上年增加187.36万元，增长5.85%": the change is 支出合计's; and
                # "…疫苗接种28,640剂次，目标值≥27,000剂次": the target is what the sentence measured
                opened = max(before.rfind("（"), before.rfind("("))
                inside = prose_label(before[:opened]) if opened >= 0 and not re.search("[)）]", before[opened:]) else ""
                change_of = ""
                # ("与2022年的176.20万元相比增加42.44万元": 相比 says against what, no more than 增加)
                bare_change = not _BARE.sub("", _COMPARED.sub("", label)) and bool(classes(names) & _CHANGES)
                # ("开设和维护生物防火隔离带86公里，计划任务80公里": a task set that names nothing is the measure's before it)
                # (and said of the year: "…实现就业1.46万人，年度目标为1.2万人")
                bare_task = TARGET in names and not _BARE.sub("", _TASKS.sub("", _YEAR_HEAD.sub("", label)))
                if (bare or bare_change or bare_task) and not own:
                    # "居民健康素养水平（上年26.1%）", "庭审直播率（目标值≥60%）": the bracket's figure is of the name
                    # before it, and so is a bare figure right after the bracket ("…）实际达到78.3%")
                    aside = _PRIOR in names or TARGET in names or bool(classes(names) & _CHANGES)
                    change_of = inside or (bracketed if re.match(r"\s*[)）]", before) else "") \
                        or (measured if aside and re.fullmatch(r"\s*[（(][^（）()]*", before) else "")
                    # ("满意率95.3%（上年为93.1%）": last year's, a target or a change in a bracket after the figure,
                    # not another sum of it: "部门预算收入1,375.64万元（年初预算952.30万元）")
                    if not change_of and classes(names) & _CHANGES and whole_of_list:
                        # ("…支出14.26万元，其中公务用车运行维护费11.80万元、公务接待费2.46万元，较上年下降3.91万元": the whole's)
                        change_of = whole_of_list
                    if not change_of and (classes(names) & _CHANGES or TARGET in names):
                        # (of the measure in its unit: "发生生产安全事故3起、死亡3人，较上年减少2起" is the 事故's)
                        change_of = measured_in.get(fig.unit, measured) if fig.kind == "count" else measured
                    elif not change_of and "actual" in classes(names) and fig.unit == measured_unit:
                        # "年度计划人工造林1.2万亩，实际完成1.26万亩" (but "年度预算…，实际支出…" names nothing)
                        change_of = _NAMES_NOTHING.sub("", without_wordings(measured))
                        change_of = change_of if len(change_of) > 1 else ""
                if (more_than or reached) and not change_of:
                    change_of = measured_in.get(fig.unit, "")  # (of the measure in its unit: 全年完成食品安全监督抽检)
                whole_of_list = whole_of_list if classes(names) & _CHANGES else ""
                bracketed = inside
                in_aside = opened >= 0 and not re.search("[)）]", before[opened:])
                if not bare and (len(_CJK.findall(_BARE.sub("", _PERIODS.sub("", label)))) > 1
                                 or label.endswith(tuple(LEXICON.share_names))) and not in_aside:
                    # ("其中上半年完成…，下半年完成…；同比增加532批次": a part of the year names no measure,
                    # nor does an aside, "不少于6 000批次（每千人6批次以上）", or a base, "比上年的48 900批次")
                    measured, measured_unit, measured_planned = label, fig.unit, TARGET in names
                    measured_in[fig.unit] = label
                if opening:
                    listed = listed._replace(prior=_PRIOR in names)
                elif own and listed.prior and _PRIOR not in names and not classes(names) & _CHANGES:
                    names += (_PRIOR,)  # "上年（2022年）该项目预算1100.00万元，支出1043.80万元": both last year's
                    # (a change after them is against them: "比上年（8,612.30万元）增加362.84万元" is this year's)
                paired = paired or (bool(names) and not _PLAIN_WORDS.sub("", label))
                if quote is None:
                    rs, re_ = report.clean.raw_span(s, e)
                    quote = (rs, re_, quote_from_raw(report.raw, rs, re_))
                vs, ve = report.clean.raw_span(s + fig.start, s + fig.end)
                out.append(LabelledFigure(
                    doc_id=report.doc_id, label=label, value_text=fig.text.replace(" ", ""),
                    column=_SPENT_COLUMN if spent_item and fig.kind == "amount" and not names and _SPENT_COLUMN not in label
                    else "",
                    unit=fig.unit, value=fig.value, kind=fig.kind, qualifiers=names,
                    # (what was measured before a result, over the numbered item it is in: "1.数量指标：计划…
                    # 延伸管网142公里，实际完成148.5公里")
                    # (a bare change is of the measure said before it, not of the numbered item: "3.费用控制：药占比28.6%，
                    # 较上年下降2.3个百分点")
                    subject=change_of if change_of and (measured_planned or reached or bool(classes(names) & _CHANGES))
                    else whose or (item if item and fig.start > len(item) else (carried or own or change_of)),
                    origin="prose", section=chunk.section, quote=quote[2], start=quote[0], end=quote[1],
                    value_start=vs, value_end=ve, total=bool(_PARTS_FOLLOW.match(sentence, fig.end)) or of_counted,
                ))
                paired_with = (len(out) - 1, is_bound(sentence, fig.start, fig.end)) if fig.kind in ("rate", "count") \
                    else None
                moved_from = len(out) - 1 if (m := _MOVED_FROM.search(label)) and m.start() >= 2 else None
    return out


def _in_a_spent_list(text: str, line: int) -> bool:
    """Whether the line at `line` is a numbered item of a list whose opening line says its items were spent
    ("…项目实际支出1 926.38万元。具体为：")."""
    opening = list_opening(text, line)
    return any(w in opening for w in LEXICON.spent_lists)


_SPENT_COLUMN = "支出"  # the column a spent list's items stand in
# the words a sum's name ends with when it names money ("重大公共卫生服务项目资金315.80万元，全年支出302.44万元": the
# bare 支出 after it is that money's)
_FUNDS_ENDS = tuple(LEXICON.funds_ends)
_OPENS = re.compile(r"[（(]\s*$")  # a bracket opened right before a figure
_FIGURES_IN_A_ROW = 2  # cells with figures of a kind (sums, rates, counts) that make a line a table's row, no header
_STANDARD_ASIDE = re.compile(r"\s*[（(]")  # an aside opened right after the figure before
_STANDARD_OPENS = ("标准", "每")  # a label of a standard, which names no item ("标准为每生每年")
_ASIDE_SUM = 4  # characters of a sum's label in an aside that names no item of its own ("采购金额", "投资")


def _aside_owner(label: str) -> str:
    """The item a sum's label names, without the words saying which sum ("其中免学费补助" → "免学费补助")."""
    return _LEADING_PART.sub("", label)


_LEADING_PART = re.compile(r"^(?:其中|包括|含)[:：]?")
_PARTS_LISTED = 2  # parts a "其中" list names, at least, for a change after it to be its whole's
_COMPARED = re.compile(alternatives(sorted(PAST_COMPARE_CUES, key=len, reverse=True)))  # "相比", "对比", "比较"
_PRIOR_ASIDE = re.compile(r"\s*[（(]\s*(上年|去年|上年度|上一年)(?:为|是|同期)?\s*")  # "（上年为1,874万元）": last year's, in an aside
_CLOSES = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[)）]\s*")  # ... and closed right after it, or after what it counts ("（5个小区）")
# "由5个工作日压缩至3个工作日", "从85%提高到92%": the level moved from, and the verb that moves it to the next
_FROM = ("由", "从")
# the level's label ends with the word it moved from, perhaps with when ("由治理前的", "从上年的")
# (and what it is per: "鲜草产量由每公顷3,150公斤提高到每公顷4,420公斤")
_MOVED_FROM = re.compile(rf"(?:{'|'.join(_FROM)})(?:[\u4e00-\u9fff]{{1,5}}的)?(?:每[\u4e00-\u9fff]{{1,2}})?$")
_TO_LEVEL = re.compile(rf"\s*(?:{alternatives(ASKING.changed_to)})\s*(?:每[\u4e00-\u9fff]{{1,2}}\s*)?")
# a clause that moves the level before it on from a time ("，2021年秋季学期起提高至5元", "，自2023年7月起调整为…"): the time
_FROM_THEN_ON = re.compile(rf"\s*[，,；;]\s*(?:自|从)?\s*(?:\d{{4}}\s*年)?((?:[\u4e00-\u9fff\d]{{0,8}}?)(?:起|开始))\s*"
                           rf"(?:{alternatives(ASKING.changed_to)})\s*")
_LEVEL_SAID = re.compile(r"[为是达]$")  # ("补助标准为": the label before its level)


def _aside_closed_before(sentence: str, before: str, at: int) -> str | None:
    """The sentence up to an aside that closes right before the figure at `at`, when the aside opened before the figure
    ahead of it ("…、美丽乡村建设（含小岭村等5个示范村）1,215.8万元": "…美丽乡村建设"); else None."""
    closed = max(before.rfind("）"), before.rfind(")"))
    said_after = before[closed + 1 :].strip()
    if closed < 0 or (said_after and not _SUM_SAID.fullmatch(said_after)) or "（" in before or "(" in before:
        return None
    opened = max(sentence.rfind("（", 0, at), sentence.rfind("(", 0, at))
    # (and what says how much it was, after the aside: "代表性传承人补助（国家级每人2万元…）共支出166.40万元")
    return sentence[:opened] + said_after.lstrip("共计合约") if opened > 0 else None


_SUM_SAID = re.compile(r"(?:共计|合计|累计|共|计|约)?(?:支出|发放|安排|拨付|下达|投入|使用)?(?:了|为|达)?")


_DATED = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:于|在)\s*")  # what a clause names before its date ("第二批于")


def _named_before_its_date(sentence: str, figures: list[Figure], at: int) -> str:
    """What a clause names before the date that ends at `at`, right before a figure's label ("第二批于2024年3月下达…":
    第二批), or ""."""
    date = next((f for f in figures if f.kind == "date" and f.end == at), None)
    if date is None:
        return ""
    start = max(sentence.rfind(c, 0, date.start) for c in "，,；;：:。") + 1
    return m.group(1) if (m := _DATED.fullmatch(sentence, start, date.start)) else ""


def _moved_on_from(report: Report, s: int, sentence: str, figures: list[Figure], fig: Figure,
                   out: list[LabelledFigure]) -> tuple[LabelledFigure, str] | None:
    """The labelled figure right before this one, of its unit, and this one's label, when this one is the level that one
    moved to from a time on ("补助标准为每生每天4元，2021年秋季学期起提高至5元": 秋季学期起补助标准为每生每天); else None."""
    before = [g for g in figures if g.end <= fig.start and g.kind not in ("date", "number")]
    if not before or not out or not (m := _FROM_THEN_ON.fullmatch(sentence[before[-1].end : fig.start])):
        return None
    was = out[-1]
    assert report.clean is not None
    if was.value_start != report.clean.raw_span(s + before[-1].start, s + before[-1].end)[0] or was.unit != fig.unit:
        return None
    return was, m.group(1) + _LEVEL_SAID.sub("", was.label)

# what was done said right after a target: "满意度≥90%，实际93.4%", "不超过1 800元，实际完成1 800元"
_THEN_DONE = re.compile(rf"[\s，,；;]*(?:{'|'.join(next(q.words for q in QUALIFIERS if q.name == ACHIEVED))})[为是了]?\s*")

_HEADER_REACH = 3000  # how far back an indicator table's header may stand from its rows


def _target_then_result(text: str, at: int, out: list[LabelledFigure], first: tuple[int, bool],
                        fig: Figure) -> tuple[LabelledFigure, tuple[str, ...]] | None:
    """A flattened indicator row's two cells run together, "资金支付及时率≥90%88.2%", "村卫生室标准化建设
    达标率100%98.6%": the first figure is the target, signed as a bound or under a header naming the
    target and what was done (年度指标值 … 实际完成值), and the one right after it, of its kind and unit,
    what was done. Returns the first relabelled as the target and the qualifiers of the second, or None
    when nothing says so."""
    before, bound = out[first[0]], first[1]
    if (before.kind, before.unit) != (fig.kind, fig.unit):
        return None
    if not (bound and TARGET in before.qualifiers):
        header = re.sub(r"\s+", "", text[max(0, at - _HEADER_REACH) : at])
        if not any(w in header for w in FORMS.target_columns) or not any(w in header for w in FORMS.actual_columns):
            return None
    planned = tuple(n for n in before.qualifiers if not classes([n]) & LEVELS) + (TARGET,)
    done = tuple(n for n in before.qualifiers if not classes([n]) & LEVELS) + (ACHIEVED,)
    return replace(before, qualifiers=planned), done


# "预算数、执行数分别为3,412.60万元、3,358.95万元": labels listed, then their figures in the same order
_RESPECTIVELY = re.compile(r"([\u4e00-\u9fff]{1,12}(?:[、和及与][\u4e00-\u9fff]{1,12})+)分别(?:为|是|达到|达|占)?")
_LIST_JOINS = re.compile(r"[、和及与]")
_PER_EACH = re.compile(r"\s*(?:每[人户月年亩生天次]|人均|户均)+\s*")
_BETWEEN_LISTED = re.compile(r"\s*(?:[、和及与，,]|以及)?\s*")


def _respective_labels(sentence: str, figures: list[Figure]) -> dict[int, str]:
    """The label of each figure a "分别为" list gives, by where the figure starts: the labels listed
    before it, one for each figure after it, in order, when the figures follow one another."""
    out: dict[int, str] = {}
    for m in _RESPECTIVELY.finditer(sentence):
        listed = m.group(1)
        if m.start() and sentence[m.start() - 1].isdigit():
            listed = re.sub(r"^年度?", "", listed)  # "2023年预算数、执行数…": the year is no label's
        labels = [prose_label(piece) or piece for piece in _LIST_JOINS.split(listed)]
        after = [f for f in figures if f.start >= m.end() and f.kind not in ("date", "number")][: len(labels)]
        if _LISTED_AT_LEAST <= (listed_figures := _one_after_another(sentence, after)) < len(labels):
            # "…惠及困难残疾人和重度残疾人分别为4.12万人和6.35万人": 及 of 惠及 joined no two labels; the labels are
            # the last, one for each figure listed
            labels, after = labels[-listed_figures:], after[:listed_figures]
        if len(after) < len(labels) or after[0].start - m.end() > 2 \
                and not _PER_EACH.fullmatch(sentence, m.end(), after[0].start):
            continue  # (what each figure is per may stand before the first: "分别为每人每月221元、530元、1,061元")
        if all(_BETWEEN_LISTED.fullmatch(sentence, a.end, b.start) for a, b in zip(after, after[1:], strict=False)):
            out.update({f.start: label for f, label in zip(after, labels, strict=True)})
    for m in _CHANGED_RESPECTIVELY.finditer(sentence):
        # "发生生产安全事故4起、死亡4人，同比分别下降20%和33.3%": each change is that of the figure listed in its place
        said = [f for f in figures if f.kind not in ("date", "number")]
        before = [f for f in said if f.end <= m.start()]
        after = [f for f in said if f.start >= m.end()]
        if len(before) < 2 or len(after) < 2 or after[0].start - m.end() > 1:
            continue
        after = after[: len(before)]
        listed = before[-len(after) :]
        opens = max(sentence.rfind(c, 0, listed[0].start) for c in "，。；,;") + 1
        if not all(_BETWEEN_LISTED.fullmatch(sentence, a.end, b.start) for a, b in zip(after, after[1:], strict=False)) \
                or not all(_LIST_JOINS.match(sentence[a.end : b.start].strip()) for a, b in zip(listed, listed[1:], strict=False)) \
                or not re.fullmatch(r"\s*[，,]?\s*", sentence[listed[-1].end : m.start()]):
            continue
        starts = [opens, *(f.end for f in listed[:-1])]
        names = [prose_label(sentence[a : f.start]) for a, f in zip(starts, listed, strict=True)]
        if all(names):
            out.update({f.start: name + m.group(1) + m.group(2) for f, name in zip(after, names, strict=True)})
    return out


def _one_after_another(sentence: str, figures: list[Figure]) -> int:
    """How many of the figures follow one another from the first, set apart only by a list's joiners."""
    n = min(1, len(figures))
    while n < len(figures) and _BETWEEN_LISTED.fullmatch(sentence, figures[n - 1].end, figures[n].start):
        n += 1
    return n


_LISTED_AT_LEAST = 2  # figures a list gives at least


# "…，同比分别下降20%和33.3%": what changed, each figure listed before it in turn
_CHANGED_RESPECTIVELY = re.compile(r"((?:同比|环比|较上年|比上年|较去年|比去年)?)分别((?:下降|增长|增加|减少|提高|降低|上升)了?)")


def _levels_before(sentence: str, at: int) -> list[str]:
    """The qualifiers of plan or done the sentence says before `at` (its figure's label), in the order of
    their last mention ("…，计划2023年6月完工；完成外墙保温…，更换供热管网8.3公里": what was done, said last)."""
    # ("完成年度计划的110.3%": the plan is what the share done is of, no target the sentence goes on to set)
    # (nor what a figure goes by: "根据上级下达的储备计划，我市储备粮规模为25,000吨" sets no target of it)
    before = _BASIS.sub(" ", _SHARE_OF_PLAN.sub("完成", sentence[:at]))
    before = _OWN_TARGET.sub(" ", before)  # ("…86公里，计划任务80公里；开展…": that figure's own target, no frame)
    before = _FIGURES_TARGET.sub(" ", before)  # ("…66.8%，未达到70%的年度目标，其中…": what that figure was set, no frame)
    said = [n for n in qualifiers_said(before) if classes([n]) & LEVELS]
    return list(dict.fromkeys(reversed(said)))[::-1]


# a target word said right before its own figure ("计划任务80公里"), not of a date ("计划2023年6月完工")
# (or before its bound: "目标不少于8,000家", "超过年度计划（不少于300个）")
_OWN_TARGET = re.compile(rf"(?:{alternatives(next(q.words for q in QUALIFIERS if q.name == TARGET))})"
                         rf"(?:{alternatives(TASK_WORDS)})?[为是]?\s*[（(]?\s*"
                         rf"(?:不少于|不低于|不超过|不高于|不多于|不小于|不大于|[≥≤＞＜><])?\s*"
                         rf"(?=\d+(?:[.,]\d+)*(?![\d.,年月日—\-]))")
_FIGURES_TARGET = re.compile(r"\d[\d,.]*\s*[^\d\s，,；;。]{0,3}的(?:年度|全年)?(?:目标值?|计划|任务)")  # "70%的年度目标"
_SHARE_OF_PLAN = re.compile(r"完成了?(?:年度|全年|本年)?(?:计划|目标|任务)数?的")
_BASIS = re.compile(r"(?:^|(?<=[，,。；;]))\s*(?:根据|按照|依据|依照)[^，,。；;]*[，,]")  # a clause of what it goes by


def _text_cells(cells: list[str]) -> list[int]:
    """Where a row's cells with words stand that are no figure (its name, its category…): a name that
    holds a figure ("65岁及以上老年人健康管理人数（人）") is one."""
    return [k for k, cell in enumerate(cells) if _CJK.search(cell) and (
        (fig := _figure_of(cell)) is None or len(_CJK.findall(cell.replace(fig.text, ""))) > 2)]


def _key_column(rows: list[list[str]]) -> int | None:
    """The column that names a table's rows: the first with words whose cells differ from row to row
    ("培训机构" beside a "学校性质" that says 民办 on every row), else the first with words; None for
    none. A table of one row is named by its first cell with words."""
    texts = [set(_text_cells(cells)) for cells in rows]
    shared = sorted(set.intersection(*texts)) if texts else []
    if len(rows) > 1:
        for k in shared:
            names = [row_name(cells[k].strip()) for cells in rows]
            if len(set(names)) == len(names):
                return k
    return shared[0] if shared else None


def _sort_columns(rows: list[list[str]], key: int | None) -> list[int]:
    """The columns right after the key column that say which sort of its row it is, as short words that differ
    from row to row without naming each row alone ("畜种 | 病种": 猪 | 口蹄疫, 羊 | 口蹄疫, 禽 | 高致病性禽流感); none
    when a column says the same of every row ("民办") or holds long text."""
    if key is None or len(rows) < 2:
        return []
    out: list[int] = []
    texts = [set(_text_cells(cells)) for cells in rows]
    k = key + 1
    while all(k < len(cells) and k in said for cells, said in zip(rows, texts, strict=True)):
        said = [cells[k].strip() for cells in rows]
        if any(len(x) > _SORT_CHARS for x in said) or len(set(said)) in (1, len(said)):
            break
        out.append(k)
        k += 1
    return out


_SORT_CHARS = 8  # characters of a sort's name at most ("高致病性禽流感")


_CAPTION = re.compile(r"([^，。；：:,;\t]{2,30}?)(?:的?(?:具体)?情况)?(?:详?见下表|如下表|见表\s*\d*|如下)[：:。]?\s*$")


# a table's numbered title ("表1  2023年度项目支出执行情况（单位：万元）"): what the table is of, without its year,
# its unit, and the words that say only that it is a table of something
_TABLE_TITLE = re.compile(r"表\s*[\d一二三四五六七八九十]+(?:[-－.．]\d+)?[\s:：.、]*(?:(?:19|20)\d{2}\s*年度?)?\s*"
                          r"([^，。；,;\t]{2,30}?)(?:的?(?:具体|明细)?(?:情况|统计)?(?:表|总表|一览表|明细表)?)\s*"
                          r"(?:[（(][^）)]*单位[^）)]*[）)])?\s*$")


def _caption(line: str) -> str:
    """What a table is of, from the line that leads to it ("重点乡镇住院救助情况见下表：" → 重点乡镇住院救助; "表1
    2023年度项目支出执行情况（单位：万元）" → 项目支出执行), or ""."""
    m = _CAPTION.search(line.strip()) or _TABLE_TITLE.fullmatch(line.strip())
    return m.group(1) if m and len(m.group(1)) > 2 else ""  # not "具体" of "具体如下："


_YEAR_COLUMN = re.compile(r"(20\d{2})年度?(?:决算数|预算数|决算|预算|数)?")
_UNIT_NOTE = re.compile(r"\s*[（(][^（）()]{1,6}[）)]\s*$")  # a heading's unit after its words: "2022年（万元）"


def _year_heading(cell: str) -> re.Match[str] | None:
    """A column's heading that is a year's ("2022年", "2023年决算数", "2022年（万元）"), its year in group 1."""
    return _YEAR_COLUMN.fullmatch(_UNIT_NOTE.sub("", cell.strip()))


def _last_years_columns(header: list[str]) -> frozenset[int]:
    """The columns of earlier years' sums in a header that sets years in a row side by side
    ("项目 | 2023年 | 2022年 | 增减率": 2022年; "项目 | 2023年预算 | 2023年决算 | 2022年决算": 2022年决算; "指标 |
    2021年 | 2022年 | 2023年": 2021年 and 2022年, each its year's, as the column says)."""
    years = {n: int(m.group(1)) for n, cell in enumerate(header) if (m := _year_heading(cell))}
    said = sorted(set(years.values()))
    if len(said) < 2 or said != list(range(said[0], said[-1] + 1)):
        return frozenset()
    return frozenset(n for n, year in years.items() if year < said[-1])


def _column_says(column: str, last_year: bool, planned: bool) -> tuple[str, ...]:
    """What a column says of its figures that its heading's words do not: last year's ("2022年" beside
    2023年), or what was done (its 支出 beside the plan's columns: "全年支出" after 全年预算)."""
    if last_year:
        return (_PRIOR,)
    return (DONE,) if planned and column.endswith(tuple(_SPENT)) and not classes(qualifiers_in(column)) & LEVELS else ()


_UNIT_IN_NAME = re.compile(r"[（(]\s*(%|‰|[\u4e00-\u9fff]{1,3})\s*[）)]\s*$")  # "接种率（%）", "签约人数（人）"


def _under_a_merged_heading(header: list[str], line: str) -> list[str] | None:
    """The header read with its second line, whose headings a merged heading above them spans ("预算数" over "年初" and
    "调整后"): each such heading said with it ("年初预算数", "调整后预算数"); None when the line is no such second line
    (it holds a figure, has other cells than the header, or sits under no empty heading)."""
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) != len(header) or any(find_figures(c) for c in cells) \
            or not any(c and not header[i].strip() for i, c in enumerate(cells)):
        return None
    out, spanning = [], ""
    for top, sub in zip((h.strip() for h in header), cells, strict=True):
        spanning = top or spanning
        out.append(sub + spanning if sub and spanning and sub not in spanning else top or sub)
    return out


def _table_figures(report: Report, chunks: list[Chunk], starts: list[int]) -> list[LabelledFigure]:
    """The cells of the tables of the cleaned text (tab-separated rows under a header row, whatever
    its headings: "项目名称 | 预算数 | 执行数", "类别 | 年初预算 | 调整后预算 | 实际支出"): each figure
    labelled with its row's name, its column the heading above it. A row's name is its first cell
    with words that is no figure ("3 | 医保信息化平台运维经费 | 208.00": the number is the row's
    place in the list), or the cell of the column that tells the rows apart (see `_key_column`)."""
    assert report.clean is not None
    text = report.clean.text
    out: list[LabelledFigure] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    k = 0
    while k < len(lines):
        if "\t" not in lines[k][1]:
            k += 1
            continue
        header = lines[k][1].split("\t")
        if sum(any(f.kind not in ("date", "number") for f in find_figures(cell)) for cell in header[1:]) >= _FIGURES_IN_A_ROW:
            # "监测经费 | 320.00万元 | 311.52万元 | 97.35%" after its name's first part on a line of its own
            # ("其中：食品安全抽检"): a row cut from its table, no header of the rows below it
            k += 1
            continue
        caption = _caption(lines[k - 1][1] if k else "")  # "重点乡镇住院救助情况见下表：": what the table is of
        k += 1
        if k < len(lines) and (under := units_row(lines[k][1], len(header))):
            header = with_units(header, under)  # "… | 已拨付资金" over "（万元）": its column's unit
            k += 1
        elif k < len(lines) and (merged := _under_a_merged_heading(header, lines[k][1])) is not None:
            header = merged  # "项目 | 预算数 | | 实际支出" over " | 年初 | 调整后 | |": 年初预算数, 调整后预算数
            k += 1
        rows: list[tuple[int, int, list[str], list[tuple[int, int]]]] = []
        # rows of a heading and its figure under a group's name ("金额合计（万元） | 年初预算数 | 6 218.40", then
        # " | 全年执行数 | 6 981.27"), the group carried down
        pairs: list[tuple[int, int, str, str, str, tuple[int, int]]] = []
        group = ""
        while k < len(lines) and "\t" in lines[k][1] and not starts_table(len(header) - 1, lines[k][1]):
            start, row = lines[k]
            k += 1
            cells = row.split("\t")
            spans, pos = [], start
            for cell in cells:
                spans.append((pos, pos + len(cell)))
                pos += len(cell) + 1
            if len(cells) < len(header) and FORMS.is_total_row(cells[0].strip()):
                # "合计 | 100 | 95.59" under "… | 分值 | 得分": a total row's cells merged, its figures
                # in the last columns
                pad = len(header) - len(cells)
                cells = [cells[0], *[""] * pad, *cells[1:]]
                spans = [spans[0], *[(spans[0][1], spans[0][1])] * pad, *spans[1:]]
            if len(cells) == len(header):
                rows.append((start, start + len(row), cells, spans))
            elif pair := _pair_row(cells, spans, group):
                group = pair[0]
                pairs.append((start, start + len(row), *pair))
        out += _pair_figures(report, chunks, starts, pairs, caption)
        key = _key_column([cells for _, _, cells, _ in rows if _text_cells(cells)])
        earlier = _last_years_columns(header)
        planned = any("plan" in classes(qualifiers_in(h)) for h in header)  # "年初预算 | 全年预算 | 全年支出"
        group = ""  # the group a row with a name and no figure opens ("二、公共文化服务提升 | | |")
        sorts = _sort_columns([cells for _, _, cells, _ in rows if _text_cells(cells)], key)
        for start, end, cells, spans in rows:
            names = _text_cells(cells)
            where = key if key in names else (names[0] if names else -1)
            if where < 0:
                continue
            label = row_name(cells[where].strip())
            if where == key and any(cells[k].strip() for k in sorts):
                label += "".join(cells[k].strip() for k in sorts)  # "猪 | 口蹄疫 | 48.6万头 …": 猪口蹄疫
            if not any(c.strip() for n, c in enumerate(cells) if n != where):
                group = label[marker_end(label) :]
                continue
            if group and label == SUBTOTAL:
                label = group + label  # "小计 | 685.50" under "二、公共文化服务提升": that group's 小计
            rs, re_ = report.clean.raw_span(start, end)
            # "家庭医生签约人数（人） | 68420 | 71356": the row's name gives its bare figures' unit
            named_unit = m.group(1) if (m := _UNIT_IN_NAME.search(cells[where])) else ""
            for n in range(min(names) + 1, len(cells)):
                column = header[n].strip()
                fig = _figure_of(cells[n])
                if fig is not None and fig.kind == "number" and named_unit and not column.endswith(_POINTS):
                    fig = _figure_of(cells[n].strip() + named_unit)
                if n == where or not column or fig is None or fig.kind == "date":
                    continue
                kind, unit = fig.kind, fig.unit
                if kind == "number":
                    if not column.endswith(_POINTS):
                        continue
                    kind, unit = "score", "分"  # "合计 | 100 | 95.59" under 分值 and 得分 (自评得分): points
                vs, ve = report.clean.raw_span(*spans[n])
                out.append(LabelledFigure(
                    doc_id=report.doc_id, label=label, column=column, value_text=cells[n].strip().replace(" ", ""),
                    unit=unit, value=fig.value, kind=kind,
                    qualifiers=tuple(dict.fromkeys(qualifiers_in(column) + qualifiers_in(label)
                                                   + _column_says(column, n in earlier, planned))),
                    subject=group or caption,  # ("省级补助" under "二、困难残疾人生活补贴": that group's)
                    origin="form", section=_section(chunks, starts, rs), quote=row_quote(report.raw, rs, re_),
                    start=rs, end=re_, value_start=vs, value_end=ve,
                    total=any(label.startswith(t) for t in FORMS.total_rows),
                ))
    return out


def _pair_row(cells: list[str], spans: list[tuple[int, int]], group: str
              ) -> tuple[str, str, str, tuple[int, int]] | None:
    """(group, heading, value, value's span) of a row that gives one figure under a heading of its own
    ("金额合计（万元） | 年初预算数 | 6 218.40", " | 全年执行数 | 6 981.27", " | 其中：基本支出 | 2 427.77"), its
    group named in its first cell or carried from the row above; None for any other row."""
    filled = [(_SPACED_GROUP.sub("", c.strip()), sp) for c, sp in zip(cells, spans, strict=True) if c.strip()]
    if len(filled) not in (2, 3) or _figure_of(filled[-1][0]) is None or _figure_of(filled[-2][0]) is not None:
        return None
    heading = filled[-2][0]
    if len(heading) > _HEADING_CELL or not _CJK.search(heading):
        return None
    named = filled[0][0] if len(filled) == 3 else group
    if not named or _figure_of(named) is not None \
            or not (qualifiers_in(heading) or row_name(heading).endswith(tuple(GENERIC_LABELS))):
        return None  # a heading saying which sum ("全年执行数") or naming one ("基本支出"): no row of a list
    return named, heading, filled[-1][0], filled[-1][1]


def _pair_figures(report: Report, chunks: list[Chunk], starts: list[int],
                  pairs: list[tuple[int, int, str, str, str, tuple[int, int]]], caption: str) -> list[LabelledFigure]:
    """The figures of rows of a heading and its figure under a group's name: the group's row under the
    heading's column ("金额合计" × "全年执行数"), or a part's row ("其中：基本支出") of the group's."""
    assert report.clean is not None
    out = []
    for start, end, group, heading, value, span in pairs:
        unit = m.group(1) if (m := _UNIT_IN_NAME.search(group)) else ""
        name = _UNIT_IN_NAME.sub("", group).strip()
        bare = _figure_of(value)
        fig = _figure_of(value + unit) if bare is not None and bare.kind == "number" and unit else bare
        if fig is None or fig.kind in ("date", "number"):
            continue
        part = row_name(heading)
        as_column = bool(qualifiers_in(heading)) and not part.startswith(tuple(GENERIC_LABELS)) \
            or heading.startswith(FORMS.total_words)
        label, column = (name, heading) if as_column else (part, "")
        rs, re_ = report.clean.raw_span(start, end)
        vs, ve = report.clean.raw_span(*span)
        out.append(LabelledFigure(
            doc_id=report.doc_id, label=label, column=column, value_text=value, unit=fig.unit,
            value=fig.value, kind=fig.kind, qualifiers=tuple(dict.fromkeys(qualifiers_in(column) + qualifiers_in(label))),
            subject=caption if as_column else name, origin="form", section=_section(chunks, starts, rs),
            quote=row_quote(report.raw, rs, re_), start=rs, end=re_, value_start=vs, value_end=ve,
            total=as_column and any(w in name for w in FORMS.total_words),
        ))
    return out


_STACKED_WIDTHS = (6, 5, 4, 3)  # columns of a table copied one cell a line, widest tried first
_NAMED_WORDS = 6  # characters of a row's name that holds a figure ("65岁及以上老年人健康管理人数")
_HEADING_CELL = 12  # characters of a column's heading at most
_DASH_CELL = re.compile(r"[—－\-–]{1,2}|/")


def _stacked_tables(report: Report, chunks: list[Chunk], starts: list[int]) -> list[LabelledFigure]:
    """The cells of tables a PDF or a web page gave one cell a line ("指标" / "2021年" / "2022年" / "增减" /
    "门诊诊疗人次" / "48 652" / "52 317" / "7.53%" …), read from the file's own lines (cleaning joins
    them): a header of headings, years among them or words that say which sum, then rows of a name
    and a figure under each heading. A bare count takes the unit its row's name ends with ("住院人次")."""
    lines: list[tuple[int, int, str]] = []
    at = 0
    for line in report.raw.split("\n"):
        if stripped := line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((at + lead, at + lead + len(stripped), stripped))
        at += len(line) + 1
    out: list[LabelledFigure] = []
    i = 0
    while i < len(lines):
        for k in _STACKED_WIDTHS:
            header = [cell for _, _, cell in lines[i : i + k]]
            if len(header) < k or not _stacked_header(header):
                continue
            j, rows = i + k, []
            # (a column headed by no sum may hold words: "主要建设内容" / "教学楼维修改造"; a unit column, its row's
            # unit: "微克/立方米", "%")
            worded = {n for n, h in enumerate(header) if n and not _says_a_sum(h)}
            given = unit_column(header)
            while j + k <= len(lines) and _row_name_cell(lines[j][2]):
                if _row_fits(lines[j + 1 : j + k], worded, given):
                    rows.append(lines[j : j + k])
                    j += k
                elif j + k < len(lines) and _NAME_GOES_ON.fullmatch(lines[j + 1][2]) \
                        and _row_fits(lines[j + 2 : j + k + 1], worded, given):
                    # a name wrapped onto a second line ("土壤及固体废物" / "污染防治" / "1,090.00" …)
                    (start, _, name), (_, end, rest) = lines[j], lines[j + 1]
                    rows.append([(start, end, name + rest), *lines[j + 2 : j + k + 1]])
                    j += k + 1
                else:
                    break
            if len(rows) >= 2:
                units = header_units(lines[i - 1][2] if i else "", header)  # "支出结构如下（单位：万元）："
                out += _stacked_figures(report, chunks, starts, header, rows, units)
                i = j - 1
                break
        i += 1
    return out


def _row_fits(cells: list[tuple[int, int, str]], worded: set[int], given: int) -> bool:
    """Whether the cells after a row's name are its figures: values, words in a column of words, its unit in the
    unit column."""
    return all(_value_cell(cell) or n in worded and bool(_CJK.search(cell)) or n == given and bool(given_unit(cell))
               for n, (_, _, cell) in enumerate(cells, start=1))


def _stacked_header(header: list[str]) -> bool:
    """Whether k lines are a table's headings: short words, none a figure but a year, and the columns
    after the first say years or which sum ("2022年", "预算数", "增减")."""
    if any(len(c) > _HEADING_CELL or c.endswith(("。", "：", ":")) for c in header):
        return False
    if any(_figure_of(c) is not None and not _YEAR_COLUMN.fullmatch(c) for c in header):
        return False
    said = [c for c in header[1:] if _says_a_sum(c)]
    return len(said) >= max(2, len(header) - 2)


def _says_a_sum(heading: str) -> bool:
    """Whether a table's heading says a year or which sum its column holds ("2022年", "预算数", "支出率", "资金（万元）")."""
    return bool(_year_heading(heading) or qualifiers_in(heading) or heading.endswith(FORMS.sum_headings)
                or _unit_heading(heading))


def _unit_heading(cell: str) -> bool:
    """Whether a heading ends with the unit its column is in ("受益学生数（人）", "补助资金（万元）")."""
    m = re.search(r"[（(]([^（）()]{1,4})[）)]$", cell)
    unit = m.group(1) if m else ""
    return bool(unit) and (unit in FORMS.money_units or unit in UNITS.measures or unit in UNITS.count_words or unit == "%")


_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff（）()、]{1,10}")  # the rest of a row's name on a line of its own
_CODE_INSIDE = re.compile(r"[\u4e00-\u9fff]{2,}\d{3,}[\u4e00-\u9fff]{2,}")  # "处理12315投诉举报": a hotline's number


def _row_name_cell(cell: str) -> bool:
    words, digits = len(_CJK.findall(cell)), len(re.findall(r"\d", cell))
    # (a name may hold a figure among many words: "65岁及以上老年人健康管理人数"; or a code between its words:
    # "处理12315投诉举报")
    named = _figure_of(cell) is None or (words >= _NAMED_WORDS and words >= 2 * digits) \
        or bool(_CODE_INSIDE.fullmatch(cell))
    return named and words >= 2 and not cell.endswith(("。", "：", ":")) \
        and not re.match(r"[（(]?[一二三四五六七八九十\d]+[、.．)）]", cell)


_SPACED_GROUP = re.compile(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))")  # "48 652": one number


def _value_cell(cell: str) -> bool:
    cell = _SPACED_GROUP.sub("", cell)
    return _DASH_CELL.fullmatch(cell) is not None or (_figure_of(cell) is not None and not _CJK.search(
        re.sub(r"万|亿|元|个百分点|[\u4e00-\u9fff]{1,2}$", "", cell)))


_MEASURES_LONGEST = tuple(sorted(UNITS.measures, key=len, reverse=True))  # "人次" before "次"


def _stacked_figures(report: Report, chunks: list[Chunk], starts: list[int], header: list[str],
                     rows: list[list[tuple[int, int, str]]], units: list[str]) -> list[LabelledFigure]:
    earlier = _last_years_columns(header)
    planned = any("plan" in classes(qualifiers_in(h)) for h in header)  # "年初预算" / "全年支出"
    out: list[LabelledFigure] = []
    for row in rows:
        (rs, _, name), re_ = row[0], row[-1][1]
        label = row_name(name)
        said_unit = next((u for u in _MEASURES_LONGEST if label.endswith(u)), "")
        said_unit = "人" if label.endswith("人数") else said_unit
        given = unit_column(header)
        row_unit = given_unit(row[given][2]) if given else ""  # "指标名称 | 单位 | 2023年…" over "罚没款 | 万元 | 1,087.6…"
        for n, (vs, ve, cell) in enumerate(row[1:], start=1):
            cell = _SPACED_GROUP.sub("", cell)
            fig = _figure_of(cell)
            if fig is None or fig.kind == "date":
                continue
            if fig.kind == "number" and (unit := row_unit if row_unit and takes_row_unit(header[n]) else said_unit or units[n]):
                fig = _figure_of(cell + unit) or fig  # the row's name says it ("住院人次"), or the header
            if fig.kind == "number":
                continue  # a bare number whose unit nothing says
            column = header[n]
            out.append(LabelledFigure(
                doc_id=report.doc_id, label=label, column=column, value_text=cell, unit=fig.unit,
                value=fig.value, kind=fig.kind,
                qualifiers=tuple(dict.fromkeys(qualifiers_in(column) + qualifiers_in(label)
                                               + _column_says(column, n in earlier, planned))),
                subject="", origin="form", section=_section(chunks, starts, rs), quote=row_quote(report.raw, rs, re_),
                start=rs, end=re_, value_start=vs, value_end=ve,
            ))
    return out


def extract_labels(report: Report) -> list[LabelledFigure]:
    """Every labelled figure of a report: the form's cells and fields, the cells of its tables, then
    the prose's figures (a cell a form or table already gave is not read again as prose)."""
    chunks = sorted(report.chunks, key=lambda c: c.start)
    starts = [c.start for c in chunks]
    form = _form_figures(report, chunks, starts)
    seen = {f.value_start for f in form}
    tables = [f for f in _table_figures(report, chunks, starts) if f.value_start not in seen]
    seen |= {f.value_start for f in tables}
    tables += (stacked := [f for f in _stacked_tables(report, chunks, starts) if f.value_start not in seen])
    seen |= {f.value_start for f in stacked}
    prose = [f for f in _prose_figures(report, chunks) if f.value_start not in seen]
    return form + _of_their_forms(report, tables + prose)


def _of_their_forms(report: Report, figures: list[LabelledFigure]) -> list[LabelledFigure]:
    """Figures read outside a form's cells, given the project of the form they stand in, where a file holds
    several projects' forms one after another ("【项目二】项目名称：非物质文化遗产保护传承 … 全年执行数：162.38万元"):
    after a form's 项目名称 and before the next one's, what is said is that project's."""
    named = sorted((f.start, f.value) for f in read_form(report.raw).fields if f.name in FORMS.subject_fields)
    if len({v for _, v in named}) < 2:
        return figures
    out = []
    for f in figures:
        before = [v for s, v in named if s <= f.value_start]
        out.append(replace(f, subject=before[-1]) if before and not f.subject else f)
    return out
