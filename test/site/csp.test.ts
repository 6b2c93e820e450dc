import { describe, expect, it } from "vitest";
import { siteIndex } from "../helpers/site-index.ts";
import { cspProblems } from "../../scripts/checks/csp.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

describe("Content-Security-Policy", () => {
  it("every page has one strict policy that covers its inline scripts", () => {
    const pages = siteIndex(ROOT_BUILD);
    expect(pages.flatMap(cspProblems)).toEqual([]);
    expect(pages.every((p) => p.csp[0]!.includes("script-src 'self' 'wasm-unsafe-eval'"))).toBe(true);
  });
});
