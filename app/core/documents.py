"""Documents a report cites: a title in 《》 or an issuing number ("阿左财发〔2024〕56号", written
with any of the brackets reports use, or with the opening one lost: "川财行2020〕189号")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLE = re.compile(r"《[^《》\n]{2,80}》")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（【]?\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号")


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    text: str
    number: bool  # an issuing number, not a title


def references(text: str) -> list[Reference]:
    """The titles and issuing numbers in text, in order."""
    found = [Reference(m.start(), m.end(), m.group(), False) for m in _TITLE.finditer(text)]
    found += [Reference(m.start(), m.end(), m.group(), True) for m in _NUMBER.finditer(text)]
    return sorted(found, key=lambda r: r.start)
