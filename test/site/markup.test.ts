import { describe, expect, it } from "vitest";
import { validateMarkup } from "../../scripts/checks/html.ts";
import { htmlFiles } from "../../scripts/lib/files.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";
import { markupSampleFiles, pageFamily, pathOfFile } from "../helpers/pages.ts";

// Every page of dist/ whose markup comes from its own text, and a sample of the
// pages that repeat one template over data (markupSampleFiles), in four batches
// so that a slow machine stays well inside each test's time limit. The link
// check and the shared parse (test/helpers/site-index.ts) still read every page.
const all = await htmlFiles(ROOT_BUILD.dir);
const files = markupSampleFiles(ROOT_BUILD.dir, all);
const BATCHES = 4;
const batches = Array.from({ length: BATCHES }, (_, i) => files.filter((_, j) => j % BATCHES === i));

describe("markup", () => {
  it("dist/ has pages to validate, and every template family is among them", () => {
    expect(all.length).toBeGreaterThan(900);
    const families = (list: readonly string[]) =>
      new Set(list.map((f) => pageFamily(pathOfFile(ROOT_BUILD.dir, f)).family));
    expect([...families(files)].sort()).toEqual([...families(all)].sort());
  });

  it.each(batches.map((b, i) => [i + 1, b] as const))(
    "pages of batch %i/4 pass html-validate (recommended + document rules)",
    async (_n, batch) => {
      const errors = await validateMarkup(ROOT_BUILD.dir, batch);
      expect(errors.map((e) => `${e.file}:${e.line} ${e.rule}: ${e.message}`)).toEqual([]);
    },
  );
});
