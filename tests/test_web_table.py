"""The 指标表 tab without a browser: rows shared with `govqa facts`, filters, the reports that lack an
indicator, links that open the quoted passage, charts, CSV, escaping; on a real index (fake embedder)."""

import csv
import io
import re
from html import unescape
from pathlib import Path

import gradio as gr
import pytest

from app.answering.table import FIELDS, Filter, TableRow, reports_without, table_rows, to_csv
from app.core.records import ReportMeta
from app.web import table_html
from tests.conftest import HashEmbeddings

EVIL = '<script>alert("x")</script>'


def row(**over) -> TableRow:
    fields = dict(doc_id="huidong-2023", title="惠东县政务服务数据管理局2023年度部门整体绩效自评报告",
                  department="惠东县政务服务数据管理局", region="惠东县", year=2023, indicator="12345热线满意率",
                  label="群众满意率达", value_text="95.35%", unit="%", value=95.35,
                  section="二、绩效自评 > （二）部门整体支出绩效指标分析",
                  quote="今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。",
                  source="corpus/huidong-2023.txt", start=4222, end=4264)
    return TableRow(**{**fields, **over})


def meta(region: str, department: str, year: int = 2023) -> ReportMeta:
    return ReportMeta(department=department, region=region, city="", admin_level="县", year=year,
                      filing_date=None, title=f"{department}{year}年度自评报告")


# -- pure: filters, missing reports, HTML, charts, CSV ------------------------------------------------

def test_a_part_of_a_name_matches_on_the_command_line_and_only_the_whole_name_in_the_page():
    zhanjiang = meta("湛江市", "湛江市政务服务和数据管理局")
    potou = meta("坡头区", "湛江市坡头区政务服务数据管理局")
    assert Filter(region="湛江").keeps_report(zhanjiang) and Filter(region="湛江").keeps_report(potou)
    assert Filter(region="湛江市", exact=True).keeps_report(zhanjiang)
    assert not Filter(region="湛江市", exact=True).keeps_report(potou)
    assert Filter(indicator="满意").keeps("群众满意度（满意度调查）", zhanjiang)
    assert not Filter(indicator="满意率", exact=True).keeps("12345热线满意率", zhanjiang)
    assert not Filter(year=2024).keeps_report(zhanjiang)


def test_reports_without_an_indicator_are_listed_within_the_filter():
    reports = {"a": meta("惠东县", "惠东局"), "b": meta("梅江区", "梅江局"), "c": meta("吴川市", "吴川局", 2021)}
    rows = [row(doc_id="a")]
    assert reports_without("12345热线满意率", rows, reports) == ["c", "b"]  # by region (collation of code points)
    assert reports_without("12345热线满意率", rows, reports, Filter(year=2023)) == ["b"]
    assert reports_without("总支出", rows, reports, Filter(region="惠东县", exact=True)) == ["a"]


def test_every_figure_links_to_its_passage_and_text_is_escaped():
    html = table_html.table_html([row(), row(quote=EVIL, section=EVIL, region=EVIL)])
    assert "<script>" not in html and "&lt;script&gt;" in html
    links = re.findall(r'<a class="govqa-fact[^"]*" href="([^"]+)"', html)
    assert links and set(links) == {"#govqa-open/huidong-2023/4222/4264"}
    assert 'data-sort="95.350000"' in html and html.count("<tr") == 3  # header + two rows


def test_money_is_compared_in_one_unit_and_missing_figures_are_said():
    yuan = row(doc_id="zhanjiang-2024", indicator="总支出", value_text="54941612.82元", unit="元", value=54941612.82)
    wan = row(indicator="总支出", value_text="895.76万元", unit="元", value=8957600.0)
    assert table_html.normalised(yuan) == "5494.16万元" and table_html.normalised(wan) == "895.76万元"
    reports = {"meijiang-2023": meta("梅江区", "梅江局")}
    html = table_html.table_html([yuan, wan], "总支出", ["meijiang-2023"], reports)
    missing = html.split('<tr class="govqa-missing-row">')[1]
    assert table_html.MISSING in missing and "梅江区" in missing and "govqa-open" not in missing
    note = table_html.summary([yuan, wan], "总支出", ["meijiang-2023"], reports)
    assert "2 个数字，来自 2 份报告" in note and "1 份报告未给出“总支出”" in note and "梅江区" in note


def test_a_chart_per_indicator_and_unit_largest_first_each_bar_a_link():
    rows = [row(doc_id="a", region="甲", value=90.0, value_text="90%"),
            row(doc_id="b", region="乙", value=98.0, value_text="98%"),
            row(doc_id="b", region="乙", indicator="12345热线工单数", unit="件", value=100.0, value_text="100件"),
            row(doc_id="c", region="丙", indicator="12345热线工单数", unit="个", value=5.0, value_text="5个"),
            row(doc_id="d", region="丁", indicator="自评等级", unit="", value=None, value_text="优")]
    html = table_html.charts_html(rows)
    assert html.count("<figure") == 3  # 满意率; 工单 in 件; 工单 in 个; no chart for a grade
    first = html.split("<figure")[1]
    assert first.index("乙") < first.index("甲") and first.count('class="govqa-fact govqa-bar"') == 2
    assert "自评等级" not in html and table_html.charts_html([]) == ""


def test_csv_has_every_field_of_every_row():
    text = to_csv([row(), row(quote='含,逗号和"引号"')])
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert tuple(parsed[0]) == FIELDS and parsed[1]["quote"] == '含,逗号和"引号"' and parsed[0]["start"] == "4222"


# -- the tab's callbacks on a real index -----------------------------------------------------------------

@pytest.fixture
def services(hash_services):
    return hash_services


