import { announce } from "./announce.ts";
import { displayUrl } from "../sharing/short-url.ts";
import { chosenPassage, placeId, trackChoice } from "./place.ts";

/**
 * The address to share: the page's canonical URL plus the passage the reader
 * is at (the last tapped one, or the current #fragment if that came later).
 * Pure, for the unit tests.
 */
export function shareUrl(canonical: string, passage: string | undefined): string {
  const url = new URL(canonical);
  url.hash = passage ? `#${encodeURIComponent(passage)}` : "";
  return url.href;
}

/**
 * The built address moved to the origin the page is actually served from: a
 * site built for one host (or for localhost) and served from another shares
 * the address readers can open. Pure, for the unit tests.
 */
export function liveUrl(built: string, origin: string): string {
  const url = new URL(built);
  return new URL(url.pathname + url.search + url.hash, origin).href;
}

/**
 * Share buttons ([data-share]) are hidden until this runs. A tap on a passage
 * in the article, or a change of #fragment, updates which passage is shared
 * (client/place.ts).
 * Web Share where the browser has it; otherwise the link is copied, with the
 * same confirmation as the other copy controls.
 */
export function initShare(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>("button[data-share]");
  const canShare = typeof navigator.share === "function";
  if (!buttons.length || (!canShare && !navigator.clipboard)) return;
  trackChoice();
  // The plain link beside each button shows the address this copy is served at.
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-share-plain]")) {
    const live = liveUrl(link.href, location.origin);
    if (live !== link.href) {
      link.href = live;
      link.textContent = displayUrl(live);
    }
  }
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      // The reading bar's button shares the place the reader has scrolled to; the others, the chosen passage.
      const passage = "sharePlace" in button.dataset ? placeId(chosenPassage()) : chosenPassage();
      const url = shareUrl(liveUrl(button.dataset.share!, location.origin), passage);
      if (canShare) {
        try {
          await navigator.share({ title: button.dataset.shareTitle, url });
          return;
        } catch (error) {
          if ((error as DOMException).name === "AbortError") return; // the reader closed the share sheet
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        announce(button.dataset.copied ?? "", button);
      } catch {
        /* clipboard refused: the plain link beside the button remains */
      }
    });
  }
}

/** "Print" on the share view: hidden without JavaScript, where the browser's own print command does the same. */
export function initPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => print());
  }
}
