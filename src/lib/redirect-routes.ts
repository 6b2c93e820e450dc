import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { redirectsSchema } from "../schemas/redirects.ts";
import { expandRedirects } from "./redirects.ts";
import { getChapters, getReports, parseChapterId } from "./content.ts";
import { LOCALES } from "../i18n/locales.ts";

/** Language-neutral paths of every report page ("reports/x/", "reports/x/chapter/"). */
async function reportPages(): Promise<Set<string>> {
  const pages = new Set<string>();
  for (const report of await getReports()) {
    pages.add(`reports/${report.id}/`);
    for (const c of await getChapters(report.id, "zh")) pages.add(`reports/${report.id}/${parseChapterId(c.id).chapter}/`);
  }
  return pages;
}

/** Static paths for src/pages/[lang]/[...redirect].astro. */
export async function redirectStaticPaths() {
  const file = "content/redirects.yaml";
  const parsed = redirectsSchema.safeParse(parse(readFileSync(file, "utf8")) ?? []);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const pairs = expandRedirects(parsed.data, await reportPages());
  return LOCALES.flatMap((lang) =>
    pairs.map((p) => ({ params: { lang, redirect: p.from.replace(/\/$/, "") }, props: { to: `/${lang}/${p.to}` } })),
  );
}
