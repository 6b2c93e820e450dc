/**
 * What a citation says about the work it cites, read from its own words only:
 * the title, the publisher or authors, the date, and (in an English note) the
 * original Chinese title in 《》. Nothing is looked up elsewhere. Pure functions.
 */

export interface CitingText {
  title: string;
  /** The author or publisher as the citation names it ("Meta", "Guohai Xu et al.", "安远AI"). */
  publisher?: string;
  /** The date as given: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** An English note's original title, given in 《》 after the translated one. */
  originalTitle?: string;
}

const DATE = /(\d{4})(?:[-./年](\d{1,2})(?:[-./月](\d{1,2}))?)?/;

/** "2023-9-7" → "2023-09-07"; undefined unless it is a plausible date (1900–2099, real month and day). */
export function normaliseDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (Number(y) < 1900 || Number(y) > 2099) return undefined;
  if (!mo) return y;
  if (Number(mo) < 1 || Number(mo) > 12) return y;
  const month = mo.padStart(2, "0");
  if (!d || Number(d) < 1 || Number(d) > 31) return `${y}-${month}`;
  return `${y}-${month}-${d.padStart(2, "0")}`;
}

const EDGE = /^[\s,，、:：“”"‘’'。.;；]+|[\s,，、:：“”"‘’'。.;；]+$/g;

/** A footnote: `Publisher, “[Title](url)” (《原题》), WeChat, 2023-10-24.` */
export function parseFootnoteText(before: string, title: string, after: string): CitingText {
  const publisher = before.replace(/^[\s,，、:：“”"‘’']+|[\s,，、:：“”"‘’']+$/g, "");
  const original = /《([^》]+)》/.exec(after)?.[1];
  const rest = after.replace(/\(?《[^》]+》\)?/, "");
  const date = /\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?|\b(?:19|20)\d{2}\b/.exec(rest)?.[0];
  return {
    title: title.trim(),
    ...(publisher ? { publisher } : {}),
    ...(date && normaliseDate(date) ? { date: normaliseDate(date) } : {}),
    ...(original ? { originalTitle: original.trim() } : {}),
  };
}

/**
 * A slide's source link: "Title (Publisher, 2023)", "Title（OpenAI，2023）",
 * "Title (Perez et al., 2022)", "Title (2023-03-18)", "Title（OpenAI）" or "Title".
 * A trailing bracket is read as publisher and date only when it ends the text
 * and holds a date or at most a few words of a name.
 */
export function parseSourceLinkText(text: string): CitingText {
  const t = text.trim();
  const m = /^(.*\S)\s*[(（]([^()（）]+)[)）]$/.exec(t);
  if (!m) return { title: t };
  const [, title, inner] = m as unknown as [string, string, string];
  const parts = inner.split(/[,，]\s*/).map((s) => s.trim());
  const last = parts[parts.length - 1]!;
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(last) ? normaliseDate(last) : undefined;
  const names = (date ? parts.slice(0, -1) : parts).join(", ");
  // "(Beta)", "(Version 1.0)" or "(compute trends)" is part of a title, not a publisher.
  const versionLike = /^(beta|alpha|v?\d|version|preprint|draft)\b/i.test(names);
  if (!date && (/^[a-z]/.test(names) || versionLike || names.length > 60)) return { title: t };
  return { title, ...(names ? { publisher: names } : {}), ...(date ? { date } : {}) };
}
