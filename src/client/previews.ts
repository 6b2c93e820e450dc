/**
 * Previews in place, one mechanism for footnotes and glossary terms. The
 * trigger is a plain link (to the note at the end of the page, or to the
 * term's glossary page); with JavaScript, tapping or clicking it (or pressing
 * Enter on it) opens what it points to in a popover instead. On devices with
 * a mouse, hovering previews it too. The popover is a dialog with a heading
 * link and a close button; it closes with Escape, a tap outside, or the button,
 * and gives focus back to the trigger.
 */
const DELAY_MS = 250;

export interface PreviewContent {
  /** The popover's name and heading text. */
  label: string;
  /** Where its heading links: the note, or the term's page. */
  href: string;
  /** Nodes to show, already cloned. */
  body: Node[];
  /** Accessible name of the close button. */
  closeLabel: string;
}

export interface PreviewSource {
  selector: string;
  content(trigger: HTMLAnchorElement): PreviewContent | null;
}

/** Copies of an element's children, without ids (they would duplicate the page's). */
export function cloneChildren(el: HTMLElement, drop = ""): Node[] {
  const box = document.createElement("div");
  for (const child of Array.from(el.childNodes)) box.append(child.cloneNode(true));
  if (drop) box.querySelectorAll(drop).forEach((n) => n.remove());
  box.querySelectorAll("[id]").forEach((n) => n.removeAttribute("id"));
  return Array.from(box.childNodes);
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

function fill(pop: HTMLDivElement, c: PreviewContent): void {
  const body = document.createElement("div");
  body.className = "fn-popover__body";
  body.append(...c.body);
  const head = document.createElement("p");
  head.className = "fn-popover__head";
  const title = document.createElement("a");
  title.href = c.href;
  title.textContent = c.label;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "fn-popover__close";
  close.setAttribute("aria-label", c.closeLabel);
  close.textContent = "×";
  close.addEventListener("click", () => pop.hidePopover());
  head.append(title, close);
  pop.setAttribute("aria-label", c.label);
  pop.replaceChildren(head, body);
}

function place(pop: HTMLDivElement, ref: HTMLElement): void {
  const r = ref.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  pop.style.width = `${width}px`;
  const left = Math.min(
    Math.max(8, r.left + r.width / 2 - width / 2),
    document.documentElement.clientWidth - width - 8,
  );
  pop.style.left = `${left}px`;
  const below = r.bottom + 8;
  const height = pop.offsetHeight;
  pop.style.top = `${below + height > window.innerHeight && r.top - height - 8 > 0 ? r.top - height - 8 : below}px`;
}

export function initPreviews(sources: readonly PreviewSource[]): void {
  const triggers = sources.flatMap((source) =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>(source.selector), (el) => ({ el, source })),
  );
  if (!triggers.length || !("showPopover" in HTMLElement.prototype)) return;
  const pop = buildPopover();
  let opener: HTMLAnchorElement | null = null;
  let pinned = false; // opened by click/tap/keyboard, as opposed to a hover preview
  let hoverTimer = 0;
  let leaveTimer = 0;

  const open = (ref: HTMLAnchorElement, source: PreviewSource, focus: boolean) => {
    const content = source.content(ref);
    if (!content) return;
    if (pop.matches(":popover-open")) pop.hidePopover();
    fill(pop, content);
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
  for (const { el: ref, source } of triggers) {
    ref.setAttribute("aria-haspopup", "dialog");
    ref.setAttribute("aria-expanded", "false");
    ref.addEventListener("click", (event) => {
      // A modified click (new tab, new window) keeps its usual meaning.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      window.clearTimeout(hoverTimer);
      pinned = true;
      open(ref, source, true);
    });
    if (hoverCapable) {
      ref.addEventListener("mouseenter", () => {
        window.clearTimeout(leaveTimer);
        if (pinned && pop.matches(":popover-open")) return;
        hoverTimer = window.setTimeout(() => {
          pinned = false;
          open(ref, source, false);
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
