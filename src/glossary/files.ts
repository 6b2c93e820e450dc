/**
 * Reading the glossary and taxonomy files from content/ (synchronously, so the
 * remark/rehype plugins can use them too). Each reader returns the valid data
 * and, separately, every schema problem with its file and field; the content
 * check reports the problems, the site refuses to build with any.
 */
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { noLinksSchema, termSchema, type Term } from "../schemas/glossary.ts";
import { crosswalkSchema, schemeSchema, type CrosswalkLink, type SchemeData } from "../schemas/taxonomy.ts";
import type { CfiScores } from "../schemas/cfi-scores.ts";
import { readIdFiles, readValidYaml, type FileProblem } from "../lib/yaml-file.ts";
import { readCfiScores } from "../lib/cfi-scores-file.ts";

export interface GlossaryFiles {
  terms: Term[];
  /** Passages where no term is linked. */
  noLinks: string[];
  schemes: Map<string, SchemeData>;
  crosswalk: CrosswalkLink[];
  cfi?: CfiScores;
  problems: FileProblem[];
}

/** Read content/glossary/ and content/taxonomies/ (and the practice names in content/data/cfi-scores.yaml). */
export function readGlossaryFiles(contentRoot: string): GlossaryFiles {
  const root = resolve(contentRoot);
  const rel = (p: string) => relative(join(root, ".."), p);
  const out: GlossaryFiles = { terms: [], noLinks: [], schemes: new Map(), crosswalk: [], problems: [] };
  const termsDir = join(root, "glossary", "terms");
  for (const { id, data } of readIdFiles(termsDir, rel, termSchema, "term", out.problems))
    out.terms.push({ ...data, id });
  const noLinks = join(root, "glossary", "no-links.yaml");
  if (existsSync(noLinks)) out.noLinks = readValidYaml(noLinks, rel(noLinks), noLinksSchema, out.problems) ?? [];
  const schemesDir = join(root, "taxonomies", "schemes");
  for (const { id, data } of readIdFiles(schemesDir, rel, schemeSchema, "scheme", out.problems))
    out.schemes.set(id, data);
  const crosswalk = join(root, "taxonomies", "crosswalk.yaml");
  if (existsSync(crosswalk))
    out.crosswalk = readValidYaml(crosswalk, rel(crosswalk), crosswalkSchema, out.problems) ?? [];
  // The content check reports this file's problems with the heatmap chart's (src/charts/safety-practice-scores/chart.ts); here only its names are wanted.
  out.cfi = readCfiScores(root, []);
  return out;
}

let cached: GlossaryFiles | undefined;

/** The site's glossary and taxonomies (content/ under the working directory), read once per build. */
export function siteGlossaryFiles(): GlossaryFiles {
  if (!cached) {
    cached = readGlossaryFiles("content");
    if (cached.problems.length) {
      throw new Error(
        `The glossary or taxonomy files have problems (run npm run check:content):\n${cached.problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`,
      );
    }
  }
  return cached;
}
