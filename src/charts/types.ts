/** A chart as a page shows it, in one language (built in Node; see build.ts). */
import type { ChartId } from "./registry.ts";
import type { ChartRecord, ChartTable } from "./definition.ts";
import type { El } from "./svg.ts";
import type { PowerSeekingModel } from "./power-seeking-chain/model.ts";
import type { PracticeScoresModel } from "./safety-practice-scores/model.ts";
import type { PauseSurveyModel } from "./pause-letter-survey/model.ts";
import type { AgiTimelinesModel } from "./agi-timelines/model.ts";
import type { ComputeGrowthModel } from "./compute-growth/model.ts";
import type { GovernanceTimelineModel } from "./governance-timeline/model.ts";
import type { CrosswalkModel } from "./taxonomy-crosswalk/model.ts";

export type ChartModel =
  | { kind: "power-seeking-chain"; model: PowerSeekingModel }
  | { kind: "safety-practice-scores"; model: PracticeScoresModel }
  | { kind: "pause-letter-survey"; model: PauseSurveyModel }
  | { kind: "agi-timelines"; model: AgiTimelinesModel }
  | { kind: "compute-growth"; model: ComputeGrowthModel }
  | { kind: "governance-timeline"; model: GovernanceTimelineModel }
  | { kind: "taxonomy-crosswalk"; model: CrosswalkModel };

export interface ChartView {
  id: ChartId;
  title: string;
  takeaway: string;
  /** The source line: each passage with where it is and a link to it. */
  sources: { ref: string; label: string; href: string }[];
  /** The data table (the text alternative). */
  table: ChartTable;
  /** Exactly the plotted data, for CSV and JSON: one record per mark. */
  records: ChartRecord[];
  chart: ChartModel;
  /** Its marks as the source gives them, the SVG named by the element with id titleId (the chart's own drawing). */
  draw(titleId: string): El;
}
