"""Organisation names in text: a run of characters ending in one of the suffixes of
data/organisations.toml (局, 委员会, 中心, 法院, 中学, 人民政府, 剧团…), with no character that only a
sentence holds, and not ending in a word that merely ends like one (大厅, 网站)."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from importlib import resources
from typing import Any

from app.core.headings import marker_end

_HAN = "\u4e00-\u9fa5"
_SEAL = re.compile(r"[（(]\s*(?:公章|盖章|章)\s*[）)]")


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    """data/organisations.toml, checked for the keys the readers use."""
    text = resources.files("app.core").joinpath("data/organisations.toml").read_text("utf-8")
    loaded = tomllib.loads(text)
    for key in ("suffixes", "not_names", "not_endings", "forbidden", "forbidden_inside", "self_references", "fields", "partners",
                "payees", "branches", "renamed", "short_kinds", "named_by_place", "demonstratives", "under_words",
                "inner_words", "own_offices", "said_short", "field_listed", "section_ends", "section_doings"):
        if key not in loaded:
            raise ValueError(f"app/core/data/organisations.toml: {key} is missing")
    return loaded


@lru_cache(maxsize=1)
def self_references() -> tuple[str, ...]:
    """Every way a report names its own organisation ("我局", "本单位"), whatever kind it is."""
    return tuple(w for refs in data()["self_references"].values() for w in refs)


def kinds_spoken_as(text: str) -> tuple[str, ...]:
    """The kinds of organisation a text speaks as ("我中心…": 中心; "本校": 校 and 学), but not a mere
    单位 or 部门."""
    return tuple(suffix for suffix, refs in data()["self_references"].items()
                 if suffix and any(ref in text for ref in refs))


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The name pattern, and the endings that make no name: a not-name before a suffix
    (会议中心, 领导小组办公室) and the not-endings (大厅, 格局)."""
    orgs = data()
    suffixes = _alt(orgs["suffixes"])
    forbidden = re.escape(orgs["forbidden"])
    # (but a place's name holds one where it does: 于都县, 从化区, 将乐县, 即墨区)
    named = _alt([*_places_holding(orgs["forbidden"]), *orgs["forbidden_inside"]]) or "(?!)"
    name = rf"(?:{named}|(?![{forbidden}])[{_HAN}（）()]){{0,24}}?"
    # a name ends at its last suffix: not before another, nor before a branch's ("…生态环境局城区分局")
    branches = _alt(orgs["branches"])
    # (nor before a town's own government under it: "…城区人民政府西上庄街道办事处")
    sub_units = _alt(orgs["sub_units"])
    # (nor inside a longer one: 委 of "政协灵璧县委员会办公室")
    pattern = re.compile(rf"{name}(?:{suffixes})(?![{_HAN}]?(?:{suffixes})|[{_HAN}]{{1,4}}(?:{branches})"
                         rf"|[{_HAN}]{{2,6}}(?:{sub_units})|(?<=委)员会)")
    not_names = tuple(w + s for w in orgs["not_names"] for s in orgs["suffixes"])
    return pattern, not_names + tuple(orgs["not_endings"])


_PLACED = re.compile(r"[\u4e00-\u9fff]{0,6}?[省市县区旗州镇乡]")  # a name opening with its place ("霍山县…", "区…")
_LEVEL_ENDS = ("县", "区", "市", "旗")  # what a place's short name ("于都") leaves off


def _places_holding(characters: str) -> list[str]:
    """The places' names (and their short forms, "于都" of 于都县) that hold one of the characters."""
    rows = json.loads(resources.files("app.core").joinpath("data/regions.json").read_text("utf-8"))["places"]
    names = {name for _, name, _ in rows if set(name) & set(characters) and re.fullmatch(f"[{_HAN}]{{2,6}}", name)}
    return sorted(names | {n[:-1] for n in names if n.endswith(_LEVEL_ENDS) and len(n) > 2 and set(n[:-1]) & set(characters)})


def clean_org(value: str) -> str:
    """A name without its seal mark and a trailing 本级."""
    return re.sub(r"本级$", "", _SEAL.sub("", value).strip(" ：:|"))


