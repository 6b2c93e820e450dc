/** A chart as a page shows it, in one language (built in Node; see view.ts). */
import type { ChartPageOptions, ChartRecord, ChartTable } from "./definition.ts";
import type { ChartId } from "./registry.ts";
import type { El } from "./svg.ts";

export interface ChartView {
  id: ChartId;
  title: string;
  takeaway: string;
  /** The note under the title, if the chart's file has one. */
  note?: string;
  /** The source line: each passage with where it is and a link to it. */
  sources: { ref: string; label: string; href: string }[];
  /** The data table (the text alternative). */
  table: ChartTable;
  /** Exactly the plotted data, for CSV and JSON: one record per mark. */
  records: ChartRecord[];
  /** The model its marks are drawn from, with its id: the JSON a chart page gives <chart-view>. */
  chart: { kind: ChartId; model: unknown };
  /** How its page and embed show it: the definition's page options, defaults filled in. */
  page: Pick<ChartPageOptions, "controls"> & Required<Omit<ChartPageOptions, "controls">>;
  /** Its marks as the source gives them (the definition's draw), the SVG named by the element with id titleId. */
  draw(titleId: string): El;
}
