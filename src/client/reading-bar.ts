import { SECTION, articleBlocks, reached } from "./place.ts";

/** Scrolling less than this (px) changes nothing: a trembling thumb should not flicker the bar. */
const JITTER = 6;

/**
 * Whether the reading bar shows after a scroll from `from` to `to`: never
 * while the page header is in view, hidden on the way down, shown on the way
 * up, unchanged by a tremble. Pure, for the unit tests.
 */
export function barShown(shown: boolean, pastHeader: boolean, from: number, to: number): boolean {
  if (!pastHeader) return false;
  if (to > from + JITTER) return false;
  if (to < from - JITTER) return true;
  return shown;
}

/**
 * The reading bar ([data-reading-bar], hidden without JavaScript) and the
 * contents' mark on the current section. The bar appears once the page's
 * title has scrolled away, hides while the reader scrolls down and returns
 * when they scroll up; a #target is never under it (scroll-padding in CSS).
 * It names the section the reader is in when it has data-bar-sections.
 */
export function initReadingBar(): void {
  const bar = document.querySelector<HTMLElement>("[data-reading-bar]");
  const title = document.querySelector("main h1");
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")];
  if (!title || (!bar && !tocLinks.length)) return;
  const sections = articleBlocks(SECTION).filter((h) => !h.closest("details:not([open]), header"));
  const label = bar?.querySelector<HTMLElement>("[data-bar-place]");
  const initialLabel = label?.textContent ?? "";
  const follow = bar?.hasAttribute("data-bar-sections") ?? false;

  let y = scrollY;
  let shown = false;
  let current: Element | undefined | null = null;
  let jumped = location.hash.length > 1;

  const show = (on: boolean) => {
    // Keep it while a keyboard user is in it.
    if (!on && bar?.contains(document.activeElement)) return;
    shown = on;
    bar?.classList.toggle("reading-bar--shown", on);
  };
  const markSection = () => {
    const section = reached(sections);
    if (section === current) return;
    current = section;
    for (const a of tocLinks) {
      if (section && a.hash === `#${section.id}`) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
    if (label && follow) label.textContent = section?.textContent?.trim() || initialLabel;
  };
  const update = () => {
    ticking = false;
    const past = title.getBoundingClientRect().bottom < 0;
    const now = scrollY;
    if (jumped || !past) {
      // Arriving at a #target, or following a link, moves the page by itself: not a direction
      // the reader chose. The bar is there at once (scroll-padding keeps the target clear of it).
      jumped = false;
      show(past);
      y = now;
    } else if (Math.abs(now - y) > JITTER) {
      show(barShown(shown, past, y, now));
      y = now;
    }
    markSection();
  };
  let ticking = false;
  const schedule = () => {
    if (ticking) return;
    ticking = true;
    requestAnimationFrame(update);
  };

  if (bar) {
    bar.hidden = false;
    show(title.getBoundingClientRect().bottom < 0);
    bar.querySelector("[data-bar-top]")?.addEventListener("click", (event) => {
      event.preventDefault();
      const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
      scrollTo({ top: 0, behavior: reduce ? "auto" : "smooth" });
      document.querySelector<HTMLElement>(".site-name")?.focus({ preventScroll: true });
      show(false);
    });
  }
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("hashchange", () => (jumped = true));
  addEventListener("resize", schedule, { passive: true });
  markSection();
}
