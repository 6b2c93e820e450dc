/**
 * The bibliography as the build uses it, read once (synchronously, so the
 * rehype plugin can use it too): the entries in the page's order, and the entry
 * cited at each place of each page. The content check has already compared the
 * file with the documents; here a problem stops the build.
 */
import { join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { bibliographySchema, type CitedIn, type Source } from "../schemas/sources.ts";
import { readValidYaml, type FileProblem } from "../lib/yaml-file.ts";
import { sortEntries } from "./sort.ts";

export interface SiteBibliography {
  entries: Source[];
  /** The entry cited at a place: key from citedInKey(). */
  at: Map<string, Source>;
}

/** "best-practices-2024/conclusions|fn-123", "frontier-models-2023/governance|lab-practices-sources:3". */
export function placeKeyOf(page: string, c: Omit<CitedIn, "ref">): string {
  if (c.note !== undefined) return `${page}|fn-${c.note}`;
  if (c.link !== undefined) return `${page}|link-${c.link}`;
  return `${page}|${c.list}:${c.item}`;
}

let site: SiteBibliography | undefined;

export function siteBibliography(contentRoot = "content"): SiteBibliography {
  if (site) return site;
  const path = join(resolve(contentRoot), "sources", "bibliography.yaml");
  const problems: FileProblem[] = [];
  const data = existsSync(path)
    ? readValidYaml(path, "content/sources/bibliography.yaml", bibliographySchema, problems)
    : { entries: [] };
  if (!data) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  const entries = sortEntries(data.entries);
  const at = new Map<string, Source>();
  // A mention has no note or list item to link from.
  for (const e of entries)
    for (const c of e.citedIn) if (!c.mention) at.set(placeKeyOf(c.ref.slice(0, c.ref.indexOf("#")), c), e);
  site = { entries, at };
  return site;
}
