import { chosenPassage, placeId, trackChoice } from "./place.ts";

/** A place in a parallel view's second column ("#en--risks") as the id both editions share ("#risks"). */
export function sharedHash(hash: string): string {
  return hash.replace(/^#(zh|en)--/, "#");
}

/**
 * Language links point at the same page in the other language. Section ids are
 * identical in both, so carrying the reader's place (client/place.ts: the
 * #target or tapped passage while on screen, else the passage scrolled to) and
 * the ?query keeps it. Without JavaScript the link still reaches the same page.
 */
export function initLanguageSwitch(): void {
  trackChoice();
  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-lang-switch]")) {
    link.addEventListener("click", () => {
      const target = new URL(link.href);
      const place = placeId(chosenPassage());
      target.search = location.search;
      target.hash = sharedHash(place ? `#${place}` : location.hash);
      link.href = target.href;
      try {
        localStorage.setItem("lang", link.hreflang.startsWith("zh") ? "zh" : "en");
      } catch {
        /* ignore */
      }
    });
  }
  // Links between a page and its parallel view keep the place too.
  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-keep-place]")) {
    link.addEventListener("click", () => {
      const target = new URL(link.href);
      target.hash = sharedHash(location.hash);
      link.href = target.href;
    });
  }
}
