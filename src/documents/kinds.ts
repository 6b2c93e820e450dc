/**
 * The two kinds of document in the library, and what differs between them, as
 * data: a report (chapters) and a forum event (talks). Everything else about a
 * document (its overview, one-page edition, parallel views, previous/next
 * links and link rewriting) is shared code in this folder.
 */
import type { UiKey } from "../i18n/t.ts";

export type DocumentKind = "report" | "event";

export interface KindInfo {
  /** The URL segment under the language: /{lang}/{segment}/{id}/. */
  segment: "reports" | "forum";
  /** Where its files live: content/{contentDir}/{id}/{lang}/{part}.mdx. */
  contentDir: "reports" | "forum";
  /** The route parameters of the document and of a part ([report]/[chapter], [event]/[talk]). */
  params: { doc: "report" | "event"; part: "chapter" | "talk" };
  /** What a part is called in messages. */
  partNoun: "chapter" | "talk";
  /** Whether the breadcrumbs pass through the list of documents (/{lang}/reports/). */
  listedUnder: "nav.reports" | undefined;
  /** The search type of the overview page (SearchFilters). */
  overviewSearchType: "section" | "talk";
  /** The overview article's class. */
  overviewClass: "report-overview" | "forum-event";
  /** Extra class on a part's text (talks: "transcript"). */
  textClass: string | undefined;
  /** The one-page edition's description. */
  onePageDescription: UiKey;
  /** The note shown when the editors supplied a part's title. */
  titleSupplied: UiKey;
  /** Whether the one-page contents list each part's sections (a talk is one run of paragraphs). */
  contentsListSections: boolean;
}

export const KINDS: Readonly<Record<DocumentKind, KindInfo>> = {
  report: {
    segment: "reports",
    contentDir: "reports",
    params: { doc: "report", part: "chapter" },
    partNoun: "chapter",
    listedUnder: "nav.reports",
    overviewSearchType: "section",
    overviewClass: "report-overview",
    textClass: undefined,
    onePageDescription: "edition.onePageDescription",
    titleSupplied: "chapter.titleSupplied",
    contentsListSections: true,
  },
  event: {
    segment: "forum",
    contentDir: "forum",
    params: { doc: "event", part: "talk" },
    partNoun: "talk",
    listedUnder: undefined,
    overviewSearchType: "talk",
    overviewClass: "forum-event",
    textClass: "transcript",
    onePageDescription: "edition.onePageEventDescription",
    titleSupplied: "forum.titleSupplied",
    contentsListSections: false,
  },
};

/** The file of one part: content/reports/x/zh/risks.mdx. */
export function partFile(kind: DocumentKind, id: string, lang: string, slug: string): string {
  return `content/${KINDS[kind].contentDir}/${id}/${lang}/${slug}.mdx`;
}
