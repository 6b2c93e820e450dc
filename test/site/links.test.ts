import { describe, expect, it } from "vitest";
import { siteIndex } from "../helpers/site-index.ts";
import { checkSiteLinks } from "../../scripts/checks/links.ts";
import { ROOT_BUILD, SUBPATH_BUILD } from "../helpers/builds.ts";

describe("every link in the built site resolves", () => {
  it("dist/ (served at the root)", () => {
    const pages = siteIndex(ROOT_BUILD);
    expect(pages.length).toBeGreaterThan(25);
    expect(checkSiteLinks(pages, ROOT_BUILD.dir, "/", ROOT_BUILD.site)).toEqual([]);
    // og:url and og:image are crawled too.
    expect(
      pages.every((p) => p.links.some((l) => l.attr === "og:image") && p.links.some((l) => l.attr === "og:url")),
    ).toBe(true);
  });

  it("dist-subpath/ (served under /kb/): every link keeps the base", () => {
    const pages = siteIndex(SUBPATH_BUILD);
    expect(checkSiteLinks(pages, SUBPATH_BUILD.dir, "/kb/", SUBPATH_BUILD.site)).toEqual([]);
    const home = pages.find((p) => p.file === "zh/index.html")!;
    expect(home.links.filter((l) => l.tag === "a" && l.url.startsWith("/") && !l.url.startsWith("/kb/"))).toEqual([]);
    expect(home.canonical).toBe("https://reports.example.org/kb/zh/");
  });
});
