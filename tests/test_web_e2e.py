"""The web chat in a real browser: `govqa serve` on a free loopback port, driven with Playwright in
Debian's Chromium (headless, never a downloaded browser). Screenshots go to e2e-out/."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ROOT
from tests.serving import ServerFailed, serving

pytestmark = pytest.mark.e2e

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUT = ROOT / "e2e-out"
XSS_REPORT = Path(__file__).parent / "data" / "longchuan-2023.txt"
HOTLINE = "惠东县12345热线满意率是多少？"
STARTUP_SECONDS = 900  # the server ingests the corpus with the real embedder first (slow on 2 cores)
ANSWER_MS = 120_000


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """`govqa serve` with a fresh data dir (it ingests corpus/ itself), uploads enabled; killed at the end."""
    data = tmp_path_factory.mktemp("e2e") / "data"
    try:
        with serving(data, startup_s=STARTUP_SECONDS, GOVQA_ALLOW_UPLOAD="1") as url:
            yield SimpleNamespace(url=url, data=data)
    except ServerFailed as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Debian's Chromium with a fresh profile; fails (never skips) when it is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (make test does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_FLAGS, viewport={"width": 1360, "height": 860}, locale="zh-CN",
            permissions=["clipboard-read", "clipboard-write"],
        )
        yield context
        context.close()


DESKTOP, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}
SHOTS = ROOT / "docs" / "screenshots"  # the README shows these


@pytest.fixture
def page(browser, server):
    """A fresh tab on the chat at 1366×900; any alert/confirm dialog (an executed script) fails the test."""
    page = browser.new_page()
    page.set_viewport_size(DESKTOP)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(ANSWER_MS)
    page.server_data = server.data
    page.goto(server.url, wait_until="load")
    page.wait_for_selector("#govqa-question textarea")
    page.wait_for_function("document.querySelector('#govqa-catalog').innerText.includes('已索引')")
    yield page
    page.close()
    assert not dialogs, f"a script ran in the page: {dialogs}"


def ask(page, question: str) -> object:
    """Type a question, send it, and return the new answer once its final form (not streaming) is in."""
    before = page.locator("#govqa-chat .govqa-answer:not(.govqa-streaming)").count()
    page.fill("#govqa-question textarea", question)
    page.press("#govqa-question textarea", "Enter")
    page.wait_for_function(
        f"document.querySelectorAll('#govqa-chat .govqa-answer:not(.govqa-streaming)').length > {before}")
    return page.locator("#govqa-chat .govqa-answer:not(.govqa-streaming)").nth(before)


def screenshot(page, name: str, folder: Path = OUT) -> Path:
    """The viewport as a PNG; those for the README (docs/screenshots) in 256 colours, to stay small."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path))
    if folder == SHOTS:
        from PIL import Image

        with Image.open(path) as image:
            image.convert("RGB").quantize(256).save(path, optimize=True)
    return path


def assert_in_view(page, locator, floor: float = 0.0) -> None:
    """The element's box lies inside the viewport (above `floor` pixels kept free at the bottom)."""
    box, view = locator.bounding_box(), page.viewport_size
    assert box is not None, "not rendered"
    assert box["y"] >= 0 and box["y"] + box["height"] <= view["height"] - floor + 1, (box, view)
    assert box["x"] >= 0 and box["x"] + box["width"] <= view["width"] + 1, (box, view)


def test_answer_cites_the_right_report_and_a_card_opens_the_passage(page):
    answer = ask(page, HOTLINE)
    assert "95.35%" in answer.locator(".govqa-text").inner_text()
    card = answer.locator(".govqa-card").first
    assert "《2023年惠东县政务服务数据管理局部门整体绩效自评报告》" in card.inner_text()
    assert "惠东县政务服务数据管理局 · 2023年度" in card.inner_text()
    assert card.locator("a.govqa-open").get_attribute("href").startswith("#govqa-open/huidong-2023/")
    assert card.locator("mark.govqa-figure").inner_text() == "95.35%"

    card.click()
    hit = page.locator("#govqa-source #govqa-hit")
    hit.wait_for()
    assert "群众满意率达95.35%" in hit.inner_text()
    assert "corpus/huidong-2023.txt" in page.locator("#govqa-source .govqa-loc").inner_text()
    page.wait_for_timeout(300)  # the scroll
    box, pane = hit.bounding_box(), page.locator("#govqa-source .govqa-source-text").bounding_box()
    assert box and pane and pane["y"] <= box["y"] and box["y"] + box["height"] <= pane["y"] + pane["height"] + 1
    assert 0 <= box["y"] < page.viewport_size["height"]
    assert hit.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert screenshot(page, "answer.png").stat().st_size > 10_000


