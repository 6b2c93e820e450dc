import { describe, expect, it } from "vitest";
import { CHART, TOKENS, type Scheme } from "../../src/palette/colours.ts";
import { contrastRatio, luminance } from "../../src/palette/contrast.ts";

const schemes: Scheme[] = ["light", "dark"];

describe("chart colours", () => {
  it("print each heatmap score in a colour with AA contrast on its cell, in light and dark", () => {
    for (const s of schemes)
      for (const n of [0, 1, 2] as const) {
        const ratio = contrastRatio(CHART[`score-${n}-ink`][s], CHART[`score-${n}`][s]);
        expect(ratio, `${s} score-${n}`).toBeGreaterThanOrEqual(4.5);
      }
  });

  it("draw bars and the accent with 3:1 non-text contrast on the page background", () => {
    for (const s of schemes)
      for (const name of ["bar", "accent"] as const)
        expect(contrastRatio(CHART[name][s], TOKENS.bg[s]), `${s} ${name}`).toBeGreaterThanOrEqual(3);
  });

  it("shade higher scores further from the background, so the order survives greyscale", () => {
    for (const s of schemes) {
      const bg = luminance(TOKENS.bg[s]);
      const distance = [0, 1, 2].map((n) => Math.abs(luminance(CHART[`score-${n as 0 | 1 | 2}`][s]) - bg));
      expect(distance[0]!, s).toBeLessThan(distance[1]!);
      expect(distance[1]!, s).toBeLessThan(distance[2]!);
    }
  });
});
