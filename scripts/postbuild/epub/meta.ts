/** The book's metadata as the edition's front matter states it: title, author (the organisation or organiser), date. */
import type { Element, ElementContent } from "hast";
import { isLocale } from "../../../src/i18n/locales.ts";
import { t } from "../../../src/i18n/t.ts";
import type { SplitEdition } from "./split.ts";
import { classes, elements, findElement, hasClass, toString } from "./text.ts";

export interface BookMeta {
  title: string;
  creator?: string;
  date?: string;
}

/** A <dd>'s text without its "inferred" mark. */
function plainText(node: Element): string {
  const strip = (n: ElementContent): ElementContent[] =>
    n.type !== "element"
      ? [n]
      : classes(n).includes("inferred-mark")
        ? []
        : [{ ...n, children: n.children.flatMap(strip) }];
  return toString({ type: "root", children: node.children.flatMap(strip) }).trim();
}

export function bookMeta(book: SplitEdition, lang: string): BookMeta {
  if (!isLocale(lang)) throw new Error(`not a site language: ${lang}`);
  const meta = elements(book.front).find((e) => e.tagName === "dl" && hasClass(e, "report-meta"));
  const labels = new Set([t(lang, "report.organisation"), t(lang, "forum.organiser")]);
  let creator: string | undefined;
  let date: string | undefined;
  if (meta) {
    const items = elements(meta.children);
    items.forEach((dt, i) => {
      const dd = items[i + 1];
      if (dt.tagName !== "dt" || dd?.tagName !== "dd") return;
      if (!creator && labels.has(toString(dt).trim())) creator = plainText(dd);
      const time = findElement(dd, (e) => e.tagName === "time");
      if (!date && typeof time?.properties.dateTime === "string") date = time.properties.dateTime;
    });
  }
  return { title: book.subtitle ? `${book.title}: ${book.subtitle}` : book.title, creator, date };
}
