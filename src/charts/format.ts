/** Number formats shared by the charts (pure; the same in Node and the browser). */

/** A percentage with up to `digits` decimals and no trailing zeros: 5.14 → "5.1%", 40 → "40%". */
export function pct(value: number, digits = 1): string {
  const f = 10 ** digits;
  return `${Math.round(value * f) / f}%`;
}

/** Split a label into lines of at most `max` units, where a CJK character counts 2 and others 1; breaks at spaces in Latin text. */
export function wrap(text: string, max: number): string[] {
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
  const words = /[\u2e80-\uffef]/.test(text) ? [...text] : text.split(" ");
  const sep = /[\u2e80-\uffef]/.test(text) ? "" : " ";
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? line + sep + w : w;
    if (line && width(next) > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
