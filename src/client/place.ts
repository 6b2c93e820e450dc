// The reader's place on a page: the passage whose id both languages share, so
// that the other language and a shared link open at the same point.

/** Blocks a reader can tap, link to or share ("this is the passage I mean"). */
export const PASSAGE =
  "p[id], li[id], h2[id], h3[id], h4[id], h5[id], h6[id], figure[id], blockquote[id], table[id], dt[id], dd[id], section[id]";

/** Section headings: what the reading bar names and the contents mark as current. */
export const SECTION = "h2[id], h3[id]";

/**
 * Index of the last item (in document order) whose top is at or above the
 * reading line, or -1 when none is. Items that are not laid out (NaN: closed
 * disclosures, hidden blocks) are skipped. Pure, for the unit tests.
 */
export function lastAbove(tops: readonly number[], line: number): number {
  let found = -1;
  tops.forEach((top, i) => {
    if (!Number.isNaN(top) && top <= line) found = i;
  });
  return found;
}

/** Where the eye is: a quarter of the way down the window, below the reading bar. */
export function readingLine(): number {
  return Math.round(innerHeight * 0.25);
}

/** The top of each element in the window, NaN for one that is not laid out. */
function tops(elements: readonly Element[]): number[] {
  return elements.map((el) => {
    const rect = el.getBoundingClientRect();
    return rect.height === 0 && rect.width === 0 ? NaN : rect.top;
  });
}

/** The article's elements matching `selector`, in document order. */
export function articleBlocks(selector: string): Element[] {
  return [...document.querySelectorAll(`main article :is(${selector})`)].filter(
    (el) => !el.closest("[data-reading-bar]"),
  );
}

/** The element of `elements` the reader has reached (the last one above the reading line). */
export function reached<T extends Element>(elements: readonly T[]): T | undefined {
  return elements[lastAbove(tops(elements), readingLine())];
}

/** Whether any part of the element is on screen. */
function onScreen(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < innerHeight && rect.height > 0;
}

/**
 * The id of the reader's place: the passage they chose (tapped, or the
 * #target they arrived at) while it is still on screen; otherwise the passage
 * they have scrolled to; otherwise the chosen one (at the top of the page).
 */
export function placeId(chosen: string | undefined): string | undefined {
  const el = chosen ? document.getElementById(chosen) : null;
  if (el && onScreen(el)) return chosen;
  return reached(articleBlocks(PASSAGE))?.id ?? chosen;
}

/** The id in location.hash if an element on the page has it (never trusted as markup). */
export function hashId(): string | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  return id && document.getElementById(id) ? id : undefined;
}

let chosen: string | undefined;
let tracking = false;

/**
 * Follow the passage the reader chooses: the #target they arrive at or
 * follow, or the block in the article they last tapped. Idempotent.
 */
export function trackChoice(): void {
  if (tracking) return;
  tracking = true;
  chosen = hashId();
  addEventListener("hashchange", () => (chosen = hashId() ?? chosen));
  document.addEventListener("click", (event) => {
    const target = event.target as Element | null;
    if (!target?.closest("article") || target.closest("button[data-share]")) return;
    const block = target.closest(PASSAGE);
    if (block?.closest("article")) chosen = block.id;
  });
}

/** The passage the reader chose last, if any. */
export function chosenPassage(): string | undefined {
  return chosen;
}
