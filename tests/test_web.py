"""The web chat without a browser: HTML escaping, cards, source view, export, feedback, upload checks,
host binding, and the callbacks on a real index (fake embedder)."""

import json
import re
import shutil
from datetime import datetime
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import pytest
from pydantic import SecretStr

from app.core.records import Answer, Citation
from app.core.settings import Settings
from app.web import render
from app.web.access import AccessError, check_host, is_loopback, parse_auth
from app.web.conversation import Turn, append_jsonl, feedback_record, to_markdown
from app.web.upload import add_reports, check_file, safe_name
from ingest.load import SUPPORTED_SUFFIXES
from tests.conftest import CORPUS, HashEmbeddings

XSS_REPORT = Path(__file__).parent / "data" / "longchuan-2023.txt"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def citation(**over) -> Citation:
    fields = dict(n=1, doc_id="huidong-2023", title="惠东县政务服务数据管理局2023年度部门整体绩效自评报告",
                  department="惠东县政务服务数据管理局", region="惠东县", year=2023,
                  section="二、绩效自评 > （二）部门整体支出绩效指标分析",
                  quote="今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。",
                  source="corpus/huidong-2023.txt", start=4222, end=4264)
    return Citation(**{**fields, **over})


def answer(found: bool = True, **over) -> Answer:
    c = citation(**over)
    text = (f"惠东县（2023年度）满意率：95.35%。\n原文（《{c.title}》{c.section}）：“{c.quote}”[1]" if found
            else "未找到：惠东县的报告中没有找到能回答这个问题的内容。")
    return Answer(question="惠东县12345热线满意率是多少？", answer=text, found=found,
                  citations=[c] if found else [], related=[] if found else [c])


# -- rendering -------------------------------------------------------------------------------------

def test_report_text_and_questions_are_escaped_everywhere():
    evil = answer(title=f"报告{EVIL}", section=f"一、{EVIL}", department=f"局{EVIL}", quote=f"满意率95.35%{EVIL}。")
    for html in (render.answer_html(evil, note=f"按上下文理解为：{EVIL}"), render.question_html(EVIL),
                 render.answer_html(answer(found=False, quote=EVIL)), render.partial_html(EVIL),
                 render.source_html(f"前文{EVIL}后文", 2, 10, EVIL, EVIL, 2023, EVIL, EVIL)):
        assert "<script" not in html and "<img" not in html
        assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    # the footnote travels in an attribute: escaped there too, and whole once unescaped
    card = render.card_html(citation(quote=f'“引号"{EVIL}'), [])
    assert 'title="《' in card and unescape(card).count(f'“引号"{EVIL}') >= 1
    assert '"引号"' not in card.split("title=", 1)[1].split(">", 1)[0]


def test_messages_are_one_html_block_so_markdown_leaves_report_text_alone():
    html = render.answer_html(answer(quote="第一行\n\n*星号* [链接](http://x) $x$"))
    assert "\n" not in html and "<br><br>*星号*" in html


def test_cards_carry_report_department_year_section_and_the_figure_highlighted():
    html = render.answer_html(answer())
    assert '<div class="govqa-card"' in html
    for field in ("[1]", "《惠东县政务服务数据管理局2023年度部门整体绩效自评报告》", "惠东县政务服务数据管理局 · 2023年度",
                  "二、绩效自评 &gt; （二）部门整体支出绩效指标分析"):
        assert field in html
    assert '群众满意率达<mark class="govqa-figure">95.35%</mark>' in html
    assert "<mark class=\"govqa-figure\">12345" not in html and "49494件</mark>" not in html
    assert 'href="#govqa-open/huidong-2023/4222/4264"' in html


def test_figures_match_by_value_not_by_wording():
    figures = render.answer_figures("吴川市（2023年度）项目支出：5494.16万元。原文：“共54941612.82元”[1]")
    assert [f.text for f in figures] == ["5494.16万元"]
    assert render.highlight("项目支出54941612.82元，基本支出239.45万元", figures) == (
        '项目支出<mark class="govqa-figure">54941612.82元</mark>，基本支出239.45万元')


