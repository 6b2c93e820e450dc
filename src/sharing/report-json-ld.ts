/** JSON-LD for report pages, from the report's content entry. */
import type { Locale } from "../i18n/locales.ts";
import type { Report } from "../schemas/report.ts";
import { chapterJsonLd, reportJsonLd, type Agent, type JsonLd } from "./json-ld.ts";

const agents = (r: Report): Agent[] =>
  r.citation.authors.map((a) =>
    "organisation" in a ? { organisation: a.organisation.en } : { person: `${a.given} ${a.family}` },
  );

export function reportPageJsonLd(r: Report, lang: Locale, url: string, image: string): JsonLd {
  return reportJsonLd({
    lang,
    url,
    image,
    name: r.title[lang],
    description: r.abstract[lang],
    authors: agents(r),
    publisher: r.citation.institution[lang],
    datePublished: r.date,
    reportNumber: r.citation.number,
    sameAs: r.citation.url,
  });
}

export function chapterPageJsonLd(
  r: Report,
  lang: Locale,
  chapter: { title: string; description: string },
  url: string,
  image: string,
  reportUrl: string,
): JsonLd {
  return chapterJsonLd({
    lang,
    url,
    image,
    name: chapter.title,
    description: chapter.description,
    report: { name: r.title[lang], url: reportUrl },
  });
}
