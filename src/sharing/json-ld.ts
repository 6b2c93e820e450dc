/**
 * schema.org descriptions of pages, as JSON-LD. Each builder is a pure
 * function of the page's data; jsonLdScript() makes the <script> body safe to
 * inline. JSON-LD is a data block, not a script, so the CSP does not govern it.
 */
import type {
  Chapter,
  Dataset,
  DefinedTerm,
  Event,
  Organization,
  Person,
  Place as SchemaPlace,
  Report,
  ScholarlyArticle,
  WebPage,
  WebSite,
  WithContext,
} from "schema-dts";
import { HTML_LANG, type Locale } from "../i18n/locales.ts";

/**
 * A JSON-LD block. Every builder is typed with schema-dts (schema.org's
 * vocabulary as TypeScript), so a property a type does not have is a type error.
 */
export type JsonLd = WithContext<
  WebSite | WebPage | Report | ScholarlyArticle | Chapter | Event | DefinedTerm | Dataset | Person
>;

const CONTEXT = "https://schema.org" as const;

export type Agent = { person: string } | { organisation: string };
const agent = (a: Agent): Person | Organization =>
  "person" in a ? { "@type": "Person", name: a.person } : { "@type": "Organization", name: a.organisation };

/** Serialised for a <script type="application/ld+json">: "<" escaped, so no value can close the element. */
export function jsonLdScript(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

interface PageBase {
  lang: Locale;
  /** Absolute canonical URL. */
  url: string;
  name: string;
  description: string;
  /** Absolute URL of the preview image. */
  image?: string;
}

const common = (p: PageBase) => ({
  name: p.name,
  url: p.url,
  inLanguage: HTML_LANG[p.lang],
  description: p.description,
  ...(p.image ? { image: p.image } : {}),
});

/** The home page: the site itself. */
export function websiteJsonLd(p: PageBase): WithContext<WebSite> {
  return { "@context": CONTEXT, "@type": "WebSite", ...common(p) };
}

/** A report's overview page. "Report" for institutional reports; a paper would be "ScholarlyArticle". */
export function reportJsonLd(
  p: PageBase & {
    type?: "Report" | "ScholarlyArticle";
    authors: readonly Agent[];
    publisher: string;
    datePublished: string;
    reportNumber?: string;
    sameAs?: string;
  },
): WithContext<Report | ScholarlyArticle> {
  return {
    "@context": CONTEXT,
    "@type": p.type ?? "Report",
    ...common(p),
    headline: p.name,
    author: p.authors.map(agent),
    publisher: { "@type": "Organization", name: p.publisher },
    datePublished: p.datePublished,
    ...(p.reportNumber ? { reportNumber: p.reportNumber } : {}),
    ...(p.sameAs ? { sameAs: p.sameAs } : {}),
  };
}

/** One chapter of a report, as part of it. */
export function chapterJsonLd(p: PageBase & { report: { name: string; url: string } }): WithContext<Chapter> {
  return {
    "@context": CONTEXT,
    "@type": "Chapter",
    ...common(p),
    headline: p.name,
    isPartOf: { "@type": "Report", name: p.report.name, url: p.report.url },
  };
}

export interface Place {
  name: string;
  /** The city, as the source gives it. */
  locality?: string;
}

/** A venue, with its city as a PostalAddress (no street or country the source does not give). */
const place = (p: Place): SchemaPlace => ({
  "@type": "Place",
  name: p.name,
  ...(p.locality ? { address: { "@type": "PostalAddress", addressLocality: p.locality } } : {}),
});

/** The forum: a physical event on one day (ISO date or date-time), with its talks as sub-events. */
export function eventJsonLd(
  p: PageBase & {
    startDate: string;
    endDate?: string;
    location: Place;
    organizer?: string;
    subEvents?: readonly { name: string; url: string }[];
  },
): WithContext<Event> {
  return {
    "@context": CONTEXT,
    "@type": "Event",
    ...common(p),
    startDate: p.startDate,
    ...(p.endDate ? { endDate: p.endDate } : {}),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: place(p.location),
    ...(p.organizer ? { organizer: { "@type": "Organization", name: p.organizer } } : {}),
    ...(p.subEvents?.length
      ? { subEvent: p.subEvents.map((s) => ({ "@type": "Event", name: s.name, url: s.url })) }
      : {}),
  };
}

/** One talk at the forum: an event within it, given by its speakers. */
export function talkJsonLd(
  p: PageBase & {
    startDate: string;
    speakers: readonly { name: string; affiliation?: string }[];
    event: { name: string; url: string };
    location: Place;
  },
): WithContext<Event> {
  return {
    "@context": CONTEXT,
    "@type": "Event",
    ...common(p),
    startDate: p.startDate,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: place(p.location),
    performer: p.speakers.map((s) => ({
      "@type": "Person",
      name: s.name,
      ...(s.affiliation ? { affiliation: { "@type": "Organization", name: s.affiliation } } : {}),
    })),
    superEvent: { "@type": "Event", name: p.event.name, url: p.event.url },
  };
}

interface TermSet {
  name: string;
  url: string;
  lang: Locale;
}

/**
 * A defined term: a glossary entry, or a node of a risk scheme. DefinedTerm
 * has no inLanguage (it is not a CreativeWork); the set it belongs to,
 * a DefinedTermSet, carries the language.
 */
export function definedTermJsonLd(
  p: Omit<PageBase, "lang"> & { termCode?: string; termSet: TermSet; broader?: { name: string; url: string } },
): WithContext<DefinedTerm> {
  return {
    "@context": CONTEXT,
    "@type": "DefinedTerm",
    name: p.name,
    url: p.url,
    description: p.description,
    ...(p.image ? { image: p.image } : {}),
    ...(p.termCode ? { termCode: p.termCode } : {}),
    inDefinedTermSet: {
      "@type": "DefinedTermSet",
      name: p.termSet.name,
      url: p.termSet.url,
      inLanguage: HTML_LANG[p.termSet.lang],
    },
  };
}

/** A chart's page: the data it plots, with its CSV and JSON files as distributions. */
export function datasetJsonLd(
  p: PageBase & {
    /** Documents the data comes from (their pages). */
    sources: readonly { name: string; url: string }[];
    files: { csv: string; json: string };
  },
): WithContext<Dataset> {
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    ...common(p),
    ...(p.sources.length
      ? { isBasedOn: p.sources.map((s) => ({ "@type": "CreativeWork" as const, name: s.name, url: s.url })) }
      : {}),
    distribution: [
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: p.files.csv },
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: p.files.json },
    ],
  };
}

/** A speaker's page: the name and, as the sources give it, the affiliation (one string, not split). */
export function personJsonLd(p: {
  url: string;
  name: string;
  description?: string;
  alternateName?: string;
}): WithContext<Person> {
  return {
    "@context": CONTEXT,
    "@type": "Person",
    name: p.name,
    url: p.url,
    ...(p.alternateName ? { alternateName: p.alternateName } : {}),
    ...(p.description ? { description: p.description } : {}),
  };
}

/**
 * An organisation page: a page about an Organization, which carries only the
 * names the documents use (no website, address or founding facts of ours).
 */
export function organisationJsonLd(
  p: PageBase & { orgName: string; alternateNames: readonly string[] },
): WithContext<WebPage> {
  return {
    "@context": CONTEXT,
    "@type": "WebPage",
    ...common(p),
    about: {
      "@type": "Organization",
      name: p.orgName,
      ...(p.alternateNames.length ? { alternateName: [...p.alternateNames] } : {}),
    },
  };
}
