/** Helpers for a chart's own unit tests (test/unit/charts/<id>.test.ts). */
import { readChartFiles } from "../../src/charts/files.ts";
import type { AnyChart } from "../../src/charts/definition.ts";
import { count, type El } from "../../src/charts/svg.ts";
import { contentWith } from "./content-fixture.ts";

/** The marks of a drawing: every element rendered with data-mark. */
export const marks = (el: El): number =>
  count(el, (e) => e.attrs["data-mark"] !== undefined && e.attrs["data-mark"] !== false);

/** A chart's data as the site's content/ gives it (its file, and what it reads besides). */
export function siteData(chart: AnyChart): unknown {
  const files = readChartFiles("content");
  if (files.problems.length) throw new Error(files.problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  return files.data.get(chart.id as never);
}

/** A copy of content/ with one fault (remove it with removeFixtures after each test). */
export const contentCopy = (fault: Parameters<typeof contentWith>[1]): string => contentWith("content", fault, "");

/** The chart files' problems under a content root, as `file: message`. */
export const chartProblems = (root: string): string[] =>
  readChartFiles(root).problems.map((p) => `${p.file}: ${p.message}`);
