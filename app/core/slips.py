"""Characters a scan's text recognition puts for others ("万兀" for 万元, "l0" for 10), read as the ones
meant where the context leaves no doubt (app/core/data/ocr.toml). Cleaning reads the text so, and the
form reader its cells; quotes stay as the file has them."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A unit's slip after its money word, a figure's run with letters for digits, a word's slip
    after a Chinese character, and what each slipped character stands for."""
    data = tomllib.loads(resources.files("app.core").joinpath("data/ocr.toml").read_text("utf-8"))
    units, digits, words = data["unit_slips"], data["digit_slips"], data["word_slips"]
    unit = re.compile(f"(?<=[{''.join(data['money_before'])}])[{''.join(units)}]")
    letters = "".join(digits)
    # a run of digits and such letters, with both, between no other Latin letters ("l0", not "PM2.5"),
    # its digit groups perhaps set apart by commas or spaces ("l,69O.26", "l 872.5")
    group = rf"[, ][\d{letters}]{{3}}(?![\d{letters}])[\d.{letters}]*"
    run = re.compile(rf"(?<![A-Za-z\d.,])[\d.{letters}]+(?:{group})*(?![A-Za-z\d])")
    word = re.compile(f"(?<=[\u4e00-\u9fff])[{''.join(words)}]")
    return unit, run, word, {**units, **digits, **words}


def scan_slips(text: str) -> dict[int, tuple[int, str]]:
    """Where a slip stands → (its end, the character meant)."""
    unit, run, word, meant = _patterns()
    found = {m.start(): (m.end(), meant[m.group()]) for pattern in (unit, word) for m in pattern.finditer(text)}
    for m in run.finditer(text):
        if not (any(ch.isdigit() for ch in m.group()) and any(ch in meant for ch in m.group())):
            continue  # a run with both: "l0", "l 872.5", not "1 234" nor a word's "I"
        found.update({m.start() + k: (m.start() + k + 1, meant[ch]) for k, ch in enumerate(m.group()) if ch in meant})
    return found


def unslipped(text: str) -> str:
    """text with each slip read as meant, character for character."""
    slips = scan_slips(text)
    return "".join(slips[i][1] if i in slips else ch for i, ch in enumerate(text)) if slips else text
