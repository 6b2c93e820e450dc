import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, FAMILIES, TOKENS } from "../../src/palette/colours.ts";
import { contrastRatio } from "../../src/palette/contrast.ts";
import { paletteCss } from "../../src/palette/css.ts";
import { PALETTE_FILE } from "../../src/palette/vite-plugin.ts";

describe("the palette", () => {
  it("computes WCAG contrast", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777", "#777")).toBe(1);
  });

  it.each(["light", "dark"] as const)(
    "every family colour and text token reaches 4.5:1 on every %s background",
    (scheme) => {
      const colours = {
        ...Object.fromEntries(Object.entries(FAMILIES).map(([k, v]) => [`family ${k}`, v[scheme]])),
        text: TOKENS.text[scheme],
        muted: TOKENS.muted[scheme],
        link: TOKENS.link[scheme],
        "note label": TOKENS["note-label"][scheme],
      };
      for (const [name, colour] of Object.entries(colours)) {
        for (const bg of BACKGROUNDS)
          expect(contrastRatio(colour, TOKENS[bg][scheme]), `${name} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it("gives every family its own colour and shape", () => {
    for (const scheme of ["light", "dark"] as const)
      expect(new Set(Object.values(FAMILIES).map((f) => f[scheme])).size).toBe(Object.keys(FAMILIES).length);
    expect(new Set(Object.values(FAMILIES).map((f) => f.shape)).size).toBe(Object.keys(FAMILIES).length);
  });

  it("writes the dark colours once, for both ways of asking for them", () => {
    const css = paletteCss();
    const blocks = [...css.matchAll(/\{\n((?:\s*--[^\n]+\n)+)\s*\}/g)].map((m) => m[1]!.replace(/\s+/g, " ").trim());
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toBe(blocks[2]);
    expect(blocks[0]).not.toBe(blocks[1]);
  });

  it("src/styles/palette.css is generated from colours.ts and up to date", () => {
    expect(readFileSync(PALETTE_FILE, "utf8")).toBe(paletteCss());
  });
});
