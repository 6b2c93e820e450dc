/**
 * The content check for the charts (content/charts/): schemas, sums and
 * products as stated, and every passage a plotted value cites, in both
 * languages. Each problem names the file and the field.
 */
import { readChartFiles } from "../../src/charts/files.ts";
import { CHARTS, CHART_IDS, isChartId } from "../../src/charts/registry.ts";
import { chartRefs } from "../../src/charts/refs.ts";
import { passageRefChecker } from "./passage-refs.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

export function validateCharts(contentRoot: string, pages: readonly ChapterInfo[]): Problem[] {
  const files = readChartFiles(contentRoot);
  const problems: Problem[] = [...files.problems];
  const { checkRef } = passageRefChecker(pages, problems);
  // What each chart checks against the rest of the content (the crosswalk: its schemes have files).
  for (const chart of CHARTS) {
    const data = files.data.get(chart.id);
    if (data && chart.checkContent)
      for (const p of chart.checkContent(data, contentRoot))
        problems.push({ file: `content/charts/${chart.id}.yaml`, message: `${p.field}: ${p.message}` });
  }
  for (const { file, field, ref } of chartRefs(files)) checkRef(file, field, ref);
  // <Chart id="…" /> and <ChartLink id="…" /> in a chapter must name a published chart.
  for (const page of pages) {
    for (const use of page.structure?.components ?? []) {
      if (use.name !== "Chart" && use.name !== "ChartLink") continue;
      const id = use.props.id;
      if (typeof id !== "string" || !isChartId(id))
        problems.push({
          file: page.file,
          line: use.line,
          message: `<${use.name} id="${id ?? ""}">: no such chart; the charts are ${CHART_IDS.join(", ")}`,
        });
    }
  }
  return problems;
}
