/**
 * Speech-recognition corrections, applied to a talk's Markdown tree at build time.
 *
 * The Chinese transcript keeps the recognised wording (张雅琴); each listed
 * correction shows the corrected form (张亚勤) in its place, and the English
 * translation's corrected form (Ya-Qin Zhang) is marked the same way. Either
 * way the reader can see the transcript's original wording on hover, tap or
 * keyboard focus. The original is in the text for screen readers (in brackets)
 * and kept out of the search index, so search finds the corrected form.
 *
 * Pure functions over mdast: used by the remark plugin, the content check and the tests.
 */
import type { Nodes, Parent, PhrasingContent, Root, Text } from "mdast";
import type { ElementContent } from "hast";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/t.ts";
import type { Correction } from "../schemas/corrections.ts";
import { escapeRegExp } from "../lib/escape.ts";

/** Class names the CSS and the tests rely on. */
export const FIX_CLASS = "asr-fix";
export const ORIGINAL_CLASS = "asr-fix__orig";

/** The corrections that apply to one talk. */
export function correctionsFor(talk: string, all: readonly Correction[]): Correction[] {
  return all.filter((c) => c.talks.includes(talk));
}

interface Pattern {
  /** Text to find in this language's transcript. */
  find: string;
  /** Text shown in its place. */
  show: string;
  /** The transcript's original wording(s). */
  originals: string[];
  /** The corrections this pattern stands for (several share one English form). */
  sources: Correction[];
}

/**
 * What to look for in each language. zh: each `wrong`, shown as `right`. en:
 * each `en` form, shown as itself; when several corrections share one English
 * form (Benjo, Banjo → Bengio), the mark lists all their originals.
 */
export function patternsFor(corrections: readonly Correction[], lang: Locale): Pattern[] {
  const byFind = new Map<string, Pattern>();
  for (const c of corrections) {
    const find = lang === "zh" ? c.wrong : c.en;
    const p = byFind.get(find) ?? { find, show: lang === "zh" ? c.right : c.en, originals: [], sources: [] };
    if (!p.originals.includes(c.wrong)) p.originals.push(c.wrong);
    p.sources.push(c);
    byFind.set(find, p);
  }
  const patterns = [...byFind.values()];
  if (lang === "en") {
    // "Zhuosheng Zhang" contains "Zhuosheng": the longer mark stands for both, listing every original.
    for (const outer of patterns) {
      for (const inner of patterns) {
        if (inner === outer || !new RegExp(patternSource(inner, lang), "u").test(outer.find)) continue;
        for (const o of inner.originals) if (!outer.originals.includes(o)) outer.originals.push(o);
        outer.sources.push(...inner.sources);
      }
    }
  }
  // Longest first, so a longer wording wins over one it contains.
  return patterns.sort((a, b) => [...b.find].length - [...a.find].length);
}

/**
 * Words in Latin script match whole words only: "Song" not inside "Songs", and in
 * Chinese text "LHF" not inside a correct "RLHF". Han characters have no word
 * boundaries, so a Chinese wording matches anywhere (it must be specific enough).
 */
function patternSource(p: Pattern, lang: Locale): string {
  const word = lang === "zh" ? "[A-Za-z0-9]" : "[\\p{L}\\p{N}]";
  const start = /^[\p{L}\p{N}]/u.test(p.find) && (lang === "en" || /^[A-Za-z0-9]/.test(p.find)) ? `(?<!${word})` : "";
  const end = /[\p{L}\p{N}]$/u.test(p.find) && (lang === "en" || /[A-Za-z0-9]$/.test(p.find)) ? `(?!${word})` : "";
  return start + escapeRegExp(p.find) + end;
}

/** The marked correction: the shown form, then the original (visually hidden until hover or focus). */
function fixNode(p: Pattern, lang: Locale): PhrasingContent {
  const sr = (value: string): ElementContent => ({
    type: "element",
    tagName: "span",
    properties: { className: ["sr-only"] },
    children: [{ type: "text", value }],
  });
  const originals = p.originals.join(" / ");
  const original: ElementContent = {
    type: "element",
    tagName: "span",
    properties: { className: [ORIGINAL_CLASS], dataPagefindIgnore: "" },
    children:
      lang === "zh"
        ? [sr("（"), { type: "text", value: t("zh", "forum.asrOriginal") + originals }, sr("）")]
        : [
            sr(" ("),
            { type: "text", value: t("en", "forum.asrOriginal") },
            {
              type: "element",
              tagName: "span",
              properties: { lang: "zh-CN" },
              children: [{ type: "text", value: originals }],
            },
            sr(")"),
          ],
  };
  // An mdast node whose text (for search labels and plain-text readers) is the shown form;
  // hChildren gives the HTML its original-wording child.
  return {
    type: "emphasis",
    data: {
      hName: "span",
      hProperties: { className: [FIX_CLASS], tabIndex: 0 },
      hChildren: [{ type: "text", value: p.show }, original],
    },
    children: [{ type: "text", value: p.show }],
  } as PhrasingContent;
}

/** Text the editors wrote (editor's notes) or that is not prose (code) is left alone. */
function skip(node: Nodes): boolean {
  if (node.type === "code" || node.type === "inlineCode") return true;
  if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "EditorNote")
    return true;
  return (
    (node.data as { hProperties?: { className?: string[] } } | undefined)?.hProperties?.className?.includes(
      FIX_CLASS,
    ) ?? false
  );
}

/**
 * Mark every occurrence of the corrections in the tree (in place). Returns how
 * many times each correction's pattern was found, so callers can tell whether
 * a listed correction applies at all.
 */
export function markCorrections(tree: Root, corrections: readonly Correction[], lang: Locale): Map<Correction, number> {
  const counts = new Map<Correction, number>(corrections.map((c) => [c, 0]));
  const patterns = patternsFor(corrections, lang);
  if (!patterns.length) return counts;
  const regex = new RegExp(patterns.map((p) => patternSource(p, lang)).join("|"), "gu");
  const byFind = new Map(patterns.map((p) => [p.find, p]));

  const visit = (parent: Parent) => {
    const out: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if (child.type !== "text") {
        if ("children" in child && !skip(child)) visit(child as Parent);
        out.push(child);
        continue;
      }
      const value = (child as Text).value;
      let last = 0;
      for (const m of value.matchAll(regex)) {
        const p = byFind.get(m[0])!;
        if (m.index! > last) out.push({ type: "text", value: value.slice(last, m.index) });
        out.push(fixNode(p, lang));
        for (const c of p.sources) counts.set(c, (counts.get(c) ?? 0) + 1);
        last = m.index! + m[0].length;
      }
      if (last === 0) out.push(child);
      else if (last < value.length) out.push({ type: "text", value: value.slice(last) });
    }
    parent.children = out as Parent["children"];
  };
  visit(tree);
  return counts;
}