def test_follow_ups_use_the_conversation_and_not_found_is_plain(page):
    ask(page, HOTLINE)
    follow = ask(page, "那梅江区呢？")
    assert "按上下文理解为：梅江区12345热线满意率是多少？" in follow.inner_text()
    assert "98.77%" in follow.locator(".govqa-text").inner_text()
    assert follow.locator("a.govqa-open").first.get_attribute("href").startswith("#govqa-open/meijiang-2023/")

    missing = ask(page, "2021年呢？")
    assert missing.locator(".govqa-badge").inner_text() == "未找到"
    assert missing.locator(".govqa-cards").count() == 0
    related = missing.locator(".govqa-related")
    assert "可能相关的段落（不是答案" in related.inner_text() and related.locator(".govqa-card").count() >= 1
    assert not related.evaluate("d => d.open") and not related.locator(".govqa-card").first.is_visible()
    assert_in_view(page, missing.locator(".govqa-badge"))  # the verdict, not the related figures
    screenshot(page, "not-found.png")


def test_examples_on_the_empty_chat_and_the_region_filter(page):
    # the examples come from the loaded library's indicator table (app.web.ui.example_questions)
    page.get_by_text("惠东县2023年总支出是多少？", exact=True).click()
    answer = page.locator("#govqa-chat .govqa-answer:not(.govqa-streaming)").last
    answer.wait_for()
    assert "895.76万元" in answer.locator(".govqa-text").inner_text()

    page.click("#govqa-region input")
    page.get_by_role("option", name=re.compile("^梅江区")).click()
    filtered = ask(page, "12345热线满意率是多少？")
    assert "按上下文理解为：梅江区12345热线满意率是多少？" in filtered.inner_text()
    assert "98.77%" in filtered.locator(".govqa-text").inner_text()


def test_copy_citation_feedback_and_export(page, server):
    answer = ask(page, HOTLINE)
    answer.locator(".govqa-copy").first.click()
    page.wait_for_function("document.querySelector('.govqa-copy').innerText === '已复制'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == ("《2023年惠东县政务服务数据管理局部门整体绩效自评报告》二、绩效自评 > （二）部门整体支出绩效指标分析 > "
                      "3.预算使用效益 > （3）深化政务服务“中梗阻”专项整治整改："
                      "“今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。”")

    feedback = server.data / "feedback.jsonl"
    before = len(feedback.read_text("utf-8").splitlines()) if feedback.exists() else 0
    up = answer.locator("a.govqa-vote-up")
    assert up.inner_text() == "有用" and answer.locator("a.govqa-vote-down").inner_text() == "有误"
    box = up.bounding_box()
    assert box and box["height"] >= 32 and box["width"] >= 48  # a labelled button, not a tiny icon
    up.click()
    page.wait_for_function("document.querySelector('#govqa-feedback-note').innerText.includes('已记录：有用')")
    page.wait_for_timeout(300)  # the scroll to the comment box
    assert "已记录" in up.inner_text() and up.get_attribute("aria-pressed") == "true"
    assert_in_view(page, up)
    assert_in_view(page, page.locator("#govqa-comment textarea"))
    page.fill("#govqa-comment textarea", "数字和出处都对")
    page.click("#govqa-comment-send")
    page.wait_for_function("document.querySelector('#govqa-feedback-note').innerText.includes('谢谢')")
    records = [json.loads(line) for line in feedback.read_text("utf-8").splitlines()[before:]]
    assert [(r["verdict"], r["comment"]) for r in records] == [("up", ""), ("up", "数字和出处都对")]
    assert records[0]["question"] == HOTLINE and records[0]["citations"][0]["doc_id"] == "huidong-2023"

    with page.expect_download() as download:
        page.click("#govqa-export")
    text = Path(download.value.path()).read_text("utf-8")
    assert f"## 1. {HOTLINE}" in text and "群众满意率达95.35%。" in text and "corpus/huidong-2023.txt" in text

    import docx

    with page.expect_download() as download:
        page.click("#govqa-export-docx")
    assert download.value.suggested_filename.endswith(".docx")
    doc = docx.Document(download.value.path())
    paragraphs = [p.text for p in doc.paragraphs]
    assert f"1. {HOTLINE}" in paragraphs and any("95.35%" in p for p in paragraphs)
    reference = next(p for p in paragraphs if p.startswith("[1] "))
    assert "“今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。”" in reference
    assert "corpus/huidong-2023.txt 字符 4222–4264" in reference and "二、绩效自评" in reference


