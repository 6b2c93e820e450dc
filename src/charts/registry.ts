/**
 * The charts the site publishes, in the order the index lists them. A chart is
 * its folder src/charts/<id>/ (see definition.ts); adding one is one line here.
 */
import type { AnyChart } from "./definition.ts";
import pauseLetterSurvey from "./pause-letter-survey/chart.ts";

const charts = [pauseLetterSurvey] as const satisfies readonly AnyChart[];

/** Every chart, in the index's order. */
export const CHARTS: readonly AnyChart[] = charts;

/** A registered chart's definition, or undefined. */
export function chartDefinition(id: string): AnyChart | undefined {
  return CHARTS.find((c) => c.id === id);
}
