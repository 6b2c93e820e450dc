import { describe, expect, it } from "vitest";
import { siteIndex } from "../helpers/site-index.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

describe("text alternatives", () => {
  it("every image on every page (<img>, and SVG charts and codes with role=img) has a name a screen reader can read", () => {
    const pages = siteIndex(ROOT_BUILD);
    expect(pages.length).toBeGreaterThan(900);
    expect(pages.filter((p) => p.unnamedImages.length).map((p) => `${p.file}: ${p.unnamedImages.join(", ")}`)).toEqual(
      [],
    );
  });
});
