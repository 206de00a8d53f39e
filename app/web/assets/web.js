() => {
  // Citation cards and feedback buttons live inside chat messages, whose HTML is sanitised (no
  // inline handlers, no data-* attributes), so delegated listeners handle them: a card's link names
  // its passage (#govqa-open/<doc_id>/<start>/<end>), a feedback button its answer
  // (#govqa-vote/<turn id>/up|down), a suggestion its question (#govqa-ask/<question>); a copy
  // button's title holds the footnote.
  if (window.govqaReady) return;
  window.govqaReady = true;
  const $ = (selector, root) => (root || document).querySelector(selector);

  // What opened the report pane last (a card, a table row, a library row): "返回" goes back to it.
  let opener = null;

  const openPassage = (card) => {
    const link = card.querySelector("a.govqa-open");
    if (!link) return;
    window.govqaOpenTarget = link.getAttribute("href") || "";
    document.querySelectorAll(".govqa-card.govqa-active").forEach((c) => c.classList.remove("govqa-active"));
    card.classList.add("govqa-active");
    opener = card;
    const button = $("#govqa-open-btn");
    if (button) button.click();
  };

  // The indicator table and the library: a figure, a section, a bar or a title opens its passage
  // in the pane beside the list of its own tab.
  const openFact = (link) => {
    window.govqaOpenTarget = link.getAttribute("href") || "";
    document.querySelectorAll(".govqa-fact-row.govqa-active").forEach((r) => r.classList.remove("govqa-active"));
    const row = link.closest(".govqa-fact-row");
    if (row) row.classList.add("govqa-active");
    opener = row || link;
    const button = link.closest("#govqa-library-tab") ? $("#govqa-lib-open-btn") : $("#govqa-facts-open-btn");
    if (button) button.click();
  };

  // Sort a table by a column, in the page: numbers by their data-sort key, text in Chinese
  // collation; cells without a value (a report that does not give the figure) stay last.
  const sortBy = (th) => {
    const table = th.closest("table");
    const column = Array.from(th.parentNode.children).indexOf(th);
    const numeric = th.classList.contains("govqa-num");
    const dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    table.querySelectorAll("th.govqa-sort").forEach((h) => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", dir);
    const key = (tr) => {
      const td = tr.children[column];
      if (!td) return "";
      const sort = td.getAttribute("data-sort");
      return sort !== null ? sort : td.textContent.trim();
    };
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === "" || y === "") return (x === "") - (y === "");
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "zh-Hans-CN");
      return dir === "ascending" ? order : -order;
    });
    rows.forEach((r) => body.appendChild(r));
  };

  const copyText = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (err) {
      // not a secure context (plain http on another host): the old way
      const area = document.createElement("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      return ok;
    }
  };

  // Ask a question as if typed (a "您是否要问…？" suggestion).
  const askAgain = (question) => {
    const box = $("#govqa-question textarea");
    const send = $("#govqa-send");
    if (!box || !send) return;
    box.value = question;
    box.dispatchEvent(new Event("input", {bubbles: true}));
    setTimeout(() => send.click(), 50);
  };

  const vote = (link) => {
    window.govqaVoteTarget = link.getAttribute("href") || "";
    window.govqaVoted = link;
    link.closest(".govqa-votes").querySelectorAll(".govqa-vote").forEach((v) => v.setAttribute("aria-pressed", "false"));
    link.setAttribute("aria-pressed", "true");
    const button = $("#govqa-vote-btn");
    if (button) button.click();
  };

  // Back from the report pane to what opened it (on a phone the pane lies far below).
  const goBack = () => {
    const target = opener && opener.isConnected ? opener : $("#govqa-chat");
    if (target) target.scrollIntoView({block: "center"});
    if (target && target.focus) target.focus({preventScroll: true});
  };

  document.addEventListener("click", (event) => {
    const el = event.target;
    if (!el.closest) return;
    const back = el.closest(".govqa-back");
    if (back) {
      event.preventDefault();
      goBack();
      return;
    }
    const voteLink = el.closest("a.govqa-vote");
    if (voteLink) {
      event.preventDefault();
      event.stopPropagation();
      vote(voteLink);
      return;
    }
    const suggest = el.closest("a.govqa-suggest");
    if (suggest) {
      event.preventDefault();
      event.stopPropagation();
      askAgain(decodeURIComponent((suggest.getAttribute("href") || "").replace(/^#govqa-ask\//, "")));
      return;
    }
    const fact = el.closest("a.govqa-fact");
    if (fact) {
      event.preventDefault();
      openFact(fact);
      return;
    }
    const th = el.closest("th.govqa-sort");
    if (th) {
      sortBy(th);
      return;
    }
    const copy = el.closest(".govqa-copy");
    if (copy) {
      event.preventDefault();
      event.stopPropagation();
      copyText(copy.getAttribute("title") || "").then((ok) => {
        copy.textContent = ok ? "已复制" : "复制失败";
        setTimeout(() => { copy.textContent = "复制引用"; }, 1500);
      });
      return;
    }
    const card = el.closest(".govqa-card");
    if (card && !el.closest("summary")) {
      event.preventDefault();
      openPassage(card);
    }
  }, true);

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const el = event.target;
    if (!el.closest) return;
    const th = el.closest("th.govqa-sort");
    if (th) {
      event.preventDefault();
      sortBy(th);
      return;
    }
    const voteLink = el.closest("a.govqa-vote");
    if (voteLink) {
      event.preventDefault();
      vote(voteLink);
      return;
    }
    const card = el.closest(".govqa-card");
    if (card && !el.closest(".govqa-copy")) {
      event.preventDefault();
      openPassage(card);
    }
  }, true);

  // Verdict first: a new answer is scrolled to its top inside the chat (not to its bottom, where
  // the related passages are), and the page is moved only if its headline is still out of view.
  const scrollParent = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) return p;
    }
    return null;
  };
  const showTop = (el, headline) => {
    const box = scrollParent(el);
    const message = el.closest(".message-row, .message") || el;
    if (box) box.scrollTop += message.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    const target = headline || el;
    const r = target.getBoundingClientRect();
    const input = $("#govqa-input-row");
    const floor = window.innerHeight - (input && getComputedStyle(input).position === "sticky" ? input.offsetHeight : 0);
    if (r.top < 0 || r.bottom > floor) window.scrollBy(0, r.top - Math.max(8, (floor - r.height) / 3));
  };
  const seen = new WeakSet();
  let lastFinal = 0, lastStreaming = null;
  const onChat = () => {
    const chat = $("#govqa-chat");
    if (!chat) return;
    const finals = chat.querySelectorAll(".govqa-answer:not(.govqa-streaming)");
    const streaming = chat.querySelector(".govqa-answer.govqa-streaming");
    if (streaming && streaming !== lastStreaming) {
      lastStreaming = streaming;
      // the question just asked, and the answer coming in under it
      const rows = chat.querySelectorAll(".govqa-question");
      if (rows.length) showTop(rows[rows.length - 1], null);
    }
    if (!streaming) lastStreaming = null;
    if (finals.length && finals.length !== lastFinal) {
      const last = finals[finals.length - 1];
      if (!seen.has(last)) {
        seen.add(last);
        if (finals.length > lastFinal) requestAnimationFrame(() => showTop(last, $(".govqa-headline", last)));
      }
    }
    lastFinal = finals.length;
    labelMessages(chat);
  };

  // Screen readers: each message is labelled by its text ("回答：惠东县…"), not by its HTML; and
  // the few labels Gradio writes in English only, in Chinese.
  const ARIA_ZH = {"More tabs": "更多标签页", "chatbot conversation": "问答对话",
                   "Gradio footer navigation": "页脚导航", "Scroll down": "滚动到底部"};
  const labelMessages = (chat) => {
    document.querySelectorAll("[aria-label], [title]").forEach((el) => {
      for (const name of ["aria-label", "title"]) {
        const zh = ARIA_ZH[el.getAttribute(name)];
        if (zh) el.setAttribute(name, zh);
      }
    });
    chat.querySelectorAll("[aria-label*=\"'s message\"]").forEach((m) => {
      const bot = /^(bot|assistant)/i.test(m.getAttribute("aria-label") || "");
      const text = (m.textContent || "").replace(/\s+/g, " ").trim().slice(0, 160);
      const label = `${bot ? "回答" : "提问"}：${text}`;
      if (m.getAttribute("aria-label") !== label) m.setAttribute("aria-label", label);
    });
  };
  new MutationObserver(onChat).observe(document.body, {childList: true, subtree: true, characterData: true,
                                                       attributes: true, attributeFilter: ["aria-label", "title"]});

  // Upload: files over the limit are refused here, in govqa's words, before Gradio sends them
  // (its own check would answer in English); the server checks again (app/web/upload.py).
  const sizeText = (n) => (n >= 100000 ? `${Math.round(n / 1e5) / 10} MB` : `${Math.round(n / 100) / 10} KB`);
  const checkFiles = (files) => {
    const limit = $("#govqa-upload-limit");
    if (!limit || !files) return {ok: Array.from(files || []), big: []};
    const max = Number(limit.getAttribute("data-max-bytes"));
    const all = Array.from(files);
    const big = all.filter((f) => f.size > max);
    const words = limit.getAttribute("data-limit");
    limit.textContent = big.map((f) => `❌ ${f.name}：文件过大（${sizeText(f.size)}），上限 ${words}，未上传。`).join(" ");
    return {ok: all.filter((f) => f.size <= max), big};
  };
  document.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.closest("#govqa-upload-files")) return;
    const {ok, big} = checkFiles(input.files);
    if (!big.length) return;
    if (!ok.length) {
      event.stopImmediatePropagation();
      input.value = "";
      return;
    }
    const keep = new DataTransfer();
    ok.forEach((f) => keep.items.add(f));
    input.files = keep.files;
  }, true);
  document.addEventListener("drop", (event) => {
    if (!event.target.closest || !event.target.closest("#govqa-upload-files")) return;
    const {big} = checkFiles(event.dataTransfer && event.dataTransfer.files);
    if (big.length) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
}
