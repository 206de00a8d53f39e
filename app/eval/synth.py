"""A deterministic synthetic corpus of look-alike reports, with its known facts as a question set.

Each report is one of the five real reports with its region replaced by a real Guangdong division
of the same kind (county → county, district → district, city → city, with the parent city too),
its fiscal year moved (every year in the text shifts with it), and its figures changed: all money
by one factor per report (so that parts still add up to totals, to the cent), counts by another,
rates and scores nudged. The questions name region and year and ask for figures that exist only
in that one report; the unanswerable ones ask for a year or a division the corpus does not have.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path

from app.core.gazetteer import Place, default_gazetteer, short_name
from app.core.numbers import find_figures

CORPUS = Path(str(resources.files("govqa_corpus")))  # corpus/ in the source tree, or in the wheel


@dataclass(frozen=True)
class Template:
    file: str
    region: str
    city: str  # "" when the region is itself a prefecture-level city
    year: int
    facts: tuple[tuple[str, str], ...]  # (indicator as asked, figure as written in the template)


TEMPLATES = (
    Template("wuchuan-2023.txt", "吴川市", "湛江市", 2023,
             (("项目支出", "7073.75万元"), ("基本支出", "239.45万元"), ("财政拨款收入", "7324.60万元"),
              ("自评得分", "92分"))),
    Template("zhanjiang-2024.txt", "湛江市", "", 2024,
             (("支出数", "54941612.82元"), ("基本支出", "22919373.49元"), ("项目支出", "32022239.33元"),
              ("自评得分", "97.5分"))),
    Template("meijiang-2023.txt", "梅江区", "梅州市", 2023,
             (("12345热线群众满意率", "98.77%"), ("12345热线派发的电子工单", "15054件"), ("自评得分", "99.95分"),
              ("本年支出合计", "874.43万元"))),
    Template("huidong-2023.txt", "惠东县", "惠州市", 2023,
             (("12345热线群众满意率", "95.35%"), ("12345热线转办、督办工单", "49494件"), ("总支出", "895.76万元"),
              ("基本支出", "514.42万元"))),
    Template("jiangmen-2021.txt", "江门市", "", 2021,
             (("全年总支出", "23155.62万元"), ("项目支出", "18159.16万元"), ("自评得分", "95分"))),
)
ASK = {
    "自评得分": ("{u}{y}年部门整体支出绩效自评得分是多少？", "{u}{y}年度自评打了多少分？"),
    "12345热线群众满意率": ("{u}{y}年12345热线群众满意率是多少？", "{u}{y}年老百姓对12345热线满不满意，满意率多少？"),
}
DEFAULT_ASK = ("{u}{y}年{i}是多少？", "{u}政务服务数据管理局{y}年度{i}是多少？")
YEARS = range(2014, 2026)  # 19 other prefecture-level cities × 12 years: enough for N = 500 (200 city reports)


@dataclass
class SynthReport:
    file: str
    region: str
    year: int
    text: str
    facts: list[tuple[str, str]]  # (indicator as asked, figure as written)


def _units(kind_suffix: str, exclude: set[str]) -> list[Place]:
    """Guangdong divisions whose name ends like the template's (县/区/市), in a stable order."""
    g = default_gazetteer()
    places = [p for p in g.places.values() if p.kind == "county" and p.name.endswith(kind_suffix)
              and (g.get(p.parent) is not None and g.get(p.parent).parent == "广东省")]  # type: ignore[union-attr]
    return sorted((p for p in places if p.name not in exclude), key=lambda p: p.name)


def _cities(exclude: set[str]) -> list[Place]:
    g = default_gazetteer()
    return sorted((p for p in g.places.values() if p.kind == "city" and p.parent == "广东省" and p.name not in exclude),
                  key=lambda p: p.name)


