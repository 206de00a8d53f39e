"""Extract a report's department, region, admin level, fiscal year, filing date and title from its text."""

from __future__ import annotations

import re
from collections import Counter

from app.core.gazetteer import Gazetteer, Place, default_gazetteer
from app.core.records import ReportMeta

_FIELD = re.compile(r"^(评价年度|评价单位|部门名称|单位名称|预算部门单位|预算单位|填报单位|填报日期)[^：:\n]{0,12}[：:][ \t]*(.*)$", re.M)
_SEAL = re.compile(r"[（(]\s*公章\s*[）)]")
_ORG = re.compile(r"[\u4e00-\u9fa5]{1,16}?(?:管理局|局|委员会|办公室|中心)")
_DOC_TYPE = re.compile(r"(?:部门)?整体(?:支出)?绩效(?:自评|自我评价|评价)报告")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[年.\-/．]\s*(\d{1,2})\s*[月.\-/．]\s*(\d{1,2})")
_YEAR_DU = re.compile(r"((?:19|20)\d{2})年度")


def _fields(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in _FIELD.finditer(text):
        found.setdefault(m.group(1), m.group(2).strip())
    return found


def _clean_department(value: str) -> str:
    value = _SEAL.sub("", value).strip(" ：:")
    return re.sub(r"本级$", "", value)


def _abbreviations(text: str) -> Counter[str]:
    """Short unit names such as 市政数局 / 区政数局 (简称…)."""
    return Counter(m.group(1) for m in re.finditer(r"[省市县区]?([\u4e00-\u9fa5]{1,3}局)", text))


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def infer_department(text: str, gazetteer: Gazetteer) -> str:
    """The department a report is about, when no field names it: the place-qualified unit the text
    names most, counting its short forms (区政数局 for 梅州市梅江区政务服务数据管理局)."""
    mentions = gazetteer.find(text)
    candidates: Counter[str] = Counter()
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and mentions[j + 1].start == mentions[j].end:
            j += 1  # a chain such as 梅州市梅江区
        org = _ORG.match(text, mentions[j].end)
        if org and mentions[j].place.kind != "province":
            candidates[text[mentions[i].start : org.end()]] += 1
        i = j + 1
    if not candidates:
        return ""
    abbreviations = _abbreviations(text)
    self_refs = len(re.findall(r"[我本]局", text))

    def score(name: str) -> float:
        org = _ORG.search(name, len(_leading_places(name, gazetteer)))
        org_name = org.group() if org else name
        short = sum(n for a, n in abbreviations.items() if a != org_name and len(a) < len(org_name)
                    and _is_subsequence(a, org_name))
        return candidates[name] + 2 * short + (0.5 * bool(self_refs) if name.endswith("局") else 0)

    return max(candidates, key=lambda name: (score(name), len(name)))


def _leading_places(name: str, gazetteer: Gazetteer) -> str:
    end = 0
    for m in gazetteer.find(name):
        if m.start != end:
            break
        end = m.end
    return name[:end]


def _region_of(department: str, gazetteer: Gazetteer) -> tuple[Place | None, str]:
    """The most specific place a department name starts with, and the city above it."""
    chain = []
    end = 0
    for m in gazetteer.find(department):
        if m.start != end:
            break
        chain.append(m.place)
        end = m.end
    if not chain:
        return None, ""
    place = chain[-1]
    city = place.parent if place.kind == "county" else ""
    return place, city


def _fiscal_year(text: str, fields: dict[str, str], filing_year: int | None) -> int | None:
    if m := re.search(r"(?:19|20)\d{2}", fields.get("评价年度", "")):
        return int(m.group())
    head = "\n".join(text.splitlines()[:12])
    if m := re.search(r"((?:19|20)\d{2})年度?[\u4e00-\u9fa5]{0,30}?" + _DOC_TYPE.pattern, head.replace("\n", "")):
        return int(m.group(1))
    if m := re.search(r"现将((?:19|20)\d{2})年度?", text):
        return int(m.group(1))
    counts = Counter(int(y) for y in _YEAR_DU.findall(text))
    if filing_year is not None:
        counts = Counter({y: n for y, n in counts.items() if y < filing_year}) or counts
    if counts:
        return counts.most_common(1)[0][0]
    return filing_year - 1 if filing_year else None


def extract_metadata(clean_text: str, gazetteer: Gazetteer | None = None,
                     overrides: dict[str, object] | None = None, published: str | None = None) -> ReportMeta:
    """Metadata from the cleaned text; fields of overrides (a manifest entry) win. published: the
    ISO date a web page was published, the filing date when the text gives none (so a report
    published in 2024 is about 2023 when nothing else says)."""
    gazetteer = gazetteer or default_gazetteer()
    fields = _fields(clean_text)
    department = ""
    for key in ("评价单位", "部门名称", "单位名称", "预算部门单位", "预算单位", "填报单位", "主管部门"):
        if value := _clean_department(fields.get(key, "")):
            department = value
            break
    if not department:
        department = infer_department(clean_text, gazetteer)

    filing_date = None
    if m := _DATE.search(fields.get("填报日期", "")):
        filing_date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    filing_date = filing_date or published
    filing_year = int(filing_date[:4]) if filing_date else None
    year = _fiscal_year(clean_text, fields, filing_year)

    place, city = _region_of(department, gazetteer)
    region = place.name if place else ""
    admin_level = region[-1] if region and region[-1] in "市县区" else ""
    doc_type = m.group() if (m := _DOC_TYPE.search(clean_text[:400])) else "部门整体支出绩效自评报告"
    title = f"{department}{year}年度{doc_type}" if year else f"{department}{doc_type}"

    values: dict[str, object] = dict(department=department, region=region, city=city,
                                     admin_level=admin_level, year=year,
                                     filing_date=filing_date, title=title)
    values.update(overrides or {})
    return ReportMeta(**values)  # type: ignore[arg-type]
