/**
 * Search facets at build time: which documents a page belongs to, from its
 * passage references. The filters themselves are in ./filters.ts (re-exported).
 */
import { parsePassageRef } from "../passages/refs.ts";
import { DOCUMENTS } from "./filters.ts";

export * from "./filters.ts";

/** The document a passage reference ("<report>/<chapter>#id" or "forum/<event>/<talk>#p-n") belongs to. */
export function documentOfRef(ref: string): string {
  const parsed = parsePassageRef(ref);
  if (!parsed) throw new Error(`not a passage reference: "${ref}"`);
  return parsed.doc;
}

/** Distinct documents of a list of passage references, in DOCUMENTS order. */
export function documentsOfRefs(refs: readonly string[]): string[] {
  const found = new Set(refs.map(documentOfRef));
  return [
    ...DOCUMENTS.filter((d) => found.has(d)),
    ...[...found].filter((d) => !(DOCUMENTS as readonly string[]).includes(d)).sort(),
  ];
}
