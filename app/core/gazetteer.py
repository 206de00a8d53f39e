"""Place names of China, provinces to counties, with the units the national table misses.

The table (data/regions.json) is built from maintained adcode data by scripts/build_regions.py:
every province, prefecture-level city and county (with names since changed, as "former"), and a
fold of the traditional characters of those names, so 邵陽市 and 石峰區 are found as 邵阳市 and
石峰区. A place is found by its full name or its short form ("惠东" for 惠东县, "围场" or "围场县" for
围场满族蒙古族自治县, "甘孜州" for 甘孜藏族自治州); a short form only where it names one place in the
table and is not an ordinary word (data/places.toml and the table's word_like_short), and not
where the character before it makes a word with its first one (金安 in 资金安排: the table's
straddle_left, from jieba's dictionary) or the one after it with its last (和安 in 和安全性); so too a two-character name (成县 in 完成县级).

Units the table does not hold are read by pattern (data/places.toml [units]): towns, townships,
街道 and 苏木 after a known place ("兴庆区月牙湖乡"), and zones (新区, 开发区, 高新区, 科学城…) after
a known place or standing alone ("城陵矶新港区"), and the corps' divisions (兵团第八师).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from app.core.numbers import numeral_digits
from app.core.organisations import data as organisation_data
from app.core.organisations import self_references
from app.core.tokenize import dictionary_words, is_word, splits_word
from app.vocab.lexicon import WEAK_WORDS

_SUFFIXES = ("特别行政区", "自治县", "自治州", "自治旗", "地区", "新区", "林区", "省", "市", "县", "区", "盟", "旗")
_HAN = "\u4e00-\u9fa5"
_ORG_REST = 3  # an organisation's name runs at least this far past the place that opens it (职业技术学院, 气象局)
_BRANCH_REACH = 14  # characters from the city's name to the branch's district, in one organisation's name
_REGIMENT_DIGITS = "0123456789零〇一二两三四五六七八九十百"
_WORD_AFTER_UNIT = re.compile("[村镇级域长区内外]")  # what makes a unit's suffix part of a word ("乡村", "镇级", "街道办")
LEVELS = {"province": 0, "city": 1, "county": 2, "town": 3, "zone": 3}


@dataclass(frozen=True)
class Place:
    name: str  # official full name, e.g. "惠东县"
    kind: str  # province / city / county / town / zone
    parent: str  # the unit above: a county's city (its province when no city), a city's province, a town's county
    province: str = ""  # the province it lies in ("" for a province itself)
    city: str = ""  # the prefecture-level city it lies in ("" for a province, a city, or a county under its province)
    former: bool = False  # a name since changed or abolished

    @property
    def short(self) -> str:
        return short_name(self.name)


@dataclass(frozen=True)
class Mention:
    place: Place
    start: int
    end: int
    text: str


def short_name(name: str) -> str:
    """"惠东县" → "惠东", "围场满族蒙古族自治县" → "围场"; names whose stem would be one character
    keep their suffix."""
    if m := _ethnic().match(name):
        return m.group(1)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@lru_cache(maxsize=1)
def _ethnic() -> re.Pattern[str]:
    """An autonomous unit's name: its own name, the peoples it is named after, its level (a region's
    people may go without 族: 新疆维吾尔自治区; so may a people of two characters or more: 伊犁哈萨克自治州,
    巴音郭楞蒙古自治州)."""
    groups = sorted(_rules()["ethnic_groups"], key=len, reverse=True)
    peoples = "|".join(map(re.escape, groups))
    long = "|".join(re.escape(g) for g in groups if len(g) > 1)
    return re.compile(rf"^(.{{2,}}?)(?:(?:(?:{peoples})族|(?:{long}))+(?:自治县|自治州|自治旗)|(?:(?:{peoples})族?)*自治区)$")


@lru_cache(maxsize=1)
def _peoples() -> re.Pattern[str]:
    groups = sorted(_rules()["ethnic_groups"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, groups))})族")


def without_peoples(name: str) -> str:
    """A name without the peoples it names ("八腊瑶族乡" → 八腊乡), as it is said short."""
    return _peoples().sub("", name)


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    data = tomllib.loads(resources.files("app.core").joinpath("data/places.toml").read_text("utf-8"))
    for key in ("ambiguous_short", "ethnic_groups", "generic_stems", "standalone_levels", "suffix_words",
                "word_names", "features", "feature_words", "feature_contexts"):
        if not isinstance(data.get(key), list) or not all(isinstance(w, str) and w for w in data[key]):
            raise ValueError(f"app/core/data/places.toml: {key} must be a list of words")
    if not isinstance(data.get("corps_cities"), dict):
        raise ValueError("app/core/data/places.toml: corps_cities must map divisions to cities")
    called = data.get("also_called")
    if not isinstance(called, dict) or not all(isinstance(v, list) and all(isinstance(w, str) and len(w) >= 2 for w in v)
                                               for v in called.values()):
        raise ValueError("app/core/data/places.toml: also_called must map full names to lists of short forms")
    return data


_LEVEL_PAYS = frozenset(f"{level}级" for level in "省市县区州旗盟")


def names_a_payer(text: str, end: int) -> bool:
    """Whether the place named up to `end` says with its last character the level that pays ("盐城市级资金": 市级)."""
    return text[end - 1 : end + 1] in _LEVEL_PAYS


@lru_cache(maxsize=1)
def place_endings() -> tuple[str, ...]:
    """What a place's name ends in, longest first: its level (县, 旗), a town's unit (苏木, 街道) or a
    zone's (高新技术产业开发区)."""
    data = _rules()
    units = data["units"]
    return tuple(sorted({*data["standalone_levels"], *units["town"], *units["zone"]}, key=len, reverse=True))


