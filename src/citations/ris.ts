/**
 * RIS records (the format EndNote, Zotero, Mendeley and most library tools
 * import). One tag per line, "TAG  - value", ending with "ER  - ".
 */
import type { CitedWork, Creator, DateParts } from "./work.ts";

const TYPE = { report: "RPRT", chapter: "CHAP", talk: "CONF" } as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** RIS dates are YYYY/MM/DD/ with empty parts left empty. */
export function risDate(d: DateParts): string {
  return `${d.year}/${d.month ? pad(d.month) : ""}/${d.month && d.day ? pad(d.day) : ""}/`;
}

/**
 * "Family, Given" for a person. A name kept whole gets a trailing comma: a
 * name without a comma is read as "Given Family" and split at its last space.
 */
const name = (c: Creator) => ("literal" in c ? `${c.literal},` : `${c.family}, ${c.given}`);

/** One line per value; a value never spans lines. */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\n\s*/g, " ")}`;

export function toRis(w: CitedWork): string {
  const lines = [
    line("TY", TYPE[w.kind]),
    ...w.authors.map((a) => line("AU", name(a))),
    line("TI", w.title),
    w.container && line("T2", w.container),
    w.publisher && line("PB", w.publisher),
    w.place && line("CY", w.place),
    w.number && line("IS", w.number),
    line("PY", String(w.issued.year)),
    line("DA", risDate(w.issued)),
    line("UR", w.url),
    line("Y2", risDate(w.accessed)),
    line("LA", w.lang),
    w.etAl && line("N1", "et al."),
    line("ID", w.key),
    "ER  - ",
  ].filter((l): l is string => Boolean(l));
  return `${lines.join("\r\n")}\r\n`;
}
