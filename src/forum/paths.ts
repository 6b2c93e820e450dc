/**
 * Where forum content lives and what a talk file's path says about it:
 * content/forum/<event>/<lang>/<talk>.mdx. Plain functions, shared by the
 * remark/rehype plugins (which see absolute file paths), the content check and the site.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { correctionsSchema, type Correction } from "../schemas/corrections.ts";

export interface TalkFile {
  /** Folder of the event (…/content/forum/<event>). */
  eventDir: string;
  event: string;
  lang: Locale;
  talk: string;
}

/** The event, language and talk of a forum transcript file; undefined for any other file. */
export function talkFileOf(path: string | undefined): TalkFile | undefined {
  const m = /^(.*[\\/]content[\\/]forum[\\/]([^\\/]+))[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/.exec(path ?? "");
  if (!m || !isLocale(m[3])) return undefined;
  return { eventDir: m[1]!, event: m[2]!, lang: m[3], talk: m[4]! };
}

/** content/forum/<event>/corrections.yaml, validated; an event without the file has no corrections. */
export function readCorrections(eventDir: string): Correction[] {
  let text: string;
  try {
    text = readFileSync(join(eventDir, "corrections.yaml"), "utf8");
  } catch {
    return [];
  }
  const parsed = correctionsSchema.safeParse(parse(text, { version: "1.1" }) ?? []);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${join(eventDir, "corrections.yaml")}: ${issues} (run npm run check:content)`);
  }
  return parsed.data;
}
