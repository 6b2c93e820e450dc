/**
 * The browser half of a chart. Every chart gets tooltips from <chart-view>
 * (src/client/chart-view.ts); a chart with controls or state in the URL adds
 * src/charts/<id>/client.ts, default-exporting a ChartBehaviour, and
 * src/charts/<id>/Enhance.astro, the script its pages load instead of the
 * shared one: <chart-view> with that behaviour. Browser code: a client.ts
 * imports its own drawing and state, never its chart.ts (build-time code).
 */
import type { El } from "./svg.ts";

/** What <chart-view> gives a chart's behaviour. */
export interface ChartHost<Model> {
  /** The <chart-view> element: the plot and the chart's controls are inside it. */
  element: HTMLElement;
  /** The model the page was drawn from (the JSON the page carries). */
  model: Model;
  /** The id of the chart's title, which names the SVG. */
  titleId: string;
  /** Show a new drawing in place of the plot (an open tooltip stays open). */
  redraw(drawing: El): void;
  /** Say which parameters in the address were ignored (an empty list hides the notice). */
  invalid(params: string[]): void;
}

/** Runs once the chart's controls are shown: reads the address, wires the controls, redraws. */
export type ChartBehaviour<Model> = (host: ChartHost<Model>) => void;
