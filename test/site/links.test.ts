import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { indexSite } from "../../scripts/checks/html-index.ts";
import { checkSiteLinks } from "../../scripts/checks/links.ts";
import { ROOT_BUILD, SUBPATH_BUILD } from "../helpers/builds.ts";

describe("every link in the built site resolves", () => {
  it("dist/ (served at the root)", async () => {
    const pages = await indexSite(ROOT_BUILD.dir, "/");
    expect(pages.length).toBeGreaterThan(25);
    expect(checkSiteLinks(pages, ROOT_BUILD.dir, "/", ROOT_BUILD.site)).toEqual([]);
    // og:url and og:image are crawled too.
    expect(pages.every((p) => p.links.some((l) => l.attr === "og:image") && p.links.some((l) => l.attr === "og:url"))).toBe(true);
  });

  it("dist-subpath/ (served under /kb/): every link keeps the base", async () => {
    if (!existsSync(`${SUBPATH_BUILD.dir}/index.html`)) throw new Error(`${SUBPATH_BUILD.dir}/ is missing: run "npm run build:subpath" (npm test does)`);
    const pages = await indexSite(SUBPATH_BUILD.dir, "/kb/");
    expect(checkSiteLinks(pages, SUBPATH_BUILD.dir, "/kb/", SUBPATH_BUILD.site)).toEqual([]);
    const home = pages.find((p) => p.file === "zh/index.html")!;
    expect(home.links.filter((l) => l.tag === "a" && l.url.startsWith("/") && !l.url.startsWith("/kb/"))).toEqual([]);
    expect(home.canonical).toBe("https://reports.example.org/kb/zh/");
  });
});
