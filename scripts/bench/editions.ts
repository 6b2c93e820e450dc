/** The heaviest one-page edition and parallel view in a build, for the page-weight table. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Site paths of /{lang}/{reports|forum}/{doc}/{…glob}/ pages that exist in outDir. */
function pagesUnder(outDir: string, depth: "all" | "parallel"): string[] {
  const paths: string[] = [];
  for (const lang of ["zh", "en"]) {
    for (const kind of ["reports", "forum"]) {
      const dir = join(outDir, lang, kind);
      if (!existsSync(dir)) continue;
      for (const doc of readdirSync(dir)) {
        if (depth === "all") {
          paths.push(`/${lang}/${kind}/${doc}/all/`);
          continue;
        }
        const docDir = join(dir, doc);
        if (!statSync(docDir).isDirectory()) continue;
        for (const part of readdirSync(docDir)) paths.push(`/${lang}/${kind}/${doc}/${part}/parallel/`);
      }
    }
  }
  return paths.filter((p) => existsSync(join(outDir, p, "index.html")));
}

/** The largest page (by HTML size) of a family: every one-page edition, or every parallel view. */
export function largestPage(outDir: string, family: "all" | "parallel"): string | undefined {
  const sized = pagesUnder(outDir, family).map((p) => ({ p, size: statSync(join(outDir, p, "index.html")).size }));
  return sized.sort((a, b) => b.size - a.size)[0]?.p;
}
