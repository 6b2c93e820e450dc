import { announce } from "./announce.ts";

/**
 * Heading permalinks are ordinary #links. With JavaScript, following one also
 * copies the full URL, so a reader can paste a link to the exact section.
 */
export function initPermalinks(): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-permalink]");
    if (!link || !navigator.clipboard) return;
    const url = new URL(link.href);
    url.search = "";
    navigator.clipboard.writeText(url.href).then(
      () => announce(link.dataset.copied ?? "", link),
      () => undefined,
    );
  });
}
