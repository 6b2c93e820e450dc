import { describe, expect, it } from "vitest";
import { expandRedirects } from "../../src/lib/redirects.ts";

const pages = new Set(["reports/new/", "reports/new/a/", "reports/new/b/", "reports/other/"]);

describe("expandRedirects", () => {
  it("maps every page under a prefix", () => {
    expect(expandRedirects([{ from: "reports/old/*", to: "reports/new/*", reason: "renamed" }], pages)).toEqual([
      { from: "reports/old/", to: "reports/new/" },
      { from: "reports/old/a/", to: "reports/new/a/" },
      { from: "reports/old/b/", to: "reports/new/b/" },
    ]);
  });

  it("maps one page", () => {
    expect(expandRedirects([{ from: "reports/new/c", to: "reports/new/a", reason: "merged" }], pages)).toEqual([
      { from: "reports/new/c/", to: "reports/new/a/" },
    ]);
  });

  it("refuses a target that does not exist", () => {
    expect(() => expandRedirects([{ from: "reports/x", to: "reports/nowhere", reason: "r" }], pages)).toThrow(
      'target "reports/nowhere" does not exist',
    );
  });

  it("refuses a source that is a real page", () => {
    expect(() => expandRedirects([{ from: "reports/other", to: "reports/new", reason: "r" }], pages)).toThrow(
      '"reports/other/" is a real page',
    );
  });
});
