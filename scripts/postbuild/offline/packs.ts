/**
 * The offline packs (src/offline/pack.ts): for each report and forum event, in
 * each language, the list of files "Save for offline" fetches, with their
 * sizes, written to dist/offline/packs/<lang>/<reports|forum>/<id>.json.
 * A pack holds the document's pages (the parallel views are left out: they
 * repeat both languages), the chart pages they link to, the language home and
 * search page, every script and style (/_astro/ is small, and search loads
 * chunks the HTML does not name), the images the pages show, and the search
 * index of that language with only the saved pages' result fragments.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { HTML_LANG, LOCALES, type Locale } from "../../../src/i18n/locales.ts";
import { makePack, type OfflinePack, type PackFile } from "../../../src/offline/pack.ts";
import { ICON_SIZES, iconPath, manifestPath, packPath, type DocKey } from "../../../src/offline/paths.ts";

/** Every index.html under dir, as site paths relative to outDir ("/zh/reports/x/"). */
function pagesUnder(outDir: string, dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "parallel") walk(full);
      } else if (entry.name === "index.html") {
        found.push(`/${relative(outDir, d).split(sep).join("/")}/`.replace(/\/+$/, "/"));
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

/** The documents that can be saved in a language: report and forum-event folders with an overview page (not a redirect). */
export function documentsIn(outDir: string, lang: Locale): DocKey[] {
  const docs: DocKey[] = [];
  for (const kind of ["reports", "forum"] as const) {
    const dir = join(outDir, lang, kind);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const overview = join(dir, entry.name, "index.html");
      if (!entry.isDirectory() || !existsSync(overview)) continue;
      if (/<meta http-equiv="refresh"/i.test(readFileSync(overview, "utf8"))) continue;
      docs.push(`${kind}/${entry.name}`);
    }
  }
  return docs.sort();
}

/** Pagefind's result fragments by the page they describe (each is gzip of "pagefind_dcd" + JSON). */
export function fragmentsByPage(outDir: string): Map<string, string> {
  const dir = join(outDir, "pagefind", "fragment");
  const byUrl = new Map<string, string>();
  if (!existsSync(dir)) return byUrl;
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
    const url = /^pagefind_dcd\{"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
    if (url) byUrl.set(JSON.parse(`"${url}"`) as string, `pagefind/fragment/${name}`);
  }
  return byUrl;
}

