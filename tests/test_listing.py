"""Questions about the library itself ("有哪些报告？") and places typed with a same-sounding slip
("萃湖县" for 翠湖县), on invented places and reports: the rules, not the bundled corpus."""

from __future__ import annotations

import pytest

from app.answering.listing import did_you_mean, list_reports, title_span
from app.answering.question import analyse
from app.core.records import CleanText, ReportMeta
from app.core.soundalike import slips, sound_alike
from app.index.catalog import Catalog, CatalogEntry

TEXTS = {
    "cuihu-2022": "  翠湖县农业局\n2022年度翠湖县农业局部门整体\n支出绩效自评报告\n一、基本情况\n本局共有编制12名。",
    "qingshan-2023": "青杉区教育局2023年度部门整体支出绩效自评报告\n一、基本情况\n全年支出500万元。",
    "qingshan-2022": "一、基本情况\n青杉区教育局全年支出450万元。",
}


def _meta(department: str, region: str, year: int, title: str, title_read: bool = True) -> ReportMeta:
    return ReportMeta(department, region, "云岭市", region[-1], year, None, title, kind="部门整体",
                      title_read=title_read)


METAS = {
    "cuihu-2022": _meta("翠湖县农业局", "翠湖县", 2022, "2022年度翠湖县农业局部门整体支出绩效自评报告"),
    "qingshan-2023": _meta("青杉区教育局", "青杉区", 2023, "青杉区教育局2023年度部门整体支出绩效自评报告"),
    "qingshan-2022": _meta("青杉区教育局", "青杉区", 2022, "qingshan-2022", title_read=False),
}
CATALOG = Catalog([CatalogEntry(d, m, f"reports/{d}.txt") for d, m in METAS.items()])


class Reports:
    def meta(self, doc_id: str) -> ReportMeta:
        return METAS[doc_id]

    def source(self, doc_id: str) -> str:
        return f"reports/{doc_id}.txt"

    def texts(self, doc_id: str) -> tuple[str, CleanText]:
        return TEXTS[doc_id], None  # type: ignore[return-value]  # the listing reads the raw text only


@pytest.mark.parametrize("question", ["有哪些报告？", "有哪几份报告", "库里有什么", "目前收录了哪些自评报告？",
                                      "你们这里一共有几份报告", "请列出报告清单"])
def test_asking_what_the_library_holds_is_a_listing(question):
    assert analyse(question, CATALOG).library


@pytest.mark.parametrize("question", ["哪些报告提到了编制", "报告里有什么问题", "翠湖县全年支出多少",
                                      "有哪些", "报告", "青杉区的报告有几个部门"])
def test_other_questions_are_not_listings(question):
    assert not analyse(question, CATALOG).library


def test_the_list_is_scoped_by_place_and_year_and_cites_each_title():
    answer = list_reports(analyse("青杉区有哪几份报告", CATALOG), Reports(), CATALOG.regions())
    assert answer.found and answer.answer.splitlines()[0] == "报告库中青杉区共有2份报告："
    assert [c.doc_id for c in answer.citations] == ["qingshan-2022", "qingshan-2023"]
    for c in answer.citations:  # every quote stands at its offsets
        assert "".join(TEXTS[c.doc_id][c.start : c.end].split()) == "".join(c.quote.split())
    assert answer.citations[1].quote == "青杉区教育局2023年度部门整体支出绩效自评报告"
    assert answer.citations[0].quote == "一、基本情况"  # no title read: the first line

    by_year = list_reports(analyse("2022年的报告有哪些？", CATALOG), Reports(), CATALOG.regions())
    assert {c.doc_id for c in by_year.citations} == {"cuihu-2022", "qingshan-2022"}
    assert "2022年度共有2份报告" in by_year.answer

    nothing = list_reports(analyse("2019年的报告有哪些？", CATALOG), Reports(), CATALOG.regions())
    assert not nothing.found and nothing.answer.startswith("未找到：报告库中没有2019年度的报告")


