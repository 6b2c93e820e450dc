/** The documents a list of passages belongs to, as the filters key them ("reports/<id>", "forum/<id>"), in order of first appearance. Pure. */
import { parsePassageRef } from "../passages/refs.ts";

export function docKeysOf(refs: readonly string[]): string[] {
  const keys = refs.map((r) => parsePassageRef(r)).flatMap((p) => (p ? [`${p.section}/${p.doc}`] : []));
  return [...new Set(keys)];
}