def _pick(page, dropdown: str, option: str) -> None:
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=option, exact=True).click()


def test_the_indicator_table_filters_sorts_charts_opens_passages_and_downloads(page):
    page.get_by_role("tab", name="指标表").click()
    table = page.locator("#govqa-facts-table table.govqa-table")
    table.wait_for()
    assert table.locator("tbody tr.govqa-fact-row").count() >= 30
    assert "来自 5 份报告" in page.locator("#govqa-facts-note").inner_text()
    assert page.locator("#govqa-facts-charts figure").count() >= 10

    _pick(page, "#govqa-facts-indicator", "12345热线满意率")
    page.wait_for_function("document.querySelector('#govqa-facts-note').innerText.includes('未给出')")
    assert "3 份报告未给出“12345热线满意率”" in page.locator("#govqa-facts-note").inner_text()
    values = table.locator("tbody tr td.govqa-col-value")
    regions = table.locator("tbody tr td.govqa-col-region .govqa-region")
    header = table.locator("th", has_text="原文数值")
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert values.all_inner_texts() == ["95.35%", "98.77%", "未给出", "未给出", "未给出"]
    header.click()
    assert values.all_inner_texts() == ["98.77%", "95.35%", "未给出", "未给出", "未给出"]
    assert regions.all_inner_texts()[:2] == ["梅江区", "惠东县"]

    table.locator("a.govqa-fact-value", has_text="95.35%").click()
    hit = page.locator("#govqa-facts-source #govqa-hit")
    page.wait_for_function(
        "(document.querySelector('#govqa-facts-source #govqa-hit') || {}).innerText?.includes('95.35%')")
    assert "群众满意率达95.35%" in hit.inner_text()
    assert "corpus/huidong-2023.txt" in page.locator("#govqa-facts-source .govqa-loc").inner_text()
    assert table.locator("tr.govqa-active").count() == 1

    bars = page.locator("#govqa-facts-charts svg a.govqa-bar")
    assert bars.count() == 2 and "梅江区" in (bars.first.text_content() or "")
    bars.first.click()
    page.wait_for_function(
        "(document.querySelector('#govqa-facts-source #govqa-hit') || {}).innerText?.includes('98.77%')")
    assert "corpus/meijiang-2023.txt" in page.locator("#govqa-facts-source .govqa-loc").inner_text()
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "indicator-table.png")

    with page.expect_download() as download:
        page.click("#govqa-facts-csv")
    raw = Path(download.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv
    import io

    got = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert sorted((r["region"], r["value_text"], r["source"]) for r in got) == [
        ("惠东县", "95.35%", "corpus/huidong-2023.txt"), ("梅江区", "98.77%", "corpus/meijiang-2023.txt")]

    _pick(page, "#govqa-facts-year", "2024年度")
    page.wait_for_function("document.querySelector('#govqa-facts-note').innerText.includes('1 份报告未给出')")
    assert regions.all_inner_texts() == ["湛江市 · 2024年度"] or regions.all_inner_texts() == ["湛江市"]
    assert values.all_inner_texts() == ["未给出"]


def test_the_ask_api_returns_the_cli_json(server):
    from gradio_client import Client

    got = Client(server.url, verbose=False).predict(HOTLINE, api_name="/ask")
    cli = subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(server.data), "ask", "--json", HOTLINE],
                         cwd=ROOT, capture_output=True, text=True, timeout=600,
                         env={k: v for k, v in os.environ.items() if not k.startswith("GOVQA_")})
    assert cli.returncode == 0, cli.stderr
    want = json.loads(cli.stdout)
    got.pop("timings_ms")
    want.pop("timings_ms")
    assert got == want and got["found"] and got["citations"][0]["doc_id"] == "huidong-2023"