/** Pagefind's files for one language, without fragments: loader, entry, metadata, wasm, index and filter chunks. */
export function searchFilesFor(outDir: string, lang: Locale): string[] {
  const entry = JSON.parse(readFileSync(join(outDir, "pagefind", "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const key = HTML_LANG[lang].toLowerCase();
  const language = entry.languages[key];
  if (!language) throw new Error(`pagefind/pagefind-entry.json: no index for language "${key}"`);
  const chunks = (sub: string) =>
    readdirSync(join(outDir, "pagefind", sub))
      .filter((n) => n.startsWith(`${key}_`))
      .map((n) => `pagefind/${sub}/${n}`);
  return [
    "pagefind/pagefind.js",
    "pagefind/pagefind-worker.js",
    "pagefind/pagefind-entry.json",
    `pagefind/pagefind.${language.hash}.pf_meta`,
    `pagefind/wasm.${language.wasm ?? "unknown"}.pagefind`,
    ...chunks("index"),
    ...chunks("filter"),
  ].filter((f) => existsSync(join(outDir, f)));
}

/** Same-site files a page's HTML names (images, icons, styles, scripts), as paths without the base. */
export function filesNamedIn(html: string, base: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/\s(?:src|href|srcset)="([^"]+)"/g)) {
    for (const candidate of m[1]!.split(",")) {
      const url = candidate.trim().split(/\s+/)[0]!.replace(/&amp;/g, "&");
      if (!url.startsWith(base) || url.startsWith("//")) continue;
      const path = url.slice(base.length).split(/[?#]/)[0]!;
      if (/\.(?:png|jpe?g|webp|avif|gif|svg|ico|css|js)$/i.test(path) && !path.startsWith("og/")) urls.add(path);
    }
  }
  return [...urls];
}

function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walkFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Sizes by file, computed once per build: most packs share the scripts and the search index. */
const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
function sizeOf(outDir: string, file: string): { bytes: number; gzipBytes: number } {
  const key = join(outDir, file);
  let size = sizes.get(key);
  if (!size) {
    const body = readFileSync(key);
    // Pagefind's index, fragments and wasm are gzip already.
    const compressed = file.startsWith("pagefind/") && !file.endsWith(".js") && !file.endsWith(".json");
    size = { bytes: body.length, gzipBytes: compressed ? body.length : gzipSync(body).length };
    sizes.set(key, size);
  }
  return size;
}

export function buildPack(
  outDir: string,
  base: string,
  lang: Locale,
  doc: DocKey,
  fragments: Map<string, string>,
): OfflinePack {
  const pagePaths = new Set(pagesUnder(outDir, join(outDir, lang, ...doc.split("/"))));
  const overview = `/${lang}/${doc}/`;
  const html = (page: string) => readFileSync(join(outDir, page, "index.html"), "utf8");
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/
    .exec(html(overview))?.[1]
    ?.replace(/<span class="inferred-mark">[^<]*<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!)
    .trim();
  if (!title) throw new Error(`${join(outDir, overview, "index.html")}: no <h1> to name the offline pack`);
  // Chart pages the document links to, and those whose data cites it.
  const chartLink = new RegExp(`href="${base}${lang}/charts/([a-z0-9-]+)/`, "g");
  for (const page of [...pagePaths]) {
    for (const m of html(page).matchAll(chartLink)) pagePaths.add(`/${lang}/charts/${m[1]}/`);
  }
  const charts = join(outDir, lang, "charts");
  const citesDoc = `href="${base}${lang}/${doc}/`;
  for (const chart of existsSync(charts) ? readdirSync(charts, { withFileTypes: true }) : []) {
    const page = `/${lang}/charts/${chart.name}/`;
    if (chart.isDirectory() && existsSync(join(outDir, page, "index.html")) && html(page).includes(citesDoc))
      pagePaths.add(page);
  }
  for (const extra of [`/${lang}/`, `/${lang}/search/`]) pagePaths.add(extra);
  const pages = [...pagePaths].filter((p) => existsSync(join(outDir, p, "index.html")));

  const files = new Set<string>();
  for (const page of pages) {
    files.add(`${page.slice(1)}index.html`);
    for (const f of filesNamedIn(html(page), base)) files.add(f);
    const fragment = fragments.get(base + page.slice(1));
    if (fragment) files.add(fragment);
  }
  for (const f of walkFiles(join(outDir, "_astro"))) files.add(relative(outDir, f).split(sep).join("/"));
  for (const f of searchFilesFor(outDir, lang)) files.add(f);
  // The search lexicon: whole (typo correction, suggestions) and in the shards a query fetches.
  files.add(`${lang}/search-terms.json`);
  const shards = join(outDir, lang, "search-terms");
  for (const f of existsSync(shards) ? walkFiles(shards) : []) files.add(relative(outDir, f).split(sep).join("/"));
  files.add(manifestPath(lang).slice(1));
  for (const size of ICON_SIZES) files.add(iconPath(size).slice(1));

  const packFiles: PackFile[] = [...files]
    .filter((f) => existsSync(join(outDir, f)))
    .map((f) => {
      // A page is saved under its directory URL, the address a reader opens.
      const url = base + (f.endsWith("/index.html") || f === "index.html" ? f.slice(0, -"index.html".length) : f);
      return { url, ...sizeOf(outDir, f) };
    });
  return makePack({ lang, doc, title, home: base + overview.slice(1) }, packFiles);
}

/** Write every pack; returns them for the build log and the benchmark. */
export function writePacks(outDir: string, base: string): OfflinePack[] {
  sizes.clear();
  const fragments = fragmentsByPage(outDir);
  const packs: OfflinePack[] = [];
  for (const lang of LOCALES) {
    for (const doc of documentsIn(outDir, lang)) {
      const pack = buildPack(outDir, base, lang, doc, fragments);
      const file = join(outDir, packPath(lang, doc));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(pack));
      packs.push(pack);
    }
  }
  return packs;
}
