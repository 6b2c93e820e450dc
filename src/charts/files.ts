/**
 * Reading content/charts/<id>.yaml (and the scores in content/data/cfi-scores.yaml)
 * with their schemas. Returns the valid data and, separately, every problem with
 * its file and field, so the content check can report them and the build can refuse.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ZodTypeAny } from "astro/zod";
import {
  agiTimelinesSchema,
  chartDataProblems,
  computeGrowthSchema,
  crosswalkChartSchema,
  governanceTimelineSchema,
  powerSeekingSchema,
  practiceScoresSchema,
  type AgiTimelinesData,
  type ComputeGrowthData,
  type CrosswalkChartData,
  type GovernanceTimelineData,
  type PowerSeekingData,
  type PracticeScoresData,
} from "../schemas/charts.ts";
import type { CfiScores } from "../schemas/cfi-scores.ts";
import { readValidYaml, yamlFilesIn, type FileProblem } from "../lib/yaml-file.ts";
import { readCfiScores } from "../lib/cfi-scores-file.ts";
import { CHART_IDS, isChartId, type ChartId } from "./ids.ts";
import { CHARTS, chartDefinition } from "./registry.ts";

export interface ChartFiles {
  /** Each registered chart's valid data (its file, with what it reads besides), by id. */
  data: Map<string, unknown>;
  "power-seeking-chain"?: PowerSeekingData;
  "safety-practice-scores"?: PracticeScoresData;
  "agi-timelines"?: AgiTimelinesData;
  "compute-growth"?: ComputeGrowthData;
  "governance-timeline"?: GovernanceTimelineData;
  "taxonomy-crosswalk"?: CrosswalkChartData;
  cfi?: CfiScores;
  problems: FileProblem[];
}

const SCHEMAS: Partial<Record<ChartId, ZodTypeAny>> = {
  "power-seeking-chain": powerSeekingSchema,
  "safety-practice-scores": practiceScoresSchema,
  "agi-timelines": agiTimelinesSchema,
  "compute-growth": computeGrowthSchema,
  "governance-timeline": governanceTimelineSchema,
  "taxonomy-crosswalk": crosswalkChartSchema,
};

/** Read every chart file under contentRoot/charts; a published chart without its file is a problem. */
export function readChartFiles(contentRoot: string): ChartFiles {
  const out: ChartFiles = { data: new Map(), problems: [] };
  const valid = new Map<string, object>();
  const dir = join(contentRoot, "charts");
  const names = yamlFilesIn(dir);
  for (const name of names) {
    const id = name.slice(0, -5);
    const file = `content/charts/${name}`;
    if (!isChartId(id)) {
      out.problems.push({
        file,
        message: `no chart "${id}": the charts are ${CHART_IDS.join(", ")} (src/charts/ids.ts)`,
      });
      continue;
    }
    const def = chartDefinition(id);
    if (def) {
      const data = readValidYaml(join(dir, name), file, def.schema, out.problems);
      if (data === undefined) continue;
      const found = def.check?.(data) ?? [];
      for (const p of found) out.problems.push({ file, message: `${p.field}: ${p.message}` });
      if (!found.length) valid.set(id, data);
      continue;
    }
    const data = readValidYaml(join(dir, name), file, SCHEMAS[id]!, out.problems);
    if (data === undefined) continue;
    const extra = chartDataProblems(id, data);
    for (const p of extra) out.problems.push({ file, message: `${p.field}: ${p.message}` });
    if (!extra.length) (out as unknown as Record<string, unknown>)[id] = data;
  }
  // A content tree without a charts folder (a test fixture) has no charts to check; the site's does (siteChartFiles).
  if (existsSync(dir))
    for (const id of CHART_IDS)
      if (!names.includes(`${id}.yaml`))
        out.problems.push({
          file: `content/charts/${id}.yaml`,
          message: "missing: every published chart needs its data file",
        });
  // What charts read besides their own files is read (and its problems reported) whether or not those are valid.
  for (const def of CHARTS) {
    const extra: object = def.extra?.(contentRoot, out.problems) ?? {};
    const data = valid.get(def.id);
    if (data) out.data.set(def.id, { ...data, ...extra });
  }
  out.cfi = readCfiScores(contentRoot, out.problems);
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
