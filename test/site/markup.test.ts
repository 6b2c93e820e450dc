import { describe, expect, it } from "vitest";
import { validateMarkup } from "../../scripts/checks/html.ts";

describe("markup", () => {
  it("every page in dist/ passes html-validate (recommended + document rules)", async () => {
    const errors = await validateMarkup("dist");
    expect(errors.map((e) => `${e.file}:${e.line} ${e.rule}: ${e.message}`)).toEqual([]);
  });
});
