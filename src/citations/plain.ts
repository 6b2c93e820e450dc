/**
 * A plain-text reference. English follows APA-like author–date style;
 * Chinese follows GB/T 7714 for online documents
 * ("作者. 题名[R/OL]. 出版者, 年[引用日期]. 网址.").
 */
import { formatDate } from "../lib/dates.ts";
import { isoDate, type CitedWork, type Creator } from "./work.ts";

const enName = (c: Creator) => ("literal" in c ? c.literal : `${c.family}, ${c.given[0]}.`);
const zhName = (c: Creator) => ("literal" in c ? c.literal : `${c.family} ${c.given[0]}`);

function zh(w: CitedWork): string {
  const names = w.authors.map(zhName).join(", ") + (w.etAl ? ", 等" : "");
  const byline = names ? `${names}. ` : "";
  const type = w.kind === "talk" ? "[EB/OL]" : "[R/OL]";
  const number = w.number ? `: ${w.number}` : "";
  const within = w.container ? `//${w.container}` : "";
  const where = w.kind === "talk" ? `${w.place}, ${isoDate(w.issued)}` : `${w.publisher}, ${w.issued.year}`;
  return `${byline}${w.title}${type}${number}${within}. ${where}[${isoDate(w.accessed)}]. ${w.url}.`;
}

/** APA's date of a talk: "2024, July 5". */
function talkDate(w: CitedWork): string {
  const [day, month, year] = formatDate(isoDate(w.issued), "en").split(" ");
  return `${year}, ${month} ${day}`;
}

function en(w: CitedWork): string {
  const names = w.authors.map(enName);
  const list = w.etAl ? `${names.join(", ")}, et al.` : names.join(", ");
  const when = w.kind === "talk" && w.issued.day ? talkDate(w) : w.issued.year;
  const number = w.number ? ` (${w.number})` : "";
  const lead = list ? `${list} (${when}). ${w.title}` : `${w.title} (${when})`;
  if (w.kind === "talk") return `${lead} [Talk]. ${w.container}, ${w.place}. ${w.url}`;
  const within = w.container ? ` In ${w.container}.` : "";
  return `${lead}${number}.${within} ${w.publisher}. ${w.url}`;
}

export function toPlainCitation(w: CitedWork): string {
  return w.lang === "zh" ? zh(w) : en(w);
}
