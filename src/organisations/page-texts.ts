/**
 * Every chapter and talk of content/ in both languages, as the own texts of
 * their passages (headings included), read through the site's Markdown
 * pipeline as the pages show them: what the one-name check compares.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { markdownTree } from "../markdown/pipeline.ts";
import { ownTexts } from "../passages/own-text.ts";
import type { PagePair } from "./one-name.ts";

const body = (path: string) => readFileSync(path, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");

export function readPagePairs(contentRoot: string): (PagePair & { files: { zh: string; en: string } })[] {
  const out: (PagePair & { files: { zh: string; en: string } })[] = [];
  for (const section of ["reports", "forum"] as const) {
    const base = join(contentRoot, section);
    if (!existsSync(base)) continue;
    for (const doc of readdirSync(base, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      const zhDir = join(base, doc, "zh");
      if (!existsSync(zhDir)) continue;
      for (const name of readdirSync(zhDir)
        .filter((f) => f.endsWith(".mdx"))
        .sort()) {
        const files = { zh: join(base, doc, "zh", name), en: join(base, doc, "en", name) };
        if (!existsSync(files.en)) continue;
        const texts = (path: string) => ownTexts(markdownTree(body(path), resolve(path)), { headings: true });
        out.push({
          page: `${section === "forum" ? "forum/" : ""}${doc}/${name.slice(0, -4)}`,
          zh: texts(files.zh),
          en: texts(files.en),
          files,
        });
      }
    }
  }
  return out;
}
