import { describe, expect, it } from "vitest";
import { chapterPath, localeFromPath, localePath, normalizeBase, switchLocale, withBase } from "../../src/i18n/urls.ts";
import { preferredLocale } from "../../src/i18n/locales.ts";

describe("switchLocale", () => {
  it("keeps the #hash, so the reader lands on the same section", () => {
    expect(switchLocale("/zh/reports/iasr/part-2-risks/#malicious-use", "en", "/")).toBe(
      "/en/reports/iasr/part-2-risks/#malicious-use",
    );
  });

  it("keeps ?query and #hash together", () => {
    expect(switchLocale("/en/search/?q=evidence#top", "zh", "/")).toBe("/zh/search/?q=evidence#top");
  });

  it("works under a deployment sub-path", () => {
    expect(switchLocale("/kb/zh/reports/x/y/#s", "en", "/kb/")).toBe("/kb/en/reports/x/y/#s");
    expect(switchLocale("/kb/en/", "zh", "/kb")).toBe("/kb/zh/");
  });

  it("sends pages outside a language (root, 404) to the other language's home", () => {
    expect(switchLocale("/404.html", "en", "/")).toBe("/en/");
    expect(switchLocale("/", "zh", "/")).toBe("/zh/");
  });

  it("does not mistake a slug that starts with zh for the locale", () => {
    expect(localeFromPath("/zhong/x/", "/")).toBeUndefined();
  });
});

describe("paths", () => {
  it("builds directory-style page paths", () => {
    expect(localePath("zh")).toBe("/zh/");
    expect(localePath("en", "reports", "iasr")).toBe("/en/reports/iasr/");
    expect(chapterPath("en", "iasr", "part-2-risks", "bias")).toBe("/en/reports/iasr/part-2-risks/#bias");
  });

  it("normalizes the base and prefixes it", () => {
    expect(normalizeBase("")).toBe("/");
    expect(normalizeBase("kb")).toBe("/kb/");
    expect(normalizeBase("/kb/")).toBe("/kb/");
    expect(withBase("/zh/", "/kb/")).toBe("/kb/zh/");
    expect(withBase("/zh/", "/")).toBe("/zh/");
  });

  it("reads the locale of a path under a base", () => {
    expect(localeFromPath("/kb/en/reports/", "/kb/")).toBe("en");
    expect(localeFromPath("/en/reports/", "/kb/")).toBeUndefined();
  });
});

describe("preferredLocale", () => {
  it("takes the first language we publish from the browser's list", () => {
    expect(preferredLocale(["fr-FR", "en-GB", "zh-CN"])).toBe("en");
    expect(preferredLocale(["zh-TW", "en"])).toBe("zh");
    expect(preferredLocale(["de"])).toBe("zh");
    expect(preferredLocale([])).toBe("zh");
  });
});
