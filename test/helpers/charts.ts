/** Helpers for a chart's own unit tests (test/unit/charts/<id>.test.ts). */
import { readChartFiles } from "../../src/charts/files.ts";
import type { AnyChart } from "../../src/charts/definition.ts";
import { count, type El } from "../../src/charts/svg.ts";
import { contentWith } from "./content-fixture.ts";

/** The marks of a drawing: every element with data-mark. */
export const marks = (el: El): number => count(el, (e) => "data-mark" in e.attrs);

/** A chart's data as the site's content/ gives it (its file, and what it reads besides). */
export function siteData(chart: AnyChart): unknown {
  const files = readChartFiles("content");
  if (files.problems.length) throw new Error(files.problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  return files.data.get(chart.id);
}

/** The chart files' problems, as `file: message`, in a copy of content/ with one fault. */
export function problemsWith(fault: Parameters<typeof contentWith>[1]): string[] {
  const root = contentWith("content", fault, "");
  return readChartFiles(root).problems.map((p) => `${p.file}: ${p.message}`);
}