class Gazetteer:
    """Finds place names (full or short form) in text, longest match first."""

    def __init__(self, places: list[Place], fold: dict[str, str] | None = None,
                 blocked: frozenset[str] = frozenset(), straddle: dict[str, str] | None = None,
                 straddle_right: dict[str, str] | None = None, preferred: frozenset[str] = frozenset()):
        self.places: dict[str, Place] = {}
        self.same_name: dict[str, list[Place]] = {}
        for place in places:
            self.places.setdefault(place.name, place)
            self.same_name.setdefault(place.name, []).append(place)
        self._fold = str.maketrans(fold or {})
        self._foldmap = dict(fold or {})
        self._blocked = blocked
        rules = _rules()
        blocked_short = set(rules["ambiguous_short"]) | set(blocked)
        self._by_form: dict[str, Place] = {name: ps[0] for name, ps in self.same_name.items()}
        shorts: dict[str, list[Place]] = {}
        for place in self.all_places():
            for form in _short_forms(place):
                shorts.setdefault(form, []).append(place)
        self._preferred = preferred
        self._shorts = shorts  # every short form, those several places share or that are words too
        for form, named in shorts.items():
            # a short form several places share ("邵阳": 邵阳市, 邵阳县) is the one the library has reports of
            # ("朝阳": 朝阳区 of the library, whichever of the two 朝阳区 it is, not 朝阳市 or 朝阳县)
            if len({p.name for p in named}) == 1 and any(p.kind == "province" for p in named):
                named = [p for p in named if p.kind == "province"]  # "重庆": the municipality, province and city
            mine = [p for p in named if p.name in preferred]
            if len(named) > 1 and len({p.name for p in mine}) == 1:
                named = mine[:1]
            if len(named) == 1 and form not in blocked_short and form not in self._by_form and len(form) >= 2:
                self._by_form[form] = named[0]
        # a short form that keeps its level (长白县, 甘孜州) is read as a full name is
        self._short = {form for form in self._by_form
                       if (form not in self.same_name and not _KEEPS_LEVEL.search(form)) or len(form) == 2}
        self._straddle = straddle or {}
        self._straddle_right = straddle_right or {}
        self._lengths: dict[str, list[int]] = {}
        for form in self._by_form:
            self._lengths.setdefault(form[0], []).append(len(form))
        for first, lengths in self._lengths.items():
            self._lengths[first] = sorted(set(lengths), reverse=True)
        units = rules["units"]
        self._unit_kind = {s: "town" for s in units["town"]} | {s: "zone" for s in units["zone"]}
        suffixes = "|".join(map(re.escape, sorted(self._unit_kind, key=len, reverse=True)))
        # a unit's own name: 2-6 characters, none of them a function word, not followed by what
        # makes the suffix part of a word ("乡村", "镇级", "街道办")
        self._unit = re.compile(rf"([{_HAN}]{{2,6}}?)({suffixes})(?!{_WORD_AFTER_UNIT.pattern})")
        self._zone_alone = re.compile(rf"([{_HAN}]{{2,6}}?)({'|'.join(map(re.escape, sorted(units['zone_alone'], key=len, reverse=True)))})")
        self._town_after = re.compile("|".join(map(re.escape, sorted(units["town"], key=len, reverse=True))))
        self._town_ends = frozenset(s for s in units["town"] if len(s) == 1)  # 镇, 乡
        # a street's own name and its unit after it ("富宁街街道", "城南路社区")
        self._street_after = re.compile(f"[{''.join(units['street_parts'])}]?[{''.join(units['street_ends'])}]"
                                        f"(?:{'|'.join(map(re.escape, units['street_units']))})")
        # a corps division ("兵团第八师"), and a regiment of one ("第八师一四三团"), with or without 兵团
        self._corps = re.compile(r"(?:新疆生产建设)?兵团第[一二三四五六七八九十]{1,3}师(?:[一二三四五六七八九十百零〇]{1,4}团)?"
                                 r"|第[一二三四五六七八九十]{1,3}师[一二三四五六七八九十百零〇]{1,4}团")
        self._generic = tuple(rules["generic_stems"])
        self._word_names = frozenset(rules["word_names"])
        self._features = tuple(rules["features"])
        self._feature_words = tuple(rules["feature_words"])
        self._feature_contexts = tuple(rules["feature_contexts"])
        self._self_refs = self_references()
        self._suffix_words = tuple(rules["suffix_words"])
        local = sorted((*units["town"], *units["village"]), key=len, reverse=True)
        self._local = re.compile(rf"(?:{'|'.join(map(re.escape, local))})(?!{_WORD_AFTER_UNIT.pattern})")
        self._not_local = frozenset(units["not_local"])
        self._not_local_after = tuple(units["not_local_after"])
        self._villages = frozenset(units["village"])

    def child_named(self, parent: str, form: str) -> Place | None:
        """The place in parent that form names, by its name or its short form, the current one first
        ("凤翔" in 宝鸡市: 凤翔区, not the former 凤翔县); None when none does."""
        named = [p for p in (*self.same_name.get(form, ()), *self._shorts.get(form, ())) if p.parent == parent]
        return min(named, key=lambda p: p.former, default=None)

    def add(self, place: Place) -> Gazetteer:
        """A gazetteer that also knows place (e.g. a report's region missing from the data file)."""
        if place.name in self.places:
            return self
        return Gazetteer([*self.all_places(), place], self._foldmap, self._blocked, self._straddle,
                         self._straddle_right, self._preferred)

    def prefer(self, names: frozenset[str]) -> Gazetteer:
        """A gazetteer that reads a short form several places share as the one of these places."""
        if not names - self._preferred:
            return self
        return Gazetteer(self.all_places(), self._foldmap, self._blocked, self._straddle, self._straddle_right,
                         self._preferred | names)

    def all_places(self) -> list[Place]:
        return [p for ps in self.same_name.values() for p in ps]

    def get(self, name: str) -> Place | None:
        name = self.fold(name)
        return self.places.get(name) or self._by_form.get(name)

    def fold(self, text: str) -> str:
        """text with the traditional characters of place names as simplified, and a corps regiment's number in
        figures as it is named ("185团" → 一八五团, digit by digit), length kept."""
        return _REGIMENT_IN_FIGURES.sub(_regiment_named, text.translate(self._fold))

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions of table places in order of appearance; a name several places
        share (朝阳区) resolved by the place written just before it (长春市朝阳区)."""
        folded = self.fold(text)
        out: list[Mention] = []
        i, n = 0, len(folded)
        while i < n:
            for length in self._lengths.get(folded[i], ()):
                form = folded[i : i + length]
                if len(form) == length and form in self._by_form and not self._straddles(folded, form, i):
                    before = out[-1] if out and out[-1].end == i else None
                    if form in self._word_names and not self._under(form, before):
                        # "城区雨污分流": the word, unless its city stands before it, or names a branch of
                        # an organisation of its city ("晋城市生态环境局城区分局")
                        before = self._branch_of(folded, i + length, form, out)
                        if before is None:
                            continue
                    place = self._resolve(form, before)
                    if self._shares_last_character(folded, i + length - 1, place):
                        length -= 1  # "内江市中区": 内江 and its 市中区, not 内江市 and a word 中区
                    out.append(Mention(place, i, i + length, text[i : i + length]))
                    i += length
                    break
            else:
                if out and out[-1].end == i and (under := self._short_under(folded, i, out[-1].place)):
                    out.append(Mention(under[0], i, i + under[1], text[i : i + under[1]]))
                    i += under[1]
                elif over := self._short_over(folded, i):
                    out.append(Mention(over[0], i, i + over[1], text[i : i + over[1]]))
                    i += over[1]
                else:
                    i += 1
        return out

    def _shares_last_character(self, folded: str, at: int, place: Place) -> bool:
        """Whether a place of the mentioned one begins with its name's last character ("内江市中区":
        市中区 of 内江市), so that the name is written short before it."""
        for length in self._lengths.get(folded[at], ()):
            form = folded[at : at + length]
            if len(form) == length and form in self._by_form and length > 1 and any(
                    place.name in (p.parent, p.city) for p in self.same_name.get(self._by_form[form].name, [])):
                return True
        return False

    def _short_over(self, folded: str, i: int) -> tuple[Place, int] | None:
        """A short form several places share (西安: 西安市, and 西安区 of two cities) that names the one of
        them a place written right after it lies in ("西安长安区": 西安市), with its length."""
        for length in (3, 2):
            named = self._shorts.get(folded[i : i + length], [])
            if len(named) < 2:
                continue
            nxt = i + length
            below = [p for k in self._lengths.get(folded[nxt : nxt + 1], ()) if (form := folded[nxt : nxt + k]) in self._by_form
                     for p in self.same_name.get(self._by_form[form].name, [self._by_form[form]])]
            over = {p.name: p for p in named if any(p.name in (b.parent, b.city, b.province) for b in below)}
            if len(over) == 1:
                return next(iter(over.values())), length
        return None

    def _short_under(self, folded: str, i: int, above: Place) -> tuple[Place, int] | None:
        """A short form read alone as no place (a word, or a name several places share: 鼓楼, 铁西)
        that names the one place of the name in the city or province written right before it ("福州鼓楼":
        福州市鼓楼区), with its length."""
        for length in (3, 2):
            named = [p for p in self._shorts.get(folded[i : i + length], [])
                     if above.name in (p.parent, p.city, p.province)]
            if len(named) == 1:
                return named[0], length
        return None

    def _straddles(self, folded: str, form: str, i: int) -> bool:
        """Whether a short form at i is half of a word on either side (资金安排, 和安全性; 新建水塔 as
        jieba's dictionary reads it), or the name of a town (金牛 in 宾川县金牛镇 is no 金牛区)."""
        end = i + len(form)
        if i and form.endswith("团") and folded[i - 1] in _REGIMENT_DIGITS:
            return True  # 四十四团 of 一百四十四团, 44团 of 144团
        if form not in self._short:
            stem = short_name(form)
            if stem != form and is_word(stem) and folded.endswith(self._self_refs, 0, i):
                return True  # "我局会同县财政局": with the county's 财政局, not 会同县's
            # "朝阳市场监管局": the 市 of 市场 ends no city's name, when a shorter name stands there (朝阳)
            return any(folded.startswith(w, end - 1) for w in self._suffix_words) \
                and any(folded[i : i + k] in self._by_form for k in self._lengths.get(folded[i], ()) if k < len(form))

        if (town := self._town_after.match(folded, end)) and not _WORD_AFTER_UNIT.match(folded, town.end()):
            return True  # 金牛 of 金牛镇; not 营山 of 营山乡村振兴局 (乡村 is a word)
        if self._street_after.match(folded, end):
            return True  # 富宁 of "富宁街街道", "富宁路社区": a street's name, no mention of 富宁县
        if form[-1] in self._town_ends and form != self._by_form[form].name and i \
                and re.match(f"[{_HAN}]", folded[i - 1]) and folded[i - 1] not in _BEFORE_A_PLACE \
                and not any(folded[max(0, i - k) : i] in self._by_form for k in range(2, 7)):
            return True  # 丰镇 of "于都县禾丰镇": a town whose name ends as a city's short form does
        if form.endswith(self._features) and form != self._by_form[form].name and i \
                and re.match(f"[{_HAN}]", folded[i - 1]) and folded[i - 1] not in _BEFORE_A_PLACE | _GOING_TO \
                and folded.startswith(self._feature_contexts, end) \
                and not any(folded[max(0, i - k) : i] in self._by_form for k in range(2, 7)):
            return True  # "浦阳江沿线": a river whose name ends as 阳江's short form does, no mention of 阳江市
        if folded.startswith(self._features, end) and len(dictionary_words(folded[end : end + 4])[0]) == 1:
            return True  # "锦屏山一带": a mountain named after 锦屏, no mention of 锦屏县 (河道 of "贵阳河道" is a word)
        if folded.startswith(self._feature_words, end):
            return True  # "白水水库": a reservoir named after 白水, no mention of 白水县
        return bool((i and folded[i - 1] in self._straddle.get(form, ""))
                    or (end < len(folded) and folded[end] in self._straddle_right.get(form, "")
                        and not self._word_after(folded, end))
                    or (splits_word(folded, i, end) and not _opens_organisation(folded, i, form)))

    @staticmethod
    def _word_after(folded: str, end: int) -> bool:
        """Whether an organisation's word follows a name ("秭归公安局": 公安局, though 归公 is a word too)."""
        word = dictionary_words(folded[end : end + 6])[0] if end < len(folded) else ""
        return len(word) > 1 and (word.endswith(tuple(organisation_data()["suffixes"])) or word in organisation_data()["short_kinds"])

    def _branch_of(self, folded: str, end: int, form: str, found: list[Mention]) -> Mention | None:
        """The mention of the city a branch named after one of its districts belongs to ("晋城市生态环境局
        城区分局": 晋城市), when the name goes on with a branch's word; None else."""
        if not folded.startswith(tuple(organisation_data()["branches"]), end) or not found:
            return None
        return found[-1] if self._under(form, found[-1]) and end - found[-1].end <= _BRANCH_REACH else None

    def _under(self, form: str, before: Mention | None) -> bool:
        """Whether the place written right before a name is the city or province of a place of that
        name (阳泉市 of 城区)."""
        return before is not None and any(before.place.name in (p.parent, p.city, p.province)
                                          for p in self.same_name.get(self._by_form[form].name, []))

    def _resolve(self, form: str, before: Mention | None) -> Place:
        place = self._by_form[form]
        if place.former:
            # "沙县小吃" of 三明市沙县区: a county renamed in its city keeps its short name ("沙县" → 沙县区)
            place = next((p for p in self._shorts.get(short_name(place.name), ())
                          if not p.former and p.kind == place.kind and p.parent == place.parent), place)
        options = self.same_name.get(place.name, [place])
        if len(options) > 1 and before is not None:
            above = before.place.name
            for option in options:
                if above in (option.parent, option.city, option.province):
                    return option
        return place

    def find_units(self, text: str) -> list[Mention]:
        """Table places and the units they hold, in order: a town or zone written right after a
        known place ("月牙湖乡" in "兴庆区月牙湖乡") is a place of that place; a zone or a corps
        division may also stand alone."""
        mentions = self.find(text)
        folded = self.fold(text)
        out: list[Mention] = []
        for k, m in enumerate(mentions):
            out.append(m)
            nxt = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
            unit = self._unit.match(folded, m.end, nxt)
            if unit and self._named(unit.group(1)):
                out.append(Mention(self._unit_place(unit.group(1) + unit.group(2), unit.group(2), m.place),
                                   unit.start(), unit.end(), text[unit.start() : unit.end()]))
        for pattern in (self._zone_alone, self._corps):
            for z in pattern.finditer(folded):
                if any(o.start < z.end() and z.start() < o.end for o in out):
                    continue
                stem = z.group(1) if pattern is self._zone_alone else "兵团"
                if pattern is self._zone_alone and not self._named(stem, alone=True):
                    continue
                name = z.group()
                if pattern is self._corps and name.endswith("团"):
                    name = re.sub(r"^(?:新疆生产建设)?兵团", "", name)  # a regiment by its own name
                out.append(Mention(Place(name, "zone", ""), z.start(), z.end(), text[z.start() : z.end()]))
        return sorted(out, key=lambda m: m.start)

    def corps_in(self, text: str) -> list[Mention]:
        """The corps' divisions and regiments a text names, each by its own name ("兵团第七师一二七团"
        → 第七师一二七团; "新疆生产建设兵团第八师" kept whole, a division alone)."""
        out = []
        for z in self._corps.finditer(self.fold(text)):
            name = z.group() if "团" not in z.group()[-1:] else re.sub(r"^(?:新疆生产建设)?兵团", "", z.group())
            out.append(Mention(Place(name, "zone", ""), z.start(), z.end(), text[z.start() : z.end()]))
        return out

    def local_names(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, list[int]]]:
        """Where text may name a town or village that is no place of the table ("洋县桑溪镇",
        "2022年南门峡镇", "茶山村道路硬化"): each unit suffix outside the taken spans, with the starts its
        name may have (2-4 characters before it, no known place, generic or function word inside),
        nearest first."""
        folded = self.fold(text)
        out = []
        ends: set[int] | None = None
        place_ends: set[int] | None = None
        for m in self._local.finditer(folded):
            at, end = m.start(), m.end()
            if any(s < end and at < e for s, e in taken):
                continue
            if folded[at - 1 : end] in self._not_local:
                # "农村", "村镇建设" name no place; "清苑区魏村镇" does: a name of two right after a place
                place_ends = {p.end for p in self.find(text)} if place_ends is None else place_ends
                if at - 2 not in place_ends or not re.fullmatch(f"[{_HAN}]{{2}}", folded[at - 2 : at]) \
                        or not self._named(folded[at - 2 : at]):
                    continue
                out.append((at, end, [at - 2]))
                continue
            starts = [s for s in range(at - 2, max(-1, at - 5), -1)
                      if re.fullmatch(f"[{_HAN}]+", folded[s:at]) and self._named(folded[s:at])
                      and not self._cuts_generic(folded, s) and not any(s < e and b < at for b, e in taken)]
            if folded.startswith(self._not_local_after, at) and m.group() not in self._villages:
                continue  # "兴坪镇道路硬化": 镇道 (a town's road) may be what is said
            if folded.startswith(self._not_local_after, at):
                # "发展村集体经济" names no village; "林逢镇那拔村集体经济收入", "2022年那拔村集体…" do: a name
                # right after a place or a year
                place_ends = {p.end for p in self.find(text)} if place_ends is None else place_ends
                ends = place_ends | {u.end() for u in self._local.finditer(folded)} if ends is None else ends
                starts = [s for s in starts if (s in ends or folded[s - 1 : s] in _YEAR_END)
                          and not self._local.search(folded, s, at)]  # (no "兴坪镇村" of "兴坪镇村道硬化")
            if starts:
                out.append((at, end, starts))
        # a corps regiment by its number alone ("一八五团", and "185团" folded so): a unit of a town's rank
        for m in _REGIMENT_ALONE.finditer(folded):
            if not any(s < m.end() and m.start() < e for s, e in taken) and not any(a <= m.start() < e for a, e, _ in out):
                out.append((m.end() - 1, m.end(), [m.start()]))
        return sorted(out)

    def opening_place(self, text: str) -> str:
        """The town or village a sentence's part opens with ("林驮村依托芒果分拣中心…", after a caption's
        "分村情况："), else ""."""
        text = text[max(text.rfind(c) for c in "：:") + 1 :].lstrip()
        if text[:1] in _WHERE:
            return ""  # "在禄峒镇完成…": where it was done, not whose
        found = self.local_names(text, [])
        if not found or 0 not in found[0][2] or text[found[0][1] : found[0][1] + 1] in _PLACES_GO_ON:
            return ""  # (nor does a list of places, "禄峒镇、岳圩镇等乡镇完成…", say whose: where it was done)
        at, end, _ = found[0]
        # a village's or town's own name, of two or three characters ("全年在册社区矫正对象" opens with none), no verb
        # of doing ("举办“村BA”篮球赛…")
        return text[:end] if at <= _OPENING_STEM and text[at:end] in _OPENING_UNITS \
            and not text[:at].startswith(tuple(WEAK_WORDS)) else ""

    def names_a_place_of(self, text: str, asked: str) -> bool:
        """Whether text names a town or village that `asked` (a question) names too ("坪坝营镇新场村…" of
        "咸丰新场村黄金梨项目…")."""
        return any(text[s:end] in asked for _, end, starts in self.local_names(text, []) for s in starts)

    def _cuts_generic(self, folded: str, at: int) -> bool:
        """Whether a name starting at `at` would begin inside a generic word ("金中镇" of "帮扶资金中镇本级…")."""
        return any(folded.startswith(g, b) for g in self._generic for b in range(max(0, at - len(g) + 1), at))

    def _named(self, stem: str, alone: bool = False) -> bool:
        """Whether stem can be a unit's own name: no generic word, no function word (各 of "各乡镇", not of a
        "赵各庄镇"); standing alone, no place's name inside it either."""
        if stem.startswith(self._generic) or stem.endswith(self._generic) or re.search(r"[和与及的等个其该本我所辖]|各(?!庄)", stem) \
                or re.search(r"[哪几何谁]|什么|多少", stem):
            return False  # (nor a way of asking: "在哪些街道" names no 哪些街道)
        return not alone or not any(stem[i:j] in self._by_form for i in range(len(stem))
                                    for j in range(i + 2, len(stem) + 1))

    def _unit_place(self, name: str, suffix: str, above: Place) -> Place:
        kind = self._unit_kind.get(suffix, "zone")
        city = above.name if above.kind == "city" else above.city
        province = above.name if above.kind == "province" else above.province
        return Place(name, kind, above.name, province, city)


