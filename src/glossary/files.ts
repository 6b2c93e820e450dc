/**
 * Reading the glossary and taxonomy files from content/ (synchronously, so the
 * remark/rehype plugins can use them too). Each reader returns the valid data
 * and, separately, every schema problem with its file and field; the content
 * check reports the problems, the site refuses to build with any.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import type { ZodTypeAny, z } from "astro/zod";
import { noLinksSchema, termSchema, type Term } from "../schemas/glossary.ts";
import { crosswalkSchema, schemeSchema, type CrosswalkLink, type SchemeData } from "../schemas/taxonomy.ts";
import { cfiScoresSchema, type CfiScores } from "../schemas/cfi-scores.ts";

export interface FileProblem {
  file: string;
  message: string;
}

export interface GlossaryFiles {
  terms: Term[];
  /** Passages where no term is linked. */
  noLinks: string[];
  schemes: Map<string, SchemeData>;
  crosswalk: CrosswalkLink[];
  cfi?: CfiScores;
  problems: FileProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readValid<S extends ZodTypeAny>(path: string, rel: string, schema: S, problems: FileProblem[]): z.infer<S> | undefined {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"), { version: "1.1" });
  } catch (error) {
    problems.push({ file: rel, message: `malformed YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push({ file: rel, message: `${issue.path.length ? issue.path.join(".") : "(top level)"}: ${issue.message}` });
  return undefined;
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort() : [];
}

/** Read content/glossary/ and content/taxonomies/ (and the practice names in content/data/cfi-scores.yaml). */
export function readGlossaryFiles(contentRoot: string): GlossaryFiles {
  const root = resolve(contentRoot);
  const rel = (p: string) => relative(join(root, ".."), p);
  const out: GlossaryFiles = { terms: [], noLinks: [], schemes: new Map(), crosswalk: [], problems: [] };
  const termsDir = join(root, "glossary", "terms");
  for (const name of yamlFiles(termsDir)) {
    const path = join(termsDir, name);
    const id = name.slice(0, -5);
    if (!SLUG.test(id)) out.problems.push({ file: rel(path), message: "term file names must be lowercase ASCII words joined by hyphens (they become URLs)" });
    const data = readValid(path, rel(path), termSchema, out.problems);
    if (data) out.terms.push({ ...data, id });
  }
  const noLinks = join(root, "glossary", "no-links.yaml");
  if (existsSync(noLinks)) out.noLinks = readValid(noLinks, rel(noLinks), noLinksSchema, out.problems) ?? [];
  const schemesDir = join(root, "taxonomies", "schemes");
  for (const name of yamlFiles(schemesDir)) {
    const path = join(schemesDir, name);
    const id = name.slice(0, -5);
    if (!SLUG.test(id)) out.problems.push({ file: rel(path), message: "scheme file names must be lowercase ASCII words joined by hyphens (they become URLs)" });
    const data = readValid(path, rel(path), schemeSchema, out.problems);
    if (data) out.schemes.set(id, data);
  }
  const crosswalk = join(root, "taxonomies", "crosswalk.yaml");
  if (existsSync(crosswalk)) out.crosswalk = readValid(crosswalk, rel(crosswalk), crosswalkSchema, out.problems) ?? [];
  const cfi = join(root, "data", "cfi-scores.yaml");
  if (existsSync(cfi)) out.cfi = readValid(cfi, rel(cfi), cfiScoresSchema, []);
  return out;
}

let cached: GlossaryFiles | undefined;

/** The site's glossary and taxonomies (content/ under the working directory), read once per build. */
export function siteGlossaryFiles(): GlossaryFiles {
  if (!cached) {
    cached = readGlossaryFiles("content");
    if (cached.problems.length) {
      throw new Error(`The glossary or taxonomy files have problems (run npm run check:content):\n${cached.problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`);
    }
  }
  return cached;
}
