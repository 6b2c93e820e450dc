import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { redirectsSchema } from "../schemas/redirects.ts";
import { expandRedirects } from "../lib/redirects.ts";
import { reportPaths } from "../reports/content.ts";
import { forumPaths } from "../forum/data.ts";
import { LOCALES } from "../i18n/locales.ts";

/** Static paths for src/pages/[lang]/[...redirect].astro. */
export async function redirectStaticPaths() {
  const file = "content/redirects.yaml";
  const parsed = redirectsSchema.safeParse(parse(readFileSync(file, "utf8")) ?? []);
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const pairs = expandRedirects(parsed.data, new Set([...(await reportPaths()), ...(await forumPaths())]));
  return LOCALES.flatMap((lang) =>
    pairs.map((p) => ({ params: { lang, redirect: p.from.replace(/\/$/, "") }, props: { to: `/${lang}/${p.to}` } })),
  );
}
