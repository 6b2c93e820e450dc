/** Every report chapter and forum talk under content/, parsed with the shared Markdown pipeline (as written). */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { markdownTree } from "../../src/markdown/pipeline.ts";
import { splitFrontmatter } from "../validate/frontmatter.ts";
import type { CitingPage } from "./placed.ts";

export function readCitingPages(contentRoot: string): CitingPage[] {
  const root = resolve(contentRoot);
  const pages: CitingPage[] = [];
  for (const section of ["reports", "forum"] as const) {
    const dir = join(root, section);
    if (!existsSync(dir)) continue;
    for (const report of readdirSync(dir).sort()) {
      for (const lang of ["zh", "en"] as const) {
        const langDir = join(dir, report, lang);
        if (!existsSync(langDir)) continue;
        for (const name of readdirSync(langDir)
          .filter((n) => n.endsWith(".mdx"))
          .sort()) {
          const path = join(langDir, name);
          const fm = splitFrontmatter(readFileSync(path, "utf8"));
          pages.push({
            section,
            report,
            slug: name.slice(0, -4),
            lang,
            file: relative(join(root, ".."), path),
            tree: markdownTree(fm.body, path, "as-written"),
          });
        }
      }
    }
  }
  return pages;
}
