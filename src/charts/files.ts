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
  pauseSurveySchema,
  powerSeekingSchema,
  practiceScoresSchema,
  type AgiTimelinesData,
  type ComputeGrowthData,
  type CrosswalkChartData,
  type GovernanceTimelineData,
  type PauseSurveyData,
  type PowerSeekingData,
  type PracticeScoresData,
} from "../schemas/charts.ts";
import type { CfiScores } from "../schemas/cfi-scores.ts";
import { readValidYaml, yamlFilesIn, type FileProblem } from "../lib/yaml-file.ts";
import { readCfiScores } from "../lib/cfi-scores-file.ts";
import { CHART_IDS, isChartId, type ChartId } from "./ids.ts";

export interface ChartFiles {
  "power-seeking-chain"?: PowerSeekingData;
  "pause-letter-survey"?: PauseSurveyData;
  "safety-practice-scores"?: PracticeScoresData;
  "agi-timelines"?: AgiTimelinesData;
  "compute-growth"?: ComputeGrowthData;
  "governance-timeline"?: GovernanceTimelineData;
  "taxonomy-crosswalk"?: CrosswalkChartData;
  cfi?: CfiScores;
  problems: FileProblem[];
}

const SCHEMAS: Record<ChartId, ZodTypeAny> = {
  "power-seeking-chain": powerSeekingSchema,
  "pause-letter-survey": pauseSurveySchema,
  "safety-practice-scores": practiceScoresSchema,
  "agi-timelines": agiTimelinesSchema,
  "compute-growth": computeGrowthSchema,
  "governance-timeline": governanceTimelineSchema,
  "taxonomy-crosswalk": crosswalkChartSchema,
};

/** Read every chart file under contentRoot/charts; a published chart without its file is a problem. */
export function readChartFiles(contentRoot: string): ChartFiles {
  const out: ChartFiles = { problems: [] };
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
    const data = readValidYaml(join(dir, name), file, SCHEMAS[id], out.problems);
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