def test_not_found_is_plain_and_related_passages_are_set_apart():
    html = render.answer_html(answer(found=False))
    assert '<span class="govqa-badge">未找到</span>' in html
    assert "govqa-cards" not in html and "govqa-figure" not in html
    head, related = html.split('<details class="govqa-related">')  # folded: open only on a click
    assert "可能相关的段落（不是答案" in related and "govqa-related-card" in related
    assert "govqa-card" not in head
    assert head.index("govqa-headline") < head.index("未找到")  # the verdict heads the message


def test_footnote_and_targets():
    assert render.footnote(citation()) == (
        "《惠东县政务服务数据管理局2023年度部门整体绩效自评报告》二、绩效自评 > （二）部门整体支出绩效指标分析："
        "“今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。”")
    odd = citation(doc_id="a/b c")
    assert render.parse_target(render.open_target(odd)) == ("a/b c", 4222, 4264)
    for bad in ("", "#govqa-open/x/9/1", "#govqa-open/x/1", "javascript:alert(1)", "#govqa-open/x/-1/2"):
        assert render.parse_target(bad) is None


def test_source_view_marks_the_cited_passage():
    raw = "一、概况\n本年项目支出7073.75万元。\n二、其他"
    start = raw.index("本年")
    end = raw.index("。") + 1
    html = render.source_html(raw, start, end, "吴川报告", "吴川市政务服务数据管理局", 2023, "一、概况", "corpus/w.txt")
    assert f'<mark id="govqa-hit" class="govqa-hit">{raw[start:end]}</mark>' in html
    assert "corpus/w.txt 字符 " in html and "《吴川报告》" in html
    assert 'id="govqa-hit"' in render.source_html(raw, 10**6, 10**6 + 5, "t", "d", None, "", "s")


# -- conversation: export and feedback ---------------------------------------------------------------

def turns() -> list[Turn]:
    at = datetime(2024, 7, 1, 9, 30)
    return [Turn("惠东县12345热线满意率是多少？", "惠东县12345热线满意率是多少？", answer(), at),
            Turn("那梅江区呢？", "梅江区12345热线满意率是多少？", answer(found=False), at)]


def test_export_holds_questions_answers_and_citations():
    md = to_markdown(turns(), datetime(2024, 7, 1, 10, 0))
    assert md.startswith("# govqa 问答记录（2024-07-01 10:00）")
    assert "## 1. 惠东县12345热线满意率是多少？" in md and "## 2. 那梅江区呢？" in md
    assert "（按上下文理解为：梅江区12345热线满意率是多少？）" in md
    assert "> 惠东县（2023年度）满意率：95.35%。" in md
    assert ("1. 《惠东县政务服务数据管理局2023年度部门整体绩效自评报告》二、绩效自评 > （二）部门整体支出绩效指标分析："
            "“今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。”"
            "（惠东县政务服务数据管理局，2023年度；corpus/huidong-2023.txt 字符 4222–4264）") in md
    assert "可能相关的段落（不是答案）：" in md


def test_feedback_is_appended_as_json_lines(tmp_path):
    path = tmp_path / "data" / "feedback.jsonl"
    turn = turns()[0]
    append_jsonl(path, feedback_record(turn, True, "", datetime(2024, 7, 1, 9, 31)))
    append_jsonl(path, feedback_record(turn, False, "  数字不对  ", datetime(2024, 7, 1, 9, 32)))
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert [(r["verdict"], r["comment"]) for r in lines] == [("up", ""), ("down", "数字不对")]
    first = lines[0]
    assert first["question"] == turn.question and first["answer"] == turn.answer.answer
    assert first["citations"][0]["quote"].endswith("95.35%。") and first["time"] == "2024-07-01T09:31:00"
    assert first["answer_id"] == lines[1]["answer_id"] == turn.id


