/**
 * What an organisation page lists beside the passages: the glossary terms and
 * risk nodes that cite the same passages, most shared passages first. Pure.
 */
import type { Backlink } from "../glossary/backlinks.ts";

export interface Related {
  terms: string[];
  nodes: string[];
}

export function relatedTo(passages: readonly string[], backlinks: ReadonlyMap<string, Backlink[]>, limit = 8): Related {
  const counts = new Map<string, { link: Backlink; n: number; first: number }>();
  passages.forEach((ref, i) => {
    for (const link of backlinks.get(ref) ?? []) {
      const key = `${link.kind}:${link.id}`;
      const c = counts.get(key) ?? { link, n: 0, first: i };
      c.n++;
      counts.set(key, c);
    }
  });
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const of = (kind: Backlink["kind"]) =>
    ranked
      .filter((c) => c.link.kind === kind)
      .slice(0, limit)
      .map((c) => c.link.id);
  return { terms: of("term"), nodes: of("node") };
}
