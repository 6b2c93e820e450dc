// Long editor's summaries fold to three lines with a "more" button (the text is
// complete without JavaScript). Markup: <section data-fold data-fold-more="…" data-fold-less="…"><p>…</p></section>.
export function initFolds(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>("[data-fold]")) {
    const text = box.querySelector<HTMLElement>("p");
    if (!text || box.querySelector(".fold-toggle")) continue;
    box.classList.add("is-folded");
    // Nothing hidden (it fits in three lines): no button.
    if (text.scrollHeight <= text.clientHeight + 1) {
      box.classList.remove("is-folded");
      continue;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "fold-toggle";
    button.setAttribute("aria-expanded", "false");
    button.textContent = box.dataset.foldMore ?? "More";
    if (text.id) button.setAttribute("aria-controls", text.id);
    button.addEventListener("click", () => {
      const open = box.classList.toggle("is-folded") === false;
      button.setAttribute("aria-expanded", String(open));
      button.textContent = (open ? box.dataset.foldLess : box.dataset.foldMore) ?? "";
    });
    text.after(button);
  }
}
