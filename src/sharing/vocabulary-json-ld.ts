/** JSON-LD for the risk, chart and speaker pages, so each page needs one line. */
import type { Locale } from "../i18n/locales.ts";
import { href } from "../lib/page-locale.ts";
import type { RiskNode, RiskScheme } from "../risks/model.ts";
import { risksPath } from "../glossary/links.ts";
import type { ChartView } from "../charts/types.ts";
import { downloadPath } from "../charts/paths.ts";
import type { Speaker } from "../schemas/speaker.ts";
import { datasetJsonLd, definedTermJsonLd, personJsonLd, type JsonLd } from "./json-ld.ts";
import { absoluteUrl, previewImageUrl } from "./page-urls.ts";

/** A risk scheme's node: a DefinedTerm in the scheme's DefinedTermSet. */
export function riskNodeJsonLd(scheme: RiskScheme, node: RiskNode, lang: Locale, pathname: string, site: URL): JsonLd {
  return definedTermJsonLd({
    url: absoluteUrl(pathname, site),
    image: previewImageUrl(pathname, site),
    name: node.name[lang],
    description: node.definition[lang],
    termCode: node.id,
    termSet: { name: scheme.name[lang], url: absoluteUrl(href(risksPath(lang, scheme.id)), site), lang },
  });
}

/** A chart: the Dataset it plots, with the CSV and JSON it offers, based on the documents it quotes. */
export function chartJsonLd(view: ChartView, lang: Locale, description: string, pathname: string, site: URL): JsonLd {
  const pages = new Map<string, string>();
  for (const s of view.sources) {
    const url = absoluteUrl(s.href.replace(/#.*$/, ""), site);
    if (!pages.has(url)) pages.set(url, s.label);
  }
  return datasetJsonLd({
    lang,
    url: absoluteUrl(pathname, site),
    image: previewImageUrl(pathname, site),
    name: view.title,
    description,
    sources: [...pages].map(([url, name]) => ({ url, name })),
    files: {
      csv: absoluteUrl(href(downloadPath(lang, view.id, "csv")), site),
      json: absoluteUrl(href(downloadPath(lang, view.id, "json")), site),
    },
  });
}

/** A speaker: only the name (and the other language's) and the affiliation as the sources print it. */
export function speakerJsonLd(person: Speaker, lang: Locale, pathname: string, site: URL): JsonLd | undefined {
  if (person.unidentified) return undefined; // a label, not a person's name
  const other = lang === "zh" ? "en" : "zh";
  return personJsonLd({
    url: absoluteUrl(pathname, site),
    name: person.name[lang],
    ...(person.name[other] !== person.name[lang] ? { alternateName: person.name[other] } : {}),
    ...(person.affiliation ? { description: person.affiliation[lang] } : {}),
  });
}
