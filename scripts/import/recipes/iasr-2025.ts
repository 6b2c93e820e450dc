import type { Recipe } from "../recipe.ts";

/**
 * Seed 002: the Chinese edition of the International AI Safety Report (Jan 2025).
 * Line ranges are 1-based and inclusive; the seeds are read-only, so they are stable.
 */
export const iasr2025: Recipe = {
  report: "international-ai-safety-report-2025",
  seed: "002_6fd1d0693c8d5ff6.txt",
  // The in-text markers ²¹ and ³¹ are misprints for ² and ³ (their definitions read ²¹ and ³¹ too).
  footnotes: { renumber: { 21: 2, 31: 3 } },
  chapters: [
    { slug: "contributors", lines: [13, 248] },
    { slug: "acknowledgements", lines: [250, 260] },
    { slug: "copyright-disclaimer", lines: [262, 276], untitled: true },
    { slug: "about-this-report", lines: [278, 285] },
    { slug: "chair-update-o3", lines: [287, 304] },
    { slug: "key-findings", lines: [306, 319] },
    { slug: "executive-summary", lines: [321, 333] },
    { slug: "part-1-capabilities", lines: [335, 353] },
    { slug: "part-2-risks", lines: [355, 394] },
    { slug: "part-3-risk-management", lines: [396, 432] },
    { slug: "conclusion", lines: [434, 436] },
  ],
};
