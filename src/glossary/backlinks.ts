/**
 * Which glossary terms and taxonomy nodes cite each passage, so a chapter can
 * show, beside the passage, where it is discussed ("Discussed in"). Pure.
 */
import type { Localized } from "../schemas/common.ts";
import type { Term } from "../schemas/glossary.ts";
import type { RiskModel } from "../risks/model.ts";

export interface Backlink {
  kind: "term" | "node";
  /** Term id, or "<scheme>/<node>". */
  id: string;
  name: Localized;
  /** For a node: its scheme's name. */
  scheme?: Localized;
}

/** Passage reference → the terms (first) and nodes that cite it, each once. */
export function backlinkIndex(terms: readonly Term[], risks: RiskModel): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
  const add = (ref: string, link: Backlink) => {
    const list = index.get(ref) ?? [];
    if (!list.some((l) => l.kind === link.kind && l.id === link.id)) list.push(link);
    index.set(ref, list);
  };
  for (const t of terms)
    for (const ref of [...t.defines, ...t.passages]) add(ref, { kind: "term", id: t.id, name: t.name });
  for (const s of risks.schemes) {
    for (const n of s.nodes)
      for (const ref of n.passages) add(ref, { kind: "node", id: n.ref, name: n.name, scheme: s.shortName });
  }
  return index;
}
