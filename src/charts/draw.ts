/** One entry point from a chart model to its element tree (same code in Node and the browser). */
import type { El } from "./svg.ts";
import type { ChartModel } from "./types.ts";
import { drawPowerSeeking } from "./power-seeking-chain/draw.ts";
import { drawPracticeScores } from "./safety-practice-scores/draw.ts";
import { drawPauseSurvey } from "./pause-letter-survey/draw.ts";
import { sorted } from "./safety-practice-scores/state.ts";
import { drawAgiTimelines } from "./agi-timelines/draw.ts";
import { drawComputeGrowth } from "./compute-growth/draw.ts";
import { drawGovernanceTimeline } from "./governance-timeline/draw.ts";
import { drawCrosswalk } from "./taxonomy-crosswalk/draw.ts";

/** State: the power-seeking values, or the heatmap's sort; undefined draws the source's data. */
export function drawChart(chart: ChartModel, titleId: string, state?: { values?: number[]; sort?: string }): El {
  switch (chart.kind) {
    case "power-seeking-chain":
      return drawPowerSeeking(chart.model, state?.values ?? chart.model.premises.map((p) => p.percent), titleId);
    case "safety-practice-scores":
      return drawPracticeScores(sorted(chart.model, state?.sort), titleId);
    case "pause-letter-survey":
      return drawPauseSurvey(chart.model, titleId);
    case "agi-timelines":
      return drawAgiTimelines(chart.model, titleId);
    case "compute-growth":
      return drawComputeGrowth(chart.model, titleId);
    case "governance-timeline":
      return drawGovernanceTimeline(chart.model, titleId);
    case "taxonomy-crosswalk":
      return drawCrosswalk(chart.model, titleId);
  }
}
