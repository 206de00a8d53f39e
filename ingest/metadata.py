"""A report's title, department, region, fiscal year and kind, read from its own text.

- Title: the first line among the opening ones that names the report (… 绩效 … 自评/评价 … 报告/表,
  with or without the department before it), cut where the name ends ("_第1頁", ".pdf", "-site"
  are not part of it); never composed. With no such line the title is the file name and
  title_read is False.
- Department (any organisation: the suffixes of app/core/data/organisations.toml): the form's
  实施单位 / 填报单位… field, else the organisation the title opens with, else the form's 主管部门,
  else the page's publisher (发布机构, 来源), else the organisation the body names most, counting
  the self-references that stand for it (我局 for a …局, 我院 for a …院). A name without its place
  ("财政局", "区疾控中心") takes the report's place; an abbreviation (残联) gives way to the full
  name the text also uses (残疾人联合会).
- Region: the most specific place the department's name opens with (a county, a town, a zone),
  else the title's, else the place the body names most; with its city and province.
- Year: from the title, the form's 年度 field, the body ("现将2022年度…", the year most named), or
  the publication date (the year before), in that order; a "20xx" placeholder stays unknown.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from app.core.gazetteer import LEVELS, Gazetteer, Mention, Place, default_gazetteer, place_endings
from app.core.numbers import NUMERAL_YEAR, numeral_digits
from app.core.organisations import data as organisation_data
from app.core.organisations import is_subsequence, names_in, org_at, own_words
from app.core.records import ReportMeta
from app.core.signature import signature
from app.vocab.lexicon import WHOLE_DEPARTMENT

_HAN = "\u4e00-\u9fa5"
_SEAL = re.compile(r"[（(]\s*(?:公章|盖章|章)\s*[）)]")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[年.\-/．]\s*(\d{1,2})\s*[月.\-/．]\s*(\d{1,2})")
_YEAR = re.compile(r"(?<![\d〔\[［(（])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_DATED = re.compile(r"(?<![\d〔\[［(（])((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
_YEAR_DU = re.compile(r"(?<![\d〔\[［(（])((?:19|20)\d{2})\s*年度")
_PLACEHOLDER = re.compile(r"20[xX×＊*]{2}\s*年")
_HEAD_LINES = 40
# what follows a notice's issuer, who is not the report's department: "四川省财政厅 四川省水利厅《关于…》"
_ISSUER = re.compile(r"\s*(?:关于|印发|制|[、\s]*[\u4e00-\u9fa5]{2,20}?(?:厅|局|委|办|部)\s*《|\s*《)")
_FOLLOWED = re.compile(r"(?:根据|按照|依据|依照)$")  # "根据山东省水利厅、财政厅下达的…": whose plan is followed
_TOWN_LEVEL_WORDS = ("镇", "乡")  # a town's level: a place of its own only where nothing larger is named
_LEVEL_WORDS = ("自治区", "省", "自治州", "州", "市", "盟", "县", "区", "旗", "镇", "乡", "苏木")


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("app.core").joinpath(f"data/{name}").read_text("utf-8"))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(organisation_data(), _data("reports.toml"))


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def _label(words: list[str]) -> str:
    """A field label, its characters perhaps split by a space ("地方主管部 门")."""
    return "|".join(r"\s?".join(map(re.escape, w)) for w in sorted(set(words), key=len, reverse=True))


class _Rules:
    """The patterns built from the data files, once."""

    def __init__(self, orgs: dict[str, Any], reports: dict[str, Any]):
        # each self-reference and the ends of the names it stands for ("本校": 校 and 学)
        self.self_refs: dict[str, tuple[str, ...]] = {}
        for suffix, refs in orgs["self_references"].items():
            for ref in refs:
                self.self_refs[ref] = (*self.self_refs.get(ref, ()), suffix)
        self.self_ref = re.compile(_alt(list(self.self_refs)))
        # "我局会同县财政局": the organisation after is a partner
        self.partner = re.compile(rf"(?:{_alt(list(self.self_refs))})(?:{_alt(orgs['partners'])})$")
        fields = orgs["fields"]
        seal = r"(?:[（(]\s*(?:公章|盖章)\s*[）)])?"
        # one pattern for all the labels, longest first, so "自治区主管部门" is not read as
        # "主管部门"; a label of four characters or more may run into its value (a form flattened
        # into one line: "…经费主管部门银川市教育局"), a shorter one needs its colon or cell border
        self.label_group = {re.sub(r"\s", "", w): g for g, words in fields.items() for w in words}
        long = [w for w in self.label_group if len(w) >= 4]
        short = [w for w in self.label_group if len(w) < 4]
        self.field = re.compile(
            rf"(?:(?P<long>{_label(long)}){seal}[\s:：|]*|(?<![{_HAN}])(?P<short>{_label(short)}){seal}\s*[:：|][\s:：|]*)")
        self.other_labels = re.compile(_label([w for g in fields.values() for w in g]))
        title = reports["title"]
        stop = r"，。；;：:,《》<>\n|"
        self.title = re.compile(
            rf"^(?:{'|'.join(title['openers'])})?(?P<t>[^{stop}]{{0,60}}?(?:{_alt(title['performance'])})?"
            rf"[^{stop}]{{0,12}}?(?:{_alt(title['evaluation'])})[^{stop}]{{0,10}}?(?:{_alt(title['ends'])})"
            rf"(?:{_alt(title['trailing'])})?(?:\s*[（(][^（）()\n]{{1,40}}[）)])?)")
        self.performance = re.compile(_alt(title["performance"]))
        self.kind_words = re.compile(_alt(title["kind_words"]))
        # a title that says only what kind of report it is ("支出绩效自评报告")
        words = [*title["kind_words"], *title["performance"], *title["evaluation"], *title["ends"], *title["trailing"]]
        self.kind_only = re.compile(rf"(?:{_alt(words)})+")
        self.page_labels = re.compile(_alt(title["page_labels"]))
        self.sentence = re.compile(rf"^(?:{_alt(title['sentence_openers'])})")
        self.collection = re.compile("|".join(title["collection"]))
        self.kinds: list[tuple[str, list[str]]] = list(reports["kinds"].items())
        year = reports["year"]
        self.year_field = re.compile(
            rf"(?:(?:{_alt(year['fields'])})\s*[:：]?\s*((?:19|20)\d{{2}}))|(?:^|[（(\s])\s*((?:19|20)\d{{2}})\s*年度?\s*[）)]", re.M)
        said = rf"{_alt(year['published'])}|(?<![{_HAN}])(?:{_alt(year['published_alone'])})"
        # a year with its plans said after it in its clause ("2024年我馆将联合…开展")
        self.planned = re.compile(rf"(?:19|20)\d{{2}}\s*年度?(?=[^，,。；;\n]{{0,8}}?(?:{_alt(year['planned'])}))")
        self.published = re.compile(rf"(?:{said})\s*[:：|]?\s*(?:\|\s*)?((?:19|20)\d{{2}})\s*[年.\-/]\s*(\d{{1,2}})\s*[月.\-/]\s*(\d{{1,2}})")


# --- title ---------------------------------------------------------------------------------


_SECTION_MARK = re.compile(r"[一二三四五六七八九十]+、")  # a report's own section ("五、…"), not a page's list ("1、…")
_WHOLE_KIND = "部门整体"  # the kind of a department's report on all its spending
_ABOUT = "关于"  # "关于…的报告": a sentence opener that also opens titles


# "# 标题", "**昆明市生态环境局官渡分局**": a converter's marks around a line (not "**县**局…", what was withheld)
_MARKDOWN_MARKS = re.compile(r"^\s*#{1,6}\s+|^\s*\*\*(?=[^\s*][^*]+\*\*\s*$)|(?<=[^\s*])\*\*\s*$")


def read_title(text: str, gazetteer: Gazetteer) -> str:
    """The line among the opening ones that names the report, or "" when none does."""
    rules = _rules()
    lines = [_MARKDOWN_MARKS.sub("", line) for line in text.splitlines()[:_HEAD_LINES]]
    head = gazetteer.fold("\n".join(lines))
    before = previous = ""
    for raw_line in lines:
        line = gazetteer.fold(raw_line).strip()
        if line:
            above, before, previous = before, previous, raw_line.strip()
        else:
            continue
        if before and _SECTION_MARK.match(line):
            continue  # "五、重点项目支出绩效自评表" after the report's sections: a section of it, no title
        m = rules.title.match(line)
        if not line or rules.page_labels.search(line) or rules.sentence.match(line) and not (
                line.startswith(_ABOUT) and m and m.end() == len(line)):
            continue  # ("关于2023年度…项目绩效自评报告" on a line of its own is a title, not a sentence)
        if not m or len(m.group("t").strip()) < 6:
            continue
        found = m.group("t")
        if not rules.performance.search(found) and not rules.kind_words.search(found):
            continue
        if re.search(re.escape(found.strip()) + r"\s*(?:" + rules.collection.pattern + ")", head):
            return ""  # a page collecting several reports ("…自评报告精品15篇")
        offset = len(raw_line) - len(raw_line.lstrip())
        title = raw_line[offset + m.start("t") : offset + m.end("t")].strip()
        if _continued(before, title, gazetteer):
            title = before + title  # "2023年X县X局" over "部门整体绩效自评报告"
            if _continued(above, title, gazetteer):
                title = above + title  # "涿州市住房和城乡建设局" over "关于…项目" over "2024年度绩效自评报告"
        return title
    return ""


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _continued(before: str, title: str, gazetteer: Gazetteer) -> bool:
    """Whether a title naming neither a year nor an organisation goes on from the line above,
    a short line that names one ("2023年惠东县政务服务数据管理局", "五华县文化馆2023年度")."""
    folded = gazetteer.fold(before)
    if not before or len(before) > 40 or re.search(r"[，。；;：:,、|《》]", folded):
        return False
    lead = 0
    for m in gazetteer.find(folded):
        if m.start != lead:
            break
        lead = m.end
    # (and the span of years a project runs before it: "（2022—2024年）2023年度绩效自评报告")
    kind = re.sub(r"^(?:[（(]\s*(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[）)])?\s*(?:19|20)\d{2}\s*年度?",
                  "", gazetteer.fold(title))
    if _org_at(folded, 0) == folded.strip() and re.match(rf"(?:19|20)\d{{2}}\s*年|{_ABOUT}", gazetteer.fold(title)):
        return True  # the organisation on a line of its own over "2023年食品安全监督抽检经费项目…报告" or "关于…的报告"
    if folded.startswith(_ABOUT) and re.fullmatch(rf"{_ABOUT}[{_HAN}\d（）(){_QUOTES}]{{2,40}}", folded) \
            and re.match(r"(?:19|20)\d{2}\s*年", gazetteer.fold(title)) and _rules().kind_only.fullmatch(kind):
        return True  # "关于2023年增发国债城市排水防涝能力提升项目" over "2024年度绩效自评报告": the title's first line
    if _a_place_alone(folded, lead) and not _named_at_start(gazetteer.fold(title), gazetteer) \
            and re.search(r"(?:19|20)\d{2}", title) and not _rules().kind_only.fullmatch(kind):
        return True  # a place on a line of its own ("天津滨海高新技术产业开发区") over what was done in it and the
        # kind of report ("科技型企业孵化服务平台运营项目2023年度绩效自评报告")
    if re.search(r"\d{4}", title):
        # a place and what was done ("荥经县花滩镇齐心村茶叶初制加工厂建设项目") over its year and the
        # kind of report ("2022年度绩效自评报告")
        # (or, a name cut at the line's end, over the rest of it: "英德市“粤菜师傅”…三项工程" over "职业技能培训项目
        # （2022—2024年）2023年度绩效自评报告")
        cut_name = not re.match(r"[（(]?\s*(?:19|20)\d{2}", title) and not _named_at_start(gazetteer.fold(title), gazetteer) \
            and re.search(r"(?:项目|工程|资金|经费)[（(]", title) is not None
        # (a number in the name is no year: "南通市海门区12345政务服务便民热线运行维护项目")
        return lead > 0 and not _A_YEAR.search(folded) and (kind != gazetteer.fold(title) or cut_name) \
            and bool(re.fullmatch(rf"[{_HAN}\d（）(){_QUOTES}]{{2,40}}", folded[lead:])) \
            and (_rules().kind_only.fullmatch(kind) is not None or cut_name)
    if _org_at(gazetteer.fold(title), 0) and re.match(r"\s*(?:(?:19|20)\d{2}|部门|单位|整体|本级)", title[len(_org_at(gazetteer.fold(title), 0)):]):
        return False
    year = re.match(r"(?:(?:19|20)\d{2}\s*年度?)?", folded)
    if re.fullmatch(rf"(?:(?:19|20)\d{{2}}\s*年度?)?[{_HAN}（）()]{{2,30}}(?:(?:19|20)\d{{2}}\s*年度?)?", folded) \
            and _org_at(folded, year.end() if year else 0):
        return True
    # a place, its year and what was done ("宜宾市叙州区2022年城镇老旧小区改造项目", or with no place
    # "2023年度免疫规划及结核病防治项目") over a line that says only what kind of report it is ("支出绩效自评报告")
    # (a name in quotation marks too: "2023年度“彝风雅韵”文化惠民演出项目"; a place the table does not hold
    # before the year: "第八师石河子市2023年度惠民殡葬补贴项目")
    done = re.fullmatch(rf"(?:{_PLACE_BEFORE})?(?:19|20)\d{{2}}\s*年度?[{_HAN}（）(){_QUOTES}]{{2,30}}", folded[lead:])
    # ...or the organisation, with its place, before the year ("花垣县交通运输局2022年度农村公路养护资金")
    org = _org_at(folded, 0)
    by_org = bool(org) and re.fullmatch(rf"(?:19|20)\d{{2}}\s*年度?[{_HAN}（）()]{{2,30}}", folded[len(org):]) is not None
    project = re.search(r"(?:项目|资金|工程|经费|补助|补贴)$", folded) is not None
    # ...or, with neither, the project alone ("不动产登记“一窗综合受理”改革经费项目")
    named = project and re.fullmatch(rf"[{_HAN}（）(){_QUOTES}]{{4,40}}", folded) is not None
    kind_only = _rules().kind_only.fullmatch(gazetteer.fold(title)) is not None
    # ("马尔康市2023年度政务服务“一窗通办”" over "能力提升项目支出绩效自评报告": a name cut at the line's end, the
    # title line going on with it, naming neither a year nor a place of its own)
    cut = bool(done) and lead > 0 and not re.search(r"\d{4}", title) and not _named_at_start(gazetteer.fold(title), gazetteer)
    return (bool(done) and (lead > 0 or project) or by_org or named) and kind_only or cut


_QUOTES = "“”\"'‘’《》「」"
_PLACE_BEFORE = rf"[{_HAN}]{{2,10}}?(?:{'|'.join(map(re.escape, place_endings()))})"


def _of_the_places_named(place: Place, mentions: list[Mention], gazetteer: Gazetteer) -> Place:
    """Of the places that share a name (鼓楼区 of 南京市, of 福州市…), the one whose city or province
    the text names most ("鼓楼区市场监督管理局" whose body cites "福州市鼓楼区财政局"); the place as read
    when the text names none of theirs, or as many of two."""
    options = [p for p in gazetteer.same_name.get(place.name, []) if p.kind == place.kind and not p.former]
    if len(options) < 2:
        return place
    named = Counter(m.place.name for m in mentions)
    said = [(sum(named[n] for n in {o.parent, o.city, o.province} if n and n != o.name), o) for o in options]
    best = max(n for n, _ in said)
    chosen = [o for n, o in said if n == best]
    return chosen[0] if best and len(chosen) == 1 else place


def _a_place_alone(folded: str, lead: int) -> bool:
    """Whether a line is a place's name alone: it opens with a place the table holds and ends as a place's
    name does ("天津滨海高新技术产业开发区"), or the table's places fill it ("云南省昆明市")."""
    line = folded.strip()
    return bool(re.fullmatch(rf"[{_HAN}]{{2,30}}", line)) and lead > 0 \
        and (lead == len(line) or line.endswith(place_endings()))


