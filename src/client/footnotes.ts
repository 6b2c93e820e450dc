/**
 * Footnote previews. A footnote reference is a plain link to the note at the end
 * of the page; with JavaScript, tapping or clicking it (or pressing Enter on it)
 * opens the note in place instead. On devices with a mouse, hovering previews it
 * too. The popover closes with Escape, a tap outside, or its close button.
 */
const DELAY_MS = 250;

function noteFor(ref: HTMLAnchorElement): HTMLElement | null {
  const id = decodeURIComponent(ref.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

function buildPopover(): HTMLDivElement {
  const pop = document.createElement("div");
  pop.className = "fn-popover";
  pop.setAttribute("popover", "auto");
  pop.setAttribute("role", "dialog");
  pop.tabIndex = -1;
  document.body.append(pop);
  return pop;
}

function fill(pop: HTMLDivElement, ref: HTMLAnchorElement, note: HTMLElement): void {
  const body = document.createElement("div");
  body.className = "fn-popover__body";
  for (const child of Array.from(note.childNodes)) body.append(child.cloneNode(true));
  body.querySelectorAll("[data-footnote-backref]").forEach((a) => a.remove());
  body.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
  const label = (ref.dataset.previewLabel ?? "").replace("{n}", ref.textContent ?? "");
  const head = document.createElement("p");
  head.className = "fn-popover__head";
  const title = document.createElement("a");
  title.href = ref.hash;
  title.textContent = label;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "fn-popover__close";
  close.setAttribute("aria-label", ref.dataset.closeLabel ?? "×");
  close.textContent = "×";
  close.addEventListener("click", () => pop.hidePopover());
  head.append(title, close);
  pop.setAttribute("aria-label", label);
  pop.replaceChildren(head, body);
}

function place(pop: HTMLDivElement, ref: HTMLElement): void {
  const r = ref.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  pop.style.width = `${width}px`;
  const left = Math.min(Math.max(8, r.left + r.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
  pop.style.left = `${left}px`;
  const below = r.bottom + 8;
  const height = pop.offsetHeight;
  pop.style.top = `${below + height > window.innerHeight && r.top - height - 8 > 0 ? r.top - height - 8 : below}px`;
}

export function initFootnotes(): void {
  const refs = document.querySelectorAll<HTMLAnchorElement>("a[data-footnote-ref]");
  if (!refs.length || !("showPopover" in HTMLElement.prototype)) return;
  const pop = buildPopover();
  let opener: HTMLAnchorElement | null = null;
  let pinned = false; // opened by click/tap/keyboard, as opposed to a hover preview
  let hoverTimer = 0;
  let leaveTimer = 0;
  const strings = document.querySelector<HTMLElement>("[data-footnote-preview]")?.dataset;

  const open = (ref: HTMLAnchorElement, focus: boolean) => {
    const note = noteFor(ref);
    if (!note) return;
    ref.dataset.previewLabel = strings?.footnotePreview ?? "{n}";
    ref.dataset.closeLabel = strings?.footnoteClose ?? "×";
    if (pop.matches(":popover-open")) pop.hidePopover();
    fill(pop, ref, note);
    opener = ref;
    pop.showPopover();
    place(pop, ref);
    ref.setAttribute("aria-expanded", "true");
    if (focus) pop.focus();
  };

  pop.addEventListener("toggle", (event) => {
    if ((event as ToggleEvent).newState === "closed" && opener) {
      pinned = false;
      opener.setAttribute("aria-expanded", "false");
      if (pop.contains(document.activeElement) || document.activeElement === document.body) opener.focus();
      opener = null;
    }
  });

  const hoverCapable = window.matchMedia("(hover: hover) and (pointer: fine)").matches;
  for (const ref of refs) {
    ref.setAttribute("aria-haspopup", "dialog");
    ref.setAttribute("aria-expanded", "false");
    ref.addEventListener("click", (event) => {
      event.preventDefault();
      window.clearTimeout(hoverTimer);
      pinned = true;
      open(ref, true);
    });
    if (hoverCapable) {
      ref.addEventListener("mouseenter", () => {
        window.clearTimeout(leaveTimer);
        if (pinned && pop.matches(":popover-open")) return;
        hoverTimer = window.setTimeout(() => {
          pinned = false;
          open(ref, false);
        }, DELAY_MS);
      });
      ref.addEventListener("mouseleave", () => {
        window.clearTimeout(hoverTimer);
        if (!pinned) leaveTimer = window.setTimeout(() => pop.hidePopover(), DELAY_MS);
      });
    }
  }
  pop.addEventListener("mouseenter", () => window.clearTimeout(leaveTimer));
  pop.addEventListener("mouseleave", () => {
    if (!pinned) leaveTimer = window.setTimeout(() => pop.hidePopover(), DELAY_MS);
  });
  window.addEventListener("resize", () => {
    if (opener && pop.matches(":popover-open")) place(pop, opener);
  });
}
