"""What the index covers: each report's region, department and year, and how questions name them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from app.core import literal
from app.core.gazetteer import (
    Gazetteer,
    Mention,
    Place,
    default_gazetteer,
    names_a_payer,
    without_peoples,
)
from app.core.organisations import (
    abbreviates_unordered,
    is_payee,
    is_subsequence,
    kinds_spoken_as,
    names_in,
    org_at,
    own_words,
    renamed_alike,
)
from app.core.organisations import data as organisation_data
from app.core.records import ReportMeta
from app.core.tokenize import words
from app.vocab.lexicon import SECTION_WORDS

_WORD_AFTER = 8  # characters read after a place's short form for the word that follows it
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_SECTION_WORDS = frozenset(SECTION_WORDS)  # words every report's title or heading has ("项目", "资金", "绩效")

_HAN = re.compile(r"[\u4e00-\u9fa5]")
_NAME_AFTER = "年的在和与及、对给向从于至到"  # "2022年南门峡镇", "在茶山村", "…至黄金峡镇": a name may start after these


_TOWN_LEVELS = ("镇", "乡", "街道", "苏木")  # a report's region of these is below the county


class LocalPlace(NamedTuple):
    """A town or village a question names ("威远镇"), where, and the reports in scope whose text names it."""

    name: str
    start: int
    end: int
    docs: tuple[str, ...]


@dataclass(frozen=True)
class CatalogEntry:
    doc_id: str
    meta: ReportMeta
    source: str


class Catalog:
    """Reports by region, and the gazetteer extended with every report's region."""

    def __init__(self, entries: list[CatalogEntry], gazetteer: Gazetteer | None = None,
                 text_of: Callable[[str], str] | None = None):
        self.entries = {e.doc_id: e for e in entries}
        self._text_of = text_of  # a report's text, to find what its metadata does not name
        gazetteer = gazetteer or default_gazetteer()
        for e in entries:
            if e.meta.region and gazetteer.get(e.meta.region) is None:
                kind = "town" if e.meta.admin_level in _TOWN_LEVELS else "county" if e.meta.city else "city"
                gazetteer = gazetteer.add(Place(e.meta.region, kind, e.meta.county or e.meta.city,
                                                e.meta.province, e.meta.city))
        self.gazetteer = gazetteer.prefer(frozenset(e.meta.region for e in entries if e.meta.region))
        self._parts: dict[str, tuple[str, str]] = {}  # _org_parts, once per name
        self._texts: dict[str, str] = {}  # each report's text as matched, once read
        self._others: dict[tuple[str, str], bool] = {}  # names_others, once per report and name

    def local_places_in(self, text: str, doc_ids: list[str], taken: list[tuple[int, int]]) -> list[LocalPlace]:
        """The towns and villages a question names below the places of the table ("互助县威远镇", "茶山村
        道路硬化项目", "2022年南门峡镇"), each with the reports in scope whose text names it: the longest
        name a report's text holds, preferring one that starts where a name may (after a place, a year,
        punctuation), else the nearest such name, which no report holds."""
        folded = self.gazetteer.fold(text)
        ends = {m.end for m in self.gazetteer.find(text)} | {e for _, e in taken}
        out: list[LocalPlace] = []
        for _, end, starts in self.gazetteer.local_names(text, taken):
            if out and out[-1].end > starts[-1]:
                starts = [s for s in starts if s >= out[-1].end]  # "竹源乡黄上村": two names, one after the other
            starts = [s for s in starts if folded[s] not in _NAME_AFTER[1:]  # no name starts with 至, 的, 和…
                      and not (folded[s] == "年" and s and folded[s - 1].isdigit())]  # nor with a year's 年
            if not starts:
                continue
            begun = [s for s in starts if s == 0 or s in ends or not _HAN.match(folded[s - 1])
                     or folded[s - 1] in _NAME_AFTER or bool(out and s == out[-1].end)]
            # the longest a report names, where a name may start first ("槐树关镇至黄金峡镇": not 至黄金峡镇)
            ordered = sorted(begun) + sorted(s for s in starts if s not in begun)
            named = next(((s, docs) for s in ordered if (docs := self._naming(folded[s:end], doc_ids))), None)
            if named:
                out.append(LocalPlace(folded[named[0]:end], named[0], end, tuple(named[1])))
            elif begun:
                out.append(LocalPlace(folded[begun[0]:end], begun[0], end, ()))
        return out

    def names_others(self, doc_id: str, name: str) -> bool:
        """Whether a report's text names other places of the kind (its table of townships, its villages'
        projects): then a passage answers for one only when it is about that one; a report that names
        one village only is about it (its project there)."""
        key = (doc_id, name)
        if key not in self._others:
            text = self._folded(doc_id)
            ends = {m.end for m in self.gazetteer.find(text)}
            named = {text[s:end] for at, end, starts in self.gazetteer.local_names(text, [])
                     if text[at:end] == name[-(end - at):]  # of the same kind: 镇 beside 镇
                     for s in starts if s == 0 or s in ends or not _HAN.match(text[s - 1])}
            self._others[key] = any(n not in name and name not in n for n in named)
        return self._others[key]

    def _naming(self, name: str, doc_ids: list[str]) -> list[str]:
        return [d for d in doc_ids if name in self._folded(d) or name in self._short_names(d)]

    def _short_names(self, doc_id: str) -> str:
        """The report's own names said short ("八腊乡" of 八腊瑶族乡): its region and department without peoples."""
        m = self.entries[doc_id].meta
        return " ".join(without_peoples(n) for n in (m.region, m.department) if n)

    def _folded(self, doc_id: str) -> str:
        text = self._texts.get(doc_id)
        if text is None:
            text = self._texts[doc_id] = self.gazetteer.fold(self._text_of(doc_id)) if self._text_of else ""
        return text

    def names_own(self, doc_id: str, name: str) -> bool:
        """Whether a name is in the report's own names: its region, department, title, 主管部门 or 实施单位."""
        m = self.entries[doc_id].meta
        # (said short: "八腊乡" of 八腊瑶族乡)
        return any(name in n or name in without_peoples(n)
                   for n in (m.region, m.department, m.title, m.supervisor, m.implementer) if n)

    def docs_for_region(self, region: str) -> list[str]:
        """The reports about a place: those whose region it is, or whose region's county it is (a
        township's report is its county's too: "荥经茶厂" of 荥经县花滩镇's); else those lying in it
        (its counties' reports for a city); else those whose text names it. Empty only when no
        report mentions the place at all."""
        for within in (lambda m: region in (m.region, m.county),
                       lambda m: region in (m.city, m.province, m.county),
                       lambda m: region in m.places or any(region in o for o in m.organisations)):
            docs = [d for d, e in self.entries.items() if within(e.meta)]
            if docs:
                return docs
        return []

    def regions(self) -> list[str]:
        return sorted({e.meta.region for e in self.entries.values() if e.meta.region})

    def years(self) -> list[int]:
        return sorted({e.meta.year for e in self.entries.values() if e.meta.year})

    def places_in(self, text: str, found: list[Mention] | None = None) -> list[Mention]:
        """Places a question names, without a city written just before its own county ("湛江吴川市",
        "梅州市梅江区" name one unit: the county) and without provinces, unless a province's own
        department has a report ("湖南省人民检察院") or is named ("江苏省教育厅") and the question names no place inside it
        ("湖北省…资金里，黄冈市麻城市分到多少" asks of 麻城市), nor a place's name right after another
        place it does not lie in ("綦江区城区": the district's urban area). found: mentions_in(text), when read already."""
        found = self.mentions_in(text) if found is None else found
        found = sorted(found + [c for c in self.gazetteer.corps_in(text)
                                if not any(m.start < c.end and c.start < m.end for m in found)], key=lambda m: m.start)
        own = {e.meta.region for e in self.entries.values()} - {m.place.province for m in found}
        # (a province's organisation named whole is asked, report or none: "江苏省教育厅" is no 常州市 report's)
        mentions = [m for m in found if m.place.kind != "province" or m.place.name in own
                    or self.organisation_after(text, m) and not any(o.place.province == m.place.name for o in found)]
        # "密云区红十字会“博爱送万家”…": a short form inside a quoted name (an activity's, a brand's) is
        # no place asked, beside a place named outside the quotes
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        inside = [m for m in mentions if m.text != m.place.name
                  and any(a < m.start and m.end < b and b - a - 2 > len(m.text) for a, b in quoted)]
        if inside and len(inside) < len(mentions):
            mentions = [m for m in mentions if m not in inside]
        if len(mentions) > 1:  # "阜宁…盐城市级资金": a place that pays, said beside the one asked, is none asked
            mentions = [m for m in mentions if not names_a_payer(text, m.end)] or mentions
        kept: list[Mention] = []
        for i, m in enumerate(mentions):
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt and nxt.start == m.end and nxt.place.parent == m.place.name:
                continue
            prev = mentions[i - 1] if i else None
            if prev and prev.end == m.start and prev.place.name not in (m.place.parent, m.place.province) \
                    and not (m.place.kind == "town" and not m.place.parent):
                continue  # "綦江区城区": 城区 right after a place it does not lie in is a word, the urban area
                # (a report's town whose county it never says may lie in it: "勉县武侯镇")
            if prev and _BRACKETED.fullmatch(text, prev.end, m.start) and m.place.name in {
                    x for p in self.gazetteer.same_name.get(prev.place.name, [prev.place]) for x in (p.parent, p.city)}:
                continue  # "道北街道办（麦积区）", "鼓楼区法院（徐州）": the place the one before lies in, said aside
            if any(k.place.name == m.place.name for k in kept):
                continue
            kept.append(m)
        return kept

    def mentions_in(self, text: str) -> list[Mention]:
        """The gazetteer's places in text, and the reports' own places by short forms it does not read
        alone (see _word_like_shorts_in)."""
        found = self.gazetteer.find(text)
        return sorted(found + self._word_like_shorts_in(text, found), key=lambda m: m.start)

    def _word_like_shorts_in(self, text: str, taken: list[Mention]) -> list[Mention]:
        """A report's place by a short form that is also an ordinary word, so the gazetteer never
        reads it alone ("建平" of 建平县), where the report's own organisation follows it ("建平统计局"
        of 建平县统计局's report)."""
        folded = self.gazetteer.fold(text)
        out: list[Mention] = []
        for region in self.regions():
            place = self.gazetteer.get(region)
            if place is None or len(place.short) < 2 or place.short == place.name:
                continue
            for start, end in literal.spans(folded, place.short):
                if any(t.start < end and start < t.end for t in (*taken, *out)):
                    continue
                mention = Mention(place, start, end, text[start:end])
                org = self.organisation_after(text, mention)
                if org and any(self.is_own_organisation(org, place, d) for d in self.docs_for_region(place.name)) \
                        or self._names_its_report(folded, end, place):
                    out.append(mention)
        return out

    def _names_its_report(self, folded: str, end: int, place: Place) -> bool:
        """Whether the word right after a place's short form is one its report's title names it with
        ("石柱黄连项目" of "石柱县2023年黄连产业发展专项资金绩效自评报告"): no word every title has."""
        after = words(folded[end : end + _WORD_AFTER])
        word = after[0] if after else ""
        if len(word) < 2 or not _HAN_WORD.fullmatch(word) or word in _SECTION_WORDS:
            return False
        return any(word in self.entries[d].meta.title.replace(place.short, " ") for d in self.docs_for_region(place.name))

    def organisation_after(self, text: str, mention: Mention) -> str:
        """The organisation a question names with a place ("广州市政务服务数据管理局",
        "滁州人社局"), or "" when the place stands alone."""
        folded = self.gazetteer.fold(text)
        org = org_at(folded, mention.end)
        if not org and (whole := org_at(folded, mention.start)).startswith(folded[mention.start : mention.end]):
            org = whole[mention.end - mention.start :]  # "铁西法院": a short name right after the place
        short = next((w for w in organisation_data()["short_kinds"] if folded.startswith(w, mention.end)), "")
        if not org and short and any(self.is_own_organisation(short, mention.place, d)
                                     for d in self.docs_for_organisation(mention.text + short, mention.place)):
            return mention.text + short  # "三台县公安2023年…": its report's department by its short word (公安局)
        branches = tuple(organisation_data()["branches"])
        if not org or any(not org.startswith(branches, m.end) and not self._below(m, mention) for m in self.gazetteer.find(org)) \
                or org[0] in "一二两三四五六七八九十几各多每全本该":
            return ""  # "惠东县和吴川市两家政数局": two places, no one organisation's name (a branch's
            # place is its name's: "宝鸡市公安局凤翔分局")
        if (not org.endswith(tuple(w for w in organisation_data()["suffixes"] if len(w) > 1))
                       and org[-1] not in organisation_data()["question_single"]):
            return ""
        return mention.text + org

    @staticmethod
    def _below(inner: Mention, mention: Mention) -> bool:
        """Whether a place opening an organisation's name is a unit below the place written before it
        ("勉县武侯镇卫生院": the town's 卫生院 in 勉县), not a second place."""
        return inner.start == 0 and inner.place.kind in ("town", "zone") and mention.place.kind in ("county", "city")

    def is_own_organisation(self, name: str, place: Place, doc_id: str) -> bool:
        """Whether the organisation a question names is the report's own (its department, 主管部门
        or 实施单位), not one its text only mentions (a 下属 unit, a partner)."""
        own = self._own_name(name, place)
        m = self.entries[doc_id].meta
        return any(candidate and self._same_org(mine, place, candidate)
                   for mine in _and_its_heads(own) for candidate in (m.department, m.supervisor, m.implementer))

    def docs_for_organisation(self, name: str, place: Place) -> list[str]:
        """The reports whose department, 主管部门, 实施单位 or text names the organisation: the same
        place, and the question's name the same as or a short form of the
        report's (人社局 for 人力资源和社会保障局)."""
        own = self._own_name(name, place)
        branches = tuple(organisation_data()["branches"])
        for mine in _and_its_heads(own):
            out = []
            for doc_id, e in self.entries.items():
                m = e.meta
                for candidate in (m.department, m.supervisor, m.implementer, *m.organisations):
                    if mine != own and own.endswith(branches) and candidate.endswith(branches):
                        continue  # "公安局昌邑分局" is not 公安局船营分局, though both are the 公安局's
                    if candidate not in (m.department, m.supervisor, m.implementer) \
                            and self._of_another_county(candidate, m):
                        continue  # "与光山县人民法院…签订…协议" in 新县人民法院's report: a peer's, none of its figures
                    if candidate and self._same_org(mine, place, candidate):
                        out.append(doc_id)
                        break
            if out:
                return out
        return self._docs_naming(own, place)

    def docs_of_unplaced(self, name: str, place: Place) -> list[str]:
        """The reports whose own organisation the question names by its own words ("沙县夏茂中心小学" of
        夏茂中心小学's report, "勉县武侯镇卫生院" of 武侯镇中心卫生院's) while the report never says the county
        or city it is in: none says it is of another place. A name of its kind only ("中心小学") names none."""
        form = next((f for f in (place.name, place.short) if f and name.startswith(f)), "")
        own = name[len(form):]  # (a town it names stays: "武侯镇卫生院")
        mine = self.gazetteer.fold(own)
        if not _says_which(mine):
            return []
        return [doc_id for doc_id, e in self.entries.items()
                if not (e.meta.county or e.meta.city or (e.meta.province and place.province and e.meta.province != place.province)
                        or (e.meta.region and e.meta.region not in own))  # (its place unknown, or its town, which the name says)
                and any(_one_unit(mine, self.gazetteer.fold(c)) for c in (e.meta.department, e.meta.implementer))]

    def docs_of_kind(self, kind: str, place: Place) -> list[str]:
        """The place's reports whose own organisation is of a kind a question points at without naming
        it ("湖州那个中学": 安吉县孝丰高级中学's report, 安吉县 in 湖州市)."""
        return [d for d in self.docs_for_region(place.name) if self.is_of_kind(d, kind)]

    def is_of_kind(self, doc_id: str, kind: str) -> bool:
        """Whether the report's own organisation is of a kind a question points at ("该疾控中心": a
        疾病预防控制中心); one whose organisation is never named may be, unless it speaks as another
        kind ("我中心" is no 卫生院)."""
        kind = self.gazetteer.fold(kind)
        m = self.entries[doc_id].meta
        named = [c for c in (m.department, m.implementer, m.supervisor) if c]
        if named:  # (its kind's words in order, ending as it does: "疾控中心"; or said whole: "街道办")
            return any((theirs := self._org_parts(c)[1]) and theirs[-1] == kind[-1] and is_subsequence(kind, theirs)
                       or kind in self.gazetteer.fold(c) for c in named)
        kinds = kinds_spoken_as(self._folded(doc_id))
        return not kinds or kind.endswith(kinds)

    def docs_named_alone(self, text: str) -> list[str]:
        """The reports whose own organisation a question names without any place ("城关第二中心小学…",
        of a report that never says its county): its name's own words say which, not a kind alone."""
        for _, name in names_in(self.gazetteer.fold(text)):
            # (a kind's short name says no one organisation: "疾控中心", "财政局")
            if _says_which(name) and own_words(name) not in organisation_data()["short_kinds"]:
                docs = [d for d, e in self.entries.items()
                        if any(_one_unit(name, self.gazetteer.fold(c), either_way=False)
                               for c in (e.meta.department, e.meta.implementer))]
                if docs:
                    return docs
        return []

    def _own_name(self, name: str, place: Place) -> str:
        """The organisation's own name, without the places it is written with ("滁州人社局": 人社局)."""
        tail = _tail(name, self.gazetteer, place)
        found = org_at(self.gazetteer.fold(name), len(name) - len(tail))
        return name[len(name) - len(found) :] if found else tail  # "法院" of "固始县法院", too short to read alone

    def written_under(self, text: str, mention: Mention) -> Place | None:
        """The city or province a question writes right before a place that lies in it ("宁波江北区":
        宁波市), or None."""
        before = [m for m in self.gazetteer.find(text) if m.end == mention.start]
        place = mention.place
        if not before or before[-1].place.name not in (place.parent, place.city, place.province):
            return None
        # of the places so named, the one the place lies in ("朝阳八里庄街道": 北京市's 朝阳区, not 长春市's)
        options = self.gazetteer.same_name.get(before[-1].place.name, [before[-1].place])
        return next((o for o in options if not place.province or place.province in (o.province, o.name)),
                    before[-1].place)

    def lies_in(self, doc_id: str, above: Place) -> bool:
        """Whether a report's place may lie in a city or province: not when its own city or province
        is known to be another one (重庆市江北区's report for "宁波江北区"); a province's report that
        names the place does."""
        m = self.entries[doc_id].meta
        if m.city and above.kind == "city":
            return m.city == above.name
        province = above.name if above.kind == "province" else above.province
        return not (m.province and province) or m.province == province

    def docs_not_ruled_out(self, name: str, place: Place) -> list[str]:
        """The place's reports that may still be about an organisation none of them names: those
        whose own organisation is not known (a project report that signs itself "我局", or one named
        only by a publisher or 主管部门 of another kind than it signs itself), or all of
        them when the organisation is one a project pays (a 合作社, a company), which a report's
        text names in its own words ("东沟村羊场合作社" of "东沟村兴旺养殖专业合作社")."""
        docs = self.docs_for_region(place.name)
        if is_payee(name):
            return docs
        metas = {d: self.entries[d].meta for d in docs}
        return [d for d, m in metas.items()
                if not (m.department or m.supervisor or m.implementer) or self._signs_as_another_kind(d, name)]

    def _signs_as_another_kind(self, doc_id: str, name: str) -> bool:
        """Whether a report whose department is not read from its own name, only its page's publisher
        ("来源：扶贫办"), its 主管部门 or the organisation its body names most ("主管部门为寿光市卫生健康局"),
        signs itself in its text as another kind of organisation, of the kind asked ("我中心", a 中心
        asked): its author is not named, and may be the one asked."""
        m = self.entries[doc_id].meta
        if not (m.read.get("department") in ("publisher", "body") or (m.department == m.supervisor and not m.implementer)):
            return False
        return any(name.endswith(suffix) and not m.department.endswith(suffix)
                   for suffix in kinds_spoken_as(self._folded(doc_id)))

    def docs_naming_in_words(self, name: str, place: Place) -> list[str]:
        """The place's reports whose text names an organisation or a facility in other words: the
        words of its name before its suffix, two said close together ("电商服务中心" of "…电子商务
        公共服务中心"), three or more anywhere in the report, in any order (a project's site named bit by
        bit as its report describes it)."""
        own = self._own_name(name, place)
        suffix = next((s for s in _suffixes_longest() if own.endswith(s)), "")
        stem = [w for w in words(self.gazetteer.fold(own[: len(own) - len(suffix)])) if len(w) >= 2]
        if len(stem) < 2:
            return []  # one word ("教育局"): any bureau of its kind, not one named in other words
        reach = 3 * len(own) if len(stem) == 2 else None
        towns = [own[m.start() : m.end()] for m in _LOCAL_NAME.finditer(self.gazetteer.fold(own))]
        out = []
        for doc_id in self.docs_for_region(place.name):
            text = self._folded(doc_id)
            if any(not any(town[k:] in text for k in range(len(town) - 2)) for town in towns):
                continue  # "…长集镇中心学校" of a report that names 周集镇 only: another town's
            for start, end in literal.spans(text, stem[0]):
                window = text if reach is None else text[max(0, start - reach) : end + reach]
                if all(w in window for w in stem[1:]) and suffix in window:
                    out.append(doc_id)
                    break
        return out

    def _docs_naming(self, own: str, place: Place) -> list[str]:
        """The place's reports whose text names the organisation, in full or by a short form
        ("马鹿坑林场" of "马鹿坑国有林场"): one the metadata does not name (a project's site, a unit
        its report only mentions) is still in the library."""
        suffix = next((s for s in _suffixes_longest() if own.endswith(s)), "")
        stem = self.gazetteer.fold(own[: len(own) - len(suffix)])
        if not suffix or len(stem) < 2 or self._text_of is None:
            return []
        out = []
        for doc_id in self.docs_for_region(place.name):
            meta = self.entries[doc_id].meta
            if self._another_county(place.name, meta):
                continue  # "与五峰土家族自治县人社局建立…机制" in 长阳's report: a peer's, none of its figures
            # another place's report names it only with the place ("…广州市政务服务数据管理局"): its own
            # bureau of the same kind is not the one asked
            lead = () if place.name in (meta.region, meta.city, meta.county, meta.province) \
                else (place.name, place.short)
            # the report's own organisation is not another one of its kind ("市政务服务数据管理局" in
            # 梅江区's bureau's report is not that bureau's own name)
            theirs = {self._org_parts(c)[1] for c in (meta.department, meta.supervisor, meta.implementer) if c}
            text = self.gazetteer.fold(self._text_of(doc_id))
            for at in literal.starts(text, stem[:2]):
                end = text.find(suffix, at, at + len(own) + 8)
                if end >= 0 and is_subsequence(stem, text[at:end]) \
                        and text[at : end + len(suffix)] not in theirs \
                        and (not lead or any(text.endswith(n, 0, at) for n in lead)) \
                        and self._place_before(text, at) in ("", place.name):
                    out.append(doc_id)
                    break
        return out

    def _place_before(self, text: str, at: int) -> str:
        """The place whose name ends right at `at` ("梅江区" of "梅州市梅江区政务服务数据管理局"), or ""."""
        window = text[max(0, at - 12) : at]
        found = [m for m in self.gazetteer.find(window) if m.end == len(window)]
        return found[-1].place.name if found else ""

    def _same_org(self, own: str, place: Place, candidate: str) -> bool:
        last, theirs = self._org_parts(candidate)
        if last != place.name and not self._named_within(own, candidate, last, place):  # 惠州市's bureau is not 惠东县's
            theirs = self._branch_serving(theirs, place)
            if not theirs:
                return False  # (unless it is its city's branch there: "信阳市生态环境局固始分局" of 固始县)
        mine = self.gazetteer.fold(own)
        if (town := self._opening_town(mine)) and town not in theirs:
            return False  # "合德镇人民政府" is not 射阳县人民政府, nor 海河镇人民政府
        return bool(theirs) and bool(mine) and (theirs == mine or is_subsequence(mine, theirs) or is_subsequence(theirs, mine)
                                 or renamed_alike(mine, theirs) or abbreviates_unordered(mine, theirs))

    def _named_within(self, own: str, candidate: str, last: str, place: Place) -> bool:
        """Whether an organisation of a place inside the one asked is named by its own words ("固原彭堡中学"
        of 原州区彭堡中学, 原州区 in 固原市): a name that says which one, not a kind's ("固原市教育局"), and says
        the candidate's ("泰和县沙村镇卫生院" is not 泰和县马市镇卫生院)."""
        inner = self.gazetteer.get(last) if last else None
        folded = self.gazetteer.fold(own)
        return inner is not None and place.name in (inner.parent, inner.city) and _says_which(folded) \
            and own_words(folded) in self.gazetteer.fold(candidate) \
            and own_words(folded) not in organisation_data()["short_kinds"] \
            and not own.endswith(tuple(organisation_data()["named_by_place"]))

    def _opening_town(self, name: str) -> str:
        """The town or village a folded organisation's name opens with ("合德镇" of 合德镇人民政府), or ""."""
        return next((name[0:end] for _, end, starts in self.gazetteer.local_names(name, []) if 0 in starts), "")

    def _branch_serving(self, name: str, place: Place) -> str:
        """A branch's name without the place it serves, when that is the place ("生态环境局固始分局" of
        固始县 → 生态环境局分局), else ""."""
        for m in self.gazetteer.find(name):
            if m.place.name == place.name and name.startswith(tuple(organisation_data()["branches"]), m.end):
                return name[: m.start] + name[m.end :]
        for form in dict.fromkeys((place.name, place.short)):  # "…公安局凤翔分局": the short form only there
            for branch in organisation_data()["branches"]:
                if len(form) >= 2 and (at := name.find(form + branch)) > 0:
                    return name[:at] + name[at + len(form) :]
        return ""

    def _of_another_county(self, organisation: str, meta: ReportMeta) -> bool:
        """Whether an organisation a report's text names is of a county, city or province that is neither the report's
        own place nor one inside it ("光山县人民法院" in 新县's report, "信阳市中级人民法院" too): its figures are not
        the report's."""
        last, _ = self._org_parts(organisation)
        return bool(last) and self._another_county(last, meta)

    def _another_county(self, name: str, meta: ReportMeta) -> bool:
        """Whether a county, city or province is neither a report's own place nor one inside it."""
        place = self.gazetteer.get(name)
        if place is None or place.kind not in _ABOVE_TOWNS or name in (meta.region, meta.county):
            return False
        return meta.region not in (place.parent, place.city, place.province)

    def _org_parts(self, name: str) -> tuple[str, str]:
        """An organisation's name as the last place it starts with and the rest, folded
        ("惠东县政务服务数据管理局" → 惠东县, 政务服务数据管理局)."""
        parts = self._parts.get(name)
        if parts is None:
            lead, last = 0, ""
            found = self.gazetteer.find(name)
            for c in found:
                if c.start != lead:
                    break
                lead, last = c.end, c.place.name
            rest = name[lead:]
            if not last and found and 0 < found[0].start <= _PREFIX_BEFORE_PLACE and _HAN_ONLY.fullmatch(name[: found[0].start]):
                # "共青团利川市委员会": a party or league body names its place inside, after its own word;
                # read as 利川市 and 共青团 + 市 + 委员会, which "利川团市委" abbreviates (and "共青团银川市西夏区
                # 委员会" as 西夏区, the last of the places in a row there, and 共青团 + 区 + 委员会)
                c = found[0]
                for after in found[1:]:
                    if after.start != c.end:
                        break
                    c = after
                last = c.place.name
                rest = name[: found[0].start] + (c.place.name[-1] if c.text == c.place.name else "") + name[c.end :]
            parts = self._parts[name] = (last, self.gazetteer.fold(rest))
        return parts


