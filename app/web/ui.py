"""The web chat (Gradio Blocks) on the same chain as the CLI: `govqa serve`.

`build_ui(services)` lays the page out (`_layout`) and wires its events (`_wire`); the callbacks
(`ChatCallbacks`) call `Services.ask` and only format its result (app/render.py).
"""

from __future__ import annotations

import atexit
import logging
import os
import queue
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from app.answering.followup import apply_filters, resolve_followup
from app.core.records import Answer
from app.core.settings import Settings
from app.services import Extractive, Services
from app.web import render
from app.web.access import check_host, check_passwords, is_loopback, parse_auth, run_temp_dir
from app.web.conversation import Turn, append_jsonl, feedback_record, to_markdown
from app.web.gate import Gate, LoginLimiter, login_checker
from app.web.word import to_docx

log = logging.getLogger(__name__)
TITLE = "govqa · 部门整体支出绩效自评报告问答"
MODES = ("hybrid", "bm25", "dense")
EXAMPLES = 4  # example questions under the chat, made from the loaded library
STREAM_PIECES = 8  # an answer is shown in this many growing pieces
STREAM_DELAY = 0.03  # seconds between pieces
ALL = ""  # the filters' "no restriction" value
REFRESH_S = 20  # the line saying what the index holds is read again this often (another process may ingest)
# Gradio's own strings its zh-CN table lacks (the chat's copy button, …): the page is Chinese throughout
_GRADIO_ZH = {"chatbot": {"copy_message": "复制这条消息", "copied_message": "已复制", "like": "有用",
                          "dislike": "有误", "retry": "重新回答", "undo": "撤销", "edit": "编辑", "clear": "清空",
                          "submit": "提交", "cancel": "取消", "complete": "完成", "conversation": "对话",
                          "chatbot": "问答对话", "new_chat": "新对话"},
              "common": {"clear": "清除", "download": "下载", "remove": "移除", "edit": "编辑", "error": "错误",
                         "loading": "加载中", "settings": "设置", "language": "语言", "display_theme": "显示主题",
                         "built_with_gradio": "使用 Gradio 构建", "built_with": "构建于", "submit": "提交",
                         "undo": "撤销", "share": "分享", "empty": "空"},
              "upload_text": {"click_to_upload": "点击上传", "drop_file": "将文件拖放到此处",
                              "drop_files": "将文件拖放到此处", "or": "或", "uploading": "正在上传…"},
              "file": {"uploading": "正在上传…"},
              "errors": {"use_via_api": "通过 API 使用", "use_via_api_or_mcp": "通过 API 或 MCP 使用"}}
I18N = gr.I18n(**{"zh-CN": _GRADIO_ZH, "zh": _GRADIO_ZH})  # type: ignore[arg-type]  # nested keys, as Gradio's own tables


def _asset(name: str) -> str:
    return resources.files("app.web").joinpath(f"assets/{name}").read_text("utf-8")


def theme() -> gr.themes.Base:
    """System fonts only: the page must not fetch web fonts (offline, and no third-party requests)."""
    return gr.themes.Soft(
        font=["system-ui", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "sans-serif"],
        font_mono=["ui-monospace", "Noto Sans Mono CJK SC", "monospace"],
    ).set(  # labels and secondary text dark enough for 4.5:1 (the Soft theme's are about 3.6:1)
        block_label_text_color="*primary_800", block_title_text_color="*primary_800",
        block_info_text_color="*neutral_600", body_text_color_subdued="*neutral_600",
        input_placeholder_color="*neutral_500", button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800", button_primary_text_color="white",
    )