# -- upload checks ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "safe"), [
    ("longchuan-2023.txt", "longchuan-2023.txt"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\reports\\惠东 2023（终稿）.TXT", "惠东_2023_终稿.txt"),
    (".hidden.md", "hidden.md"),
    ("a\x00b;rm -rf.txt", "a_b_rm_-rf.txt"),
    ("<script>.md", "script.md"),
    ("..txt", ""),
    ("x" * 300 + ".md", "x" * 80 + ".md"),
])
def test_file_names_are_sanitised(name, safe):
    assert safe_name(name) == safe


def test_uploads_are_limited_by_type_and_size_and_say_why():
    assert check_file("r.txt", 10, 100) is None and check_file("r.MD", 10, 100) is None
    for suffix in (".pdf", ".docx"):  # planned: refused with a note until ingest reads them
        reason = check_file(f"r{suffix}", 10, 100)
        assert reason is None if suffix in SUPPORTED_SUFFIXES else "后续版本支持" in reason
    assert "不支持的文件类型“.exe”" in check_file("r.exe", 10, 100)
    assert "无扩展名" in check_file("README", 10, 100)
    assert check_file("r.txt", 0, 100) == "空文件"
    assert "文件过大" in check_file("r.txt", 101, 100)
    assert check_file("..txt", 10, 100) == "文件名无效"


def test_add_reports_ingests_good_files_and_rejects_the_rest(tmp_path):
    from ingest.index import ingest

    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path, upload_max_bytes=50_000)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "huidong-2023.txt", corpus)
    ingest([corpus], settings, HashEmbeddings(), progress=False)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    files = [incoming / "龙川 报告.txt", incoming / "plan.zip", incoming / "huidong-2023.txt",
             incoming / "binary.txt", incoming / "big.md"]
    shutil.copy(XSS_REPORT, files[0])
    files[1].write_bytes(b"PK\x03\x04")
    shutil.copy(CORPUS / "meijiang-2023.txt", files[2])  # same name as an indexed report
    files[3].write_bytes(b"\x00\x01\x02" * 100)
    files[4].write_text("大" * 30_000, "utf-8")
    steps: list[float] = []
    seen: list[list] = []
    outcomes = add_reports(files, settings, HashEmbeddings(), lambda f, states: (steps.append(f), seen.append(states)))
    assert [o.ok for o in outcomes] == [True, False, False, False, False]
    assert outcomes[0].saved_as == "龙川_报告.txt" and (settings.uploads_dir / "龙川_报告.txt").is_file()
    assert "不支持的文件类型“.zip”" in outcomes[1].message
    assert "corpus/huidong-2023.txt" in outcomes[2].message and "同名" in outcomes[2].message
    assert outcomes[3].message.startswith("无法索引：") and not (settings.uploads_dir / "binary.txt").exists()
    assert "文件过大" in outcomes[4].message
    assert steps[-1] == 1.0 and steps == sorted(steps)
    # each file's state as it went: checked, indexed one at a time, then done or refused with its reason
    assert [s.state for s in seen[0]] == ["checking", "waiting", "waiting", "waiting", "waiting"]
    assert ("龙川 报告.txt", "indexing") in {(s.name, s.state) for states in seen for s in states}
    assert [s.state for s in seen[-1]] == ["done", "refused", "refused", "refused", "refused"]
    assert seen[-1][4].message == "文件过大（90 KB），上限 50 KB"
    from app.index.store import DocStore

    store = DocStore(settings.store_path)
    try:
        assert sorted(store.sources()) == ["huidong-2023", "龙川_报告"]
    finally:
        store.close()


# -- where the server may listen ----------------------------------------------------------------------

def test_loopback_addresses():
    for host in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"):
        assert is_loopback(host)
    for host in ("0.0.0.0", "192.168.1.5", "::", "example.org", ""):
        assert not is_loopback(host)


