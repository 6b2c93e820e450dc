import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitFileDates, lastModified, parseGitLog } from "../../src/lib/git-dates.ts";
import { pageLastmods, pageSources } from "../../src/site/lastmod.ts";
import { sitemapXml } from "../../src/lib/sitemap.ts";
import { siteConfig } from "../../src/lib/site-config.ts";
import { isProduction } from "../../scripts/build.ts";

describe("sitemapXml", () => {
  it("lists each page once per language, each naming both alternates", () => {
    const xml = sitemapXml([{ alternates: { "zh-CN": "https://x.org/zh/a/", en: "https://x.org/en/a/" } }]);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.match(/hreflang="zh-CN" href="https:\/\/x.org\/zh\/a\/"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="en" href="https:\/\/x.org\/en\/a\/"/g)).toHaveLength(2);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it("escapes XML specials in URLs", () => {
    expect(sitemapXml([{ alternates: { en: "https://x.org/?a=1&b=2" } }])).toContain("https://x.org/?a=1&amp;b=2");
  });
});

describe("siteConfig", () => {
  it("defaults to localhost at the root", () => {
    expect(siteConfig({})).toEqual({ site: "http://localhost:4321", base: "/", local: true });
  });

  it("reads SITE_URL and BASE_PATH", () => {
    expect(siteConfig({ SITE_URL: "https://ai-safety.example/", BASE_PATH: "kb" })).toEqual({
      site: "https://ai-safety.example",
      base: "/kb/",
      local: false,
    });
  });

  it("a production build without SITE_URL fails, saying what to set; CI=true alone is not production", () => {
    expect(() => siteConfig({ SITE_PRODUCTION: "1" })).toThrow(/A production build needs SITE_URL/);
    expect(() => siteConfig({ SITE_PRODUCTION: "1", SITE_URL: " " })).toThrow(/needs SITE_URL/);
    expect(siteConfig({ SITE_PRODUCTION: "1", SITE_URL: "https://x.org" }).site).toBe("https://x.org");
    expect(isProduction(["--production"], {})).toBe(true);
    expect(isProduction([], { NODE_ENV: "production" })).toBe(true);
    expect(isProduction([], { CI: "true" })).toBe(false);
  });

  it("rejects a SITE_URL with a path or that is not a URL, saying what to do", () => {
    expect(() => siteConfig({ SITE_URL: "https://x.org/kb" })).toThrow(/put the path in BASE_PATH/);
    expect(() => siteConfig({ SITE_URL: "x.org" })).toThrow(/must be an absolute URL/);
  });
});

describe("lastmod: when a page's content last changed", () => {
  it("is written after each URL's loc, and left out when unknown", () => {
    const xml = sitemapXml([
      { alternates: { "zh-CN": "https://x.org/zh/a/", en: "https://x.org/en/a/" }, lastmod: "2026-11-30" },
      { alternates: { en: "https://x.org/en/b/" } },
    ]);
    expect(xml.match(/<loc>[^<]+<\/loc>\n {4}<lastmod>2026-11-30<\/lastmod>/g)).toHaveLength(2);
    expect(xml.match(/<lastmod>/g)).toHaveLength(2);
  });

  it("reads each file's newest commit date from git log, newest commit first", () => {
    const log =
      "\0" +
      "2026-12-01T10:00:00+08:00\n\ncontent/a.yaml\ncontent/reports/r/zh/c.mdx\n" +
      "\0" +
      "2026-11-02T23:00:00-05:00\n\ncontent/a.yaml\ncontent/b.yaml\n";
    expect(parseGitLog(log)).toEqual(
      new Map([
        ["content/a.yaml", "2026-12-01"],
        ["content/reports/r/zh/c.mdx", "2026-12-01"],
        ["content/b.yaml", "2026-11-02"],
      ]),
    );
  });

  it("takes the newest date of a page's files and folders; without git, or for uncommitted files, the content's date", () => {
    const dates = new Map([
      ["content/reports/r/report.yaml", "2026-10-01"],
      ["content/reports/r/zh/c.mdx", "2026-11-05"],
      ["content/reports/r/en/c.mdx", "2026-11-20"],
      ["content/reports/other/report.yaml", "2026-12-01"],
    ]);
    expect(lastModified(["content/reports/r/zh/c.mdx", "content/reports/r/en/c.mdx"], dates, "2024-01")).toBe(
      "2026-11-20",
    );
    expect(lastModified(["content/reports/r/"], dates)).toBe("2026-11-20");
    expect(lastModified(["content/reports/r/zh/new.mdx"], dates, "2024-01")).toBe("2024-01");
    expect(lastModified(["content/glossary/terms/x.yaml"], dates)).toBeUndefined();
    expect(lastModified(["content/reports/r/"], undefined, "2024-01")).toBe("2024-01");
    expect(lastModified(["content/glossary/terms/x.yaml"], undefined)).toBeUndefined();
  });

  it("maps every page type of the sitemap to the content it is made from, and documents' pages to their document", () => {
    expect(pageSources("reports/r/c/")).toEqual(["content/reports/r/zh/c.mdx", "content/reports/r/en/c.mdx"]);
    expect(pageSources("forum/e/t/")).toContain("content/forum/e/corrections.yaml");
    expect(pageSources("glossary/term/")).toEqual(["content/glossary/terms/term.yaml"]);
    expect(pageSources("risks/s/n/")).toContain("content/taxonomies/schemes/s.yaml");
    expect(pageSources("charts/c/")).toEqual(["content/charts/c.yaml"]);
    expect(pageSources("organisations/o/")).toEqual(["content/organisations/o.yaml"]);
    expect(pageSources("")).toEqual(["content/"]);
    const dates = new Map([["content/reports/r/zh/c.mdx", "2026-11-05"]]);
    expect(
      pageLastmods(["reports/r/c/", "reports/r/d/", "glossary/g/"], dates, new Map([["reports/r", "2024-01"]])),
    ).toEqual(
      new Map([
        ["reports/r/c/", "2026-11-05"],
        ["reports/r/d/", "2024-01"],
        ["glossary/g/", undefined],
      ]),
    );
  });

  it("comes from a real git history; a shallow clone or a folder outside git gives no dates (never the build time)", () => {
    const dir = mkdtempSync(join(tmpdir(), "lastmod-"));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync("git", args, {
        cwd,
        stdio: "pipe",
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: "t",
          GIT_AUTHOR_EMAIL: "t@x",
          GIT_COMMITTER_NAME: "t",
          GIT_COMMITTER_EMAIL: "t@x",
          GIT_COMMITTER_DATE: args.includes("first") ? "2026-01-02T12:00:00Z" : "2026-03-04T12:00:00Z",
        },
      });
    try {
      const repo = join(dir, "repo");
      mkdirSync(join(repo, "site", "content"), { recursive: true });
      git(repo, "init", "-q");
      writeFileSync(join(repo, "site", "content", "a.yaml"), "a: 1\n");
      writeFileSync(join(repo, "site", "content", "b.yaml"), "b: 1\n");
      git(repo, "add", ".");
      git(repo, "commit", "-q", "-m", "first");
      writeFileSync(join(repo, "site", "content", "b.yaml"), "b: 2\n");
      git(repo, "commit", "-q", "-am", "second");
      // Run from a sub-folder, as the site may live in one: paths are named from there.
      expect(gitFileDates("content", join(repo, "site"))).toEqual(
        new Map([
          ["content/b.yaml", "2026-03-04"],
          ["content/a.yaml", "2026-01-02"],
        ]),
      );
      git(dir, "clone", "-q", "--depth", "1", `file://${repo}`, "shallow");
      expect(gitFileDates("content", join(dir, "shallow", "site"))).toBeUndefined();
      mkdirSync(join(dir, "plain"));
      expect(gitFileDates("content", join(dir, "plain"))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