def _named_at_start(title: str, gazetteer: Gazetteer) -> bool:
    """Whether a title opens with a place or an organisation of its own."""
    return bool(_org_at(title, 0)) or any(m.start == 0 for m in gazetteer.find(title))


# --- organisations ---------------------------------------------------------------------------


_CJK_RUN = re.compile(rf"[{_HAN}]")


def _org_at(text: str, pos: int) -> str:
    return org_at(text, pos)


def _signing_org(folded: str) -> str:
    """The organisation named alone on the line above the signature's date ("武平县财政局" over "2023年6月20日"),
    a seal's mark after it allowed; else ""."""
    signed = signature(folded)
    line = folded[signed.lead : signed.start].strip() if signed is not None else ""
    name = _org_at(line, 0) if line else ""
    return "" if not name or _CJK_RUN.search(line[len(name) :].strip("（）() 盖章公")) else name


def _signers(folded: str) -> list[str]:
    """The organisation that signs the report as its own: its name alone on the line above the
    signature's date ("抚松县人民医院" over "2024年2月28日", a seal's mark after it allowed: "（盖章）"),
    where the text speaks as one of its kind ("我院"); not a firm that evaluated it for the department."""
    name = _signing_org(folded)
    if not name:
        return []
    speaks = any(name.endswith(suffix) and any(ref in folded for ref in refs)
                 for suffix, refs in organisation_data()["self_references"].items())
    return [name] if speaks else []


