import { describe, expect, it } from "vitest";
import { validateMarkup } from "../../scripts/checks/html.ts";
import { htmlFiles } from "../../scripts/lib/files.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

// Every page of dist/, in four batches so that a slow machine stays well inside each test's time limit.
const files = await htmlFiles(ROOT_BUILD.dir);
const BATCHES = 4;
const batches = Array.from({ length: BATCHES }, (_, i) => files.filter((_, j) => j % BATCHES === i));

describe("markup", () => {
  it("dist/ has pages to validate", () => {
    expect(files.length).toBeGreaterThan(900);
  });

  it.each(batches.map((b, i) => [i + 1, b] as const))(
    "pages of batch %i/4 pass html-validate (recommended + document rules)",
    async (_n, batch) => {
      const errors = await validateMarkup(ROOT_BUILD.dir, batch);
      expect(errors.map((e) => `${e.file}:${e.line} ${e.rule}: ${e.message}`)).toEqual([]);
    },
  );
});
