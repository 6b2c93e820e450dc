/**
 * Reading content/charts/<id>.yaml with each chart's schema and checks (and
 * whatever else a chart reads, such as the heatmap's scores). Returns the valid
 * data and, separately, every problem with its file and field, so the content
 * check can report them and the build can refuse.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readValidYaml, yamlFilesIn, type FileProblem } from "../lib/yaml-file.ts";
import { CHARTS, CHART_IDS, chartDefinition, isChartId, type ChartId } from "./registry.ts";

export interface ChartFiles {
  /** Each chart's valid data (its file, with what it reads besides), by id; a chart with problems has none. */
  data: Map<ChartId, unknown>;
  problems: FileProblem[];
}

/** Read every chart file under contentRoot/charts; a published chart without its file is a problem. */
export function readChartFiles(contentRoot: string): ChartFiles {
  const out: ChartFiles = { data: new Map(), problems: [] };
  const valid = new Map<ChartId, object>();
  const dir = join(contentRoot, "charts");
  const names = yamlFilesIn(dir);
  for (const name of names) {
    const id = name.slice(0, -5);
    const file = `content/charts/${name}`;
    if (!isChartId(id)) {
      out.problems.push({
        file,
        message: `no chart "${id}": the charts are ${CHART_IDS.join(", ")} (src/charts/registry.ts)`,
      });
      continue;
    }
    const chart = chartDefinition(id);
    const data = readValidYaml(join(dir, name), file, chart.schema, out.problems);
    if (data === undefined) continue;
    const found = chart.check?.(data) ?? [];
    for (const p of found) out.problems.push({ file, message: `${p.field}: ${p.message}` });
    if (!found.length) valid.set(id, data);
  }
  // A content tree without a charts folder (a test fixture) has no charts to check; the site's does (siteChartFiles).
  if (existsSync(dir))
    for (const id of CHART_IDS)
      if (!names.includes(`${id}.yaml`))
        out.problems.push({
          file: `content/charts/${id}.yaml`,
          message: "missing: every published chart needs its data file",
        });
  // What a chart reads besides its file is read, and its problems reported, whether or not the file is valid.
  for (const chart of CHARTS) {
    const extra: object = chart.extra?.(contentRoot, out.problems) ?? {};
    const data = valid.get(chart.id);
    if (data) out.data.set(chart.id, { ...data, ...extra });
  }
  return out;
}

let cached: ChartFiles | undefined;

/** The site's chart data, read once per build; any problem stops the build. */
export function siteChartFiles(): ChartFiles {
  if (!cached) {
    cached = readChartFiles("content");
    if (!existsSync("content/charts"))
      cached.problems.push({ file: "content/charts/", message: "missing: the charts' data folder" });
    if (cached.problems.length)
      throw new Error(
        `The chart files have problems (run npm run check:content):\n${cached.problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`,
      );
  }
  return cached;
}
