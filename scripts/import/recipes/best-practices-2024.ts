import type { Recipe } from "../recipe.ts";

/**
 * Seed 001: "Best Practices for Frontier AI Safety" (Jan 2024). Markdown-like,
 * with Unicode-superscript footnotes whose definitions sit where PDF pages ended.
 */
export const bestPractices2024: Recipe = {
  report: "best-practices-2024",
  seed: "001_ea5fadb9585deee6.txt",
  chapters: [
    { slug: "executive-summary", lines: [12, 109] },
    { slug: "practice-index", lines: [111, 124] },
    { slug: "model-evaluations-red-teaming", lines: [126, 341] },
    { slug: "prioritising-risk-research", lines: [343, 525] },
    { slug: "security-controls-model-weights", lines: [527, 717] },
    { slug: "vulnerability-reporting", lines: [719, 823] },
    { slug: "ai-generated-content-identifiers", lines: [825, 929] },
    { slug: "model-reporting-information-sharing", lines: [931, 1054] },
    { slug: "preventing-monitoring-misuse", lines: [1056, 1193] },
    { slug: "data-input-controls-audits", lines: [1195, 1322] },
    { slug: "responsible-scaling-policy", lines: [1324, 1549] },
    { slug: "conclusions", lines: [1551, 1596] },
    { slug: "appendix-a-lab-policies", lines: [1597, 1618] },
    { slug: "appendix-b-cfi-scores", lines: [1620, 1672] },
  ],
};
