import type { Recipe } from "../recipe.ts";

/**
 * Seed 000: the 2023 slide report on frontier large models (PDF-extracted).
 * One chapter per part of the report's contents slide; the front slides
 * (scope, key terms) form an introduction. The divider of part 二 is missing
 * from the text, so that chapter starts at its first slide.
 */
export const frontierModels2023: Recipe = {
  report: "frontier-models-2023",
  seed: "000_4f671ea37769629e.txt",
  pdf: true,
  slides: true,
  chapters: [
    { slug: "introduction", lines: [1, 57], untitled: true, plain: true },
    { slug: "trends", lines: [59, 339] },
    { slug: "risks", lines: [340, 840], untitled: true },
    { slug: "safety", lines: [843, 1477] },
    { slug: "governance", lines: [1480, 1980] },
    { slug: "summary", lines: [1981, 2012] },
  ],
};
