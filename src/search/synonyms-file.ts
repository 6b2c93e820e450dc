/**
 * content/search/synonyms.yaml: sets of reader words for one concept each,
 * read with its schema (Node only; the build writes the sets into the search
 * lexicon, src/search/lexicon.ts). Each problem names the file and the set.
 * Whether each set's first word occurs in the documents is checked by the
 * content check (scripts/validate/search.ts), which reads the pages.
 */
import { join, relative, resolve } from "node:path";
import { existsSync } from "node:fs";
import { z } from "astro/zod";
import { slug } from "../schemas/common.ts";
import { readValidYaml, type FileProblem } from "../lib/yaml-file.ts";
import type { SynonymSet } from "./lexicon.ts";
import { lexKey } from "./lexicon.ts";

const words = z.array(z.string().trim().min(1)).min(1);

export const synonymSetSchema = z
  .object({ id: slug, zh: words.optional(), en: words.optional() })
  .strict()
  .refine((s) => (s.zh?.length ?? 0) + (s.en?.length ?? 0) >= 2, {
    message: "a set needs the documents' word and at least one word a reader types instead",
  });

export const synonymsSchema = z.array(synonymSetSchema);

export const SYNONYMS_FILE = "search/synonyms.yaml";

/** Problems across sets: a repeated id, or a word (compared as a query is) in two sets. */
export function checkSynonymSets(sets: readonly SynonymSet[]): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const set of sets) {
    if (ids.has(set.id)) out.push(`duplicate set id "${set.id}"`);
    ids.add(set.id);
    for (const w of [...(set.zh ?? []), ...(set.en ?? [])]) {
      const k = lexKey(w);
      const first = owner.get(k);
      if (first && first !== set.id) out.push(`"${w}" is in two sets, "${first}" and "${set.id}"`);
      else if (first) out.push(`"${w}" is listed twice in "${set.id}"`);
      owner.set(k, set.id);
    }
  }
  return out;
}

/** The sets in contentRoot/search/synonyms.yaml (none when the file is absent), with every problem recorded. */
export function readSynonyms(contentRoot: string, problems: FileProblem[]): SynonymSet[] {
  const root = resolve(contentRoot);
  const path = join(root, SYNONYMS_FILE);
  if (!existsSync(path)) return [];
  const rel = relative(join(root, ".."), path);
  const sets = readValidYaml(path, rel, synonymsSchema, problems);
  if (!sets) return [];
  const found = checkSynonymSets(sets);
  problems.push(...found.map((message) => ({ file: rel, message })));
  return found.length ? [] : sets;
}
