import { normalizeText, findRadicals } from "./normalize.ts";
import { convertFootnotes } from "./footnotes.ts";
import { dropPageNumbers, joinVerticalText, rejoinLines } from "./rejoin.ts";
import type { Recipe } from "./recipe.ts";
import {
  bulletsToMarkdown,
  dropChapterFooters,
  separateCaptions,
  sourceUrls,
  splitSlides,
  tightenLists,
} from "./slides.ts";

/**
 * One slide as draft MDX: title heading (id to fill in), captions as figures,
 * body with nested lists, and its URL block as a Sources list whose link text
 * the editor writes.
 */
export function slideToMdx(body: readonly string[], urls: readonly string[], index: number): string[] {
  const parts = separateCaptions(body);
  const id = `slide-${index + 1}`;
  const out: string[] = [];
  if (parts.title) out.push(`### ${parts.title} \\{#${id}\\}`, "");
  parts.captions.forEach((caption, k) => {
    out.push(
      `<Figure id="${id}-fig-${k + 1}" imageMissing>`,
      "",
      ...caption.map((l) => escapeMdx(l.trim())),
      "",
      "</Figure>",
      "",
    );
  });
  out.push(...tightenLists(bulletsToMarkdown(rejoinLines(parts.rest))).map(escapeMdx), "");
  const sources = sourceUrls(urls);
  if (sources.length) {
    out.push(`<Sources id="${id}-sources">`, "", ...sources.map((u) => `- [TODO: title](${u})`), "", "</Sources>", "");
  }
  return out;
}

export interface DraftChapter {
  slug: string;
  order: number;
  title: string;
  mdx: string;
}

/** Collapse runs of blank lines and trim trailing spaces (PDF extraction leaves both). */
export function tidyBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/[ \t\u00A0]+$/u, "");
    if (line.trim() === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line.trim() === "" ? "" : line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

/** MDX treats { } < > as syntax; seed text must show them literally. */
export function escapeMdx(line: string): string {
  return line.replace(/[{}<>]/g, (c) => "\\" + c);
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** Cut a seed into normalized draft MDX chapters following its recipe. */
export function draftChapters(seedText: string, recipe: Recipe): DraftChapter[] {
  const all = normalizeText(seedText).split(/\r?\n/);
  const leftovers = findRadicals(all.join("\n"));
  if (leftovers.length) {
    const list = [...new Set(leftovers.map((r) => `${r.char} ${r.codePoint}`))].join(", ");
    throw new Error(`${recipe.seed}: radical look-alikes without a mapping: ${list}`);
  }
  return recipe.chapters.map((chapter, index) => {
    let lines = all.slice(chapter.lines[0] - 1, chapter.lines[1]);
    const slides = recipe.slides && !chapter.plain;
    if (recipe.pdf) lines = joinVerticalText(dropPageNumbers(lines));
    if (recipe.pdf && !slides) lines = rejoinLines(lines);
    lines = tidyBlankLines(lines);
    const title = chapter.untitled ? "" : lines.shift()!.trim();
    if (slides) {
      lines = splitSlides(dropChapterFooters(lines)).flatMap((slide, k) => slideToMdx(slide.body, slide.urls, k));
      const front = [
        "---",
        `title: ${yamlString(title || "TODO: title supplied by the editors")}`,
        `order: ${index + 1}`,
        `description: ${yamlString("TODO")}`,
        "---",
        "",
      ];
      return {
        slug: chapter.slug,
        order: index + 1,
        title,
        mdx: front.concat(tidyBlankLines(lines)).join("\n") + "\n",
      };
    }
    lines = convertFootnotes(tidyBlankLines(lines), recipe.footnotes).map((l) =>
      l.startsWith("[^") ? l : escapeMdx(l),
    );
    const front = [
      "---",
      `title: ${yamlString(title || "TODO: title supplied by the editors")}`,
      ...(chapter.untitled ? ["titleSupplied: true"] : []),
      `order: ${index + 1}`,
      `description: ${yamlString("TODO")}`,
      "---",
      "",
    ];
    return { slug: chapter.slug, order: index + 1, title, mdx: front.concat(tidyBlankLines(lines)).join("\n") + "\n" };
  });
}
