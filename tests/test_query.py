import pytest

from app.answering.question import analyse
from app.core.records import ReportMeta
from app.index.catalog import Catalog, CatalogEntry


def _meta(department, region, city, year):
    return ReportMeta(department, region, city, region[-1], year, None, f"{department}{year}年度报告")


@pytest.fixture(scope="module")
def catalog():
    return Catalog([
        CatalogEntry("wuchuan-2023", _meta("吴川市政务服务数据管理局", "吴川市", "湛江市", 2023), "corpus/wuchuan-2023.txt"),
        CatalogEntry("zhanjiang-2024", _meta("湛江市政务服务和数据管理局", "湛江市", "", 2024), "corpus/zhanjiang-2024.txt"),
        CatalogEntry("huidong-2023", _meta("惠东县政务服务数据管理局", "惠东县", "惠州市", 2023), "corpus/huidong-2023.txt"),
        CatalogEntry("meijiang-2023", _meta("梅州市梅江区政务服务数据管理局", "梅江区", "梅州市", 2023), "corpus/meijiang-2023.txt"),
    ])


def test_city_written_before_its_county_names_the_county(catalog):
    q = analyse("湛江吴川市2023年项目支出是多少？", catalog)
    assert q.regions == ["吴川市"] and q.doc_ids == ["wuchuan-2023"] and q.years == [2023]


def test_a_city_alone_is_the_city(catalog):
    assert analyse("湛江市三公经费是多少", catalog).doc_ids == ["zhanjiang-2024"]
    # no report of 惠州市 itself: the report of a county within it answers (issue 15: a place is
    # denied only when no report names it)
    q = analyse("惠州市12345热线满意率是多少？", catalog)
    assert q.regions == ["惠州市"] and q.missing == [] and q.doc_ids == ["huidong-2023"]


def test_places_without_reports_are_missing(catalog):
    q = analyse("博罗县和惠东县的满意率哪个高", catalog)
    assert q.missing == ["博罗县"] and q.regions == ["惠东县"] and q.compare


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("惠东县12345热线满意率是多少？", "rate"),
        ("吴川2023年项目支出是多少", "amount"),
        ("湛江市政数局花了多少钱", "amount"),
        ("梅江区自评得分是多少", "score"),
        ("梅江区派发了多少件工单", "count"),
        ("吴川市政数局自评工作小组组长是谁", "name"),
        ("江门市政数局什么时候成立", "date"),
        ("惠东县项目支出为什么下降", "reason"),
        ("惠东县自评结论是什么等级", "grade"),
        ("惠东县和吴川市的基本支出，哪家更多？", "amount"),
        ("江门纳入建设专项资金的项目共有多少个？", "count"),  # the unit asked beats the topic's money words
        ("江门专项资金安排了多少万元？", "amount"),
        ("梅江区满意率提高了多少个百分点？", "rate"),
        ("吴川和惠东的粤政易账号数量谁更多？", "count"),  # "谁更多" compares; it asks for no person
        ("惠东县政务外网专线提速到了多少？", "count"),
        # keywords without an interrogative: the last label says what is wanted
        ("梅江 政数局 政府采购合同金额 2023", "amount"),
        ("吴川 粤智助 普通型 行政村 投放数量", "count"),
        ("惠东 12345热线 满意率", "rate"),
        ("吴川 绩效自评 工作开展", "other"),
    ],
)
def test_kind_of_answer(catalog, question, kind):
    assert analyse(question, catalog).kinds[0] == kind


def test_a_bare_year_among_keywords_is_the_year_not_a_term(catalog):
    q = analyse("梅江 政府采购合同金额 2023", catalog)
    assert q.years == [2023] and all("2023" not in t.word for t in q.terms)
    assert analyse("梅江2023 满意率", catalog).years == analyse("梅江，2023，满意率", catalog).years == [2023]
    assert analyse("惠东县办件2023件", catalog).years == []  # a count, not a year


def test_how_a_count_is_asked_is_no_term(catalog):
    q = analyse("江门政数局21年绩效指标一共设了几个？", catalog)
    assert q.terms and not any("几" in t.word for t in q.terms) and q.kinds[0] == "count"
    q = analyse("吴川全市开了多少个电子印章？", catalog)
    assert "电子印章" in [t.word for t in q.terms] and not any(p.startswith("个") for p in q.phrases)


@pytest.mark.parametrize(
    ("question", "task"),
    [
        ("帮我写一首关于数字政府的七言诗", True),
        ("写篇吴川政数局的表扬稿", True),
        ("帮我把“政务服务”翻译成英文", True),
        ("12345热线用英文怎么说", True),
        ("吴川市预算编制情况怎么样", False),
        ("梅江区自评报告填写日期是哪天", False),
        ("江门工作总结里项目支出是多少", False),
        ("吴川政数局工作首要任务是什么", False),
        ("惠东12345热线有没有提供翻译服务", False),
        ("吴川如何谱写数字政府新篇章", False),
    ],
)
def test_requests_to_write_or_translate_are_told_apart(catalog, question, task):
    assert analyse(question, catalog).task is task


def test_colloquial_words_map_to_report_wording(catalog):
    q = analyse("惠东老百姓对12345热线满不满意？", catalog)
    forms = {f for t in q.terms for f in t.forms}
    assert {"满意率", "满意度", "12345"} <= forms
    q = analyse("江门政务机房减到了多少间？", catalog)
    assert "缩减为" in {f for t in q.terms for f in t.forms}


def test_two_digit_year_and_control_characters(catalog):
    q = analyse("吴川政数局23年\x00日常公用经费花了多少？", catalog)
    assert q.years == [2023] and "\x00" not in q.text


def test_overlong_question_is_cut(catalog):
    assert len(analyse("惠东" * 10000, catalog, max_chars=500).text) == 500


@pytest.mark.parametrize("question", [
    "县疾控中心免疫规划项目的主管部门是哪个？",
    "农村饮水安全资金的分配方案由哪个部门牵头提出？",
    "市检察院预算单位里哪个是财政差额经费补助事业单位？",
])
def test_which_organisation_asks_a_name_not_a_ranking(catalog, question):
    q = analyse(question, catalog)
    assert not q.compare
    assert q.kinds[0] == "name"


@pytest.mark.parametrize("question", [
    "哪个单位的12345热线满意率最高？",
    "哪个县的项目支出更多？",
    "两个单位的自评得分分别是多少？",
])
def test_which_with_a_figure_or_a_comparative_still_compares(catalog, question):
    assert analyse(question, catalog).compare


def test_a_report_reached_through_a_wider_place_must_name_it(catalog):
    """A city asked, a county's report in scope: its passages must name the city to answer."""
    q = analyse("惠州市12345热线满意率是多少？", catalog)
    assert q.doc_ids == ["huidong-2023"]
    assert "惠州市" in q.elsewhere["huidong-2023"]
    assert analyse("惠东县12345热线满意率是多少？", catalog).elsewhere == {}
