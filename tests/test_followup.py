"""Follow-up questions take the previous question's topic; filters scope a question naming no place."""

import pytest

from app.answering.followup import apply_filters, resolve_followup
from app.index.catalog import Catalog

FIND = Catalog([]).gazetteer.find  # every place in China the gazetteer knows, no index needed
HOTLINE = "惠东县12345热线满意率是多少？"


@pytest.mark.parametrize(("question", "previous", "expected"), [
    ("那梅江区呢？", HOTLINE, "梅江区12345热线满意率是多少？"),
    ("梅江区呢", HOTLINE, "梅江区12345热线满意率是多少？"),
    ("江门的呢", HOTLINE, "江门12345热线满意率是多少？"),
    ("那吴川市的情况怎么样？", HOTLINE, "吴川市12345热线满意率是多少？"),
    ("2021年呢？", HOTLINE, "惠东县2021年12345热线满意率是多少？"),
    ("23年的呢", "吴川市2022年项目支出是多少？", "吴川市2023年项目支出是多少？"),
    ("那梅江区2023年的呢？", "吴川市2022年项目支出是多少？", "梅江区2023年项目支出是多少？"),
    ("那梅江区和吴川呢？", HOTLINE, "梅江区和吴川12345热线满意率是多少？"),
    # the whole run of places is replaced, a city written before its county included
    ("那湛江呢", "梅州市梅江区12345热线满意率是多少？", "湛江12345热线满意率是多少？"),
    ("那吴川和湛江呢？", "梅江区和惠东县的满意率哪个更高？", "吴川和湛江的满意率哪个更高？"),
    # a previous question without a place gets one
    ("那梅江区呢？", "12345热线满意率是多少？", "梅江区12345热线满意率是多少？"),
    # a new topic with 那…呢 keeps the previous scope
    ("那项目支出呢？", "吴川市2023年基本支出是多少？", "吴川市2023年项目支出呢？"),
    ("还有三公经费呢", "惠东县基本支出是多少？", "惠东县三公经费呢？"),
])
def test_elliptical_follow_ups_inherit_the_topic(question, previous, expected):
    assert resolve_followup(question, previous, FIND) == expected


@pytest.mark.parametrize(("question", "previous"), [
    ("梅江区12345热线满意率是多少？", HOTLINE),  # a question of its own
    ("梅江区项目支出是多少？", HOTLINE),  # names a place and a topic
    ("项目支出是多少？", "吴川市项目支出是多少"),  # no ellipsis cue: a question about every report
    ("那梅江区呢？", None),  # nothing to follow
    ("那梅江区呢？", ""),
    ("那项目支出呢？", "满意率是多少？"),  # no scope to keep
])
def test_questions_of_their_own_are_unchanged(question, previous):
    assert resolve_followup(question, previous, FIND) == question.strip()


def test_follow_ups_chain_through_resolved_questions():
    first = resolve_followup("那梅江区呢？", HOTLINE, FIND)
    assert resolve_followup("2021年呢？", first, FIND) == "梅江区2021年12345热线满意率是多少？"


def test_filters_scope_only_questions_naming_no_place_or_year():
    assert apply_filters("满意率是多少？", "惠东县", "2023", FIND) == "惠东县2023年满意率是多少？"
    assert apply_filters("满意率是多少？", "惠东县", None, FIND) == "惠东县满意率是多少？"
    assert apply_filters("惠东县满意率是多少？", None, 2023, FIND) == "惠东县2023年满意率是多少？"
    assert apply_filters("梅江区满意率是多少？", "惠东县", "2023", FIND) == "梅江区2023年满意率是多少？"
    assert apply_filters("梅江区2022年满意率是多少？", "惠东县", "2023", FIND) == "梅江区2022年满意率是多少？"
    assert apply_filters("满意率是多少？", None, None, FIND) == "满意率是多少？"
