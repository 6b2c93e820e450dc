import { describe, expect, it } from "vitest";
import { validateMarkup } from "../../scripts/checks/html.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

describe("markup", () => {
  it("every page in dist/ passes html-validate (recommended + document rules) and has its link-preview card tags", async () => {
    const errors = await validateMarkup(ROOT_BUILD.dir);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.rule}: ${e.message}`)).toEqual([]);
  }, 240_000); // some 800 pages since the glossary and taxonomies
});