_QUOTED = re.compile(r"[“\"「『][^”\"」』]{2,20}[”\"」』]")
_BRACKETED = re.compile(r"[\u4e00-\u9fff]{0,6}[（(]")  # an organisation's word, then a bracket opened
_PREFIX_BEFORE_PLACE = 6  # characters a body's own word may take before its place ("国家税务总局")
_ABOVE_TOWNS = ("county", "city", "province")  # the places whose organisations are peers of a county's, or above it
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_LOCAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:镇|乡|村|街道|社区)")


def _says_which(name: str) -> bool:
    """Whether an organisation's name says more than its kind ("夏茂中心小学", not "中心小学")."""
    return len(own_words(name)) >= 2


def _one_unit(mine: str, theirs: str, either_way: bool = True) -> bool:
    """Whether a name read from a question (folded) names the report's organisation (folded) by its own
    words: the same name, or one of them the other with words left out ("武侯镇卫生院" of 武侯镇中心卫生院)."""
    return _says_which(theirs) and (theirs == mine or is_subsequence(mine, theirs)
                                    or (either_way and is_subsequence(theirs, mine)))


@lru_cache(maxsize=1)
def _suffixes_longest() -> tuple[str, ...]:
    return tuple(sorted(organisation_data()["suffixes"], key=len, reverse=True))


def _and_its_heads(name: str) -> list[str]:
    """A name read from a question, then the organisations it starts with, longest first:
    "检察院院" of "湖南省检察院院机关…" is 检察院 and the 院 of 院机关."""
    suffixes = tuple(organisation_data()["suffixes"])
    return [name] + [name[:i] for i in range(len(name) - 1, 2, -1) if name[:i].endswith(suffixes)]


def _tail(name: str, gazetteer: Gazetteer, place: Place | None = None) -> str:
    """name without the places it opens with, or without the place a question named it after
    ("铁西法院" of 鞍山's 铁西区: 铁西 is read as a place only after its city)."""
    end = 0
    for m in gazetteer.find(name):
        if m.start != end:
            break
        end = m.end
    if not end and place is not None:
        end = next((len(f) for f in (place.name, place.short) if name.startswith(f)), 0)
    return name[end:]
