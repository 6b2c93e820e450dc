/**
 * schema.org descriptions of pages, as JSON-LD. Each builder is a pure
 * function of the page's data; jsonLdScript() makes the <script> body safe to
 * inline. JSON-LD is a data block, not a script, so the CSP does not govern it.
 */
import { HTML_LANG, type Locale } from "../i18n/locales.ts";

export type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";

export type Agent = { person: string } | { organisation: string };
const agent = (a: Agent) =>
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
export function websiteJsonLd(p: PageBase): JsonLd {
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
): JsonLd {
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
export function chapterJsonLd(p: PageBase & { report: { name: string; url: string } }): JsonLd {
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
  address?: string;
}

/** The forum: a physical event on one day (ISO date or date-time), with its talks as sub-events. */
export function eventJsonLd(
  p: PageBase & {
    startDate: string;
    endDate?: string;
    location: Place;
    organizer?: string;
    subEvents?: readonly { name: string; url: string }[];
  },
): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "Event",
    ...common(p),
    startDate: p.startDate,
    ...(p.endDate ? { endDate: p.endDate } : {}),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: {
      "@type": "Place",
      name: p.location.name,
      ...(p.location.address ? { address: p.location.address } : {}),
    },
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
): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "Event",
    ...common(p),
    startDate: p.startDate,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: p.location.name,
      ...(p.location.address ? { address: p.location.address } : {}),
    },
    performer: p.speakers.map((s) => ({
      "@type": "Person",
      name: s.name,
      ...(s.affiliation ? { affiliation: { "@type": "Organization", name: s.affiliation } } : {}),
    })),
    superEvent: { "@type": "Event", name: p.event.name, url: p.event.url },
  };
}

/** A glossary entry: a term defined within the site's glossary. */
export function definedTermJsonLd(p: PageBase & { termCode?: string; termSet: { name: string; url: string } }): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "DefinedTerm",
    ...common(p),
    ...(p.termCode ? { termCode: p.termCode } : {}),
    inDefinedTermSet: { "@type": "DefinedTermSet", name: p.termSet.name, url: p.termSet.url },
  };
}

/**
 * An organisation page: a page about an Organization, which carries only the
 * names the documents use (no website, address or founding facts of ours).
 */
export function organisationJsonLd(p: PageBase & { orgName: string; alternateNames: readonly string[] }): JsonLd {
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