_YEAR_END = ("年",)
_PLACES_GO_ON = frozenset("、和及与等")
_WHERE = frozenset("在于向从经")  # before a place's name: where
_OPENING_STEM = 3  # the longest name of a village or town a sentence opens with, before its unit
_OPENING_UNITS = frozenset({"村", "嘎查", "镇", "乡", "苏木"})  # after a place's name: more places, where something was done  # "2022年那拔村…": a year said right before a name

# characters that may stand right before a place's short form without being part of its name: a
# year, a level, a preposition ("2023年丰镇", "在丰镇")
_BEFORE_A_PLACE = frozenset("年度省市县区州盟旗在于对从向由为是和与及的等各其该本我")
_GOING_TO = frozenset("赴到去至往经同")  # "赴佛山", "到湛江": a place, not a feature named after it


def _opens_organisation(folded: str, i: int, form: str) -> bool:
    """Whether the word at i is an organisation's full name the short form opens ("宁夏职业技术学院", a
    library's department read as one word): the place it is in, not half a word. A short word of the
    dictionary ("中山大学", not in 中山市) is no such name."""
    words = dictionary_words(folded[i : i + 16])
    return bool(words) and len(words[0]) >= len(form) + _ORG_REST and words[0].startswith(form) \
        and words[0].endswith(tuple(organisation_data()["suffixes"]))