# -- issue 18: the chat as officials use it, at 1366×900 and 390×844 ---------------------------------

SIZES = pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
LONG = "梅江区和惠东县的12345热线满意率哪个更高？"


def _input_floor(page) -> float:
    """What the question box covers at the bottom of the screen when it sticks there (a phone)."""
    row = page.locator("#govqa-input-row")
    sticky = row.evaluate("r => getComputedStyle(r).position") == "sticky"
    return (row.bounding_box() or {"height": 0})["height"] if sticky else 0.0


def _chat_window(page, element) -> dict:
    """The box of the chat's scroll area that holds element."""
    return element.evaluate("""e => { for (let p = e.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p); if (/(auto|scroll)/.test(s.overflowY) && p.scrollHeight > p.clientHeight) {
        const r = p.getBoundingClientRect(); return {y: r.top, height: r.height}; } } return null; }""")


@SIZES
def test_each_answer_arrives_verdict_first(page, size):
    page.set_viewport_size(size)
    for question in (HOTLINE, LONG, "那吴川市呢？", "2021年呢？"):
        answer = ask(page, question)
        page.wait_for_timeout(400)  # the scroll to the answer's top
        headline = answer.locator(".govqa-headline")
        assert_in_view(page, headline, floor=_input_floor(page))
        window = _chat_window(page, headline)
        box = headline.bounding_box()
        if window:  # and inside the chat's visible part, not scrolled away within it
            assert window["y"] - 1 <= box["y"] and box["y"] + box["height"] <= window["y"] + window["height"] + 1
        if question == LONG:
            name = "desktop-answer.png" if size is DESKTOP else "phone-answer.png"
            screenshot(page, name, SHOTS)
    assert answer.locator(".govqa-badge").inner_text() == "未找到"


def test_phone_layout_input_in_reach_back_to_the_answer_no_overlaps(page):
    page.set_viewport_size(PHONE)
    question = page.locator("#govqa-question textarea")
    assert_in_view(page, question)
    controls = ["#govqa-tabs [role=tablist]", "#govqa-region", "#govqa-year", "#govqa-chat", "#govqa-input-row"]
    boxes = {c: page.locator(c).first.bounding_box() for c in controls}
    for i, a in enumerate(controls):
        for b in controls[i + 1 :]:
            x, y = boxes[a], boxes[b]
            overlap = (min(x["x"] + x["width"], y["x"] + y["width"]) - max(x["x"], y["x"]) > 1
                       and min(x["y"] + x["height"], y["y"] + y["height"]) - max(x["y"], y["y"]) > 1)
            assert not overlap, (a, b, x, y)
    for dropdown in ("#govqa-region", "#govqa-year"):  # the text ends before the arrow starts
        text_end = page.locator(f"{dropdown} input").evaluate(
            "i => i.getBoundingClientRect().right - parseFloat(getComputedStyle(i).paddingRight)")
        arrow = page.locator(f"{dropdown} svg").last.bounding_box()
        assert arrow and text_end <= arrow["x"] + 1, (dropdown, text_end, arrow)

    answer = ask(page, HOTLINE)
    assert_in_view(page, question)
    card = answer.locator(".govqa-card").first
    card.locator("a.govqa-open").click()
    page.locator("#govqa-source #govqa-hit").wait_for()
    page.wait_for_timeout(400)
    assert_in_view(page, page.locator("#govqa-source #govqa-hit"))
    assert not card.evaluate("c => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }")
    back = page.locator("#govqa-source .govqa-back")
    assert back.inner_text().endswith("返回回答")
    back.click()
    page.wait_for_timeout(400)
    assert card.evaluate("c => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }")
    assert_in_view(page, question)


