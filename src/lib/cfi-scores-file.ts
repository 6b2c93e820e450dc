/**
 * content/data/cfi-scores.yaml, read once for everyone who uses it (the heatmap,
 * the best-practice taxonomy's names): the schema, then the printed subtotals
 * and percentages checked against the rows.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { cfiScoresSchema, recomputeTotals, type CfiScores } from "../schemas/cfi-scores.ts";
import { readValidYaml, type FileProblem } from "./yaml-file.ts";

const FILE = "content/data/cfi-scores.yaml";

/** The scores under contentRoot, or undefined when the file is absent (a test fixture) or invalid (with problems). */
export function readCfiScores(contentRoot: string, problems: FileProblem[]): CfiScores | undefined {
  const path = join(contentRoot, "data", "cfi-scores.yaml");
  if (!existsSync(path)) return undefined;
  const data = readValidYaml(path, FILE, cfiScoresSchema, problems);
  if (!data) return undefined;
  const again = recomputeTotals(data);
  for (const c of data.companies) {
    if (again.subtotals[c.id] !== data.subtotals[c.id])
      problems.push({
        file: FILE,
        message: `subtotals.${c.id}: the rows add up to ${again.subtotals[c.id]}, not ${data.subtotals[c.id]}`,
      });
    if (again.percentages[c.id] !== data.percentages[c.id])
      problems.push({
        file: FILE,
        message: `percentages.${c.id}: the rows give ${again.percentages[c.id]}%, not ${data.percentages[c.id]}%`,
      });
  }
  return data;
}
