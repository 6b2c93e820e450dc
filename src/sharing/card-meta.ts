/**
 * Open Graph and Twitter card tags for a page, as plain data so the head and
 * the redirect pages render the same set and the markup check can name what is
 * missing.
 */
import { otherLocale, type Locale } from "../i18n/locales.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./image-path.ts";

export interface CardInput {
  lang: Locale;
  title: string;
  description: string;
  /** Absolute URL the card links to (the canonical address). */
  url: string;
  /** Absolute URL of the 1200×630 preview image. */
  image: string;
  imageAlt: string;
  siteName: string;
  type?: "website" | "article";
}

export interface MetaTag {
  /** "property" for Open Graph, "name" for Twitter. */
  attr: "property" | "name";
  key: string;
  content: string;
}

export const OG_LOCALE: Readonly<Record<Locale, string>> = { zh: "zh_CN", en: "en_GB" };

/** Tags every page must carry; the markup check holds pages to this list. */
export const REQUIRED_CARD_TAGS = [
  "og:type",
  "og:title",
  "og:description",
  "og:url",
  "og:site_name",
  "og:locale",
  "og:locale:alternate",
  "og:image",
  "og:image:width",
  "og:image:height",
  "og:image:alt",
  "twitter:card",
  "twitter:title",
  "twitter:description",
  "twitter:image",
] as const;

export function cardTags(c: CardInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: "property", key, content });
  return [
    og("og:type", c.type ?? "website"),
    og("og:title", c.title),
    og("og:description", c.description),
    og("og:url", c.url),
    og("og:site_name", c.siteName),
    og("og:locale", OG_LOCALE[c.lang]),
    og("og:locale:alternate", OG_LOCALE[otherLocale(c.lang)]),
    og("og:image", c.image),
    og("og:image:type", "image/png"),
    og("og:image:width", String(PREVIEW_WIDTH)),
    og("og:image:height", String(PREVIEW_HEIGHT)),
    og("og:image:alt", c.imageAlt),
    // X/Twitter falls back to Open Graph, but other readers of twitter:* (Slack, some
    // crawlers and validators) do not.
    { attr: "name", key: "twitter:card", content: "summary_large_image" },
    { attr: "name", key: "twitter:title", content: c.title },
    { attr: "name", key: "twitter:description", content: c.description },
    { attr: "name", key: "twitter:image", content: c.image },
    { attr: "name", key: "twitter:image:alt", content: c.imageAlt },
  ];
}

/** The image's alt text is exactly what it shows. */
export function previewAlt(parts: { context?: string; title: string; site: string }): string {
  return [parts.context, parts.title, parts.site].filter(Boolean).join(" | ");
}