def _pieces(text: str, n: int = STREAM_PIECES) -> list[str]:
    """Growing prefixes of text, the last one whole."""
    size = max(1, -(-len(text) // n))
    return [text[:end] for end in range(size, len(text), size)] + [text]


@dataclass
class Ui:
    """The page's components, for the event wiring."""

    chatbot: gr.Chatbot
    question: gr.Textbox
    send: gr.Button
    region: gr.Dropdown
    year: gr.Dropdown
    mode: gr.Radio
    top_k: gr.Slider
    catalog_note: gr.Markdown
    export: gr.DownloadButton
    export_docx: gr.DownloadButton
    print_button: gr.Button
    clear: gr.Button
    comment_row: gr.Row
    comment: gr.Textbox
    comment_send: gr.Button
    feedback_note: gr.Markdown
    source: gr.HTML
    open_target: gr.Textbox
    open_button: gr.Button
    vote_target: gr.Textbox
    vote_button: gr.Button
    refresh: gr.Timer
    turns: gr.State
    pending: gr.State
    upload_files: gr.File | None = None
    upload_button: gr.Button | None = None
    upload_note: gr.HTML | None = None


class ChatCallbacks:
    """What the page's events do. Each asks the shared chain and formats the result."""

    def __init__(self, services: Services):
        self.services = services
        self.settings = services.settings
        self.exports = Path(tempfile.mkdtemp(prefix="govqa-export-"))
        atexit.register(shutil.rmtree, self.exports, True)

    # -- the chain ------------------------------------------------------------------------------
    def ask(self, question: str, mode: str | None = None, top_k: int | None = None) -> Answer:
        if mode and mode not in MODES:
            raise gr.Error(f"mode must be one of {', '.join(MODES)}")
        if top_k is not None and not 1 <= int(top_k) <= 50:
            raise gr.Error("top_k must be between 1 and 50")
        return self.services.ask(question, mode=mode or None, top_k=int(top_k) if top_k else None)

    def api_ask(self, question: str, mode: str | None = None, top_k: int | None = None) -> dict[str, Any]:
        """Answer one question with cited passages: the same JSON object as `govqa ask --json`."""
        return self.ask(question, mode, top_k).model_dump()

    def _find_places(self, text: str) -> list[Any]:
        return self.services.index.catalog.gazetteer.find(text)

    # -- chat -----------------------------------------------------------------------------------
    def respond(self, text: str, history: list[dict[str, Any]], turns: list[Turn], region: str, year: str,
                mode: str, top_k: float) -> Iterator[tuple[Any, ...]]:
        """Stream one answer into the chat; the last yield adds its citation cards."""
        text = (text or "").strip()
        if not text:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        previous = turns[-1].asked if turns else None
        asked = resolve_followup(text, previous, self._find_places)
        asked = apply_filters(asked, region or None, year or None, self._find_places)
        note = f"按上下文理解为：{asked}" if asked != text else ""
        asked_msg = [*history, {"role": "user", "content": render.question_html(text)}]

        def reply(html: str) -> list[dict[str, Any]]:
            return [*asked_msg, {"role": "assistant", "content": html}]

        skip = gr.skip()
        yield reply(render.pending_html()), skip, "", skip, skip, skip
        try:
            if self.services.writer is None:
                answer = self.ask(asked, mode, int(top_k))
                for piece in _pieces(answer.answer):  # the extractive answer is instant: show it growing
                    yield reply(render.partial_html(piece)), skip, skip, skip, skip, skip
                    time.sleep(STREAM_DELAY)
            else:
                answer = yield from self._stream_model(asked, mode, int(top_k), reply)
        except gr.Error:
            yield history, skip, text, skip, skip, skip
            raise
        except Exception as exc:
            log.exception("answering %r failed", asked)
            yield history, skip, text, skip, skip, skip
            raise gr.Error(f"回答时出错：{type(exc).__name__}") from exc
        turn = Turn(question=text, asked=asked, answer=answer, at=datetime.now())
        turns = [*turns, turn]
        markdown, docx = self._export(turns)
        yield reply(render.answer_html(answer, note, turn.id)), turns, skip, markdown, docx, self.catalog_line()

    def _stream_model(self, asked: str, mode: str, top_k: int,
                      reply: Callable[[str], list[dict[str, Any]]]) -> Generator[tuple[Any, ...], None, Answer]:
        """The extractive answer at once, marked as waiting for the model; then the model's draft as
        it is written (unchecked, escaped, marked as a draft); then the final answer that the guard
        checked, which replaces both."""
        draft = ""
        final: Answer | None = None
        for item in self.services.stream(asked, mode=mode or None, top_k=top_k, extractive_first=True):
            skip = gr.skip()
            if isinstance(item, Extractive):
                yield reply(render.waiting_html(item.answer)), skip, skip, skip, skip, skip
            elif isinstance(item, Answer):
                final = item
            else:
                draft += item
                yield reply(render.partial_html(draft)), skip, skip, skip, skip, skip
        if final is None:
            raise RuntimeError("the answer stream ended without an answer")
        return final

    def _export(self, turns: list[Turn]) -> tuple[str, str]:
        """The conversation so far as Markdown and as Word (.docx), for the two download buttons."""
        folder = self.exports / turns[-1].id
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now()
        markdown, docx = folder / "govqa-conversation.md", folder / "govqa-conversation.docx"
        markdown.write_text(to_markdown(turns, now), "utf-8")
        docx.write_bytes(to_docx(turns, now))
        return str(markdown), str(docx)

    def pick_example(self, data: gr.SelectData) -> str:
        value = data.value
        return str(value.get("text", "") if isinstance(value, dict) else value)

    def clear(self) -> tuple[Any, ...]:
        return [], [], None, None, render.source_placeholder(), gr.Row(visible=False), ""

    # -- filters --------------------------------------------------------------------------------
    def filters(self) -> tuple[Any, ...]:
        """Region/department and year choices from the index, and a line saying what it holds."""
        catalog = self.services.index.catalog
        departments: dict[str, list[str]] = {}
        for entry in catalog.entries.values():
            if entry.meta.region:
                departments.setdefault(entry.meta.region, []).append(entry.meta.department)
        regions = [("全部地区 / 部门", ALL)] + [
            (f"{region} · {'、'.join(dict.fromkeys(d for d in depts if d)) or '部门不详'}", region)
            for region, depts in sorted(departments.items())
        ]
        years = [("全部年度", ALL)] + [(f"{y}年度", str(y)) for y in catalog.years()]
        return gr.Dropdown(choices=regions), gr.Dropdown(choices=years), self.catalog_line()

    def catalog_line(self) -> str:
        """What the index holds now (read again after an answer, an upload, and every REFRESH_S
        seconds, so a report another process ingested shows without reloading the page)."""
        self.services.index.refresh()
        catalog = self.services.index.catalog
        return (f"已索引 {len(catalog.entries)} 份报告：{'、'.join(catalog.regions()) or '（无）'}。"
                "每个回答都附报告原文出处；点击引用卡片可查看原文；“报告库”标签页列出全部报告。")

    # -- source view ----------------------------------------------------------------------------
    def open_source(self, target: str, back: str = "返回回答") -> str:
        """The cited report with the passage marked; target comes from the page, so it is checked."""
        parsed = render.parse_target(target or "")
        if parsed is None:
            return render.source_error("无法打开这段引用。")
        doc_id, start, end = parsed
        library = self.services.library
        try:
            meta = library.meta(doc_id)
            raw, _ = library.texts(doc_id)
            source = library.source(doc_id)
        except KeyError:
            return render.source_error("这份报告已不在索引中。")
        section = next((c.section for c in self.services.index.chunks
                        if c.doc_id == doc_id and c.start <= start < c.end), "")
        return render.source_html(raw, start, end, meta.title, meta.department, meta.year, section, source, back)

    # -- feedback -------------------------------------------------------------------------------
    def vote(self, target: str, turns: list[Turn]) -> tuple[Any, ...]:
        """Record 有用/有误 (a button under the answer, #govqa-vote/<turn id>/up|down) at once; then
        offer a comment on the same answer."""
        parsed = render.parse_vote(target)
        turn = next((t for t in turns if parsed and t.id == parsed[0]), None)
        if parsed is None or turn is None:
            return gr.skip(), None, "这条回答已不在对话中。"
        liked = parsed[1]
        append_jsonl(self.settings.feedback_path, feedback_record(turn, liked, "", datetime.now()))
        thanks = "已记录：有用" if liked else "已记录：有误"
        return gr.Row(visible=True), (turn.id, liked), f"**{thanks}**。可以在下面补充说明（可选）。"

    def comment(self, text: str, pending: tuple[str, bool] | None, turns: list[Turn]) -> tuple[Any, ...]:
        if not pending or not (text or "").strip():
            return gr.skip(), gr.skip(), gr.skip(), "请先写下说明，或直接关闭。"
        turn = next((t for t in turns if t.id == pending[0]), None)
        if turn is None:
            return gr.Row(visible=False), None, "", "这条回答已不在对话中。"
        append_jsonl(self.settings.feedback_path, feedback_record(turn, pending[1], text, datetime.now()))
        return gr.Row(visible=False), None, "", "谢谢，说明已记录。"

    # -- upload ---------------------------------------------------------------------------------
    def upload(self, files: list[str] | None) -> Iterator[str]:
        """Add the files, showing beside the upload button one bar for the batch and each file's
        state as it changes (add_reports runs in a thread and reports its steps)."""
        from app.web.upload import add_reports

        if not files:
            yield render.upload_html(0.0, [], "请先选择文件。")
            return
        steps: queue.Queue[tuple[str, Any, Any]] = queue.Queue()

        def run() -> None:
            try:
                outcomes = add_reports([Path(f) for f in files], self.settings, self.services.embeddings,
                                       lambda fraction, states: steps.put(("step", fraction, states)))
                steps.put(("done", outcomes, None))
            except Exception as exc:  # shown to the user; the traceback goes to the log
                log.exception("upload failed")
                steps.put(("error", exc, None))

        threading.Thread(target=run, name="govqa-upload", daemon=True).start()
        states: list[Any] = []
        while True:
            kind, value, more = steps.get()
            if kind == "step":
                states = more
                yield render.upload_html(value, states)
            elif kind == "done":
                ok = sum(1 for o in value if o.ok)
                yield render.upload_html(1.0, states, f"完成：{ok} 个文件已在索引中，{len(value) - ok} 个未导入。")
                return
            else:
                yield render.upload_html(1.0, states, f"导入时出错：{type(value).__name__}")
                return


def example_questions(services: Services, limit: int = EXAMPLES) -> list[str]:
    """Questions the loaded library answers, for the chat's examples: an indicator the indicator
    table holds for a report ("青禾县2023年总支出是多少？"), a comparison where two places share
    one, and what the library holds. Never a report the library does not have."""
    library = services.library
    facts = [f for f in services.indicators() if f.value is not None]
    out: list[str] = []
    places: dict[str, list[str]] = {}
    for fact in facts:
        meta = library.meta(fact.doc_id)
        place = meta.region or meta.department
        if not place:
            continue
        places.setdefault(fact.indicator, [])
        if place not in places[fact.indicator]:
            places[fact.indicator].append(place)
        question = f"{place}{f'{meta.year}年' if meta.year else ''}{fact.indicator}是多少？"
        if question not in out and len(out) < limit - 2 and all(not q.startswith(place) for q in out):
            out.append(question)
    shared = next(((name, ps) for name, ps in places.items() if len(ps) >= 2), None)
    if shared:
        out.append(f"{shared[1][0]}和{shared[1][1]}的{shared[0]}哪个更高？")
    out.append("有哪些报告？")
    return out[:limit]


def _layout(settings: Settings, examples: list[str]) -> Ui:
    """The chat tab: what the index holds, filters, the chat, feedback, the question box and the
    exports on the left; the cited report on the right (below, on a phone)."""
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=320):
            catalog_note = gr.Markdown(elem_id="govqa-catalog")
            with gr.Row(elem_id="govqa-filters"):
                region = gr.Dropdown(label="地区 / 部门", choices=[("全部地区 / 部门", ALL)], value=ALL,
                                     elem_id="govqa-region", scale=2, min_width=160)
                year = gr.Dropdown(label="年度", choices=[("全部年度", ALL)], value=ALL,
                                   elem_id="govqa-year", scale=1, min_width=130)
            chatbot = gr.Chatbot(
                label="问答对话", show_label=False, elem_id="govqa-chat", height=560, layout="panel",
                latex_delimiters=[], buttons=["copy"], autoscroll=False, feedback_options=None,
                placeholder="问一个关于部门整体支出绩效自评报告的问题，例如下面这些：",
                examples=[{"text": q} for q in examples],
            )
            feedback_note = gr.Markdown(elem_id="govqa-feedback-note")
            with gr.Row(visible=False, elem_id="govqa-comment-row") as comment_row:
                comment = gr.Textbox(label="补充说明（可选）", placeholder="哪里不对、应该是什么",
                                     elem_id="govqa-comment", scale=5)
                comment_send = gr.Button("提交说明", elem_id="govqa-comment-send", scale=1, min_width=90)
            with gr.Row(elem_id="govqa-input-row"):
                question = gr.Textbox(label="问题", show_label=False, elem_id="govqa-question", scale=5, max_lines=4,
                                      placeholder="输入问题，回车发送；可以追问，如“那梅江区呢？”")
                send = gr.Button("发送", variant="primary", elem_id="govqa-send", scale=1, min_width=72)
            with gr.Row(elem_id="govqa-tools"):
                export_docx = gr.DownloadButton("导出 Word", value=None, elem_id="govqa-export-docx", size="sm")
                export = gr.DownloadButton("导出 Markdown", value=None, elem_id="govqa-export", size="sm")
                print_button = gr.Button("打印对话", elem_id="govqa-print", size="sm")
                clear = gr.Button("清空对话", elem_id="govqa-clear", size="sm")
            with gr.Accordion("高级：检索方式", open=False):
                mode = gr.Radio(list(MODES), value=settings.retrieval_mode, label="检索方式",
                                info="hybrid = BM25 + 向量，bm25 = 关键词，dense = 向量", elem_id="govqa-mode")
                top_k = gr.Slider(1, 50, value=settings.top_k, step=1, label="每份报告检索的段落数 (top-k)",
                                  elem_id="govqa-topk")
            upload_files = upload_button = upload_note = None
            if settings.allow_upload:
                from app.web.upload import formats_note, size_text

                with gr.Accordion("上传报告（管理员）", open=False, elem_id="govqa-upload"):
                    gr.Markdown(formats_note(settings.upload_max_bytes))
                    upload_files = gr.File(label="报告文件", file_count="multiple",
                                           elem_id="govqa-upload-files")
                    gr.HTML(f'<div id="govqa-upload-limit" role="alert" data-max-bytes="{settings.upload_max_bytes}" '
                            f'data-limit="{size_text(settings.upload_max_bytes)}"></div>', padding=False)
                    upload_button = gr.Button("导入并索引", elem_id="govqa-upload-btn")
                    upload_note = gr.HTML(elem_id="govqa-upload-note", padding=False)
        with gr.Column(scale=2, min_width=320):
            source = gr.HTML(render.source_placeholder(), label="报告原文", elem_id="govqa-source",
                             padding=False)
    open_target = gr.Textbox(visible="hidden", elem_id="govqa-open-target")
    open_button = gr.Button(visible="hidden", elem_id="govqa-open-btn")
    vote_target = gr.Textbox(visible="hidden", elem_id="govqa-vote-target")
    vote_button = gr.Button(visible="hidden", elem_id="govqa-vote-btn")
    return Ui(chatbot=chatbot, question=question, send=send, region=region, year=year, mode=mode,
              top_k=top_k, catalog_note=catalog_note, export=export, export_docx=export_docx,
              print_button=print_button, clear=clear, comment_row=comment_row,
              comment=comment, comment_send=comment_send, feedback_note=feedback_note, source=source,
              open_target=open_target, open_button=open_button, vote_target=vote_target, vote_button=vote_button,
              refresh=gr.Timer(REFRESH_S), turns=gr.State([]), pending=gr.State(None),
              upload_files=upload_files, upload_button=upload_button, upload_note=upload_note)


def scroll_to_hit(pane_id: str) -> str:
    """Page JS run after a passage opens in the pane #pane_id."""
    return _SCROLL_TO_HIT.replace("#govqa-source ", f"#{pane_id} ")


_SCROLL_TO_HIT = """() => {
  // centre the passage inside the source pane; move the page only if the pane is off screen
  const show = () => {
    const hit = document.querySelector("#govqa-source #govqa-hit");
    const pane = document.querySelector("#govqa-source .govqa-source-text");
    if (!hit || !pane) return false;
    const h = hit.getBoundingClientRect(), p = pane.getBoundingClientRect();
    pane.scrollTop += h.top - p.top - (pane.clientHeight - h.height) / 2;
    pane.scrollIntoView({block: "nearest"});
    return true;
  };
  if (!show()) setTimeout(show, 150);
}"""


_SHOW_FEEDBACK = """() => {
  // the confirmation beside the button that was pressed, and the comment box in view
  const voted = window.govqaVoted;
  if (voted) voted.setAttribute("data-recorded", "1");
  if (voted) voted.textContent = voted.textContent.replace(/( · 已记录)?$/, " · 已记录");
  const box = document.querySelector("#govqa-comment-row") || document.querySelector("#govqa-feedback-note");
  setTimeout(() => { if (box) box.scrollIntoView({block: "nearest"}); }, 60);
}"""


def _wire(demo: gr.Blocks, ui: Ui, cb: ChatCallbacks) -> None:
    """Events: ask (stream), examples, open a cited passage, feedback, exports, filters, upload, API."""
    private: dict[str, Any] = {"api_visibility": "private"}
    ask_inputs = [ui.question, ui.chatbot, ui.turns, ui.region, ui.year, ui.mode, ui.top_k]
    ask_outputs = [ui.chatbot, ui.turns, ui.question, ui.export, ui.export_docx, ui.catalog_note]
    ui.question.submit(cb.respond, ask_inputs, ask_outputs, **private)
    ui.send.click(cb.respond, ask_inputs, ask_outputs, **private)
    ui.chatbot.example_select(cb.pick_example, None, ui.question, **private).then(
        cb.respond, ask_inputs, ask_outputs, **private)
    ui.open_button.click(cb.open_source, ui.open_target, ui.source, js="(t) => window.govqaOpenTarget || t",
                         show_progress="hidden", **private).then(None, js=scroll_to_hit("govqa-source"), **private)
    ui.vote_button.click(None, None, ui.vote_target, js="() => window.govqaVoteTarget || ''", **private).then(
        cb.vote, [ui.vote_target, ui.turns], [ui.comment_row, ui.pending, ui.feedback_note], show_progress="hidden",
        **private).then(None, js=_SHOW_FEEDBACK, **private)
    ui.comment_send.click(cb.comment, [ui.comment, ui.pending, ui.turns],
                          [ui.comment_row, ui.pending, ui.comment, ui.feedback_note], **private)
    ui.comment.submit(cb.comment, [ui.comment, ui.pending, ui.turns],
                      [ui.comment_row, ui.pending, ui.comment, ui.feedback_note], **private)
    ui.print_button.click(None, js="() => window.print()", **private)
    ui.clear.click(cb.clear, None, [ui.chatbot, ui.turns, ui.export, ui.export_docx, ui.source, ui.comment_row,
                                    ui.feedback_note], **private)
    demo.load(cb.filters, None, [ui.region, ui.year, ui.catalog_note], **private)
    ui.refresh.tick(cb.catalog_line, None, ui.catalog_note, show_progress="hidden", **private)
    if ui.upload_button is not None and ui.upload_files is not None and ui.upload_note is not None:
        ui.upload_button.click(cb.upload, ui.upload_files, ui.upload_note, show_progress="hidden", **private).then(
            cb.filters, None, [ui.region, ui.year, ui.catalog_note], show_progress="hidden", **private)
    gr.api(cb.api_ask, api_name="ask")


def build_ui(services: Services) -> gr.Blocks:
    """The page for these services, three tabs: the chat, the indicator table and the library (not
    launched; css/js/theme/i18n are given at launch)."""
    from app.web.library_tab import LibraryCallbacks, library_layout, wire_library
    from app.web.table_tab import TableCallbacks, table_layout, wire_table

    chat = ChatCallbacks(services)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"# {TITLE}", elem_id="govqa-title")
        with gr.Tabs(elem_id="govqa-tabs"):
            with gr.Tab("问答", elem_id="govqa-chat-tab"):
                ui = _layout(services.settings, example_questions(services))
            table = table_layout()
            library = library_layout()
        _wire(demo, ui, chat)
        wire_table(demo, table, TableCallbacks(services, lambda t: chat.open_source(t, "返回表格"),
                                               chat.exports / "facts"), scroll_to_hit("govqa-facts-source"))
        wire_library(demo, library, LibraryCallbacks(services, chat.open_source), scroll_to_hit("govqa-lib-source"))
    return demo


