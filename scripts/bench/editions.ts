/** The heaviest one-page edition and parallel view in a build, for the page-weight table. */
import { statSync } from "node:fs";
import { join } from "node:path";
import { editionPaths } from "../../test/helpers/pages.ts";

/** The largest page (by HTML size) of a family: every one-page edition, or every parallel view. */
export function largestPage(outDir: string, family: "all" | "parallel"): string | undefined {
  const { onePage, parallel } = editionPaths(outDir);
  const sized = (family === "all" ? onePage : parallel).map((p) => ({
    p,
    size: statSync(join(outDir, p, "index.html")).size,
  }));
  return sized.sort((a, b) => b.size - a.size)[0]?.p;
}
