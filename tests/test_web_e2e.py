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


@pytest.fixture
def page(browser, server):
    """A fresh tab on the chat; any alert/confirm dialog (an executed script) fails the test."""
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(ANSWER_MS)
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


def screenshot(page, name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    page.screenshot(path=str(path))
    return path


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
    assert "可能相关的段落（不是答案）" in related.inner_text() and related.locator(".govqa-card").count() >= 1
    screenshot(page, "not-found.png")


def test_examples_on_the_empty_chat_and_the_region_filter(page):
    page.get_by_text("吴川2023年项目支出是多少？", exact=True).click()
    answer = page.locator("#govqa-chat .govqa-answer:not(.govqa-streaming)").last
    answer.wait_for()
    assert "7073.75万元" in answer.locator(".govqa-text").inner_text()

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
    page.locator("#govqa-chat button[aria-label='Like'], #govqa-chat button[aria-label='赞']").last.click()
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
    values = table.locator("tbody tr td:nth-child(5)")
    regions = table.locator("tbody tr td:nth-child(2)")
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
    assert regions.all_inner_texts() == ["湛江市"] and values.all_inner_texts() == ["未给出"]


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


def test_uploaded_report_text_shows_as_text_never_as_markup(page, tmp_path):
    """Runs last: it adds a report (龙川县) to the session's index."""
    sheet = tmp_path / "plan.zip"
    sheet.write_bytes(b"PK\x03\x04 an archive")
    page.click("#govqa-upload")
    page.set_input_files("#govqa-upload-files input[type=file]", [str(XSS_REPORT), str(sheet)])
    page.wait_for_timeout(1000)  # the files reach the server
    page.click("#govqa-upload-btn")
    page.wait_for_function("document.querySelector('#govqa-upload-note').innerText.includes('已索引')")
    note = page.locator("#govqa-upload-note").inner_text()
    assert "plan.zip：不支持的文件类型“.zip”" in note and "longchuan-2023.txt：已索引" in note

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