def org_at(text: str, pos: int, shortest: int = 3) -> str:
    """The organisation's name that text holds at pos, or "" (a name shorter than `shortest` too: "法院"
    names a kind, not an organisation)."""
    pattern, no_name = _pattern()
    m = pattern.match(text, pos)
    if not m:
        return ""
    if any(text.startswith(w, m.end() - 1) for w in data()["suffix_words"]):
        # "…项目委托第三方": 委 opens 委托, and ends a name only where one ends before it ("科技局委托")
        m = pattern.match(text[: m.end() - 1], pos)
        if not m:
            return ""
    if any(text.startswith(w, pos - k) for w in data()["leading_words"] for k in range(1, min(len(w), pos + 1))):
        return ""  # "委托西藏天衡工程造价咨询有限公司": a name starts after a verb, never inside it (no "托西藏…")
    pointing = data()["demonstratives"]
    if any(w in m.group() or any(pos >= k and text.startswith(w, pos - k) for k in range(1, len(w))) for w in pointing):
        return ""  # "湖州那个中学": a name starts after the words pointing at it
    name = clean_org(m.group())
    if name.endswith(no_name):
        return ""
    if name in data()["before_place"] and (branch := org_at(text, m.end(), shortest)):
        return name + branch  # "国家税务总局" of "国家税务总局重庆市綦江区税务局": the body's word, then its office
    return name if len(name) >= shortest else ""


_KIND_WORDS = ("中心", "人民", "第一", "第二", "第三")  # said of many: "中心卫生院", "人民医院", "第一中学"


def pointed_at(text: str, pos: int) -> tuple[str, str]:
    """The words pointing from pos and the kind of organisation they point at ("那个", "中学"), or
    ("", "")."""
    word = next((w for w in data()["demonstratives"] if text.startswith(w, pos)), "")
    kind = org_at(text, pos + len(word), shortest=2) if word else ""
    return (word, kind) if kind else ("", "")


def kind_pointed_at(text: str) -> str:
    """The kind of organisation a text points at with no name ("该档案馆", "这个法院"), or ""."""
    return next((kind for i in range(len(text)) if (kind := pointed_at(text, i)[1])), "")


def own_words(name: str) -> str:
    """What an organisation's name says before the words of its kind: "夏茂" of 夏茂中心小学, "武侯镇" of
    武侯镇中心卫生院, "" of 中心卫生院 (a name of its kind only, which many bear)."""
    suffixes = sorted(data()["suffixes"], key=len, reverse=True)
    rest = name
    while cut := next((w for w in suffixes if rest.endswith(w) and len(rest) > len(w)), "") \
            or next((w for w in _KIND_WORDS if rest.endswith(w)), ""):
        rest = rest[: -len(cut)]
    return rest


def names_in(text: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """The organisations' names text holds, left to right, each where it starts (the longest name a
    place opens, then on after it), read up to limit characters."""
    i, end = 0, len(text) if limit is None else min(len(text), limit)
    while i < end:
        if name := org_at(text, i):
            yield i, name
            i += len(name)
        else:
            i += 1


def sections_in(text: str) -> list[tuple[int, str]]:
    """The sections of organisations text names, each right after its organisation's name ("…民政局计划财务科牵头":
    计划财务科), where each starts."""
    out = []
    for at, name in names_in(text):
        if (m := _section_pattern().match(text, at + len(name))) and not _forbidden().search(m.group()):
            out.append((m.start(), m.group()))
    # and right after the organisation as it speaks of itself ("由局财务审计处牵头", "我局办公室负责")
    for said in _said_by_itself().finditer(text):
        if (m := _section_pattern().match(text, said.end())) and not _forbidden().search(m.group()) \
                and not any(start <= m.start() < start + len(section) for start, section in out):
            out.append((m.start(), m.group()))
    # and opening a clause, doing what it does ("，财务审计股牵头组织自评")
    for m in _section_doing().finditer(text):
        if not _forbidden().search(m.group(1)) and not any(start <= m.start(1) < start + len(section) for start, section in out):
            out.append((m.start(1), m.group(1)))
    return sorted(out)


@lru_cache(maxsize=1)
def _section_doing() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[，,。；;：:\n由]))([\u4e00-\u9fff]{{2,8}}?(?:{_alt(data()['section_ends'])}))"
                      rf"(?={_alt(data()['section_doings'])})")