@SIZES
def test_the_indicator_table_is_readable_and_flags_conflicting_figures(page, size):
    page.set_viewport_size(size)
    page.get_by_role("tab", name="指标表").click()
    table = page.locator("#govqa-facts-table table.govqa-table")
    table.wait_for()
    page.wait_for_timeout(300)
    font = float(table.evaluate("t => parseFloat(getComputedStyle(t).fontSize)"))
    for column in ("govqa-col-indicator", "govqa-col-region", "govqa-col-value", "govqa-col-source"):
        widths = table.locator(f"tbody td.{column}").evaluate_all("tds => tds.map(td => td.getBoundingClientRect().width)")
        assert widths and min(widths) >= 3 * font, (column, min(widths), font)  # never one character a line
    wrap = page.locator("#govqa-facts-table .govqa-table-wrap").bounding_box()
    assert wrap["height"] >= 0.5 * size["height"]  # a tall box, not four rows
    first_value = table.locator("tbody tr td.govqa-col-value").first
    assert_in_view(page, first_value.locator("a"))  # the figure is on screen, also on a phone
    if size is PHONE:  # the rest scrolls sideways under a fixed first column
        cell = table.locator("tbody tr td").first
        before = cell.bounding_box()["x"]
        page.locator("#govqa-facts-table .govqa-table-wrap").evaluate("w => { w.scrollLeft = 300; }")
        assert abs(cell.bounding_box()["x"] - before) < 1

    flagged = table.locator("tr.govqa-conflict-row")
    assert flagged.count() >= 2 and "不一致" in page.locator("#govqa-facts-note").inner_text()
    row = flagged.filter(has_text="惠东县").filter(has_text="项目支出").first
    assert "381.34" in row.inner_text() or "957.69" in row.inner_text()
    other = row.locator(".govqa-conflict a.govqa-fact").first
    shown, wanted = row.locator("a.govqa-fact-value").inner_text(), other.inner_text()
    assert shown != wanted  # the flag names the other figure, and opens its passage
    other.click()
    page.wait_for_function(f"(document.querySelector('#govqa-facts-source #govqa-hit') || {{}}).innerText?.includes({wanted.rstrip('万元')!r})")
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "desktop-table.png" if size is DESKTOP else "phone-table.png", SHOTS)


def test_the_library_tab_and_asking_what_is_loaded(page):
    page.get_by_role("tab", name="报告库").click()
    rows = page.locator("#govqa-lib-table tbody tr")
    rows.first.wait_for()
    assert rows.count() == 5 and "报告库共 5 份报告" in page.locator("#govqa-lib-note").inner_text()
    cli = subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(page.server_data), "reports", "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    listed = [json.loads(line) for line in cli.stdout.splitlines()]
    titles = {r["title"] for r in listed}
    assert len(listed) == 5 and {t.split("\n")[0] for t in rows.locator("td:first-child a").all_inner_texts()} == titles
    page.fill("#govqa-lib-search textarea, #govqa-lib-search input", "惠东")
    page.wait_for_function("document.querySelectorAll('#govqa-lib-table tbody tr').length === 1")
    assert "显示 1 份" in page.locator("#govqa-lib-note").inner_text()
    page.fill("#govqa-lib-search textarea, #govqa-lib-search input", "")
    page.wait_for_function("document.querySelectorAll('#govqa-lib-table tbody tr').length === 5")
    year = page.locator("#govqa-lib-table th", has_text="年度")
    year.click()
    assert rows.locator("td:nth-child(4)").all_inner_texts() == ["2021年度", "2023年度", "2023年度", "2023年度", "2024年度"]
    rows.filter(has_text="惠东县").locator("a.govqa-doc").click()
    page.wait_for_function("(document.querySelector('#govqa-lib-source #govqa-hit') || {}).innerText?.includes('惠东县')")
    assert "corpus/huidong-2023.txt" in page.locator("#govqa-lib-source .govqa-loc").inner_text()
    assert page.locator("#govqa-lib-source .govqa-back").inner_text().endswith("返回列表")
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "library.png", SHOTS)

    page.get_by_role("tab", name="问答").click()
    for question in ("有哪些报告？", "库里有什么"):
        answer = ask(page, question)
        assert answer.locator(".govqa-headline").inner_text() == "报告库中共有5份报告："
        assert answer.locator(".govqa-card").count() == 5
    assert "惠东县" in ask(page, "惠东县有哪几份报告").locator(".govqa-headline").inner_text()