def test_a_title_broken_over_lines_is_found_in_the_text():
    raw = TEXTS["cuihu-2022"]
    start, end = title_span(raw, METAS["cuihu-2022"])
    assert raw[start:end] == "2022年度翠湖县农业局部门整体\n支出绩效自评报告"


def test_same_sounding_characters():
    assert sound_alike("慧", "惠") and sound_alike("萃", "翠") and sound_alike("虎", "湖")  # tone aside
    assert not sound_alike("翠", "翠") and not sound_alike("山", "湖") and not sound_alike("a", "b")


def test_a_slip_is_one_same_sounding_character_outside_known_places():
    assert [(s.typed, s.name) for s in slips("萃湖县全年支出多少", ["翠湖县"])] == [("萃湖县", "翠湖县")]
    assert slips("翠山县全年支出多少", ["翠湖县"]) == []  # 山 does not sound like 湖
    assert slips("萃虎县全年支出多少", ["翠湖县"]) == []  # two characters differ
    assert slips("翠湖县全年支出多少", ["翠湖县"]) == []  # the name itself
    assert slips("萃湖县全年支出多少", ["翠湖县"], taken=[(0, 3)]) == []  # already a known place
    assert slips("清杉的支出", ["青杉"], is_word=lambda w: w == "清杉") == []  # an ordinary word
    # "完成多少" holds 成多, which sounds like 称多; it is the end of one word and the start of another
    assert slips("参保人数实际完成多少", ["称多"], is_word=lambda w: w in ("完成", "多少")) == []
    assert [s.typed for s in slips("成多县参保人数", ["称多"], is_word=lambda w: w in ("完成", "多少"))] == ["成多"]


def test_a_question_with_a_slip_gets_a_suggestion_not_a_silent_drop():
    question = analyse("萃湖县农业局全年支出多少？", CATALOG)
    assert not question.regions  # the place is not read as 翠湖县…
    assert [(s.typed, s.name) for s in question.slips] == [("萃湖县", "翠湖县")]  # …but not dropped either
    answer = did_you_mean(question)
    assert not answer.found and answer.answer == "未找到：报告库中没有“萃湖县”的报告。您是否要问翠湖县？"
    assert [s.name for s in analyse("清杉区教育局全年支出多少？", CATALOG).slips] == ["青杉区"]
    assert analyse("翠湖县农业局全年支出多少？", CATALOG).slips == []


def test_the_date_a_report_is_signed_with_is_read_from_its_signature():
    """"自评报告是哪天出的" is answered by the date under the signature, as written (full-width digits
    too), and cited from the two lines; "报告是哪年的" asks the fiscal year, "哪天公开的" a page's date."""
    from app.answering.listing import signed_date
    from app.core.numbers import normalise_digits
    from app.core.signature import signature

    raw = "青杉区教育局2023年度部门整体支出绩效自评报告\n一、基本情况\n全年支出500万元。\n\n青杉区教育局\n２０２４年４月８日\n"
    signed = signature(normalise_digits(raw))
    assert signed is not None and (signed.year, signed.month, signed.day) == (2024, 4, 8)
    lead, start, end = signed.lead, signed.start, signed.end
    assert raw[start:end] == "２０２４年４月８日" and raw[lead:start].strip() == "青杉区教育局"
    assert signature("一、基本情况\n全年支出500万元。\n") is None

    class Signed(Reports):
        def texts(self, doc_id: str) -> tuple[str, CleanText]:
            return raw, CleanText(raw, list(range(len(raw))))

    asked = analyse("青杉区教育局2023年度自评报告是哪天出的？", CATALOG)
    assert asked.signed
    answer = signed_date(asked, Signed())
    assert answer is not None and "２０２４年４月８日" in answer.answer
    assert answer.citations[0].quote == "青杉区教育局 ２０２４年４月８日"
    assert not analyse("青杉区教育局2023年度自评报告是哪年的？", CATALOG).signed
    assert not analyse("青杉区教育局2023年度自评报告是哪天公开的？", CATALOG).signed
    assert not analyse("青杉区教育局2023年普查什么时候完成的？", CATALOG).signed
