/**
 * The preview image uses the site's light palette, from the same module the
 * CSS custom properties are generated from (src/palette/colours.ts), so a
 * colour change reaches the images too (and, through the cache key, redraws them).
 */
import { TOKENS, type Scheme } from "../../../src/palette/colours.ts";

export interface CardPalette {
  bg: string;
  text: string;
  muted: string;
  rule: string;
  accent: string;
}

type Tokens = Readonly<Record<"bg" | "text" | "muted" | "rule" | "link", Readonly<Record<Scheme, string>>>>;

export function cardPalette(tokens: Tokens, scheme: Scheme = "light"): CardPalette {
  return {
    bg: tokens.bg[scheme],
    text: tokens.text[scheme],
    muted: tokens.muted[scheme],
    rule: tokens.rule[scheme],
    accent: tokens.link[scheme],
  };
}

export function sitePalette(): CardPalette {
  return cardPalette(TOKENS);
}
