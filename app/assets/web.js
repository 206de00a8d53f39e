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
    const card = event.target.closest && event.target.closest(".govqa-card");
    if (card && !event.target.closest(".govqa-copy")) {
      event.preventDefault();
      openPassage(card);
    }
  }, true);
}
