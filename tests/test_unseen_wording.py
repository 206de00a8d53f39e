"""Session 31's general rules, each on invented text: the asker's last year, a level's treasury as
payer, a word the dictionary knows abbreviating what reports spell out, places that are words, a
partner bureau after a self-reference, a fact written with spaced digit groups; session 32's: an
organisation no report names, asked of its place's reports that may still be its."""

import pytest

from app.answering.question import analyse, normalise_question
from app.answering.scope import abbreviated_by
from app.core.figures import fact_in_text
from app.core.gazetteer import default_gazetteer
from app.core.records import ReportMeta
from app.index.catalog import Catalog, CatalogEntry
from app.vocab.labels import asked_in
from ingest.labels import prose_label
from ingest.metadata import extract_metadata
from tests.conftest import library_of, refused, says


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


def test_a_place_written_under_another_city_than_the_reports_is_not_its():
    catalog = Catalog([
        _entry("a", department="重庆市江北区人力资源和社会保障局", region="江北区", province="重庆市"),
        _entry("b", department="福州市鼓楼区图书馆", region="鼓楼区", city="福州市", province="福建省"),
        _entry("c", department="湖北省交通运输厅", region="湖北省", province="湖北省", places=("宜昌市", "夷陵区")),
    ])
    assert analyse("重庆江北区就业补助资金执行率", catalog).doc_ids == ["a"]
    other = analyse("宁波江北区就业补助资金中央资金多少", catalog)
    assert other.doc_ids == [] and other.missing == ["宁波市江北区"]
    assert analyse("南京鼓楼区图书馆2023年接待读者多少人次", catalog).doc_ids == []
    assert analyse("福州鼓楼图书馆办了多少场阅读推广活动", catalog).doc_ids == ["b"]  # 鼓楼, under its city
    assert analyse("宜昌市夷陵区分到多少养护资金", catalog).doc_ids == ["c"]  # the province's report names it


def test_municipalities_go_by_their_short_forms_and_a_short_form_reads_as_a_place_under_its_city():
    g = default_gazetteer()
    assert [m.place.name for m in g.find("重庆江北区")] == ["重庆市", "江北区"]
    assert [m.place.name for m in g.find("北京朝阳")] == ["北京市", "朝阳区"]
    assert [(m.text, m.place.parent) for m in g.find("四平铁西交警大队")] == [("四平", "吉林省"), ("铁西", "四平市")]
    assert g.find("鼓楼图书馆") == []  # a short form several places share, standing alone


def test_a_branch_named_after_its_district_is_one_name_and_the_district_its_place():
    text = ("项目支出绩效自评表\n（2023年度）\n项目名称：城区大气污染防治专项资金\n"
            "主管部门：阳泉市生态环境局城区分局          实施单位：阳泉市生态环境局城区分局\n"
            "年度资金总额              420.00          386.40          379.12          10        98.12%      9.81\n")
    meta = extract_metadata(text)
    assert meta.department == "阳泉市生态环境局城区分局" and meta.region == "城区" and meta.city == "阳泉市"


def test_a_form_flattened_one_cell_a_line_binds_each_row_and_its_unit():
    from ingest.forms import read_form
    from ingest.labels import _cell_figure

    raw = "\n".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                     "产出指标", "时效指标", "每周开放时间（小时）", "≥56", "63", "10", "10",
                     "成本指标", "平均采购单价（元）", "≤45", "41.6", "10", "10",
                     "满意度指标", "服务对象满意度指标", "读者满意度（%）", "≥90", "94.8", "10", "10", "总分", "100", "97.9"])
    rows = {(b.row, b.column): b for b in read_form(raw).bindings}
    assert rows[("每周开放时间(小时)", "实际完成值")].value == "63" and rows[("每周开放时间(小时)", "得分")].value == "10"
    assert _cell_figure(rows[("读者满意度(%)", "实际完成值")])[:2] == ("rate", "%")
    assert _cell_figure(rows[("平均采购单价", "实际完成值")]) == ("amount", "元", 41.6)


def test_concentrations_are_figures_and_a_pollutants_name_holds_none():
    from app.core.numbers import find_figures

    assert [f.text for f in find_figures("PM2.5年均浓度38微克/立方米，优良天数比例71.5%")] == ["38微克/立方米", "71.5%"]


def test_a_semicolon_ends_a_parts_clause():
    from app.core.breakdown import fund_part
    from app.core.numbers import find_figures

    text = "共到位资金4,862.35万元，其中中央资金2,917.41万元、市级资金1,458.70万元、区级资金486.24万元；全年支出4,736.18万元，执行率97.41%。"
    rate = next(f for f in find_figures(text) if f.text == "97.41%")
    assert fund_part(text, rate) == ("", "")


