/**
 * The charts the site publishes, in the order the index lists them. A chart is
 * its folder src/charts/<id>/ (see definition.ts); adding one is one line here.
 */
import type { AnyChart } from "./definition.ts";
import safetyPracticeScores from "./safety-practice-scores/chart.ts";
import powerSeekingChain from "./power-seeking-chain/chart.ts";
import agiTimelines from "./agi-timelines/chart.ts";
import pauseLetterSurvey from "./pause-letter-survey/chart.ts";
import computeGrowth from "./compute-growth/chart.ts";
import governanceTimeline from "./governance-timeline/chart.ts";
import taxonomyCrosswalk from "./taxonomy-crosswalk/chart.ts";
import riskScopeSeverity from "./risk-scope-severity/chart.ts";

const charts = [
  safetyPracticeScores,
  powerSeekingChain,
  agiTimelines,
  pauseLetterSurvey,
  computeGrowth,
  governanceTimeline,
  taxonomyCrosswalk,
  riskScopeSeverity,
] as const satisfies readonly AnyChart[];

export type ChartId = (typeof charts)[number]["id"];

/** A registered chart, as shared code sees it. */
export type Chart = AnyChart & { id: ChartId };

/** Every chart, in the index's order. */
export const CHARTS: readonly Chart[] = charts;
export const CHART_IDS: readonly ChartId[] = charts.map((c) => c.id);

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

export function chartDefinition(id: ChartId): Chart {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}" in src/charts/registry.ts`);
  return chart;
}
