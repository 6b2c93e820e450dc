import { describe, expect, it } from "vitest";
import { indexSite } from "../../scripts/checks/html-index.ts";
import { cspProblems } from "../../scripts/checks/csp.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

describe("Content-Security-Policy", () => {
  it("every page has one strict policy that covers its inline scripts", async () => {
    const pages = await indexSite(ROOT_BUILD.dir, "/");
    expect(pages.flatMap(cspProblems)).toEqual([]);
    expect(pages.every((p) => p.csp[0]!.includes("script-src 'self' 'wasm-unsafe-eval'"))).toBe(true);
  });
});