def test_a_misspelt_place_gets_did_you_mean(page):
    answer = ask(page, "慧东县12345热线满意率是多少？")
    assert answer.locator(".govqa-badge").inner_text() == "未找到"
    suggest = answer.locator("a.govqa-suggest")
    assert suggest.inner_text() == "您是否要问惠东县？"
    before = page.locator("#govqa-chat .govqa-answer:not(.govqa-streaming)").count()
    suggest.click()
    page.wait_for_function(
        f"document.querySelectorAll('#govqa-chat .govqa-answer:not(.govqa-streaming)').length > {before}")
    fixed = page.locator("#govqa-chat .govqa-answer:not(.govqa-streaming)").nth(before)
    assert "95.35%" in fixed.locator(".govqa-headline").inner_text()


@SIZES
def test_no_serious_accessibility_violations_and_all_text_in_chinese(page, size):
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size(size)
    axe, found = Axe(), {}
    ask(page, HOTLINE)
    ask(page, "2021年呢？")
    page.wait_for_timeout(500)
    for tab, ready in (("问答", "#govqa-chat .govqa-card"), ("指标表", "#govqa-facts-table table"),
                       ("报告库", "#govqa-lib-table table")):
        page.get_by_role("tab", name=tab).click()
        page.locator(ready).first.wait_for()
        page.wait_for_timeout(300)
        violations = axe.run(page).response["violations"]
        found[tab] = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in violations
                      if v["impact"] in ("serious", "critical")]
        print(f"\naxe {size['width']}x{size['height']} {tab}: {len(violations)} violations, "
              f"{len(found[tab])} serious or critical ({', '.join(v['id'] for v in violations) or 'none'})")
    assert found == {"问答": [], "指标表": [], "报告库": []}

    page.get_by_role("tab", name="问答").click()
    labels = page.evaluate("""() => [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
        .flatMap(e => ['aria-label', 'title', 'placeholder'].map(a => e.getAttribute(a)).filter(Boolean))""")
    english = [t for t in labels if re.search(r"[A-Za-z]{3,}", re.sub(r"govqa|API|MCP|BM25|top-k|hybrid|bm25|dense|Gradio", "", t))]
    assert not english, english  # Gradio's own labels too ("Copy message")
    messages = page.locator("#govqa-chat [aria-label^='回答：'], #govqa-chat [aria-label^='提问：']")
    assert messages.count() >= 4 and "<" not in (messages.last.get_attribute("aria-label") or "")


def test_print_shows_the_whole_conversation_without_controls(page):
    for question in (HOTLINE, LONG, "那吴川市呢？", "2021年呢？", "有哪些报告？"):
        ask(page, question)
    page.emulate_media(media="print")
    try:
        for control in ("#govqa-input-row", "#govqa-tools", "#govqa-filters", "#govqa-tabs [role=tablist]", ".govqa-votes"):
            assert page.locator(control).first.evaluate("e => getComputedStyle(e).display") == "none", control
        clipped = page.evaluate("""() => [...document.querySelectorAll('#govqa-chat *')].filter(e => {
            const s = getComputedStyle(e); return /(auto|scroll|hidden)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
          }).length""")
        assert clipped == 0  # nothing inside the chat scrolls or cuts: every answer is on paper
        answers = page.locator("#govqa-chat .govqa-answer")
        assert answers.count() == 5 and answers.first.is_visible() and answers.last.is_visible()
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    finally:
        page.emulate_media(media="screen")


