/** Links to passages in a chart's data table (build time: the links carry the deployment base). */
import type { Locale } from "../i18n/locales.ts";
import { href } from "../lib/page-locale.ts";
import { parsePassageRef, passagePath } from "../passages/refs.ts";
import type { Cell } from "./definition.ts";

/** Link to a passage in one language (with the deployment base). */
export function passageHref(ref: string, lang: Locale): string {
  return href(passagePath(parsePassageRef(ref)!, lang));
}

/** A table cell showing a passage reference, linked to the passage. */
export function passageCell(ref: string, lang: Locale): Cell {
  return { text: ref, href: passageHref(ref, lang) };
}