def test_a_name_the_dictionary_cuts_into_characters_is_one_term():
    terms = {t.word for t in analyse("安定区巉口水库总库容多大", Catalog([])).terms}
    assert "巉口" in terms


def test_how_many_things_a_question_is_about_is_no_term():
    terms = {t.word for t in analyse("一四三团中学三个项目总体执行率是多少", Catalog([])).terms}
    assert "三个" not in terms


def test_per_one_is_said_as_reports_say_it():
    forms = {t.word: t.forms for t in analyse("妇联培训每人次实际花了多少钱", Catalog([])).terms}
    assert "人均" in forms["每人"]


def test_a_two_character_label_spaced_out_across_its_cell_is_one_cell():
    from ingest.clean import clean

    raw = ("项目          年初预算     全年预算     全年执行     执行率\n"
           "基本支出      5218.60      5436.27      5430.91      99.90%\n"
           "合  计        7082.60      7827.82      7639.27      97.59%\n")
    assert "合计\t7082.60" in clean(raw).text


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen"), {
        "court.txt": "鞍山市铁东区人民法院2023年度部门整体支出绩效自评报告\n一、部门收支情况\n"
                     "2023年收入合计3,426.85万元，其中财政拨款收入3,398.41万元，其他收入28.44万元。\n"
                     "二、预算执行情况\n                                             单位：万元\n"
                     "项目          年初预算     全年预算     全年执行     执行率\n"
                     "基本支出      2218.60      2436.27      2430.91      99.78%\n"
                     "项目支出       864.00       991.55       908.36      91.61%\n"
                     "合  计        3082.60      3427.82      3339.27      97.42%\n",
        "reservoirs.txt": "2023年度小型水库除险加固项目支出绩效自评报告\n一、项目基本情况\n"
                          "通渭县2023年实施3座小型水库除险加固。\n（一）巉口水库：小（1）型，总库容168万立方米。\n"
                          "（二）符川水库：小（2）型，总库容46万立方米。\n（三）香泉水库：小（2）型，总库容32万立方米。\n",
        "relief.txt": "中宁县民政局2023年度城乡低保和临时救助资金绩效自评报告\n一、资金投入和使用情况\n"
                      "2023年共下达城乡低保和临时救助资金5,284.63万元，其中：中央资金3,963.47万元，自治区资金792.69万元，"
                      "县级资金528.47万元。全年支出5,210.37万元。\n",
        "farming.txt": "于都县农业农村局2022年度农业项目支出绩效自评报告\n一、项目基本情况\n"
                       "2022年我局共承担农业类项目3个，下达资金合计1565万元，截至2022年12月31日实际支付1463.48万元。\n"
                       "1、高标准农田建设项目\n2022年下达资金1200万元，截至12月31日实际支付1151.3万元。\n"
                       "2、耕地地力提升项目\n2022年下达资金270万元，截至12月31日实际支付230万元。\n"
                       "3、农机购置补贴项目\n2022年下达资金95万元，截至12月31日实际支付82.18万元。\n"
                       "二、绩效目标完成情况\n开展农机手培训班6期，开发培训课程14门。\n",
        "logistics.txt": "2023年度农村电商物流项目绩效自评报告\n来源：汝南县扶贫办　发布时间：2024-03-12\n"
                         "一、项目概况\n2023年我局实施农村电商物流项目，完成投资860万元。项目在县城建设电子商务\n"
                         "公共服务站点一处。二、项目产出\n新建仓储物流用房，总建筑面积12000平方米；配套服务\n"
                         "中心办公用房600平方米。\n",
    })
    yield services
    services.close()


def test_a_kind_of_a_sum_no_report_names_is_refused_not_given_the_sum(invented):
    refused(invented, "铁东法院2023年诉讼费收入多少")
    says(invented, "铁东法院2023年财政拨款收入多少", "3,398.41万元")


def test_a_reservoir_named_with_a_rare_character_gets_its_own_figure(invented):
    says(invented, "通渭县巉口水库总库容多大", "168万立方米")


def test_a_tables_total_row_spaced_out_answers_the_whole(invented):
    says(invented, "铁东法院2023年全年预算是多少", "3427.82")


def test_a_banner_goes_by_its_wing_and_part():
    g = default_gazetteer()
    assert [m.place.name for m in g.find("科左中旗2021年耕地地力补贴面积")] == ["科尔沁左翼中旗"]
    assert [m.place.name for m in g.find("乌前旗")] == ["乌拉特前旗"]
    assert [m.place.name for m in g.find("四旗")] == []  # 四子王旗 has no wing nor part to go by


def test_a_word_said_with_its_last_part_made_a_longer_word():
    texts = ["2023年在校学生1,126人，其中寄宿生418人", "工资提高到每月3000元。"]
    assert abbreviated_by("在校生", texts) == "在校学生"
    assert abbreviated_by("提到", texts) == ""