def _field_orgs(text: str, group: str, gazetteer: Gazetteer) -> list[str]:
    """The organisations the form's fields of one group name, in order."""
    out = []
    rules = _rules()
    for m in rules.field.finditer(text):
        label = re.sub(r"\s", "", m.group("long") or m.group("short"))
        if rules.label_group.get(label) != group:
            continue
        pos = m.end()
        if text.startswith(tuple(organisation_data()["field_listed"]), pos):
            continue  # "所属预算单位包括县人民医院、…": a sentence listing units, no field
        name = _org_at(text, pos)
        if not name:
            # a value broken over two lines: "围场满族蒙古族自治县\n人民法院（公章）"
            head = re.match(rf"[{_HAN}]{{2,20}}", text[pos:])
            if head and _leading_places(head.group(), gazetteer) == head.group():
                rest = text[pos + head.end():].lstrip()
                joined = head.group() + rest
                name = _org_at(joined, 0)
        if name and not rules.other_labels.fullmatch(name):
            out.append(name)
    return out


def _after_own_word(name: str) -> int:
    """Where a name's places start: after a body's own word that stands before them ("中共浏阳市委党校")."""
    return next((len(w) for w in organisation_data()["before_place"] if name.startswith(w)), 0)


def _leading_places(name: str, gazetteer: Gazetteer) -> str:
    chain = _chain(name, gazetteer)
    return name[: chain[-1].end] if chain else ""