def test_a_non_loopback_host_needs_logins_or_insecure():
    check_host("127.0.0.1", has_auth=False, insecure=False)
    check_host("0.0.0.0", has_auth=True, insecure=False)
    check_host("0.0.0.0", has_auth=False, insecure=True)
    with pytest.raises(AccessError, match="GOVQA_AUTH"):
        check_host("0.0.0.0", has_auth=False, insecure=False)


def test_logins_parse_and_never_echo_passwords():
    assert parse_auth(None) == [] and parse_auth(SecretStr(" ")) == []
    assert parse_auth(SecretStr("alice:s3:cret, bob:pw")) == [("alice", "s3:cret"), ("bob", "pw")]
    with pytest.raises(AccessError) as info:
        parse_auth(SecretStr("alice:ok,hunter2"))
    assert "hunter2" not in str(info.value) and "entry 2" in str(info.value)
    assert "s3cret" not in repr(Settings(auth=SecretStr("a:s3cret")))


def test_serve_refuses_a_public_address_without_logins(capsys, tmp_path, monkeypatch):
    from app.cli import main

    monkeypatch.delenv("GOVQA_AUTH", raising=False)
    assert main(["--data-dir", str(tmp_path), "serve", "--host", "0.0.0.0", "--port", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("govqa: error: refusing to listen on 0.0.0.0") and "--insecure" in err
    monkeypatch.setenv("GOVQA_AUTH", "alice")
    assert main(["--data-dir", str(tmp_path), "serve", "--host", "0.0.0.0", "--port", "1"]) == 2
    assert "not user:password" in capsys.readouterr().err


@pytest.mark.parametrize(("setting", "threads"), [(None, 1), ("0", 0), ("2", 2)])
def test_serve_embeds_questions_with_serve_threads(tmp_path, monkeypatch, setting, threads):
    """A server embeds one short question per user at a time: one thread each unless
    GOVQA_SERVE_THREADS says otherwise (with all cores, OpenMP's threads spin on a core the other
    questions or an ingest need: 45 ms of CPU per question instead of 32 with e5 beside an ingest)."""
    import app.web.ui
    from app.cli import main

    seen: list[Settings] = []
    monkeypatch.setattr(app.web.ui, "serve", lambda settings, *a, **k: seen.append(settings))
    monkeypatch.setattr("app.web.access.run_temp_dir", lambda: tmp_path)  # no GRADIO_TEMP_DIR for pytest
    monkeypatch.setenv("GOVQA_THREADS", "4")  # the embedder threads of ingest and ask
    if setting is not None:
        monkeypatch.setenv("GOVQA_SERVE_THREADS", setting)
    assert main(["--data-dir", str(tmp_path), "serve", "--port", "1"]) == 0
    assert seen[0].threads == threads


# -- the page and its callbacks on a real index (fake embedder) ---------------------------------------

@pytest.fixture
def services(hash_services):
    return hash_services


@pytest.fixture
def callbacks(services):
    from app.web.ui import ChatCallbacks

    return ChatCallbacks(services)


def ask(callbacks, text, turns, region="", year=""):
    return list(callbacks.respond(text, [], turns, region, year, "bm25", 8))


def test_answers_stream_in_then_show_their_cards(callbacks, services):
    steps = ask(callbacks, "惠东县12345热线满意率是多少？", [])
    assert "正在查找" in steps[0][0][-1]["content"] and steps[0][2] == ""
    streamed = [s[0][-1]["content"] for s in steps[1:-1]]
    assert len(streamed) >= 3 and all("govqa-streaming" in s for s in streamed)
    history, turns, _, export, docx, note = steps[-1]
    assert history[0] == {"role": "user", "content": render.question_html("惠东县12345热线满意率是多少？")}
    final = history[-1]["content"]
    assert "95.35%" in final and "govqa-card" in final and "#govqa-open/huidong-2023/" in final
    assert f"#govqa-vote/{turns[0].id}/up" in final and "有用" in final and "有误" in final
    assert "已索引 5 份报告" in note and Path(docx).read_bytes().startswith(b"PK")
    assert turns[0].answer.model_dump(exclude={"timings_ms"}) == services.ask(
        "惠东县12345热线满意率是多少？", mode="bm25").model_dump(exclude={"timings_ms"})
    assert "惠东县12345热线满意率是多少？" in Path(export).read_text("utf-8")


def test_follow_up_uses_the_conversation(callbacks):
    turns = ask(callbacks, "惠东县12345热线满意率是多少？", [])[-1][1]
    history, turns, *_ = ask(callbacks, "那梅江区呢？", turns)[-1]
    assert turns[-1].asked == "梅江区12345热线满意率是多少？"
    assert "按上下文理解为：梅江区12345热线满意率是多少？" in history[-1]["content"]
    assert "98.77%" in history[-1]["content"]
    assert [c.doc_id for c in turns[-1].answer.citations] == ["meijiang-2023"]


def test_filters_scope_the_question(callbacks):
    turns = ask(callbacks, "12345热线满意率是多少？", [], region="梅江区")[-1][1]
    assert turns[0].asked == "梅江区12345热线满意率是多少？"
    assert [c.doc_id for c in turns[0].answer.citations] == ["meijiang-2023"]
    region, year, note = callbacks.filters()
    assert ("惠东县 · 惠东县政务服务数据管理局", "惠东县") in region.choices
    assert ("2021年度", "2021") in year.choices and "已索引 5 份报告" in note


def test_an_empty_question_changes_nothing(callbacks):
    import gradio as gr

    steps = ask(callbacks, "   ", [])
    assert len(steps) == 1 and all(isinstance(v, type(gr.skip())) for v in steps[0])


def test_the_api_returns_the_cli_json_object(callbacks, services):
    got = callbacks.api_ask("惠东县12345热线满意率是多少？", mode="bm25")
    want = services.ask("惠东县12345热线满意率是多少？", mode="bm25").model_dump()
    assert set(got) == set(want) and got["citations"] == want["citations"] and got["found"] is True
    json.dumps(got, ensure_ascii=False)


def test_opening_a_card_shows_the_passage(callbacks):
    final = ask(callbacks, "惠东县12345热线满意率是多少？", [])[-1]
    c = final[1][0].answer.citations[0]
    html = callbacks.open_source(render.open_target(c))
    hit = html.split('<mark id="govqa-hit" class="govqa-hit">')[1].split("</mark>")[0]
    assert re.sub(r"\s", "", unescape(hit)) == re.sub(r"\s", "", c.quote)
    assert c.section in unescape(html) and "corpus/huidong-2023.txt" in html
    assert "无法打开" in callbacks.open_source("#govqa-open/../../etc")
    assert "不在索引" in callbacks.open_source("#govqa-open/nope/1/2")


def test_votes_are_recorded_with_an_optional_comment(callbacks, services):
    turns = ask(callbacks, "惠东县12345热线满意率是多少？", [])[-1][1]
    path = services.settings.feedback_path
    path.unlink(missing_ok=True)
    row, pending, note = callbacks.vote(f"#govqa-vote/{turns[0].id}/down", turns)
    assert pending == (turns[0].id, False) and "已记录：有误" in note
    assert callbacks.vote("#govqa-vote/0123456789ab/up", turns)[1] is None  # not an answer of this chat
    assert callbacks.vote("#govqa-vote/../up", turns)[1] is None
    callbacks.comment("应为95.35%", pending, turns)
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert [(r["verdict"], r["comment"]) for r in records] == [("down", ""), ("down", "应为95.35%")]
    assert records[0]["citations"][0]["doc_id"] == "huidong-2023"


def test_upload_is_off_unless_enabled_and_the_api_is_named_ask(services):
    from app.web.ui import build_ui

    def elem_ids(demo):
        return {getattr(b, "elem_id", None) for b in demo.blocks.values()}

    demo = build_ui(services)
    assert "govqa-upload-files" not in elem_ids(demo)
    assert [f.api_name for f in demo.fns.values() if f.api_visibility == "public"] == ["ask"]
    enabled = services.settings.model_copy(update={"allow_upload": True})
    services.settings, saved = enabled, services.settings
    try:
        assert "govqa-upload-files" in elem_ids(build_ui(services))
    finally:
        services.settings = saved



def test_launch_passes_logins_and_keeps_the_page_offline():
    from app.web.ui import launch_options

    users = [("alice", "pw")]
    options = launch_options(Settings(), "0.0.0.0", 7860, users)
    assert options["auth"]("alice", "pw") and not options["auth"]("alice", "pw2")  # wrong ones counted: gate.py
    assert options["server_name"] == "0.0.0.0" and options["share"] is False
    assert launch_options(Settings(), "127.0.0.1", 7860, [])["auth"] is None
    assert "govqa-open" in options["js"] and ".govqa-card" in options["css"]
    assert "googleapis" not in str(options["theme"]._stylesheets)
    assert options["enable_monitoring"] is False


def test_the_queue_keeps_no_statistics_per_event(services):
    """Gradio's monitoring summary (a pandas frame of every past event, rebuilt after each one)
    is never computed: it cost 2-10 ms per question."""
    from app.web.ui import build_ui, with_queue

    demo = with_queue(build_ui(services), services.settings)
    demo._queue.events_recorded = 1000  # as after 1000 questions
    records = [{"function": "ask", "status": "success", "process_time": 0.01}] * 3
    assert demo._queue.compute_analytics_summary(records) == {"functions": {}}


def test_the_chat_says_who_answered_and_shows_a_fallback_notice():
    extractive = render.answer_html(Answer(question="q", answer="惠东县：95.35%", found=True))
    assert "摘录自报告原文" in extractive and "语言模型" not in extractive
    checked = render.answer_html(Answer(question="q", answer="满意率为95.35%[1]", found=True, generator="llm"))
    assert "语言模型撰写" in checked
    fallback = render.answer_html(Answer(question="q", answer="惠东县：95.35%", found=True,
                                         notice="语言模型的回答未通过核对：<b>“95.3%”</b>"))
    assert "未通过核对" in fallback and "<b>" not in fallback and "&lt;b&gt;" in fallback


# -- issue 18: verdict first, feedback buttons, suggestions, Word, the library, upload progress -------

def test_the_headline_comes_first_and_feedback_buttons_name_their_answer():
    html = render.answer_html(answer(), turn_id="0123456789ab")
    assert html.index('class="govqa-headline"') < html.index("govqa-votes") < html.index("govqa-cards")
    headline = html.split('<div class="govqa-headline">')[1].split("</div>")[0]
    assert "95.35%" in headline and "原文" not in headline  # the first line only: the figure, its report
    assert render.parse_vote("#govqa-vote/0123456789ab/up") == ("0123456789ab", True)
    assert render.parse_vote("#govqa-vote/0123456789ab/down") == ("0123456789ab", False)
    for bad in ("", "#govqa-vote/x/up", "#govqa-vote/0123456789ab/maybe", "javascript:1"):
        assert render.parse_vote(bad) is None
    assert "govqa-votes" not in render.answer_html(answer())  # no buttons before the answer is a turn


def test_a_did_you_mean_is_a_link_that_asks_the_corrected_question():
    slip = Answer(question="慧东县12345热线满意率是多少？", found=False,
                  answer="未找到：报告库中没有“慧东县”的报告。您是否要问惠东县？")
    html = render.answer_html(slip)
    link = re.search(r'<a class="govqa-suggest" role="button" href="([^"]+)">([^<]+)</a>', html)
    assert link and link.group(2) == "您是否要问惠东县？"
    assert unquote(link.group(1).removeprefix(render.ASK_PREFIX)) == "惠东县12345热线满意率是多少？"
    evil = Answer(question=f"{EVIL}？", found=False, answer=f"未找到：报告库中没有“{EVIL}”的报告。您是否要问惠东县？")
    assert "<script" not in render.answer_html(evil)


def test_the_word_export_holds_each_answer_and_its_references():
    import io

    from docx import Document

    from app.web.word import to_docx

    turns = [Turn("惠东县12345热线满意率是多少？", "惠东县12345热线满意率是多少？", answer(), datetime(2025, 1, 2, 3, 4)),
             Turn("2021年呢？", "惠东县2021年12345热线满意率是多少？", answer(found=False, quote="控制字符\x07在此"),
                  datetime(2025, 1, 2, 3, 5))]
    doc = Document(io.BytesIO(to_docx(turns, datetime(2025, 1, 2, 3, 6))))
    text = [p.text for p in doc.paragraphs]
    assert text[0] == "govqa 问答记录（2025-01-02 03:06）" and "1. 惠东县12345热线满意率是多少？" in text
    assert any("95.35%" in t for t in text) and "（按上下文理解为：惠东县2021年12345热线满意率是多少？）" in text
    ref = next(t for t in text if t.startswith("[1] "))
    for part in ("《惠东县政务服务数据管理局2023年度部门整体绩效自评报告》", "二、绩效自评 > （二）部门整体支出绩效指标分析",
                 "“今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。”", "惠东县政务服务数据管理局，2023年度",
                 "corpus/huidong-2023.txt 字符 4222–4264"):
        assert part in ref
    raised = [r.text for p in doc.paragraphs for r in p.runs if r.font.superscript]
    assert "[1]" in raised  # the mark in the answer is a footnote mark
    assert "可能相关的段落（不是答案）" in text and any("控制字符在此" in t for t in text)


def test_sizes_are_worded_the_same_everywhere():
    from app.web.upload import formats_note, size_text, too_large

    assert size_text(5_000_000) == "5 MB" and size_text(5_240_000) == "5.2 MB" and size_text(90_000) == "90 KB"
    assert "单个文件不超过 5 MB" in formats_note(5_000_000)
    assert too_large(5_240_000, 5_000_000) == "文件过大（5.2 MB），上限 5 MB"


def test_upload_progress_is_one_bar_and_a_line_per_file():
    from app.web.upload import FileState

    html = render.upload_html(0.5, [FileState("a.txt", "done", "已索引，可以提问"), FileState(f"{EVIL}.txt", "indexing")])
    assert html.count("<progress") == 1 and 'value="50"' in html and "<script" not in html
    assert "【完成】a.txt：已索引，可以提问" in html and "正在索引" in html and 'role="status"' in html


def test_the_library_tab_shows_govqa_reports_rows(services):
    from app.index.reports import library_rows
    from app.web.library_tab import LibraryCallbacks, matches

    rows = services.reports()
    assert rows == library_rows(services.index.store) and len(rows) == 5
    callbacks = LibraryCallbacks(services, lambda t, back: f"{t} {back}")
    note, html = callbacks.show("")
    assert "报告库共 5 份报告" in note and html.count('<tr class="govqa-fact-row">') == 5
    note, html = callbacks.show("惠东 2023")
    assert "显示 1 份" in note and "惠东县政务服务数据管理局" in html and "梅江区" not in html
    assert matches(rows[0], "") and not matches(rows[0], "不存在的词")
    opened = callbacks.open_report("#govqa-open/huidong-2023/0/0")
    doc_id, start, end = render.parse_target(opened.split()[0])
    raw, _ = services.library.texts("huidong-2023")
    assert doc_id == "huidong-2023" and "".join(raw[start:end].split()) == "2023年惠东县政务服务数据管理局部门整体绩效自评报告"
    assert opened.endswith("返回列表") and "无法打开" in callbacks.open_report("../x")
