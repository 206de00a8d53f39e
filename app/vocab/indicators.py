"""The indicator vocabulary: the dozen figures every report gives, each under many wordings.

Each indicator lists the wordings that label its figure in the reports (the figure follows the
wording within a few characters: "项目支出7073.75万元", "群众满意率达95.35%") and what must, or
must not, be in the same sentence to keep apart what differs (预算数 vs 决算数; the 12345 hotline's
satisfaction vs a statistics bureau's survey). Pure data and matching; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.vocab.lexicon import GENERIC_LABELS


@dataclass(frozen=True)
class Indicator:
    name: str  # canonical Chinese name shown in the table
    kind: str  # amount / rate / count / score / grade
    labels: tuple[str, ...]  # wordings that label the figure
    asked: tuple[str, ...]  # how questions name it (besides the labels)
    requires: tuple[str, ...] = ()  # one of these must be in the sentence
    excludes: tuple[str, ...] = ()  # none of these may be in the sentence
    excluded_before: tuple[str, ...] = ()  # none of these may come right before the label
    higher_is_better: bool = True

    @property
    def pattern(self) -> re.Pattern[str]:
        return _label_pattern(self.labels)


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})")


INDICATORS: tuple[Indicator, ...] = (
    Indicator("总支出", "amount", ("总支出完成", "全年总支出", "本年支出合计", "支出合计", "总支出", "年支出数是", "年支出数为",
                         "年度支出数为"),
              ("总支出", "支出总额", "支出数", "一共花了", "总共花了", "花了多少钱", "支出合计", "总开支",
               "支出"),  # the bare word, the shortest wording: any longer one (项目支出) names another
              excludes=("预算总支出", "审议", "三公", "公用经费", "调整预算")),
    Indicator("财政拨款收入", "amount", ("财政拨款收入", "一般公共预算财政拨款收入"), ("财政拨款收入", "拨款收入"),
              excludes=("2022年一般公共预算", "上年", "预决算")),
    Indicator("财政拨款支出", "amount", ("财政拨款支出", "一般公共预算财政拨款支出"), ("财政拨款支出",),
              excludes=("2022年一般公共预算", "上年")),
    Indicator("收入合计", "amount", ("本年收入合计", "收入合计", "年度收入数为", "收入数为"), ("收入合计", "总收入", "收入")),
    Indicator("基本支出", "amount", ("基本支出",), ("基本支出",), excludes=("比上年",)),
    Indicator("项目支出", "amount", ("项目支出完成", "项目支出"), ("项目支出",),
              excludes=("调度", "实现率", "比上年", "进度"), excluded_before=("剔除",)),
    Indicator("人员经费", "amount", ("人员经费支出", "人员支出完成", "人员经费"), ("人员经费", "人员支出")),
    Indicator("日常公用经费", "amount", ("日常公用经费决算数", "日常公用经费", "日常公用支出完成"), ("日常公用经费", "公用经费", "日常公用支出"),
              excludes=("调整预算数为0",)),
    Indicator("三公经费（实际）", "amount", ("“三公”经费实际支出数", "三公经费实际支出数", "“三公”经费实际支出", "实际支出为"),
              ("三公经费", "三公"), requires=("三公",), higher_is_better=False),
    Indicator("三公经费（预算）", "amount", ("预算安排的“三公”经费数", "预算安排三公经费数为", "“三公”经费预算数为"),
              ("三公经费预算", "三公预算"), requires=("三公",), higher_is_better=False),
    Indicator("自评得分", "score", ("自评分数为", "自评得分为", "评价得分为", "得分为"),
              ("自评得分", "自评分", "得分", "分数", "打分", "评分"), excludes=("指标满分", "级指标")),
    Indicator("自评等级", "grade", ("总体评价等级为", "自评等级为", "自评结论："), ("自评等级", "评价等级", "自评结论", "等级", "结论")),
    Indicator("12345热线工单数", "count", ("派发电子工单", "督办工单", "转办工单", "受理工单", "工单"),
              ("工单", "热线工单"), requires=("12345",)),
    Indicator("12345热线满意率", "rate", ("群众满意率为", "群众满意率达", "满意率为", "满意率达", "满意率"),
              ("12345满意率", "热线满意率", "满意率", "满不满意", "满意"), requires=("12345", "热线")),
    Indicator("群众满意度（满意度调查）", "rate", ("群众满意度为", "满意度为"), ("满意度", "满意度调查", "群众满意度"),
              excludes=("12345", "热线")),
    Indicator("支出完成率", "rate", ("支出完成率", "支出实现率", "执行率"), ("支出完成率", "执行率", "完成率", "实现率"),
              excludes=("数字政府", "专项", "经费支出", "剔除")),
)

_MODIFIER_END = re.compile(r"[\u4e00-\u9fff](?<![年的为总及和与中是其际])")  # 基本|支出, but 总|支出
_CONNECTOR = re.compile(r"^(?:完成|达到|为|是|达|：|:|共|约|超|计|了|至|到)*\s*")


def by_name(name: str) -> Indicator | None:
    return next((i for i in INDICATORS if i.name == name), None)


def indicator_for(question: str) -> Indicator | None:
    """The indicator a question asks about, by the longest wording it uses."""
    best: tuple[int, Indicator] | None = None
    asked = question.replace("“", "").replace("”", "")
    for indicator in INDICATORS:
        for word in indicator.asked + indicator.labels:
            word = word.replace("“", "").replace("”", "")
            if word and word in asked and _stands_alone(word, asked):
                if indicator.requires and not any(r in question for r in indicator.requires) and "12345" in indicator.name:
                    continue  # 满意率 without 12345/热线 is not the hotline's
                if best is None or len(word) > best[0]:
                    best = (len(word), indicator)
    return best[1] if best else None


def ends_word(text: str, at: int) -> bool:
    """Whether the money word at `at` ends a longer label: "支出" in "基本支出", not in "，支出为"
    or "实际支出" (a modifier such as 实际 or 总 keeps it the same thing)."""
    return any(text.startswith(w, at) for w in GENERIC_LABELS) and bool(_MODIFIER_END.match(text[at - 1 : at]))


def _stands_alone(word: str, text: str) -> bool:
    """A money word counts only where it is not the end of a longer label ("日常公用支出")."""
    return any(not ends_word(text, m.start()) for m in re.finditer(re.escape(word), text))


def connector_length(text: str) -> int:
    """Length of the connecting words between a label and its figure ("为", "达", "：")."""
    m = _CONNECTOR.match(text)
    return m.end() if m else 0