_LEVEL_SAID = {"自治州": "州", "自治县": "县", "自治旗": "旗"}  # 甘孜州, 长白县 (长白朝鲜族自治县)
_KEEPS_LEVEL = re.compile(rf"[{''.join(_LEVEL_SAID.values())}]$")


# an Inner Mongolian banner by its wing and part, which it goes by with the first character of its name
_BANNER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(左翼|右翼|左|右)?([前中后])?旗")
# a corps regiment's own name ("第三师四十四团" → 四十四团): it goes by that alone, and by its number
_REGIMENT = re.compile(r"(?:新疆生产建设)?(?:兵团)?第[一二三四五六七八九十]{1,3}师([一二三四五六七八九十百零〇]{2,5})团")


_REGIMENT_IN_FIGURES = re.compile(r"(?<![\d.])\d{3}(?=团)")
# a regiment by its number alone, in words ("一八五团"), no division before it
_REGIMENT_ALONE = re.compile(r"(?<![一二三四五六七八九十百零〇\d])[一二三四五六七八九零〇]{3}团(?![结队员体委购建伙])")


def _regiment_named(m: re.Match[str]) -> str:
    return m.group().translate(_FIGURE_NAMES)


_FIGURE_NAMES = str.maketrans("0123456789", "〇一二三四五六七八九")