def test_uploaded_report_text_shows_as_text_never_as_markup(page, tmp_path):
    """Runs last: it adds a report (龙川县) to the session's index."""
    sheet = tmp_path / "plan.zip"
    sheet.write_bytes(b"PK\x03\x04 an archive")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5_200_000)
    assert "已索引 5 份报告" in page.locator("#govqa-catalog").inner_text()
    page.click("#govqa-upload")
    page.locator("#govqa-upload").get_by_text("单个文件不超过 5 MB").wait_for()  # the accordion opens
    page.set_input_files("#govqa-upload-files input[type=file]", [str(big)])
    limit = page.locator("#govqa-upload-limit")
    assert limit.inner_text() == "❌ big.txt：文件过大（5.2 MB），上限 5 MB，未上传。"  # govqa's words, not Gradio's
    assert page.locator("text=/exceed|Mb/").count() == 0
    page.set_input_files("#govqa-upload-files input[type=file]", [str(XSS_REPORT), str(sheet)])
    page.wait_for_timeout(1000)  # the files reach the server
    page.click("#govqa-upload-btn")
    page.wait_for_selector("#govqa-upload-note progress")  # one bar for the batch, beside the button
    page.wait_for_function("document.querySelector('#govqa-upload-note').innerText.includes('完成：')")
    note = page.locator("#govqa-upload-note")
    assert note.locator("progress").count() == 1 and note.locator("li").count() == 2
    assert "plan.zip：不支持的文件类型“.zip”" in note.inner_text() and "longchuan-2023.txt：已索引" in note.inner_text()
    button, bar = page.locator("#govqa-upload-btn").bounding_box(), note.locator("progress").bounding_box()
    assert button and bar and 0 <= bar["y"] - (button["y"] + button["height"]) < 120  # next to the button
    words = re.sub(r"[\w-]*\.[A-Za-z]{2,4}\b", "", note.inner_text())  # file names and suffixes aside
    assert not re.search(r"[A-Za-z]{3,}", words), words  # no "0/39 chunk · embedding 0.0%"
    # the line saying what is indexed follows, without a reload
    page.wait_for_function("document.querySelector('#govqa-catalog').innerText.includes('已索引 6 份报告')")

    answer = ask(page, "龙川县12345热线满意率是多少？")
    quote = answer.locator(".govqa-card .govqa-quote").first.inner_text()
    assert '97.12%<script>alert("xss")</script>' in quote
    imgs = ask(page, "龙川县热线知识库新增条目多少条？")
    assert "<img src=x onerror=alert(1)>" in imgs.inner_text()
    assert page.locator("#govqa-chat script, #govqa-chat .govqa-answer img").count() == 0

    answer.locator(".govqa-card").first.click()
    hit = page.locator("#govqa-source #govqa-hit")
    page.wait_for_function("(document.querySelector('#govqa-source #govqa-hit') || {}).innerText?.includes('97.12%')")
    assert '<script>alert("xss")</script>' in hit.inner_text()
    source = page.locator("#govqa-source .govqa-source-text").inner_text()
    assert "<img src=x onerror=alert(1)>" in source and "<b>加粗</b>和*星号*" in source
    assert page.locator("#govqa-source script, #govqa-source img, #govqa-source b").count() == 0
    screenshot(page, "escaped.png")


LOAD_CLIENTS, LOAD_QUESTIONS = 16, 25
LOAD_SET = [HOTLINE, "吴川2023年项目支出是多少？", "梅江区和惠东县的12345热线满意率哪个更高？", "各单位自评得分排名",
            "广州市政数局自评得分是多少？", "湛江市三公经费实际支出多少？", "江门市政数局什么时候挂牌成立？", "   "]


@pytest.mark.load
def test_concurrent_clients_over_http_get_answers_and_no_errors(server):
    """16 clients × 25 questions against /ask on loopback: zero errors; p50/p95 written to e2e-out/load.json."""
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    def client_run(k: int) -> list[tuple[float, str]]:
        client = Client(server.url, verbose=False)
        out = []
        for i in range(LOAD_QUESTIONS):
            question = LOAD_SET[(k + i) % len(LOAD_SET)]
            started = time.perf_counter()
            try:
                answer = client.predict(question, api_name="/ask")
                error = "" if isinstance(answer, dict) and {"answer", "found", "citations"} <= set(answer) else "bad reply"
            except Exception as exc:  # every failure is counted, none is hidden
                error = f"{type(exc).__name__}: {exc}"
            out.append(((time.perf_counter() - started) * 1000, error))
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(LOAD_CLIENTS) as pool:
        results = [r for rows in pool.map(client_run, range(LOAD_CLIENTS)) for r in rows]
    wall = time.perf_counter() - started
    latencies = sorted(ms for ms, _ in results)
    errors = [e for _, e in results if e]
    report = {"clients": LOAD_CLIENTS, "questions_each": LOAD_QUESTIONS, "requests": len(results),
              "errors": len(errors), "wall_s": round(wall, 1),
              "p50_ms": round(latencies[len(latencies) // 2], 1),
              "p95_ms": round(latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))], 1)}
    OUT.mkdir(exist_ok=True)
    (OUT / "load.json").write_text(json.dumps(report, indent=2), "utf-8")
    print(f"\nload: {report}")
    assert len(results) == LOAD_CLIENTS * LOAD_QUESTIONS
    assert not errors, errors[:3]
