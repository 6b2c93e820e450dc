/**
 * The sitemap's lastmod of each page: when the content files it is made from
 * last changed in git (src/lib/git-dates.ts), else the date of the document it
 * belongs to, else none. Index pages list a whole section, so any change in it
 * counts; the home page lists everything.
 */
import { lastModified } from "../lib/git-dates.ts";

/** The content files and folders (ending in "/") a page is made from, by its language-neutral path. */
export function pageSources(path: string): string[] {
  const rules: [RegExp, (m: RegExpExecArray) => string[]][] = [
    [/^$/, () => ["content/"]],
    [/^reports\/$/, () => ["content/reports/"]],
    [/^reports\/([^/]+)\/$/, (m) => [`content/reports/${m[1]}/`]],
    [
      /^reports\/([^/]+)\/([^/]+)\/$/,
      (m) => [`content/reports/${m[1]}/zh/${m[2]}.mdx`, `content/reports/${m[1]}/en/${m[2]}.mdx`],
    ],
    [/^forum\/([^/]+)\/$/, (m) => [`content/forum/${m[1]}/`]],
    [
      /^forum\/([^/]+)\/([^/]+)\/$/,
      (m) => [
        `content/forum/${m[1]}/zh/${m[2]}.mdx`,
        `content/forum/${m[1]}/en/${m[2]}.mdx`,
        `content/forum/${m[1]}/corrections.yaml`,
      ],
    ],
    [/^speakers\/(?:[^/]+\/)?$/, () => ["content/speakers.yaml", "content/forum/"]],
    [/^glossary\/$/, () => ["content/glossary/"]],
    [/^glossary\/([^/]+)\/$/, (m) => [`content/glossary/terms/${m[1]}.yaml`]],
    [/^risks\/$/, () => ["content/taxonomies/"]],
    [
      /^risks\/([^/]+)\/(?:[^/]+\/)?$/,
      (m) => [`content/taxonomies/schemes/${m[1]}.yaml`, "content/taxonomies/crosswalk.yaml"],
    ],
    [/^charts\/$/, () => ["content/charts/"]],
    [/^charts\/([^/]+)\/$/, (m) => [`content/charts/${m[1]}.yaml`]],
    [/^sources\/$/, () => ["content/sources/"]],
    [/^organisations\/$/, () => ["content/organisations/"]],
    [/^organisations\/([^/]+)\/$/, (m) => [`content/organisations/${m[1]}.yaml`]],
  ];
  for (const [re, sources] of rules) {
    const m = re.exec(path);
    if (m) return sources(m);
  }
  return [];
}

/** The document (report or forum event) a page belongs to, by its language-neutral path: its date is the fallback. */
export function pageDocument(path: string): { kind: "reports" | "forum"; id: string } | undefined {
  const m = /^(reports|forum)\/([^/]+)\//.exec(path);
  return m ? { kind: m[1] as "reports" | "forum", id: m[2]! } : undefined;
}

/** lastmod for each language-neutral path. */
export function pageLastmods(
  paths: readonly string[],
  dates: ReadonlyMap<string, string> | undefined,
  documentDates: ReadonlyMap<string, string>,
): Map<string, string | undefined> {
  return new Map(
    paths.map((path) => {
      const doc = pageDocument(path);
      return [path, lastModified(pageSources(path), dates, doc && documentDates.get(`${doc.kind}/${doc.id}`))];
    }),
  );
}