def _chain(name: str, gazetteer: Gazetteer) -> list[Mention]:
    """The places a name opens with ("银川市兴庆区…" → 银川市, 兴庆区)."""
    chain: list[Mention] = []
    end = _after_own_word(name)
    for m in gazetteer.find_units(name):
        if m.start != end:
            break
        chain.append(m)
        end = m.end
    return chain


def _branch_place(name: str, chain: list[Mention], gazetteer: Gazetteer) -> Place | None:
    """The district a branch is named after, in the city its name opens with ("晋城市生态环境局城区
    分局": 城区; "宝鸡市公安局凤翔分局": 凤翔区, by the short form the table reads only beside its level),
    or None."""
    branch = next((b for b in organisation_data()["branches"] if name.endswith(b)), "")
    if not branch:
        return None
    last = gazetteer.find_units(name)[-1]
    rest = name[last.end :]
    if last not in chain and last.place.parent == chain[-1].place.name and len(rest) <= _BRANCH_TAIL:
        return last.place
    stem = name[chain[-1].end : len(name) - len(branch)]
    return next((p for k in (2, 3) if len(stem) > k and (p := gazetteer.child_named(chain[-1].place.name, stem[-k:]))), None)


_BRANCH_TAIL = 3  # "分局", "分中心": the branch's word right after its district


def _standalone(name: str, gazetteer: Gazetteer, towns: bool = False) -> Place | None:
    """A unit the table does not hold, opening the department's name ("X湖区审计局"; with towns, a town's
    too: "武侯镇中心卫生院")."""
    from app.core.gazetteer import _rules as place_rules

    levels = "".join(w for w in place_rules()["standalone_levels"] if towns or w not in _TOWN_LEVEL_WORDS)
    m = re.match(rf"([{_HAN}]{{2,4}}?)([{levels}])(?=[{_HAN}]{{2}})", name)
    if not m or not gazetteer._named(m.group(1)) or m.group(1) in _LEVEL_WORDS:
        return None
    if _org_at(name, 0) == name and _org_at(name[m.end():], 0):
        return Place(m.group(), "town" if m.group(2) in _TOWN_LEVEL_WORDS else "county", "")
    return None


