import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { indexSite } from "../../scripts/checks/html-index.ts";
import { checkSiteLinks } from "../../scripts/checks/links.ts";

describe("every link in the built site resolves", () => {
  it("dist/ (served at the root)", async () => {
    const pages = await indexSite("dist", "/");
    expect(pages.length).toBeGreaterThan(25);
    expect(checkSiteLinks(pages, "dist", "/", "http://localhost:4321")).toEqual([]);
  });

  it("dist-subpath/ (served under /kb/): every link keeps the base", async () => {
    if (!existsSync("dist-subpath/index.html")) throw new Error('dist-subpath/ is missing: run "npm run build:subpath" (npm test does)');
    const pages = await indexSite("dist-subpath", "/kb/");
    expect(checkSiteLinks(pages, "dist-subpath", "/kb/", "https://reports.example.org")).toEqual([]);
    const home = pages.find((p) => p.file === "zh/index.html")!;
    expect(home.links.filter((l) => l.tag === "a" && l.url.startsWith("/") && !l.url.startsWith("/kb/"))).toEqual([]);
    expect(home.canonical).toBe("https://reports.example.org/kb/zh/");
  });
});
