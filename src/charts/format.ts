/** Number formats shared by the charts (pure; the same in Node and the browser). */

/** A percentage with up to `digits` decimals and no trailing zeros: 5.14 → "5.1%", 40 → "40%". */
export function pct(value: number, digits = 1): string {
  const f = 10 ** digits;
  return `${Math.round(value * f) / f}%`;
}

/**
 * Split a label into lines of at most `max` units, a CJK character counting 2
 * and other characters 1. Lines break between CJK characters or at spaces,
 * never inside a Latin word or number ("AI", "10%").
 */
export function wrap(text: string, max: number): string[] {
  const CJK = /[\u2e80-\uffef]/;
  const width = (s: string) => [...s].reduce((n, c) => n + (CJK.test(c) ? 2 : 1), 0);
  const tokens = text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const tok of tokens) {
    if (line && width(line + tok) > max && !/^\s+$/.test(tok)) {
      lines.push(line.trimEnd());
      line = tok;
    } else line = line || !/^\s+$/.test(tok) ? line + tok : line;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * How many wrap units (see wrap) fit in `width` SVG units at `size` px: a Latin
 * character is taken as 0.56 em wide, the average of the widest system sans
 * (DejaVu Sans on Linux), so a wrapped label does not run past its room.
 */
export function unitsFor(width: number, size = 12): number {
  return Math.floor(width / (size * 0.56));
}

/** At most `n` lines; a label cut short ends its last line with "…" (the full text is in the tooltip and table). */
export function clip(lines: string[], n: number, max: number): string[] {
  if (lines.length <= n) return lines;
  const last = [...lines[n - 1]!];
  const CJK = /[\u2e80-\uffef]/;
  const width = (cs: string[]) => cs.reduce((w, c) => w + (CJK.test(c) ? 2 : 1), 0);
  while (last.length && width(last) + 1 > max) last.pop();
  return [...lines.slice(0, n - 1), `${last.join("").trimEnd()}…`];
}
