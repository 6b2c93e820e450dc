/** A chart as a page shows it, in one language (built in Node; see build.ts). */
import type { ChartId } from "./ids.ts";
import type { PowerSeekingModel } from "./power-seeking/model.ts";
import type { PracticeScoresModel } from "./practice-scores/model.ts";
import type { PauseSurveyModel } from "./pause-letter-survey/model.ts";
import type { AgiTimelinesModel } from "./agi-timelines/model.ts";
import type { ComputeGrowthModel } from "./compute-growth/model.ts";
import type { GovernanceTimelineModel } from "./governance-timeline/model.ts";
import type { CrosswalkModel } from "./crosswalk/model.ts";

export type ChartModel =
  | { kind: "power-seeking-chain"; model: PowerSeekingModel }
  | { kind: "safety-practice-scores"; model: PracticeScoresModel }
  | { kind: "pause-letter-survey"; model: PauseSurveyModel }
  | { kind: "agi-timelines"; model: AgiTimelinesModel }
  | { kind: "compute-growth"; model: ComputeGrowthModel }
  | { kind: "governance-timeline"; model: GovernanceTimelineModel }
  | { kind: "taxonomy-crosswalk"; model: CrosswalkModel };

/** One cell of the text alternative: text, optionally a link. */
export interface Cell {
  text: string;
  href?: string;
}

/** The data table (the text alternative): header, then rows; a row may be a group heading. */
export interface ChartTable {
  head: string[];
  rows: { cells: Cell[]; group?: boolean }[];
}

/** One plotted value, as a CSV row and a JSON object. */
export type ChartRecord = Record<string, string | number>;

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
}
