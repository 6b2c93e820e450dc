import { describe, expect, it } from "vitest";
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