def corps_as_city(text: str) -> str:
    """text with each corps division that is one unit with a city said as that city ("兵团第八师水利局",
    "第八师石河子市水利局" → 石河子市水利局): a division said with 兵团, or with its city after it; a regiment of one
    ("第八师一四三团") kept, and so is any other 第…师 ("湖南第一师范学院")."""
    cities: dict[str, str] = _rules()["corps_cities"]

    def city(m: re.Match[str]) -> str:
        name = cities[m.group(2)]
        if text.startswith(name, m.end()):
            return ""  # (its city written after it already)
        return name if m.group(1) else m.group()

    return _division_pattern().sub(city, text) if cities else text


@lru_cache(maxsize=1)
def _division_pattern() -> re.Pattern[str]:
    names = "|".join(map(re.escape, sorted(_rules()["corps_cities"], key=len, reverse=True)))
    return re.compile(rf"((?:新疆生产建设)?兵团)?({names})(?![一二三四五六七八九十百零〇]{{1,4}}团|范)")


def _short_forms(place: Place) -> list[str]:
    short = place.short
    forms = [short] if short != place.name else []
    if (banner := _BANNER.fullmatch(place.name)) and (banner.group(2) or banner.group(3)):
        # 科尔沁左翼中旗 → 科左中旗, 土默特右旗 → 土右旗, 乌拉特前旗 → 乌前旗
        forms.append(banner.group(1)[0] + (banner.group(2) or "")[:1] + (banner.group(3) or "") + "旗")
    if regiment := _REGIMENT.fullmatch(place.name):
        forms += [regiment.group(1) + "团", numeral_digits(regiment.group(1)) + "团"]  # 四十四团, 44团
    for level, said in _LEVEL_SAID.items():
        if place.name.endswith(level) and short != place.name:
            forms.append(short + said)
    return forms + _rules()["also_called"].get(place.name, [])  # 巴州 of 巴音郭楞蒙古自治州


def _places(rows: list[list[Any]]) -> list[Place]:
    """Places from (adcode, name, former) rows, each with its province and city by code."""
    names: dict[str, str] = {str(code): name for code, name, former in rows if not former}
    out: list[Place] = []
    for code, name, former in sorted(rows, key=lambda r: (r[2], r[0])):
        code = str(code)
        province = names.get(code[:2] + "0" * 10, "")
        if code[2:] == "0" * 10:
            out.append(Place(name, "province", "", "", "", bool(former)))
        elif code[4:] == "0" * 8:
            out.append(Place(name, "city", province, province, "", bool(former)))
        else:
            city = names.get(code[:4] + "0" * 8, "")
            if city == province:  # a municipality: its districts lie in the city of the same name
                city = province
            out.append(Place(name, "county", city or province, province, city, bool(former)))
    return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    data = json.loads(resources.files("app.core").joinpath("data/regions.json").read_text("utf-8"))
    return Gazetteer(_places(data["places"]), data.get("traditional", {}),
                     frozenset(data.get("word_like_short", [])), data.get("straddle_left", {}),
                     data.get("straddle_right", {}))
