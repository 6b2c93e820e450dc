/**
 * Pair the blocks of two language editions by their ids, never by position:
 * a block whose id the other edition lacks gets a row of its own, with the
 * other side missing. Each edition keeps its own order.
 */
import type { Block, Row } from "./types.ts";

export function alignBlocks(primary: readonly Block[], secondary: readonly Block[]): Row[] {
  const inPrimary = new Set(primary.map((b) => b.key));
  const inSecondary = new Set(secondary.map((b) => b.key));
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < primary.length || j < secondary.length) {
    const a = primary[i];
    const b = secondary[j];
    if (a && b && a.key === b.key) {
      rows.push({ key: a.key, primary: a, secondary: b });
      i++;
      j++;
    } else if (a && !inSecondary.has(a.key)) {
      rows.push({ key: a.key, primary: a });
      i++;
    } else if (b && !inPrimary.has(b.key)) {
      rows.push({ key: b.key, secondary: b });
      j++;
    } else if (a) {
      // Both ids exist on the other side but in a different order: the primary
      // block stands alone, and its counterpart will too when reached.
      rows.push({ key: a.key, primary: a });
      inPrimary.delete(a.key);
      i++;
    } else if (b) {
      rows.push({ key: b.key, secondary: b });
      j++;
    }
  }
  return rows;
}