_COMPANIES = ("公司",)


def _body_orgs(text: str, folded: str, gazetteer: Gazetteer, mentions: list[Mention]) -> Counter[str]:
    """Place-qualified organisations the body names (not inside 《》, not a notice's issuer)."""
    cited = _cited_spans(text)
    found: Counter[str] = Counter()
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and mentions[j + 1].start == mentions[j].end:
            j += 1
        start, end = mentions[i].start, mentions[j].end
        name = _org_at(folded, end)
        if name.endswith(_COMPANIES):
            name = ""  # a company the body names carried the work out or evaluated it: a contractor
        if name and mentions[j].place.kind != "province" or name and "厅" in name[-1:]:
            full = text[start : end + len(name)]
            if not _ISSUER.match(folded, end + len(name)) and not _addressed(folded, start, end + len(name)) \
                    and not _FOLLOWED.search(folded, max(0, start - 3), start):
                found[full] += 0.5 if _in(cited, start) else 1  # type: ignore[assignment]
        i = j + 1
    return found


def _cited_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{0,80}》", text)]


def _in(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _addressed(folded: str, start: int, end: int) -> bool:
    """Whether the name at start..end is a letter's addressee, alone on its line before a colon
    ("区财政局：" under the title): the report is written to it, not by it."""
    line_start = folded.rfind("\n", 0, start) + 1
    return not folded[line_start:start].strip() and re.match(r"[ \t]*[：:][ \t]*(?:\n|$)", folded[end:]) is not None


def _level_orgs(folded: str, mentions: list[Mention], gazetteer: Gazetteer) -> Counter[str]:
    """Organisations named by their level only: "区疾控中心", "市中级人民法院", "自治区生态环境厅"
    (a level word that ends a place's name is that place's, not a level)."""
    inside = {i for m in mentions for i in range(m.start, m.end)}
    out: Counter[str] = Counter()
    for m in re.finditer(rf"({_alt(list(_LEVEL_WORDS))})", folded):
        if m.start() in inside or folded.startswith(_LEVEL_WORDS, m.end()):
            continue  # (two levels together are no one place's: "乡镇分馆", "县区")
        name = _org_at(folded, m.end())
        if name and not _chain(name, gazetteer) and not _ISSUER.match(folded, m.end() + len(name)) \
                and not _addressed(folded, m.start(), m.end() + len(name)) \
                and not _rules().partner.search(folded, max(0, m.start() - 6), m.start()):
            out[m.group() + name] += 1  # not a notice's issuer ("根据州财政局《关于开展…》"), nor a partner
    return out


def _qualify(name: str, region: Place | None, chain_places: list[Place]) -> str:
    """A name without its place ("财政局", "区疾控中心") with the report's place before it."""
    if region is None:
        return name
    for word in _LEVEL_WORDS:
        if name.startswith(word):
            for place in [region, *chain_places]:
                if place.name.endswith(word) or (word == "州" and place.name.endswith("自治州")):
                    return place.name + name[len(word):]
            return name
    return region.name + name


def _expand(name: str, candidates: list[str], gazetteer: Gazetteer) -> str:
    """An abbreviation (中方县残联) as the full name the text also uses (中方县残疾人联合会)."""
    place = _leading_places(name, gazetteer)
    for other in candidates:
        if (len(other) > len(name) and _leading_places(other, gazetteer) == place
                and len(name) - len(place) <= 4 and is_subsequence(name, other)):
            return other
    return name


def _unit_of(folded: str, name: str) -> str:
    """The whole name a line of its own gives an organisation with the one it belongs to, else name:
    "大同市公安局交通警察支队" for 大同市公安局, "辽宁省丹东水文局太平哨水文站" for 太平哨水文站."""
    for line in folded.splitlines():
        line = line.strip()
        if len(line) <= len(name):
            continue
        if line.startswith(name) and _org_at(line, len(name)) == line[len(name):]:
            return line
        if line.endswith(name) and _org_at(line, 0) == line[: len(line) - len(name)]:
            return line
    return name


# --- year ------------------------------------------------------------------------------------


def _title_year(title: str) -> int | None:
    """The year a title names: its 年度 first ("…项目（2022—2024年）2023年度绩效自评报告": 2023, not the
    project's span), else the first year it names but the end of a span."""
    title = _digit_years(title)
    m = re.search(r"((?:19|20)\d{2})\s*年度", title) or re.search(r"(?<![—–\-~～至到])((?:19|20)\d{2})\s*年", title)
    return int(m.group(1)) if m else None


_NUMERAL_YEAR = re.compile(rf"{NUMERAL_YEAR}(?=\s*年)")


def _digit_years(text: str) -> str:
    """Text with its years in Chinese numerals written in digits, one for one ("二〇二三年度" → 2023年度)."""
    return _NUMERAL_YEAR.sub(lambda m: numeral_digits(m.group()), text)


def _fiscal_year(text: str, folded: str, title: str, published: int | None) -> tuple[int | None, str]:
    if title and (y := _title_year(title)):
        return y, "title"
    head = "\n".join(folded.splitlines()[:_HEAD_LINES])
    if m := _rules().year_field.search(head):
        return int(m.group(1) or m.group(2)), "form"
    if m := re.search(r"现将((?:19|20)\d{2})\s*年度?", folded):
        return int(m.group(1)), "body"
    body = _rules().planned.sub(" ", _strip_cited(folded))  # ("2024年我馆将…": a year of plans)
    # the year most named, "2022年度" counting twice "2022年"; on a tie the later one
    counts = Counter(int(y) for y in _YEAR.findall(body)) + Counter(int(y) for y in _YEAR_DU.findall(body))
    if published is not None:
        counts = Counter({y: n for y, n in counts.items() if y < published}) or counts
    if not counts:
        # only dates ("项目于2023年12月22日完工"): the year the work was done in, not one it was
        # published in
        counts = Counter(int(y) for y in _DATED.findall(body) if published is None or int(y) < published)
    if counts:
        best = max(counts.values())
        return max(y for y, n in counts.items() if n == best), "body"
    if _PLACEHOLDER.search(folded):
        return None, ""
    return (published - 1, "date") if published else (None, "")


def _strip_cited(text: str) -> str:
    return re.sub(r"《[^《》\n]{0,80}》|[〔\[［][^〕\]］]{0,8}[〕\]］]\s*\d*号?", " ", text)


# --- the record ------------------------------------------------------------------------------


def extract_metadata(clean_text: str, gazetteer: Gazetteer | None = None,
                     overrides: dict[str, object] | None = None, name: str = "",
                     raw: str | None = None, published: str | None = None) -> ReportMeta:
    """Metadata from the cleaned text of the file called name; the title from its raw text when
    given (cleaning joins short lines); fields of overrides (a manifest entry) win. published: the
    ISO date a web page was published (its <meta>), the filing date when the text gives none (so a
    report published in 2024 is about 2023 when nothing else says)."""
    gazetteer = gazetteer or default_gazetteer()
    rules = _rules()
    text = clean_text
    folded = _digit_years(gazetteer.fold(text))
    origin: dict[str, str] = {}

    title = read_title(raw if raw is not None else text, gazetteer)
    title_read = bool(title)
    if title_read:
        origin["title"] = "title"

    mentions = gazetteer.find_units(text)
    implementers = _field_orgs(folded, "implementer", gazetteer)
    supervisors = _field_orgs(folded, "supervisor", gazetteer)
    publishers = _field_orgs(folded, "publisher", gazetteer)
    title_org = ""
    if title:
        t = gazetteer.fold(title)
        org = _org_at(t, 0)
        if org and re.match(rf"\s*(?:(?:19|20)\d{{2}}\s*年|部门|单位|整体|本级|{_ABOUT})", t[len(org):]):
            title_org = title[: len(org)]
    body = _body_orgs(text, folded, gazetteer, mentions)
    levels = _level_orgs(folded, mentions, gazetteer)

    # the report's region before its department is known: the title's places, else the body's
    region_place = _region_from_text(title, text, mentions, gazetteer)

    def verbatim(name: str) -> str:
        """name (found in the folded text) as the report writes it."""
        at = folded.find(name)
        return text[at : at + len(name)] if at >= 0 else name

    department, source = "", ""
    sources = [(implementers, "form"), ([title_org] if title_org else [], "title")]
    several = _several(implementers)
    if title_org and not _same_org(title_org, implementers) and (_titled_kind(gazetteer.fold(title)) == _WHOLE_KIND
                                                                 or several):
        sources.reverse()  # a department's report with its projects' forms after it: their 实施单位 are the projects'
    elif several and len(set(supervisors)) == 1:
        sources.insert(0, (supervisors, "form"))  # several projects' forms, one 主管部门: the department over them all
    for candidates, where in (*sources, (supervisors, "form"), (publishers, "publisher"), (_signers(folded), "signature")):
        if candidates:
            department, source = verbatim(candidates[0]), where
            break
    if not department:
        department, source = _body_department(text, folded, body, levels, region_place, gazetteer)
    # a name without its place, or a level word for a place: the report's place
    known = list(body) + [verbatim(p) for p in publishers + implementers + supervisors]
    if department and not _chain(department, gazetteer) and not _standalone(department, gazetteer) \
            and not gazetteer.find_units(department):  # "第三师图木舒克市交通运输局" names its place
        better = [k for k in known if k != department and k.endswith(department.lstrip("".join(_LEVEL_WORDS)))
                  and _chain(k, gazetteer)]
        department = better[0] if better else _qualify(department, region_place, [])
    if department:
        department = _expand(department, [verbatim(o) for o in _orgs_opening_with(folded, gazetteer.fold(department)[:2])], gazetteer)
        # the raw lines: cleaning joins a name's own line to the title above it
        department = verbatim(_unit_of(gazetteer.fold(raw) if raw is not None else folded, gazetteer.fold(department)))
        origin["department"] = source

    chain = _chain(department, gazetteer) if department else []
    place: Place | None = chain[-1].place if chain else None
    if chain and (branch := _branch_place(department, chain, gazetteer)) is not None:
        place = branch  # "晋城市生态环境局城区分局" serves 城区
    if source == "body" and place is not None and region_place is not None and _within(region_place, place):
        place = region_place  # the body's department is a level above the place it names most
    if place is None and department:
        place = _standalone(department, gazetteer, towns=True)
    if place is not None:
        origin["region"] = source
    elif region_place is not None:
        place = region_place
        origin["region"] = "title" if title and gazetteer.find_units(title) else "body"
    if place is not None:
        place = _of_the_places_named(place, mentions, gazetteer)
    if place is not None and not place.province:
        province = _province_in(mentions)
        place = Place(place.name, place.kind, place.parent, province, place.city)

    published_year = None
    filing_date = None
    if m := rules.published.search(folded):
        filing_date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        published_year = int(m.group(1))
    elif published and (m := re.match(r"((?:19|20)\d{2})-\d{2}-\d{2}", published)):
        filing_date, published_year = m.group(0), int(m.group(1))
    elif signed := signature(folded):
        filing_date = f"{signed.year:04d}-{signed.month:02d}-{signed.day:02d}"
        published_year = signed.year
    year, year_from = _fiscal_year(text, folded, title, published_year)
    if year:
        origin["year"] = year_from

    kind = _kind(gazetteer.fold(title), folded)
    supervisor = verbatim(supervisors[0]) if supervisors else ""
    implementer = verbatim(implementers[0]) if implementers and supervisors else ""

    region = place.name if place else ""
    county = place.parent if place is not None and place.kind in ("town", "zone") and place.parent else ""
    city = ""
    province = ""
    if place is not None:
        province = place.province or (place.name if place.kind == "province" else "")
        city = place.city if place.kind in ("county", "town", "zone") else ""
        if city == province:
            city = ""
    admin_level = next((w for w in ("自治区", "苏木", "街道", "省", "市", "县", "区", "旗", "盟", "镇", "乡")
                        if region.endswith(w)), "")

    places = sorted({m.place.name for m in mentions} | {p for m in mentions for p in (m.place.city, m.place.province) if p})
    # organisations named by their level only ("市交投集团") count with the report's place
    levelled = {_qualify(n, place, []) for n in levels} if place is not None else set()
    organisations = sorted(set(body) | set(implementers) | set(supervisors) | set(publishers) | levelled
                           | ({department} if department else set()))
    values: dict[str, object] = dict(
        department=department, region=region, city=city, admin_level=admin_level, year=year,
        filing_date=filing_date, title=title or name, province=province, county=county, kind=kind,
        supervisor=supervisor, implementer=implementer, title_read=title_read,
        places=tuple(places), organisations=tuple(organisations))
    for key, value in (overrides or {}).items():
        values[key] = value
        origin[key] = "manifest"
    if "region" in (overrides or {}) and (given := gazetteer.get(str(values["region"]))) is not None:
        # the region's province and city from the gazetteer, unless the manifest gives them too
        values["region"] = given.name
        for key, value in (("province", given.province or (given.name if given.kind == "province" else "")),
                           ("city", given.city), ("county", "")):
            if key not in (overrides or {}):
                values[key] = value
    if "title" in (overrides or {}):
        values["title_read"] = True
    values["origin"] = tuple(origin.items())
    return ReportMeta(**values)  # type: ignore[arg-type]


def _orgs_opening_with(folded: str, head: str) -> list[str]:
    """The organisations whose names open with head, wherever the text names them."""
    return [name for m in re.finditer(re.escape(head), folded) if (name := _org_at(folded, m.start()))]


def _body_department(text: str, folded: str, body: Counter[str], levels: Counter[str],
                     region: Place | None, gazetteer: Gazetteer) -> tuple[str, str]:
    """The organisation the body names most, self-references counted for it; a level-named one
    ("市中级人民法院" with 我院) takes the report's place."""
    rules = _rules()
    refs = Counter(suffix for m in rules.self_ref.finditer(folded) for suffix in rules.self_refs[m.group()])
    scores: dict[str, float] = {}
    short = Counter(m.group(1) for m in re.finditer(rf"[省市县区旗]([{_HAN}]{{1,3}}局)", folded))
    for name, n in body.items():
        org = gazetteer.fold(name)[len(_leading_places(name, gazetteer)):]
        # its short form (区政数局 for …政务服务数据管理局) counts for it
        abbreviated = sum(k for a, k in short.items() if len(a) < len(org) and a != org and is_subsequence(a, org))
        scores[name] = n + 2 * abbreviated + _spoken_for(gazetteer.fold(name), refs)
    for name, n in levels.items():
        bonus = _spoken_for(name, refs)
        if bonus and region is not None:
            qualified = _qualify(name, region, [])
            scores.setdefault(qualified, 0)
            scores[qualified] += n + bonus
    # one the text names only as under the reporting one ("本局…下属事业单位1个，即…审计服务中心") is not its
    # author, when the text speaks as another kind
    spoken = {suffix for suffix in refs if suffix}
    scores = {name: n for name, n in scores.items()
              if not (spoken and not name.endswith(tuple(spoken)) and _named_as_under(folded, gazetteer.fold(name)))}
    if not scores or max(scores.values()) < 1:
        scores = _unplaced_orgs(folded, refs, gazetteer)  # "作为武侯镇中心卫生院，我院…": named without its place
    if not scores:
        return "", ""
    # (of those named as often, the one that signs the text: "武平县财政局" under a table of departments' results)
    signer = _signing_org(folded)
    best = max(scores, key=lambda k: (scores[k], gazetteer.fold(k) == signer, len(k)))
    if scores[best] < 1:
        return "", ""
    return best, "body"


# a name's own words: a few characters, none a function word or one a sentence runs on with
_PROPER = re.compile(rf"(?![^\n]*[和与及的等各个其该本我所辖年据同对为在由向接受])[{_HAN}]{{2,6}}")
_UNPLACED_READ = 3000  # characters of the opening read for a name without its place


def _unplaced_orgs(folded: str, refs: Counter[str], gazetteer: Gazetteer) -> dict[str, float]:
    """Organisations the text names by their own name only, of the kind its self-references say
    ("夏茂中心小学…本校"), each named as often as it is with its references: a name must say more
    than its kind ("中心卫生院" alone names none)."""
    # (a government body is named with its place, or masked: "我局" alone names no bureau)
    kinds = [suffix for suffix in refs if suffix and suffix not in organisation_data()["named_by_place"]]
    if not kinds:
        return {}
    found: Counter[str] = Counter()
    for i, name in names_in(folded, _UNPLACED_READ):
        generic = any(_org_at(folded, i + k) == name[k:] and name[:k] in _LEVEL_WORDS for k in (1, 2))
        if not generic and _PROPER.fullmatch(own_words(name)) and name.endswith(tuple(kinds)) \
                and not gazetteer.find_units(name) and not _addressed(folded, i, i + len(name)):
            found[name] += 1
    return {name: n + _spoken_for(name, refs) for name, n in found.items()}


_UNDER_REACH = 16  # characters before a name in which a word may introduce it as under the reporting one


def _named_as_under(folded: str, name: str) -> bool:
    """Whether every time the text names an organisation, a word just before introduces it as under the
    one reporting ("下属事业单位1个，即上海市闵行区经济责任审计服务中心")."""
    at = [m.start() for m in re.finditer(re.escape(name), folded)]
    under = tuple(organisation_data()["under_words"])
    return bool(at) and all(any(w in folded[max(0, a - _UNDER_REACH) : a] for w in under) for a in at)


def _spoken_for(name: str, refs: Counter[str]) -> int:
    """How often the text speaks as an organisation of the name's kind ("我院" for …卫生院)."""
    return sum(k for suffix, k in refs.items() if suffix and name.endswith(suffix))


def _region_from_text(title: str, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> Place | None:
    """The place the title names (its most specific), else the one the body names most (the most
    specific level on a tie), leaving out places inside 《》."""
    if title:
        chain = gazetteer.find_units(title)
        if chain:
            return max(chain, key=lambda m: LEVELS.get(m.place.kind, 0)).place
    cited = _cited_spans(text)
    listed = _listed_places(text, mentions)
    counts: Counter[Place] = Counter()
    for i, m in enumerate(mentions):
        if i not in listed:
            counts[m.place] += 1 if not _in(cited, m.start) else 0.5  # type: ignore[assignment]
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], LEVELS.get(p.kind, 0)))