@pytest.fixture
def tab(services, tmp_path):
    from app.web.table_tab import TableCallbacks
    from app.web.ui import ChatCallbacks

    return TableCallbacks(services, ChatCallbacks(services).open_source, tmp_path)


def test_the_whole_table_and_each_figure_opens_its_verbatim_quote(tab, services):
    note, html, charts, path = tab.show("", "", "")
    library = services.library
    rows = table_rows(services.indicators(), library.meta, library.source)
    assert f"{len(rows)} 个数字，来自 5 份报告" in note and len(rows) >= 30
    targets = dict.fromkeys(unescape(t) for t in re.findall(r'class="govqa-fact govqa-fact-value" href="([^"]+)"', html))
    assert len(targets) == len({(r.doc_id, r.start, r.end) for r in rows})
    for target in targets:
        opened = tab.open_source(target)
        hit = unescape(opened.split('<mark id="govqa-hit" class="govqa-hit">')[1].split("</mark>")[0])
        doc_id, start, end = target.rsplit("/", 3)[-3:]
        quote = next(r.quote for r in rows if r.doc_id == doc_id and r.start == int(start) and r.end == int(end))
        assert re.sub(r"\s", "", hit) == re.sub(r"\s", "", quote)  # verbatim, as citations are: the
        # raw text at the offsets is the quote but for the spaces extraction put in ("874.4 3 万元")
    assert charts.count("<figure") >= 10 and Path(path).name == "govqa-indicators.csv"


def test_one_indicator_lists_the_reports_that_do_not_give_it(tab):
    note, html, charts, path = tab.show("12345热线满意率", "", "")
    assert "98.77%" in html and "95.35%" in html and "95.91%" not in html  # not the survey's
    assert "3 份报告未给出“12345热线满意率”" in note
    assert html.count('<tr class="govqa-missing-row">') == 3
    for region in ("吴川市", "湛江市", "江门市"):
        assert region in html.split('<tr class="govqa-missing-row">', 1)[1]
    assert charts.count("<figure") == 1 and charts.index("梅江区") < charts.index("惠东县")
    text = Path(path).read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # a BOM, for spreadsheet programs
    got = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
    assert sorted((r["region"], r["value_text"]) for r in got) == [("惠东县", "95.35%"), ("梅江区", "98.77%")]


def test_region_and_year_filters_and_bad_values(tab):
    note, html, _, _ = tab.show("", "湛江市", "")
    assert "54941612.82元" in html and "惠东县" not in html and "来自 1 份报告" in note
    note, html, charts, path = tab.show("", "", "2030")
    assert "没有符合" in html and path is None and charts == ""
    with pytest.raises(gr.Error):
        tab.show("不存在的指标", "", "")
    with pytest.raises(gr.Error):
        tab.show("", "", "二〇二三")


def test_choices_come_from_the_index(tab):
    indicator, region, year = tab.choices()
    assert ("12345热线满意率", "12345热线满意率") in indicator.choices
    assert [v for _, v in region.choices] == ["", "吴川市", "惠东县", "梅江区", "江门市", "湛江市"]
    assert ("2021年度", "2021") in year.choices and ("2024年度", "2024") in year.choices


def test_the_cli_prints_the_same_rows(services, capsys, monkeypatch):
    import json

    from app.cli import main

    monkeypatch.setattr("ingest.embed.get_embeddings", lambda *a, **k: HashEmbeddings())  # the index's embedder
    assert main(["--data-dir", str(services.settings.data_dir), "facts", "--json", "--indicator", "满意"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    library = services.library
    want = table_rows(services.indicators(), library.meta, library.source, Filter(indicator="满意"))
    assert [(p["doc_id"], p["indicator"], p["value_text"], p["start"]) for p in printed] == [
        (r.doc_id, r.indicator, r.value_text, r.start) for r in want]
    assert {p["indicator"] for p in printed} == {"12345热线满意率", "群众满意度（满意度调查）"}


def test_two_figures_of_one_report_for_one_indicator_are_flagged_with_both_citations():
    from app.answering.table import conflicts

    low = row(indicator="项目支出", value_text="381.34万元", unit="元", value=3813400.0, start=100, end=140)
    high = row(indicator="项目支出", value_text="957.69万元", unit="元", value=9576900.0, start=500, end=540)
    same = row(indicator="项目支出", value_text="3813400元", unit="元", value=3813400.0, start=700, end=740)
    other = row(doc_id="meijiang-2023", indicator="项目支出", value_text="1.00万元", unit="元", value=10000.0)
    assert conflicts([low, high, same, other]) == {0: [1], 1: [0, 2], 2: [1]}
    html = table_html.table_html([low, high, other])
    flagged = [tr for tr in html.split("<tr")[1:] if "govqa-conflict-row" in tr]
    assert len(flagged) == 2  # both figures, each linking to the other's passage
    assert "#govqa-open/huidong-2023/500/540" in flagged[0].split("govqa-conflict")[2]
    assert "#govqa-open/huidong-2023/100/140" in flagged[1].split("govqa-conflict")[2]
    assert "不一致" in table_html.summary([low, high, other], "", [], {})


def test_the_department_is_under_the_region_and_long_quotes_fold():
    html = table_html.table_html([row(quote="很长的句子" * 20)])
    region = html.split('class="govqa-col-region">')[1].split("</td>")[0]
    assert region == ('<div class="govqa-region">惠东县<span class="govqa-year-inline"> · 2023年度</span></div>'
                      '<div class="govqa-sub">惠东县政务服务数据管理局</div>')
    assert "<details class=\"govqa-fact-quote\"><summary>" in html and "展开全文" in html
    assert html.count("很长的句子") > 20  # the whole quote is there, folded