def _fmt(value: Decimal, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    q = Decimal(1).scaleb(-decimals)
    return str(value.quantize(q, rounding=ROUND_HALF_UP))


def _rewrite_figures(text: str, money: Decimal, count: Decimal, nudge: Decimal, year_shift: int) -> str:
    """Every figure changed consistently; bare numbers (12345, 01-1 表) and 100% stay."""
    out: list[str] = []
    pos = 0
    for fig in find_figures(text):
        m = re.search(r"\d[\d,]*(?:\.\d+)?", text[fig.start : fig.end])
        if m is None:
            continue
        s, e = fig.start + m.start(), fig.start + m.end()
        digits = text[s:e].replace(",", "")
        new = digits
        if fig.kind == "date":
            continue  # years move below, once, wherever they are written
        if fig.kind == "amount":
            new = _fmt(Decimal(digits) * money, digits)
        elif fig.kind == "count" and fig.unit not in ("年", "月", "日"):
            new = str(max(1, int((Decimal(digits) * count).to_integral_value(ROUND_HALF_UP)))) if "." not in digits \
                else _fmt(Decimal(digits) * count, digits)
        elif fig.kind in ("rate", "score") and Decimal(digits) < 100:
            top = Decimal("99.99") if fig.kind == "rate" else Decimal(100)
            new = _fmt(min(top, Decimal(digits) + nudge), digits)
        out.append(text[pos:s] + new)
        pos = e
    out.append(text[pos:])
    text = "".join(out)
    # every year ("2023年度", "2022 年", "2024. 7. 22") moves with the fiscal year
    return re.sub(r"(?<![\d.])(20[12]\d)(?=\s*(?:年|[.．]\s*\d{1,2}\s*[.．]))",
                  lambda y: str(int(y.group(1)) + year_shift), text)


def generate(n: int, out_dir: Path, seed: int = 20240101) -> tuple[list[SynthReport], Path]:
    """Write n look-alike reports and questions.jsonl into out_dir; returns the reports and the questions file."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus_dir = out_dir / "reports"
    corpus_dir.mkdir(exist_ok=True)
    real = {t.region for t in TEMPLATES}
    pools = {
        "县": _units("县", real), "区": _units("区", real), "市": _units("市", real), "city": _cities(real),
    }
    used: set[tuple[str, int]] = set()
    reports: list[SynthReport] = []
    for i in range(n):
        template = TEMPLATES[i % len(TEMPLATES)]
        pool = pools["city"] if not template.city else pools[template.region[-1]]
        free = [(p, y) for p in pool for y in YEARS if (p.name, y) not in used]
        if not free:
            kind = "prefecture-level cities" if not template.city else f"divisions ending in {template.region[-1]}"
            raise ValueError(f"not enough distinct (division, year) pairs of {kind} for {n} reports")
        place, year = rng.choice(free)
        used.add((place.name, year))
        raw = (CORPUS / template.file).read_text("utf-8")
        money = Decimal(rng.randint(40, 180)) / 100
        count = Decimal(rng.randint(50, 160)) / 100
        nudge = Decimal(rng.randint(-300, 150)) / 100
        text = _rewrite_figures(raw, money, count, nudge, year - template.year)
        text = _rename(text, template, place)
        facts = [(ask, _rewrite_figures(fig, money, count, nudge, 0)) for ask, fig in template.facts]
        name = f"synth-{i:04d}.txt"
        (corpus_dir / name).write_text(text, "utf-8")
        reports.append(SynthReport(name, place.name, year, text, facts))
    path = out_dir / "questions.jsonl"
    _write_questions(reports, used, pools, rng, path)
    return reports, path


def _rename(text: str, template: Template, place: Place) -> str:
    """Replace the template's region and city names (full and short) in one pass, longest first."""
    pairs = {template.region: place.name, short_name(template.region): short_name(place.name)}
    if template.city:
        pairs |= {template.city: place.parent, short_name(template.city): short_name(place.parent)}
    pattern = re.compile("|".join(map(re.escape, sorted(pairs, key=len, reverse=True))))
    return pattern.sub(lambda m: pairs[m.group()], text)


def _write_questions(reports: list[SynthReport], used: set[tuple[str, int]], pools: dict[str, list[Place]],
                     rng: random.Random, path: Path) -> None:
    rows = []
    for k, r in enumerate(reports):
        for j, (ask, figure) in enumerate(r.facts[:3]):
            forms = ASK.get(ask, DEFAULT_ASK)
            question = forms[(k + j) % len(forms)].format(u=r.region, y=r.year, i=ask)
            rows.append({"id": f"s{k:04d}-{j}", "question": question, "expect": [figure], "doc": r.region,
                         "answerable": True, "category": "synthetic"})
        if k % 5 == 0:  # a year this division has no report for
            year = next((y for y in YEARS if (r.region, y) not in used), None)
            if year is not None:
                rows.append({"id": f"s{k:04d}-y", "question": f"{r.region}{year}年项目支出是多少？", "expect": [],
                             "doc": "", "answerable": False, "category": "unanswerable"})
    everything = [p for pool in pools.values() for p in pool]
    absent = [p for p in everything if not any(p.name == region for region, _ in used)]
    for k, place in enumerate(sorted(absent, key=lambda p: p.name)[: max(2, len(reports) // 10)]):
        rows.append({"id": f"u{k:04d}", "question": f"{place.name}2023年12345热线群众满意率是多少？", "expect": [],
                     "doc": "", "answerable": False, "category": "unanswerable"})
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
