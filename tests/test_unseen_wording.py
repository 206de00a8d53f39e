"""Session 31's general rules, each on invented text: the asker's last year, a level's treasury as
payer, a word the dictionary knows abbreviating what reports spell out, places that are words, a
partner bureau after a self-reference, a fact written with spaced digit groups; session 32's: an
organisation no report names, asked of its place's reports that may still be its."""

from app.answering.question import analyse, normalise_question
from app.answering.scope import abbreviated_by
from app.core.figures import fact_in_text
from app.core.gazetteer import default_gazetteer
from app.core.records import ReportMeta
from app.index.catalog import Catalog, CatalogEntry
from app.vocab.labels import asked_in
from ingest.labels import prose_label
from ingest.metadata import extract_metadata


def test_the_askers_last_year_is_the_reports_year_unless_set_beside_this_year():
    assert "去年" not in normalise_question("望奎县医院去年门急诊量是多少人次？", 500)
    assert "去年" in normalise_question("五台档案馆今年收入比去年涨了多少", 500)
    assert "去年" in normalise_question("2022年的支出比去年多了多少？", 500)
    assert "去年" in normalise_question("去年结转多少", 500)


def test_a_levels_treasury_asks_that_levels_part():
    terms = {t.word: t.forms for t in analyse("花垣县本级财政拿了多少养护资金", Catalog([])).terms}
    assert "县级" in terms and "县本级" in terms["县级"]
    assert "自筹" in {t.word for t in analyse("合作社原计划自己出多少钱", Catalog([])).terms}
    # a budget category or the finance bureau is no payer
    assert "县级" not in {t.word for t in analyse("县财政拨款收入是多少", Catalog([])).terms}
    assert "市级" not in {t.word for t in analyse("市财政局一共评审了多少个项目", Catalog([])).terms}


def test_a_dictionary_word_abbreviates_only_the_words_its_characters_begin():
    texts = ["全年实际支出3,701.84万元，其中社会保险补助支出864.36万元。", "工资提高到每月3000元。"]
    assert abbreviated_by("社保", texts) == "社会保险"
    assert abbreviated_by("提到", texts) == ""


def test_a_change_measured_against_a_budget_does_not_ask_the_budget():
    assert asked_in("江门政数局2021年比预算少花了多少钱？") == ("增减",)
    assert "预算" in asked_in("项目预算比上年增加了多少")


def test_places_that_are_words_and_features_named_after_places():
    g = default_gazetteer()
    assert [m.place.name for m in g.find_units("兰陵县2021年度城区雨污分流改造")] == ["兰陵县"]
    assert [m.place.name for m in g.find_units("马湖、锦屏山一带林区植被茂密")] == []
    assert [m.place.name for m in g.find_units("贵阳河道治理")] == ["贵阳市"]
    assert [m.place.name for m in g.find_units("南京江北新区")][:1] == ["南京市"]
    assert [m.place.name for m in g.find_units("我局会同县财政局于10月底前拨付")] == []
    assert [m.place.name for m in g.find_units("会同县财政局")] == ["会同县"]


def test_a_bureau_named_after_the_reports_self_reference_and_a_partner_word_is_not_its_own():
    text = ("2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n2023年度我县共获得衔接资金18,636.00万元。"
            "我局会同县财政局于2023年10月31日前全部拨付至项目实施单位。截至2023年12月31日，咸丰县衔接资金已支出18,102.35万元。\n")
    meta = extract_metadata(text)
    assert meta.region == "咸丰县" and "财政局" not in meta.department


def test_a_funds_bracketed_note_stays_in_its_label():
    assert prose_label("其中：中央衔接资金680.00万元，中央水利发展资金（农村供水）") == "中央水利发展资金（农村供水）"
    assert prose_label("资金（万元）") == ""


def test_a_fact_written_with_spaced_digit_groups_is_found_as_written():
    assert fact_in_text("1 347.21", "支出合计 1 468.35 1 347.21 8.99%")
    assert not fact_in_text("1 347.21", "支出合计 21 347.21")


def test_a_unit_right_after_a_figure_labels_no_figure():
    """"门急诊412366人次（上年385920人次），出院患者26518人次": 人次 is each figure's unit, no label that
    pulls the answer to the figure after it (nor after 万: "参观2.86万人次")."""
    from app.answering.evidence import _anchors

    assert _anchors("门急诊412366人次（上年385920人次），出院患者26518人次", "人次", 1.0)[0] == []
    assert _anchors("科技馆接待参观2.86万人次；培训1,035人次", "人次", 1.0)[0] == []
    assert _anchors("服务人次达到", "人次", 1.0)[0] == [(2, 4, 1.0)]


def _entry(doc_id: str, **kw: object) -> CatalogEntry:
    base = dict(department="", region="", city="", admin_level="", year=2023, filing_date=None, title="t")
    return CatalogEntry(doc_id, ReportMeta(**(base | kw)), f"{doc_id}.txt")  # type: ignore[arg-type]


def test_an_organisation_is_not_denied_by_a_report_of_its_place_that_does_not_name_its_own():
    catalog = Catalog([
        _entry("a", region="青川县", province="四川省"),  # a project report signed only "我局"
        _entry("b", department="平武县财政局", region="平武县", province="四川省"),
    ])
    asked = analyse("青川县乡村振兴局衔接资金实际支出多少", catalog)
    assert asked.doc_ids == ["a"] and not asked.missing
    assert "乡村振兴局" not in {t.word for t in asked.terms}  # the report's own, presumably: no term
    other = analyse("平武县乡村振兴局衔接资金实际支出多少", catalog)
    assert other.doc_ids == [] and other.missing == ["平武县乡村振兴局"]  # another bureau's report


def test_a_cooperative_a_project_pays_asks_its_places_reports_in_their_own_words():
    catalog = Catalog([_entry("a", department="青川县农业农村局", region="青川县", province="四川省")])
    asked = analyse("青川县木鱼村羊场合作社自筹了多少", catalog)
    assert asked.doc_ids == ["a"] and not asked.missing and asked.kinds[0] == "amount"


def test_a_short_form_two_loaded_places_of_one_name_share_is_theirs():
    catalog = Catalog([_entry("a", department="北京市朝阳区市场监督管理局", region="朝阳区", province="北京市")])
    mentions = catalog.places_in("朝阳市场监管局2022年公车运行维护费用是多少")
    assert [(m.text, m.place.name) for m in mentions] == [("朝阳", "朝阳区")]


def test_a_corps_regiment_goes_by_its_own_name_and_by_its_number():
    catalog = Catalog([_entry("a", department="第七师一二七团", region="第七师一二七团"),
                       _entry("b", department="第三师四十四团", region="第三师四十四团")])
    assert analyse("127团道路改造实际执行了多少钱", catalog).doc_ids == ["a"]
    assert analyse("一二七团道路改造实际执行了多少钱", catalog).doc_ids == ["a"]
    assert analyse("44团连队道路受益多少人", catalog).doc_ids == ["b"]
    assert analyse("四十四团连队道路受益多少人", catalog).doc_ids == ["b"]
    assert analyse("144团连队道路受益多少人", catalog).regions == []  # another regiment