def test_a_levels_own_part_said_as_its_benji():
    terms = {t.word: t.forms for t in analyse("沙坡头区低保资金区本级配套多少", Catalog([])).terms}
    assert "区级" in terms and "区本级" in terms["区级"]
    assert "县级" not in {t.word for t in analyse("县本级支出多少", Catalog([])).terms}


def test_money_said_is_not_what_money_is_asked(invented):
    refused(invented, "中宁县低保资金专户利息收入多少")  # not the fund's 5,284.63万元
    says(invented, "中宁县低保资金县级配套多少", "528.47万元")


def test_the_whole_of_several_items_answers_a_question_that_names_none_of_them(invented):
    says(invented, "于都县农业农村局2022年三个农业项目一共下达了多少资金？", "1565万元")
    says(invented, "于都县农业农村局2022年下达了多少资金？", "1565万元")
    says(invented, "于都县农机购置补贴项目下达了多少资金？", "95万元")


def test_courses_are_counted_in_men(invented):
    says(invented, "于都县农业农村局开发了几门培训课程？", "14门")


def test_a_table_row_naming_its_unit_gives_it_to_its_numbers():
    from ingest.clean import clean

    raw = ("近两年主要业务数据对比如下：\n项目                          2022年        2023年\n"
           "完成审计项目（个）              38            42\n"
           "查出违规金额（万元）        2 316.45      3 084.72\n")
    assert "查出违规金额（万元）\t2 316.45万元\t3 084.72万元" in clean(raw).text


def test_the_unit_asked_is_not_part_of_what_is_counted():
    assert [t.word for t in analyse("四平铁西交警查了多少起醉驾", Catalog([])).terms] == ["交警", "醉驾"]
    assert "尾款" in {t.word for t in analyse("这个整治项目还有多少尾款没付", Catalog([])).terms}  # a word


def test_a_levels_benji_part_is_that_levels():
    from app.core.breakdown import fund_part
    from app.core.numbers import find_figures

    text = "上级下达补助资金1268.4万元，其中中央资金1046.3万元、自治区资金222.1万元；县本级安排配套资金150万元，资金总额1418.4万元。"
    own = next(f for f in find_figures(text) if f.text == "150万元")
    assert fund_part(text, own)[0] == "县级"


def test_a_heading_given_with_its_sum_names_an_item():
    from app.core.headings import names_an_item

    assert names_an_item("（一）技能培训23.68万元") and names_an_item("（二）“两癌”救助27.00万元")
    assert not names_an_item("（一）收入4500万元") and not names_an_item("（二）支出情况")


def test_a_count_in_words_of_eleven_and_more_is_read():
    from app.core.numbers import find_figures

    assert [(f.text, f.value) for f in find_figures("涉及十一个嘎查、二十一个村")] == [("十一个", 11.0), ("二十一个", 21.0)]


def test_a_bureau_goes_by_its_old_and_its_new_name():
    catalog = Catalog([_entry("a", department="西平县扶贫开发办公室", region="西平县", province="河南省"),
                       _entry("b", department="遂平县卫生健康局", region="遂平县", province="河南省")])
    renamed = analyse("西平县乡村振兴局2020年衔接资金实际支出多少", catalog)  # 扶贫办 became 乡村振兴局
    assert renamed.doc_ids == ["a"] and not renamed.missing
    assert "乡村" not in {t.word for t in renamed.terms}
    assert analyse("遂平县卫健委家庭医生签约多少人", catalog).doc_ids == ["b"]
    assert analyse("遂平县卫计委家庭医生签约多少人", catalog).doc_ids == ["b"]
    assert analyse("西平县卫健委家庭医生签约多少人", catalog).missing == ["西平县卫健委"]  # not its report
    assert analyse("遂平县教育局多少钱", catalog).missing == ["遂平县教育局"]  # another body


def test_a_page_published_by_another_kind_of_office_may_be_the_bureau_asked(invented):
    # its publisher is the 扶贫办, it signs itself "我局": its author is some bureau of 汝南县
    says(invented, "汝南县商务局农村电商物流项目完成投资多少", "860万元")
    refused(invented, "汝南县疾病预防控制中心完成投资多少")  # a 中心 it never names


def test_a_facility_its_report_names_bit_by_bit_is_asked_of_it(invented):
    says(invented, "汝南县电商物流服务中心仓储用房建了多大面积", "12000平方米")
    catalog = invented.index.catalog
    place = catalog.places_in("汝南县")[0].place
    assert catalog.docs_naming_in_words("汝南县电商物流服务中心", place) == ["logistics"]
    assert catalog.docs_naming_in_words("汝南县物流仓储镇服务中心", place) == []  # a town it never names
