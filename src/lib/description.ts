/**
 * The meta description a search result shows whole: at most 160 characters,
 * cut at the last sentence end that fits (or else a comma or space) with an
 * ellipsis. Pages pass their full summary; the card and the page keep it.
 */
export const DESCRIPTION_MAX = 160;

export function fitDescription(text: string, max = DESCRIPTION_MAX): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max - 1).join("");
  const sentence = Math.max(...["。", "！", "？", ". ", "! ", "? "].map((p) => cut.lastIndexOf(p)));
  if (sentence > max / 2) return cut.slice(0, sentence + 1).trim();
  const pause = Math.max(...["，", "；", "、", ", ", "; ", " "].map((p) => cut.lastIndexOf(p)));
  return (pause > max / 2 ? cut.slice(0, pause) : cut).replace(/[\s,;:，；、：–-]+$/u, "") + "…";
}
