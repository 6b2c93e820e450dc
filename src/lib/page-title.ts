/**
 * The <title> a browser tab and a search result can show in full: "Page | Document"
 * parts are dropped from the end until it fits, and a single part that is still
 * too long is cut at a word boundary with an ellipsis. Sharing cards keep the full
 * title (og:title), which has room for it.
 */
export const TITLE_MAX = 70;

export function fitTitle(title: string, max = TITLE_MAX): string {
  const parts = title.split(" | ");
  while (parts.length > 1 && [...parts.join(" | ")].length > max) parts.pop();
  const fitted = parts.join(" | ");
  const chars = [...fitted];
  if (chars.length <= max) return fitted;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:|–-]+$/u, "") + "…";
}
