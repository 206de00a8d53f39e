"""Place names of China (all of Guangdong down to county level) for recognising regions in text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_SUFFIXES = ("特别行政区", "自治县", "自治州", "地区", "省", "市", "县", "区", "盟")
# Short forms that are ordinary words far more often than they are places.
_AMBIGUOUS_SHORT = {"和平", "城区", "南山", "白云", "龙门", "紫金", "南海", "高明", "清新", "平安",
                    "东区", "新区", "市区", "长安", "海东", "白山", "黄山", "东方", "通化", "安顺",
                    "永安", "大同", "新余", "开放", "安康", "长治", "平凉", "吉安", "文山"}


@dataclass(frozen=True)
class Place:
    name: str  # official full name, e.g. "惠东县"
    kind: str  # province / city / county
    parent: str  # the city of a county, the province of a city, "" for a province

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
    """"惠东县" → "惠东"; names whose stem would be one character keep their suffix."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


class Gazetteer:
    """Finds place names (full or short form) in text, longest match first."""

    def __init__(self, places: list[Place]):
        self.places: dict[str, Place] = {}
        for place in places:
            self.places.setdefault(place.name, place)
        self._by_form: dict[str, Place] = {}
        for place in self.places.values():
            self._by_form.setdefault(place.name, place)
        for place in self.places.values():
            short = place.short
            if short != place.name and short not in _AMBIGUOUS_SHORT and len(short) >= 2:
                self._by_form.setdefault(short, place)
        forms = sorted(self._by_form, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, forms)))

    def add(self, place: Place) -> Gazetteer:
        """A gazetteer that also knows place (e.g. a report's region missing from the data file)."""
        if place.name in self.places:
            return self
        return Gazetteer([*self.places.values(), place])

    def get(self, name: str) -> Place | None:
        return self.places.get(name) or self._by_form.get(name)

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions in order of appearance."""
        return [
            Mention(self._by_form[m.group()], m.start(), m.end(), m.group())
            for m in self._pattern.finditer(text)
        ]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    data = json.loads(resources.files("app.core").joinpath("data/regions.json").read_text("utf-8"))
    places = [Place(p, "province", "") for p in data["provinces"]]
    for city, info in data["cities"].items():
        places.append(Place(city, "city", info.get("province", "")))
        places += [Place(c, "county", city) for c in info.get("counties", [])]
    return Gazetteer(places)
