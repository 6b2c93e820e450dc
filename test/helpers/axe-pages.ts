import { describe, expect, inject, it } from "vitest";
import { useAxePage } from "./axe.ts";
import { axeSamplePaths } from "./pages.ts";

/**
 * Axe over part `part` of `parts` of the sampled pages (axeSamplePaths), each
 * in both modes. The sample is dealt out in turn, so the parts take about as
 * long and vitest can run them side by side.
 */
export function describeAxeOnPages(part: number, parts: number): void {
  const origin = inject("origin");
  const axe = useAxePage(origin);
  const pages = axeSamplePaths().filter((_, i) => i % parts === part - 1);
  describe(`axe (WCAG 2.2 AA), light at 360 px and dark at 1280 px: sampled pages, part ${part} of ${parts}`, () => {
    it.each(pages)("%s", async (path) => {
      expect(await axe().check(origin + path)).toEqual({ light: [], dark: [] });
    });
  });
}
