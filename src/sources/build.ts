/**
 * From the citations of every page to the bibliography: one entry per work,
 * merged by normalised URL, DOI, arXiv id (else title), with every place that
 * cites it. Pure: the generator (scripts/sources/) writes the result to
 * content/sources/bibliography.yaml for review, and the content check compares
 * that file with the documents.
 */
import type { CitedIn, Source, SourceText } from "../schemas/sources.ts";
import type { Citation } from "./citations.ts";
import { arxivId, doiOf, workKeys } from "./normalise.ts";
import { inferKind, inferYear } from "./infer.ts";

/** One citation in both languages, at one place of one page ("best-practices-2024/conclusions", "forum/waic-2024/<talk>"). */
export interface PlacedCitation {
  page: string;
  zh: Citation;
  en: Citation;
}

export function bilingual(zh: string | undefined, en: string | undefined): SourceText | undefined {
  if (!zh && !en) return undefined;
  if (!zh || !en || zh === en) return (zh ?? en)!;
  return { zh, en };
}

/** The keys of a placed citation: both languages' links (they should be the same work). */
export function citationKeys(c: PlacedCitation): string[] {
  return [
    ...new Set([...workKeys({ url: c.zh.url, title: c.zh.title }), ...workKeys({ url: c.en.url, title: c.en.title })]),
  ];
}

/** Every key an entry is known by: its links'. */
export function entryKeys(e: Pick<Source, "url" | "urls">): string[] {
  return [...new Set([e.url, ...(e.urls ?? [])].flatMap((url) => workKeys({ url })))];
}

/** The places a citation stands for: one per citing passage (a note called from two passages is cited from both). */
export function citedInOf(c: PlacedCitation): CitedIn[] {
  const passages = [...new Set([...c.zh.passages, ...c.en.passages])];
  const { note, list, item, link } = c.zh.place;
  const place = note !== undefined ? { note } : link !== undefined ? { link } : { list, item };
  return passages.map((p) => ({ ref: `${c.page}#${p}`, ...place }));
}

/** "Red Teaming Language Models with Language Models" → "red-teaming-language-models-with-language-models" (at most 7 words). */
export function slugFor(title: string, url: string): string {
  const words = (s: string) =>
    s
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  let w = words(title).slice(0, 7);
  if (w.join("").length < 3) {
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      /* no link words */
    }
    w = u ? words(`${u.hostname.replace(/^www\./, "")} ${u.pathname}`).slice(0, 6) : [];
  }
  const id = w.join("-") || "source";
  // An HTML id begins with a letter: "2022 Expert Survey" → "work-2022-expert-survey".
  return /^[a-z]/.test(id) ? id : `work-${id}`;
}

export interface BuiltBibliography {
  entries: Source[];
  /** Citations that joined an entry another citation had started. */
  merged: number;
}

/**
 * Group the citations by shared keys (union-find), then make one entry per
 * group from its first citation. `previous` entries keep their ids and any
 * kind a reviewer set (a kind no longer listed as inferred).
 */
export function buildBibliography(
  cites: readonly PlacedCitation[],
  previous: readonly Source[] = [],
): BuiltBibliography {
  const parent = cites.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKey = new Map<string, number>();
  cites.forEach((c, i) => {
    for (const k of citationKeys(c)) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, PlacedCitation[]>();
  cites.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));

  const prior = new Map<string, Source>();
  for (const e of previous) for (const k of entryKeys(e)) prior.set(k, e);
  const used = new Set<string>();
  const entries: Source[] = [];
  for (const group of groups.values()) {
    // A note or a source list names a work more fully than a bare link in the text.
    const first = group.find((c) => c.zh.place.link === undefined) ?? group[0]!;
    const urls = [...new Set(group.flatMap((c) => [c.zh.url, c.en.url]))];
    const before = urls
      .flatMap((url) => workKeys({ url }))
      .map((k) => prior.get(k))
      .find(Boolean);
    let id = before?.id ?? slugFor(first.en.title, first.zh.url);
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    used.add(id);
    const dated = group.find((c) => c.zh.date ?? c.en.date);
    const date = dated ? (dated.zh.date ?? dated.en.date) : undefined;
    const year = date ? Number(date.slice(0, 4)) : inferYear(urls[0]!);
    const reviewedKind = before && !(before.inferred ?? []).includes("kind") ? before.kind : undefined;
    const kind = reviewedKind ?? inferKind(urls[0]!, first.en.title, first.en.publisher);
    const inferred = [...(reviewedKind ? [] : (["kind"] as const)), ...(!date && year ? (["year"] as const) : [])];
    const arxiv = urls.map(arxivId).find(Boolean);
    const doi = urls.map(doiOf).find(Boolean);
    const seen = new Set<string>();
    const citedIn = group.flatMap(citedInOf).filter((c) => {
      const k = JSON.stringify(c);
      return !seen.has(k) && seen.add(k);
    });
    const title = bilingual(first.zh.title, first.en.title)!;
    const publisher = bilingual(first.zh.publisher, first.en.publisher);
    entries.push({
      id,
      title,
      ...(publisher ? { publisher } : {}),
      url: urls[0]!,
      ...(urls.length > 1 ? { urls: urls.slice(1) } : {}),
      ...(doi ? { doi } : {}),
      ...(arxiv ? { arxiv } : {}),
      kind,
      ...(year ? { year } : {}),
      ...(date ? { date } : {}),
      ...(inferred.length ? { inferred: [...inferred] } : {}),
      citedIn,
    });
  }
  return { entries, merged: cites.length - groups.size };
}
