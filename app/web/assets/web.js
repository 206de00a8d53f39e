() => {
  // Citation cards live inside chat messages, whose HTML is sanitised (no inline handlers, no
  // data-* attributes), so one delegated listener handles them: a card's link names its passage
  // (#govqa-open/<doc_id>/<start>/<end>), its copy button's title holds the footnote.
  if (window.govqaReady) return;
  window.govqaReady = true;

  const openPassage = (card) => {
    const link = card.querySelector("a.govqa-open");
    if (!link) return;
    window.govqaOpenTarget = link.getAttribute("href") || "";
    document.querySelectorAll(".govqa-card.govqa-active").forEach((c) => c.classList.remove("govqa-active"));
    card.classList.add("govqa-active");
    const button = document.querySelector("#govqa-open-btn");
    if (button) button.click();
  };

  // The indicator table (指标表 tab): a figure, a section or a bar opens its passage beside the table.
  const openFact = (link) => {
    window.govqaOpenTarget = link.getAttribute("href") || "";
    document.querySelectorAll(".govqa-fact-row.govqa-active").forEach((r) => r.classList.remove("govqa-active"));
    const row = link.closest(".govqa-fact-row");
    if (row) row.classList.add("govqa-active");
    const button = document.querySelector("#govqa-facts-open-btn");
    if (button) button.click();
  };

  // Sort the table by a column, in the page: numbers by their data-sort key, text in Chinese
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

  document.addEventListener("click", (event) => {
    const fact = event.target.closest("a.govqa-fact");
    if (fact) {
      event.preventDefault();
      openFact(fact);
      return;
    }
    const th = event.target.closest("th.govqa-sort");
    if (th) {
      sortBy(th);
      return;
    }
    const copy = event.target.closest(".govqa-copy");
    if (copy) {
      event.preventDefault();
      event.stopPropagation();
      copyText(copy.getAttribute("title") || "").then((ok) => {
        copy.textContent = ok ? "已复制" : "复制失败";
        setTimeout(() => { copy.textContent = "复制引用"; }, 1500);
      });
      return;
    }
    const card = event.target.closest(".govqa-card");
    if (card) {
      event.preventDefault();
      openPassage(card);
    }
  }, true);

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const th = event.target.closest && event.target.closest("th.govqa-sort");
    if (th) {
      event.preventDefault();
      sortBy(th);
      return;
    }
    const card = event.target.closest && event.target.closest(".govqa-card");
    if (card && !event.target.closest(".govqa-copy")) {
      event.preventDefault();
      openPassage(card);
    }
  }, true);
}