def with_queue(demo: gr.Blocks, settings: Settings) -> gr.Blocks:
    """Gradio's queue, answering `settings.concurrency` questions at once. Without the statistics
    Gradio keeps for its monitoring page (off: launch_options): after every event it builds a
    pandas frame of up to 10,000 past events, 2.4 ms at 100 events, 10 ms at 10,000."""
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(2**62))  # read by the queue
    return demo.queue(default_concurrency_limit=settings.concurrency)


def launch_options(settings: Settings, host: str, port: int, users: list[tuple[str, str]]) -> dict[str, Any]:
    """Gradio's launch arguments: logins checked with a limit on wrong ones, the gate before the
    routes (app/web/gate.py), no web fonts, no share link, no MCP, no monitoring page, no error
    details."""
    limiter = LoginLimiter(settings.login_attempts, settings.login_wait_s)
    return {
        "server_name": host, "server_port": port, "auth": login_checker(users, limiter) if users else None,
        "app_kwargs": {"middleware": [Middleware(Gate, allow_upload=settings.allow_upload)]},
        "auth_message": "govqa：请登录" if users else None, "share": False, "ssr_mode": False,
        "pwa": False, "mcp_server": False, "enable_monitoring": False, "max_file_size": settings.upload_max_bytes,
        "theme": theme(), "css": _asset("web.css"), "js": _asset("web.js"), "show_error": False, "i18n": I18N,
    }


def serve(settings: Settings, host: str, port: int, insecure: bool = False, temp: Path | None = None) -> None:
    """Check where it may listen, build the index when needed, run the chat until interrupted
    (Ctrl-C or SIGTERM). Gradio's temp files live in `temp`, this run's folder (access.run_temp_dir,
    made before Gradio was imported), removed on the way out."""
    users = parse_auth(settings.auth)
    check_passwords(users, settings.min_password_chars)
    check_host(host, bool(users), insecure)
    if not is_loopback(host) and not users:
        log.warning("listening on %s without logins (--insecure): anyone who reaches it can use the chat", host)
    services = Services(settings)
    services.ensure_index()
    services.index  # noqa: B018 - load chunks and BM25 before the first question
    services.writer  # noqa: B018 - and the model's client, so its import is not charged to the first users
    temp = temp or run_temp_dir()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    demo = with_queue(build_ui(services), settings)
    try:
        demo.launch(**launch_options(settings, host, port, users))
    finally:
        demo.close()
        services.close()
        shutil.rmtree(temp, ignore_errors=True)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM ends the server as Ctrl-C does, so its temp files are removed."""
    raise SystemExit(0)
