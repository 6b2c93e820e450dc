/**
 * The nine best-practice categories and 42 practices are named once, in
 * content/data/cfi-scores.yaml; the taxonomy nodes of scheme "best-practices"
 * reuse those ids and take their names from there.
 */
import type { CfiScores } from "../schemas/cfi-scores.ts";
import type { Localized } from "../schemas/common.ts";
import type { NameLookup } from "./model.ts";

export const PRACTICES_SCHEME = "best-practices";

/** Category and practice names by id. */
export function cfiNameMap(cfi: CfiScores | undefined): Map<string, Localized> {
  const names = new Map<string, Localized>();
  for (const c of cfi?.categories ?? []) {
    names.set(c.id, { zh: c.zh, en: c.en });
    for (const p of c.practices) names.set(p.id, { zh: p.zh, en: p.en });
  }
  return names;
}

export function cfiNames(cfi: CfiScores | undefined): NameLookup {
  const names = cfiNameMap(cfi);
  return (scheme, node) => (scheme === PRACTICES_SCHEME ? names.get(node) : undefined);
}