_LIST_BETWEEN = frozenset("、，,和及与")  # what stands between two places a sentence lists


def _listed_places(text: str, mentions: list[Mention]) -> set[int]:
    """The mentions that are items of a list of places ("涉及肥东、肥西、长丰、庐江、巢湖等5个县"): the places a
    report's money or work reached, none of them the report's own."""
    listed: set[int] = set()
    for i in range(len(mentions) - 1):
        if text[mentions[i].end : mentions[i + 1].start] in _LIST_BETWEEN:
            listed |= {i, i + 1}
    return listed


def _within(inner: Place, outer: Place) -> bool:
    return inner.name != outer.name and outer.name in (inner.parent, inner.city, inner.province)


def _province_in(mentions: list[Mention]) -> str:
    provinces = Counter(m.place.province or (m.place.name if m.place.kind == "province" else "") for m in mentions)
    provinces.pop("", None)
    return provinces.most_common(1)[0][0] if provinces else ""


_SAME_END = 4  # characters two names of one organisation end alike in ("…人民法院")


def _several(names: list[str]) -> bool:
    """Whether names are of more than one organisation (not "临沧市永德县明朗中学" and "永德县明朗中学")."""
    return any(not (a.endswith(b) or b.endswith(a)) for a in names for b in names)


def _same_org(name: str, others: list[str]) -> bool:
    """Whether the first of the others names the same organisation as name, however its place is written
    ("围场县满族蒙古族自治县人民法院" of "围场满族蒙古族自治县人民法院")."""
    return bool(others) and (name.endswith(others[0]) or others[0].endswith(name) or name[-_SAME_END:] == others[0][-_SAME_END:])


def _titled_kind(title: str) -> str:
    """The kind of report its title's words say ("部门整体支出绩效自评报告": 部门整体), "" when they say none."""
    return next((kind for kind, words in _rules().kinds if any(w in title for w in words)), "")


def _kind(title: str, folded: str) -> str:
    if kind := _titled_kind(title):
        return kind
    if all(w in folded for w in ("全年预算数", "全年执行数")) or "一级指标" in folded:
        return "自评表"
    if any(w in folded for w in WHOLE_DEPARTMENT):
        return "部门整体"  # no title: the body says whose spending ("我局2022年度部门整体支出绩效自评得分")
    return "项目" if folded.count("项目") >= 3 else "部门整体"
