"""The units figures are counted and measured in, and how a question asks for one. The words live
in app/vocab/data/units.toml, read once when this module is imported."""

from __future__ import annotations

from pydantic import Field, model_validator

from app.vocab.load import Chars, Strict, Words, load


class Units(Strict):
    count_words: Chars  # one character each: "24个", "多少笔"
    measures: Words  # "5.7公里", "735人次"
    not_units: Words  # "家庭": opens with a measure word but is none
    data_measures: Words  # "500兆", "100Mbps"
    people_ends: Words  # how the names of people end: "员额检察官有几个" counts people
    households: Words  # what households are counted in: "惠及多少户" is no count of 个 (projects)
    household_members: Words  # who a household is: "涉及多少户居民" asks a count of households
    cases: Words  # what people are counted in as cases: "肺结核患者203例"
    occurrences: Words  # what times something happened are counted in: "作业38次"
    dimensions: dict[str, Words] = Field(min_length=1)  # units of one quantity
    measure_asks: dict[str, Words] = Field(min_length=1)  # "有多深": a dimension asked without its unit
    dimension_words: dict[str, Words] = Field(min_length=1)  # "面积": a quantity, said by a figure's unit
    count_quantity_words: Words  # "数量": a count, said by any count's unit

    @model_validator(mode="after")
    def _asks_known_dimensions(self) -> Units:
        unknown = (set(self.measure_asks) | set(self.dimension_words)) - set(self.dimensions)
        if unknown:
            raise ValueError(f"measure_asks or dimension_words name no dimension: {', '.join(sorted(unknown))}")
        return self

    def dimension(self, unit: str) -> str | None:
        """The quantity a unit measures (米 → length), None for a count."""
        return next((name for name, units in self.dimensions.items() if unit in units), None)

    def names_quantity(self, word: str, unit: str) -> bool:
        """Whether a word only names the quantity a unit measures ("面积" of 平方米, "数量" of 座)."""
        if (d := self.dimension(unit)) is not None and word in self.dimension_words.get(d, ()):
            return True
        # ("件数" of 件, "户数" of 户: the count word and 数)
        return bool(unit) and unit in self.count_words + tuple(self.measures) \
            and (word in self.count_quantity_words or word == f"{unit}数")

    def other_count(self, asked: str, unit: str) -> bool:
        """Whether a count in `unit` counts another kind of thing than `asked` does: times something
        happened ("38次") for things ("多少枚"), or things for times. 个 counts anything."""
        return bool(unit) and "个" not in (asked, unit) and (asked in self.occurrences) != (unit in self.occurrences)

    def thing_counted(self, asked: str, unit: str) -> bool:
        """Whether 个 asked ("多少个科技计划项目") is answered by a thing's own measure word ("27项", "18家",
        "6所"): one that is no measure, nor counts people, times or households."""
        return asked == "个" and unit in self.count_words and self.dimension(unit) is None \
            and unit not in self.occurrences and unit not in self.households

    def same_quantity(self, asked: str, unit: str) -> bool:
        """Whether a figure in `unit` answers a question asking in `asked` (米 and 公里 both do)."""
        return unit == asked or (d := self.dimension(asked)) is not None and d == self.dimension(unit)


UNITS = load("units.toml", Units)
