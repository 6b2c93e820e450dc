/**
 * Build time: do the chart's quotations occur in the passages they cite? Each
 * passage's text comes from the site's own Markdown pipeline (a heading
 * passage's text is its heading and its section); whitespace is normalised,
 * the zh quotation is looked for in the zh passage, the en one in the en passage.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { markdownTree } from "../../markdown/pipeline.ts";
import { passageTexts, type PassageText } from "../../passages/excerpt.ts";
import { parsePassageRef } from "../../passages/refs.ts";
import type { FieldProblem } from "../definition.ts";
import { markField, quotations, type RiskMapData } from "./schema.ts";

export const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** A page's passages under a content root (undefined when the page is missing). */
function pageTexts(contentRoot: string, file: string, cache: Map<string, Map<string, PassageText> | undefined>) {
  const path = resolve(contentRoot, file);
  if (!cache.has(path)) {
    if (!existsSync(path)) cache.set(path, undefined);
    else {
      const body = readFileSync(path, "utf8");
      // Blank out the front matter, keeping its lines so positions stay as they are.
      const blanked = body.replace(/^---\n[\s\S]*?\n---\n/, (fm) => "\n".repeat(fm.split("\n").length - 1));
      try {
        cache.set(path, passageTexts(markdownTree(blanked, path)));
      } catch {
        // A page the Markdown pipeline rejects is reported by the page checks; its quotations cannot be checked.
        cache.set(path, undefined);
      }
    }
  }
  return cache.get(path);
}

/** The text of a passage in one language, whitespace normalised; undefined when it does not exist. */
export function passageText(
  contentRoot: string,
  ref: string,
  lang: Locale,
  cache = new Map<string, Map<string, PassageText> | undefined>(),
): string | undefined {
  const r = parsePassageRef(ref);
  if (!r) return undefined;
  const t = pageTexts(contentRoot, join(r.section, r.doc, lang, `${r.page}.mdx`), cache)?.get(r.id);
  return t ? normalise(`${t.kind === "heading" ? (t.heading ?? "") : ""} ${t.text}`) : undefined;
}

/** Every quotation that is not in its passage (a missing passage is reported by the reference check). */
export function checkQuotations(d: RiskMapData, contentRoot: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  const cache = new Map<string, Map<string, PassageText> | undefined>();
  d.marks.forEach((m, i) => {
    for (const q of quotations(m))
      for (const lang of LOCALES) {
        const text = passageText(contentRoot, q.passage, lang, cache);
        if (text !== undefined && !text.includes(normalise(q.quote[lang])))
          out.push({
            field: `${markField(i, m.id)}.${q.axis}.quote.${lang}`,
            message: `“${q.quote[lang]}” does not occur in the ${lang} text of ${q.passage}`,
          });
      }
  });
  return out;
}
