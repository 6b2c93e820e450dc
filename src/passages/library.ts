/**
 * Passages as the glossary and taxonomy pages show them: where they are
 * (document, chapter or talk, section), a link to the exact place, and a short
 * excerpt read from the chapter's own text at build time.
 */
import { resolve } from "node:path";
import { getCollection } from "astro:content";
import type { Locale } from "../i18n/locales.ts";
import { markdownTree } from "../markdown/pipeline.ts";
import { getReports, navTitle } from "../reports/content.ts";
import { href } from "../lib/page-locale.ts";
import { t } from "../i18n/t.ts";
import { pageKey, parsePassageRef, passagePath } from "./refs.ts";
import { excerptAbout, passageTexts, type PassageText } from "./excerpt.ts";

export interface PassageInfo {
  ref: string;
  /** "reports/<id>" or "forum/<id>": the document, for grouping and filtering. */
  doc: string;
  docTitle: string;
  /** Chapter or talk title. */
  pageTitle: string;
  /** Section heading, or "paragraph 12" in a talk. */
  where?: string;
  excerpt: string;
  href: string;
}

interface Page {
  title: string;
  docTitle: string;
  texts: Map<string, PassageText>;
}

/** The passages of a chapter or talk, read through the site's own Markdown pipeline. */
function parse(body: string, filePath: string): Map<string, PassageText> {
  return passageTexts(markdownTree(body, resolve(filePath)));
}

const pages = new Map<Locale, Promise<Map<string, Page>>>();

/** Every chapter and talk of one language, keyed like pageKey(): "reports/<r>/<c>", "forum/<e>/<t>". */
function loadPages(lang: Locale): Promise<Map<string, Page>> {
  let p = pages.get(lang);
  if (!p) {
    p = (async () => {
      const out = new Map<string, Page>();
      const reports = new Map((await getReports()).map((r) => [r.id, r.data.shortTitle[lang]]));
      for (const c of await getCollection("chapters")) {
        const [report, l, chapter] = c.id.split("/");
        if (l !== lang) continue;
        out.set(`reports/${report}/${chapter}`, {
          title: navTitle(c),
          docTitle: reports.get(report!) ?? report!,
          texts: parse(c.body ?? "", c.filePath!),
        });
      }
      const events = new Map((await getCollection("events")).map((e) => [e.id, e.data.shortTitle[lang]]));
      for (const talk of await getCollection("talks")) {
        const [event, l, slug] = talk.id.split("/");
        if (l !== lang) continue;
        out.set(`forum/${event}/${slug}`, {
          title: talk.data.title,
          docTitle: events.get(event!) ?? event!,
          texts: parse(talk.body ?? "", talk.filePath!),
        });
      }
      return out;
    })();
    pages.set(lang, p);
  }
  return p;
}

/**
 * Where a passage is and what it says, in one language; the excerpt starts at the sentence
 * that mentions one of `about` (a term's names), if any does. The content check has made sure the passage exists.
 */
export async function passageInfo(ref: string, lang: Locale, about: readonly string[] = []): Promise<PassageInfo> {
  const parsed = parsePassageRef(ref);
  if (!parsed) throw new Error(`not a passage reference: ${ref}`);
  const page = (await loadPages(lang)).get(pageKey(parsed));
  const text = page?.texts.get(parsed.id);
  if (!page || !text) throw new Error(`no passage ${ref} in the ${lang} edition (run npm run check:content)`);
  const paragraph = parsed.section === "forum" ? /^p-(\d+)$/.exec(parsed.id)?.[1] : undefined;
  return {
    ref,
    doc: `${parsed.section}/${parsed.doc}`,
    docTitle: page.docTitle,
    pageTitle: page.title,
    where: paragraph
      ? t(lang, "passage.paragraph", { n: paragraph })
      : text.heading && text.heading !== page.title
        ? text.heading
        : undefined,
    excerpt: excerptAbout(text.text || text.heading || "", about, lang),
    href: href(passagePath(parsed, lang)),
  };
}

export async function passageInfos(
  refs: readonly string[],
  lang: Locale,
  about: readonly string[] = [],
): Promise<PassageInfo[]> {
  return Promise.all(refs.map((r) => passageInfo(r, lang, about)));
}

/** The documents, in the order the site lists them: reports newest first, then forum events. */
export async function documents(lang: Locale): Promise<{ key: string; title: string }[]> {
  const reports = (await getReports()).map((r) => ({ key: `reports/${r.id}`, title: r.data.shortTitle[lang] }));
  const events = (await getCollection("events")).map((e) => ({ key: `forum/${e.id}`, title: e.data.shortTitle[lang] }));
  return [...reports, ...events];
}
