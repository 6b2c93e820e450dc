import type { Locale } from "../i18n/locales.ts";

/**
 * What a page's preview image shows: the document or event it belongs to, its
 * own title in the page's language, and the site name; nothing else.
 */
export interface PreviewCard {
  lang: Locale;
  /** The document or event name; omitted on pages that are not part of one (home, search). */
  context?: string;
  title: string;
  site: string;
  /** Where the PNG goes, relative to the output directory: "og/zh/reports/x.png". */
  file: string;
  /** A chart page's drawing, as its standalone SVG (light palette written in): the image shows it beside the title. */
  chart?: string;
}

/**
 * Pages hand their card to the post-build step through a JSON data block in
 * <head>; the step renders the image and removes the block, so readers never
 * download it.
 */
export const PREVIEW_CARD_ATTR = "data-preview-card";

/** The data block for a card. "<" is escaped so no title can close the script element. */
export function previewCardBlock(card: PreviewCard): string {
  const json = JSON.stringify(card).replace(/</g, "\\u003c");
  return `<script type="application/json" ${PREVIEW_CARD_ATTR}>${json}</script>`;
}

const BLOCK = new RegExp(`<script type="application/json" ${PREVIEW_CARD_ATTR}>([\\s\\S]*?)</script>`);

/** Read a page's card and return the page without its data block; card is undefined when there is none. */
export function takePreviewCard(html: string): { card?: PreviewCard; html: string } {
  const m = BLOCK.exec(html);
  if (!m) return { html };
  const card = JSON.parse(m[1]!) as PreviewCard;
  return { card, html: html.slice(0, m.index) + html.slice(m.index + m[0].length) };
}

/** All characters a card draws, including the ellipsis a clamped title may end with. */
export function cardText(card: Pick<PreviewCard, "context" | "title" | "site">): string {
  return [card.context ?? "", card.title, card.site, "…"].join("");
}
