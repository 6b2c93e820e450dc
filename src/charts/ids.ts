/** The charts the site publishes, in the order the index lists them. Plain data, shared by Node and the browser. */
export const CHART_IDS = [
  "safety-practice-scores",
  "power-seeking-chain",
  "agi-timelines",
  "pause-letter-survey",
  "compute-growth",
  "governance-timeline",
  "taxonomy-crosswalk",
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