@lru_cache(maxsize=1)
def _said_by_itself() -> re.Pattern[str]:
    kinds = [kind for kind in data()["self_references"] if kind]
    return re.compile(f"{_alt(list(self_references()))}|(?<=由)(?:{_alt(kinds)})")


@lru_cache(maxsize=1)
def _forbidden() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(data()['forbidden'])}]")  # a character no organisation's name holds


@lru_cache(maxsize=1)
def _section_pattern() -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{_alt(data()['section_ends'])})(?![长员])")  # (not "科长")


def is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def abbreviates_unordered(short: str, long: str) -> bool:
    """Whether a short name is the long one's, its words' characters in another order ("文体广旅局" of
    文化广电体育和旅游局, "文广旅体局"): the same last character, and three or more before it, each one of the long
    name's, no two the same."""
    stem, whole = short[:-1], long[:-1]
    return bool(short) and short[-1:] == long[-1:] and len(stem) >= _UNORDERED_SHORTEST and len(set(stem)) == len(stem) \
        and len(stem) < len(whole) and all(ch in whole for ch in stem)


_UNORDERED_SHORTEST = 3  # characters a short name in another order keeps before its last, at the fewest


def without_leading_verb(name: str) -> str:
    """A name read after a verb, without it: "会同自治区财政厅" → 自治区财政厅."""
    for word in sorted(data().get("leading_words", []), key=len, reverse=True):
        if name.startswith(word) and len(name) - len(word) >= 3:
            return name[len(word):]
    return name


@lru_cache(maxsize=1)
def _renamed() -> dict[str, int]:
    return {name: i for i, names in enumerate(data()["renamed"]) for name in names}


def renamed_alike(one: str, other: str) -> bool:
    """Whether two organisation names (without their place) are one body's old and new names
    ("扶贫办" and "乡村振兴局", "卫健委" and "卫生健康局")."""
    group = _renamed().get(one)
    return group is not None and group == _renamed().get(other)


def is_payee(name: str) -> bool:
    """Whether an organisation is one a project pays (a 合作社, a company), not one that reports."""
    return name.endswith(tuple(data()["payees"]))


def names_a_unit(heading: str) -> bool:
    """Whether a heading or a numbered sentence names one unit of a department and nothing else: an
    organisation ("（二）区疾病预防控制中心。", "（一）霍山县水利工程管理站") or the department's own office
    ("（一）机关本级"). What is said under it is that unit's."""
    rest = heading[marker_end(heading) :].strip().rstrip("。：:")
    if rest.endswith(tuple(data()["own_offices"])):
        return True
    if len(rest) < 3 or org_at(rest, 0) != rest:
        return False
    # a suffix of one character ends a unit's name only after its place ("霍山县水利工程管理站", "区妇幼保健院"): "医保
    # 经办" is a heading of work, no office
    suffix = max((s for s in data()["suffixes"] if rest.endswith(s)), key=len, default="")
    return len(suffix) > 1 or bool(_PLACED.match(rest))


def in_full(text: str, names: Iterable[str]) -> str:
    """Text with a government named short after its place written in full where that is one of names, the
    organisations known ("大瑶镇政府" → 大瑶镇人民政府 of a library holding 浏阳市大瑶镇人民政府's report; not "南和县政府投资
    项目", a kind of project, where no report is the county government's)."""
    names = tuple(names)
    for short, full in data()["said_short"].items():
        # (政府性基金: a fund, no government)
        pattern = re.compile(f"([\u4e00-\u9fff]{{1,8}}?[镇乡县区市旗州])(?<!{re.escape(full[: -len(short)])}){re.escape(short)}(?!性)")
        text = pattern.sub(partial(_written_in_full, short=short, full=full, names=names), text)
    return text


def _written_in_full(m: re.Match[str], short: str, full: str, names: tuple[str, ...]) -> str:
    """The place and its government's name in full when one of names ends so, else as written short."""
    place = m.group(1)
    named = any(name.endswith(place[k:] + full) for k in range(len(place) - 1) for name in names)
    return place + (full if named else short)
