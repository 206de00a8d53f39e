"""Metadata from reports of any province, level and kind: own test texts (none from realdev)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.core.gazetteer import default_gazetteer
from app.core.records import ReportMeta
from app.index.catalog import Catalog, CatalogEntry
from ingest.clean import clean
from ingest.index import manifest_entry
from ingest.metadata import extract_metadata

COURT = """附件2
遵义市红花岗区人民法院
2022年部门整体支出绩效自评报告
一、部门基本情况
遵义市红花岗区人民法院内设机构12个，我院2022年收案5321件。
二、绩效自评结论
我院部门整体支出绩效自评得分95分。
"""

TOWNSHIP = """宾川县金牛镇2023年度乡村振兴衔接资金项目绩效自评报告
发布时间：2024-03-02  来源：宾川县金牛镇人民政府
一、项目基本情况
根据《宾川县财政局关于下达2023年衔接资金的通知》，宾川县金牛镇人民政府实施道路硬化项目，我镇完成硬化道路3.2公里。
"""

PROJECT = """项目支出绩效自评报告
项目名称：农村饮水安全巩固提升工程
主管部门：黔西市水务局
实施单位：黔西市供排水服务中心
一、项目概况
2021年度该项目预算资金200万元，执行率100%。
"""

FORM = ("项目支出绩效自评表 (2022年度) 项目名称 中小学营养改善计划 主管部门 榕江县教育局 实施单位 榕江县第二中学 "
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 120 120 118.5 10 98.75% 9.9")

TRADITIONAL = """2022年度部門整體支出績效自評報告
填報單位：汕頭市潮陽區衛生健康局
一、基本情況
本局2022年度預算支出3500萬元。
"""


def meta_of(text: str, name: str = "report.txt") -> ReportMeta:
    return extract_metadata(clean(text).text, name=name, raw=text)


def test_a_court_in_another_province_with_its_name_on_the_line_above_a_dated_title():
    m = meta_of(COURT)
    assert m.department == "遵义市红花岗区人民法院"
    assert (m.region, m.city, m.province, m.year) == ("红花岗区", "遵义市", "贵州省", 2022)
    # the name on the line above and the dated kind of report below it: one title, as published
    assert m.title == "遵义市红花岗区人民法院2022年部门整体支出绩效自评报告" and m.title_read
    assert m.kind == "部门整体"


def test_a_township_report_names_the_town_within_its_county():
    m = meta_of(TOWNSHIP)
    assert m.department == "宾川县金牛镇人民政府"
    assert (m.region, m.county, m.province) == ("金牛镇", "宾川县", "云南省")
    assert m.year == 2023 and m.kind == "项目"
    assert m.title == "宾川县金牛镇2023年度乡村振兴衔接资金项目绩效自评报告"


def test_a_project_report_keeps_supervisor_and_implementer():
    m = meta_of(PROJECT)
    assert (m.department, m.supervisor, m.implementer) == ("黔西市供排水服务中心", "黔西市水务局", "黔西市供排水服务中心")
    assert (m.region, m.province) == ("黔西市", "贵州省")
    assert m.year == 2021  # from the body: no year in the title, no form field


def test_a_flattened_form_is_read_from_its_fields():
    m = meta_of(FORM)
    assert (m.department, m.supervisor, m.region, m.year, m.kind) == ("榕江县第二中学", "榕江县教育局", "榕江县", 2022, "自评表")


def test_traditional_characters_are_read_as_simplified_places():
    m = meta_of(TRADITIONAL)
    assert (m.region, m.city, m.province, m.year) == ("潮阳区", "汕头市", "广东省", 2022)
    assert m.department.endswith("衛生健康局") or m.department.endswith("卫生健康局")


def test_no_title_line_says_so_and_falls_back_to_the_file_name():
    m = meta_of("一、基本情况\n我局2022年度预算执行率98%。\n", name="东营市河口区审计局.txt")
    assert not m.title_read and m.title == "东营市河口区审计局.txt"
    assert "title" not in m.read


def test_a_page_collecting_several_reports_has_no_title():
    text = "项目绩效自评报告\n项目绩效自评报告精选8篇\n项目绩效自评报告1\n一、基本情况\n"
    assert not meta_of(text).title_read


def test_placeholder_years_stay_unknown_and_a_publication_date_gives_the_year_before():
    assert meta_of("一、项目概况\n20xx年下达资金100万元。\n发布时间：2023-05-06\n").year is None
    assert meta_of("一、项目概况\n下达资金100万元。\n发布时间：2023-05-06\n").year == 2022


def test_the_date_a_report_is_signed_with_gives_the_year_before():
    text = "青松市妇女联合会部门整体支出绩效自评报告\n一、部门基本情况\n内设4个部室。\n青松市妇女联合会\n2024年3月28日\n"
    m = meta_of(text)
    assert (m.year, m.filing_date) == (2023, "2024-03-28")
    assert meta_of("一、部门基本情况\n2024年3月28日召开会议。\n内设4个部室。\n").filing_date is None  # a date in a sentence


def test_a_unit_on_a_line_of_its_own_is_named_with_the_organisation_it_belongs_to():
    above = "临江市公安局交通警察支队\n2023年度监控设备运维项目支出绩效自评报告\n一、项目基本情况\n本项目由支队实施。\n"
    assert meta_of(above).department == "临江市公安局交通警察支队"
    below = "2023年度水文设施运行维护项目绩效自评报告\n辽宁省丹东水文局石门哨水文站\n一、项目概况\n石门哨水文站为国家基本水文站。\n"
    m = meta_of(below)
    assert m.department == "辽宁省丹东水文局石门哨水文站" and m.region == "丹东市"


def test_people_s_organisations_are_departments():
    text = "部门整体支出绩效自评报告\n部门名称：\n一、部门基本情况\n丰宁满族自治县红十字会是人民团体，机关核定编制6名。\n"
    assert meta_of(text).department == "丰宁满族自治县红十字会"


def test_self_reference_resolves_a_level_named_organisation():
    text = "按照要求，现将我院2021年度整体支出绩效自评情况报告如下。\n市中级人民法院主要职责：审理案件。\n《株洲市财政局关于开展绩效自评的通知》\n"
    m = meta_of(text)
    assert m.department == "株洲市中级人民法院" and m.region == "株洲市" and m.year == 2021


def test_an_abbreviation_gives_way_to_the_full_name_used_in_the_text():
    text = "宁乡市残联2022年度残疾人康复项目支出绩效自评报告\n宁乡市残疾人联合会负责实施。\n"
    assert meta_of(text).department == "宁乡市残疾人联合会"


def test_a_unit_missing_from_the_table_stands_alone_before_its_organisation():
    m = meta_of("2023年度部门整体支出绩效自评报告\n预算单位名称：\n屏湖新区审计局\n")
    assert m.department == "屏湖新区审计局" and m.region == "屏湖新区"


def test_gazetteer_resolves_shared_names_and_keeps_words_that_hold_a_short_form():
    g = default_gazetteer()
    found = g.find("长春市朝阳区与北京市朝阳区")
    assert [m.place.province for m in found if m.place.name == "朝阳区"] == ["吉林省", "北京市"]
    assert [m.text for m in g.find("资金安排用于完成县级平台")] == []  # 金安, 成县: halves of words
    assert [m.place.name for m in g.find("吴川2023年满意率")] == ["吴川市"]
    assert [m.place.name for m in g.find("阿拉善左旗乌力吉苏木")] == ["阿拉善左旗"]
    units = g.find_units("银川市兴庆区月牙湖乡和新疆生产建设兵团第八师")
    assert [(m.place.name, m.place.kind) for m in units][2:] == [("月牙湖乡", "town"), ("新疆生产建设兵团第八师", "zone")]


def _entry(doc_id: str, **kw: object) -> CatalogEntry:
    base = dict(department="", region="", city="", admin_level="", year=2022, filing_date=None, title="t")
    return CatalogEntry(doc_id, ReportMeta(**(base | kw)), f"{doc_id}.txt")  # type: ignore[arg-type]


def test_scoping_matches_a_place_in_metadata_or_text_and_never_denies_a_loaded_report():
    catalog = Catalog([
        _entry("a", department="邵阳市疾病预防控制中心", region="邵阳市", province="湖南省"),
        _entry("b", department="隆回县财政局", region="隆回县", city="邵阳市", province="湖南省"),
        _entry("c", department="某中心", places=("株洲市", "湖南省")),
    ])
    assert catalog.docs_for_region("隆回县") == ["b"]
    assert catalog.docs_for_region("邵阳市") == ["a"]  # its own report first, not its counties'
    assert catalog.docs_for_region("湖南省") == ["a", "b"]
    assert catalog.docs_for_region("株洲市") == ["c"]  # named only in the text
    assert catalog.docs_for_region("岳阳市") == []


def test_unit_label_is_never_empty():
    empty = ReportMeta("", "", "", "", 2024, None, "")
    assert empty.unit_label.startswith("未命名报告")
    titled = ReportMeta("", "", "", "", None, None, "d07.txt", title_read=False)
    assert titled.unit_label == "d07.txt"


def test_metadata_round_trips_through_json_and_old_rows_still_load():
    from dataclasses import asdict

    from app.index.store import _meta

    m = meta_of(PROJECT)
    assert _meta(json.dumps(asdict(m), ensure_ascii=False)) == m
    old = {"department": "惠东县政务服务数据管理局", "region": "惠东县", "city": "惠州市", "admin_level": "县",
           "year": 2023, "filing_date": None, "title": "t", "some_future_field": 1}
    assert _meta(json.dumps(old)).region == "惠东县"


def test_manifest_overrides_any_field_and_brings_the_region_s_province(tmp_path: Path):
    report = tmp_path / "r1.txt"
    report.write_text(PROJECT, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text('["r1.txt"]\nregion = "凯里市"\nyear = 2020\nbogus = 1\n', encoding="utf-8")
    overrides = manifest_entry(report)
    assert overrides == {"region": "凯里市", "year": 2020}
    m = extract_metadata(clean(PROJECT).text, overrides=overrides)
    assert (m.region, m.city, m.province, m.year) == ("凯里市", "黔东南苗族侗族自治州", "贵州省", 2020)
    assert m.read["region"] == "manifest"


REALDEV = Path(__file__).resolve().parents[2] / "shared" / "realdev"


@pytest.mark.skipif(not (REALDEV / "sources.jsonl").is_file(), reason="../shared/realdev is absent")
def test_realdev_metadata_against_sources():
    """Region and department right for 95% of the realdev reports, the year for 95% of those that
    state one, no composed title (a title read is in the text)."""
    to_simplified = default_gazetteer().fold

    def base(s: str) -> str:
        return to_simplified(re.split(r"[（(]", s or "")[0].strip())

    rows = [json.loads(line) for line in (REALDEV / "sources.jsonl").read_text("utf-8").splitlines() if line.strip()]
    region = department = year = years = 0
    for row in rows:
        raw = (REALDEV / "reports" / f"{row['id']}.txt").read_text("utf-8")
        m = extract_metadata(clean(raw).text, name=f"{row['id']}.txt", raw=raw)
        got_region, got_dep = to_simplified(m.region), to_simplified(m.department)
        if row["region"].startswith(("（", "*")):
            region += got_region == ""
        else:
            t = base(row["region"])
            region += bool(got_region) and t.endswith(got_region) and t[: len(t) - len(got_region)] in (
                "", m.city, m.province, m.county, m.province[:2], m.city + m.county)
        if row["department"].startswith("（"):
            names = re.findall(r"(?:发布|来源)：([^；）]+)", row["department"])
            department += got_dep == "" or any(n in got_dep for n in names)
        else:
            t = base(row["department"])
            department += bool(got_dep) and (t.endswith(got_dep) or got_dep.endswith(t)
                                              or (got_dep[:3] == t[:3] and all(c in iter(t) for c in got_dep)))
        if row["year"]:
            years += 1
            year += m.year == row["year"]
        if m.title_read:
            assert re.sub(r"\s", "", m.title) in re.sub(r"\s", "", raw), m.title  # read, not composed
    assert region >= 0.95 * len(rows) and department >= 0.95 * len(rows) and year >= 0.95 * years, (
        region, department, year, years)


def test_a_question_naming_an_organisation_no_report_holds_is_told_so():
    from app.answering.question import analyse

    catalog = Catalog([
        _entry("a", department="滁州市人力资源和社会保障局", region="滁州市", province="安徽省"),
        _entry("b", department="来安县财政局", region="来安县", city="滁州市", province="安徽省"),
    ])
    assert analyse("滁州人社局2022年项目预算执行率是多少？", catalog).doc_ids == ["a"]  # a short form
    asked = analyse("滁州市审计局2022年的自评得分是多少？", catalog)
    assert asked.doc_ids == [] and asked.missing == ["滁州市审计局"]
    assert analyse("滁州市2022年的自评得分是多少？", catalog).doc_ids == ["a"]


def test_a_place_that_opens_the_reports_own_units_name_is_that_unit_not_the_place():
    """太平 is short for 太平区 (阜新市), but "太平哨水文站" is the report's own station in 丹东市: its
    figures are the answer, not only those whose sentence names 太平."""
    from app.answering.question import analyse

    catalog = Catalog([
        _entry("a", department="辽宁省丹东水文局太平哨水文站", region="丹东市", province="辽宁省",
               places=("丹东市", "太平区", "辽宁省")),
    ])
    asked = analyse("太平哨水文站全年拍发水情报文多少条？", catalog)
    assert "a" in asked.doc_ids and "a" not in asked.elsewhere
    assert analyse("太平区2023年水文测报经费是多少？", catalog).elsewhere.get("a")  # the place itself


def test_a_company_is_named_in_full_and_is_never_the_reports_department():
    from app.core.organisations import org_at

    assert org_at("委托北京青禾政务软件股份有限公司开展评价", 2) == "北京青禾政务软件股份有限公司"
    text = "2023年度水毁修复项目绩效自评报告\n一、项目概况\n青山县水务投资有限公司负责施工，青山县水务投资有限公司按期完工。\n"
    assert "公司" not in meta_of(text).department


def test_a_loaded_reports_organisation_named_in_the_question_is_no_term():
    from app.answering.question import analyse

    catalog = Catalog([_entry("a", department="重庆市江津区市场监督管理局", region="江津区", province="重庆市")])
    asked = analyse("江津区市场监管局整体执行率是多少？", catalog)
    assert asked.doc_ids == ["a"] and not {"市场", "监管局", "监管"} & {t.word for t in asked.terms}


def test_a_corps_regiment_is_a_place_with_or_without_the_corps_name():
    g = default_gazetteer()
    assert [m.place.name for m in g.find_units("第八师一四三团中学2023年度项目支出绩效自评报告")] == ["第八师一四三团"]
    assert [m.place.name for m in g.corps_in("兵团第七师一二七团中学营养改善计划资金有多少")] == ["第七师一二七团"]
    assert g.corps_in("第一师范学院") == []
    assert meta_of("第八师一四三团中学2023年度项目支出绩效自评报告\n一、项目概况\n我校共有学生1340人。\n").region == "第八师一四三团"

    from app.answering.question import analyse

    catalog = Catalog([_entry("a", department="第八师一四三团中学", region="第八师一四三团")])
    other = analyse("兵团第七师一二七团中学营养改善计划资金有多少？", catalog)
    assert other.doc_ids == [] and other.missing == ["兵团第七师一二七团中学"]  # another regiment's school: no report
    assert analyse("第八师一四三团中学营养改善计划资金有多少？", catalog).doc_ids == ["a"]


def test_an_organisation_the_report_only_mentions_stays_a_term():
    from app.answering.question import analyse

    catalog = Catalog([_entry("a", department="古浪县新堡乡人民政府", region="新堡乡", county="古浪县",
                              organisations=("古浪县新堡乡人民政府", "新堡乡农业农村综合服务中心"))])
    asked = analyse("古浪县新堡乡农业农村综合服务中心支出了多少？", catalog)
    assert asked.doc_ids == ["a"] and "农业农村综合服务中心" in {t.word for t in asked.terms}
    own = analyse("古浪县新堡乡人民政府全年支出多少？", catalog)
    assert own.doc_ids == ["a"] and not {"人民政府", "政府"} & {t.word for t in own.terms}


def test_a_title_whose_place_year_and_project_stand_on_the_line_above():
    """"…2022年城镇老旧小区改造项目" over "支出绩效自评报告": one title, and its year is the fiscal year
    (not the 2023 of the signature)."""
    m = meta_of("黔西市2022年农村供水保障工程项目\n支出绩效自评报告\n\n一、项目基本情况\n"
                "主管部门：黔西市水务局\n本项目2022年度全年预算数120.5万元。\n\n黔西市水务局\n2023年3月10日\n")
    assert m.title == "黔西市2022年农村供水保障工程项目支出绩效自评报告" and m.title_read
    assert m.year == 2022


def test_an_organisation_only_the_text_names_is_in_the_library_and_one_no_text_names_is_not():
    from app.answering.question import analyse

    texts = {"a": "沧源佤族自治县林业和草原局2023年项目支出绩效自评表\n项目名称：勐来国有林场防火道维修\n"
                  "实施单位：勐来国有林场\n全年执行数 18.40"}
    catalog = Catalog([_entry("a", department="沧源佤族自治县林业和草原局", region="沧源佤族自治县",
                              city="临沧市", province="云南省")], text_of=texts.__getitem__)
    asked = analyse("沧源县勐来林场防火道维修全年执行数是多少", catalog)  # 沧源县: the county's short name
    assert asked.doc_ids == ["a"] and not asked.missing
    other = analyse("沧源县勐来中学的预算是多少", catalog)
    assert other.doc_ids == [] and other.missing == ["沧源县勐来中学"]


def test_a_suffix_that_opens_a_word_ends_no_organisations_name():
    from app.core.organisations import org_at

    assert org_at("食品抽检项目委托第三方检测", 0) == ""
    assert org_at("金川区科技局委托第三方", 0) == "金川区科技局"


def test_a_bureau_of_the_same_kind_named_in_another_units_report_is_not_in_the_library():
    """A district bureau's report that mentions the city's bureau of its kind, or its own name, does not
    hold the city bureau's report; nor does another city's report that names its own bureau."""
    from app.answering.question import analyse

    texts = {"a": "宁江区自然资源局2023年度部门整体支出绩效自评报告\n完成市自然资源局交办的其他任务。"
                  "宁江区自然资源局内部控制制度健全。协助扶余市黑嘴子林场开展防火巡查。",
             "b": "扶余市自然资源局2023年度部门整体支出绩效自评报告\n全年支出120万元。"}
    catalog = Catalog([
        _entry("a", department="松原市宁江区自然资源局", region="宁江区", city="松原市", province="吉林省"),
        _entry("b", department="扶余市自然资源局", region="扶余市", city="松原市", province="吉林省"),
    ], text_of=texts.__getitem__)
    asked = analyse("松原市自然资源局2023年的自评得分是多少？", catalog)
    assert asked.doc_ids == [] and asked.missing == ["松原市自然资源局"]
    elsewhere = analyse("长春市自然资源局2023年的自评得分是多少？", catalog)
    assert elsewhere.doc_ids == [] and elsewhere.missing == ["长春市自然资源局"]
    theirs = analyse("宁江区黑嘴子林场的预算是多少？", catalog)  # the text names it as 扶余市's
    assert theirs.doc_ids == [] and theirs.missing == ["宁江区黑嘴子林场"]


def test_a_title_under_a_line_naming_the_organisation_and_its_year():
    m = meta_of("平和县图书馆2023年度\n全民阅读推广活动项目支出绩效自评报告\n\n一、项目基本情况\n项目年初预算12.5万元。\n")
    assert m.title == "平和县图书馆2023年度全民阅读推广活动项目支出绩效自评报告" and m.year == 2023


def test_a_unit_only_the_text_names_is_one_term_as_the_text_writes_it():
    """"霍邱县周集镇中心学校" asks that school's row, not 孟集镇's (the segmenter drops 周 and keeps 集镇);
    a leading 下属 is a word of its own."""
    from app.answering.question import analyse

    texts = {"a": "霍邱县2023年度农村义务教育学生营养改善计划项目绩效自评报告\n"
                  "学校名称\t补助资金（万元）\n周集镇中心学校\t142.6\n孟集镇中心学校\t43.75\n"
                  "下属乡农业农村综合服务中心全年支出238.46万元。"}
    catalog = Catalog([_entry("a", department="霍邱县教育局", region="霍邱县", city="六安市", province="安徽省")],
                      text_of=texts.__getitem__)
    words = {t.word for t in analyse("霍邱县周集镇中心学校2023年营养膳食补助资金是多少？", catalog).terms}
    assert "周集镇中心学校" in words and "集镇" not in words
    words = {t.word for t in analyse("霍邱县下属农业农村综合服务中心支出了多少？", catalog).terms}
    assert {"下属", "农业农村综合服务中心"} <= words


def test_a_places_name_right_after_a_place_it_does_not_lie_in_is_a_word():
    """"綦江区城区生活垃圾分类项目": 城区 (a district of 阳泉市 too) is 綦江区's urban area, no second place;
    "湛江吴川市" still names 吴川市, "广东惠东县" 惠东县."""
    g = default_gazetteer()
    catalog = Catalog([_entry("a", department="綦江区城市管理局", region="綦江区", city="重庆市", province="重庆市")])
    assert [m.place.name for m in catalog.places_in("綦江区城区生活垃圾分类项目年初预算数是多少")] == ["綦江区"]
    assert [m.place.name for m in catalog.places_in("湛江吴川市项目支出")] == ["吴川市"]
    assert [m.place.name for m in catalog.places_in("广东惠东县项目支出")] == ["惠东县"]
    # 城区 names a place only right after its city ("阳泉市城区"); alone it is the word
    assert [m.place.name for m in g.find("阳泉市城区")] == ["阳泉市", "城区"] and not g.find("城区")
