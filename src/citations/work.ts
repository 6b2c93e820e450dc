/**
 * A cited work as every citation format sees it: one page of one edition
 * (a report's overview, a chapter, a talk), in the page's language. The
 * formats (BibTeX, RIS, CSL-JSON, Highwire tags, plain text) are pure
 * renderings of this record, so they cannot disagree.
 */
import type { Locale } from "../i18n/locales.ts";

/** A person with a known family name, or a name kept whole (an organisation, or a person the sources name as one string). */
export type Creator = { family: string; given: string } | { literal: string; kind: "organisation" | "person" };

/** YYYY[-MM[-DD]] split into numbers. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export type WorkKind = "report" | "chapter" | "talk";

export interface CitedWork {
  kind: WorkKind;
  /** Citation key: lowercase letters and digits (BibTeX key, CSL id). */
  key: string;
  lang: Locale;
  title: string;
  authors: readonly Creator[];
  /** More authors than named. */
  etAl: boolean;
  /** The report's institution (reports and chapters). */
  publisher?: string;
  /** Report number. */
  number?: string;
  /** A chapter's report title; a talk's event name. */
  container?: string;
  /** Where a talk was given. */
  place?: string;
  issued: DateParts;
  /** This edition's canonical page. */
  url: string;
  /** The day the page was built (what a reader citing it saw). */
  accessed: DateParts;
}

/** "2024-07-05" → { year: 2024, month: 7, day: 5 }. */
export function dateParts(date: string): DateParts {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`citation date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, mo, d] = m;
  return { year: Number(y), ...(mo ? { month: Number(mo) } : {}), ...(d ? { day: Number(d) } : {}) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** { 2024, 7, 5 } → "2024-07-05" (as many parts as known). */
export function isoDate(d: DateParts): string {
  return [String(d.year), d.month && pad(d.month), d.month && d.day && pad(d.day)].filter(Boolean).join("-");
}

/** The displayed form of a creator: "Bengio, Yoshua" or the whole name. */
export function creatorName(c: Creator): string {
  return "literal" in c ? c.literal : `${c.family}, ${c.given}`;
}
