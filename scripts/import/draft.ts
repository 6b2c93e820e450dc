import { normalizeText, findRadicals } from "./normalize.ts";
import { convertFootnotes } from "./footnotes.ts";
import { dropPageNumbers, joinVerticalText, rejoinLines } from "./rejoin.ts";
import type { Recipe } from "./recipe.ts";

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
    if (recipe.pdf) lines = rejoinLines(joinVerticalText(dropPageNumbers(lines)));
    lines = tidyBlankLines(lines);
    const title = chapter.untitled ? "" : lines.shift()!.trim();
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
