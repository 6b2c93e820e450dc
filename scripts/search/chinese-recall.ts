/**
 * Pagefind's Chinese recall on real terms: for every glossary term's Chinese
 * name or alias (multi-character, Han only, as the documents write it), the
 * pages whose indexed text contains it (ground truth, read from dist/) against
 * the pages Pagefind returns for it, searched raw (no glossary expansion).
 *
 *   npx tsx scripts/search/chinese-recall.ts [--json]   (needs npm run build)
 *
 * Prints per-term recall and the terms Pagefind misses; the findings are in docs/search.md.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { siteGlossaryFiles } from "../../src/glossary/files.ts";
import { serveBuiltSite } from "../../test/helpers/server.ts";
import { launchBrowser } from "../../test/helpers/browser.ts";

const DIST = process.env.SITE_DIR ?? "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith(".html") ? [p] : [];
  });
}

/** The text Pagefind indexes: inside [data-pagefind-body], outside [data-pagefind-ignore]. */
function indexedText(html: string): string | undefined {
  const doc = parseDocument(html);
  let inBody = false;
  let out = "";
  const walk = (nodes: ChildNode[], inside: boolean) => {
    for (const n of nodes) {
      if (n.type === "text") {
        if (inside) out += n.data;
      } else if (n.type === "tag" || n.type === "script" || n.type === "style") {
        const e = n as Element;
        if (e.name === "script" || e.name === "style") continue;
        if (inside && "data-pagefind-ignore" in e.attribs) continue;
        const isBody = "data-pagefind-body" in e.attribs;
        if (isBody) inBody = true;
        walk(e.children, inside || isBody);
      }
    }
  };
  walk(doc.children, false);
  return inBody ? out : undefined;
}

const han = /^\p{Script=Han}{2,}$/u;
const glossaryTerms = siteGlossaryFiles()
  .terms.flatMap((t) => [t.name.zh, ...t.aliases.zh])
  .filter((x) => han.test(x));

const pages = new Map<string, string>();
for (const file of htmlFiles(join(DIST, "zh"))) {
  const text = indexedText(readFileSync(file, "utf8"));
  if (text) pages.set(`/${file.slice(DIST.length + 1).replace(/index\.html$/, "")}`, text.replace(/\s+/g, ""));
}

/** --headings: also every Han run of 3–8 characters in the Chinese chapters' and talks' headings. */
const headingTerms: string[] = [];
if (process.argv.includes("--headings")) {
  for (const file of htmlFiles(join(DIST, "zh")).filter((f) => /\/(reports|forum)\//.test(f))) {
    for (const m of readFileSync(file, "utf8").matchAll(/<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>/g)) {
      const text = m[1]!.replace(/<[^>]+>/g, "");
      for (const run of text.match(/\p{Script=Han}{3,8}/gu) ?? []) headingTerms.push(run);
    }
  }
}
const terms = [...new Set([...glossaryTerms, ...headingTerms])];

const truth = new Map(
  terms.map((term) => [term, [...pages].filter(([, text]) => text.includes(term)).map(([url]) => url)]),
);
const tested = terms.filter((t) => truth.get(t)!.length > 0);

const server = await serveBuiltSite(DIST);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${server.origin}/zh/search/`);
const found: Record<string, string[]> = await page.evaluate(async (qs) => {
  const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
  await pf.options({ excerptLength: 10 });
  await pf.init();
  const out: Record<string, string[]> = {};
  for (const q of qs) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string }> }) => x.data()));
    out[q] = data.map((d: { url: string }) => new URL(d.url, location.origin).pathname);
  }
  return out;
}, tested);
await browser.close();
await server.stop();

const rows = tested.map((term) => {
  const want = truth.get(term)!;
  const got = new Set(found[term]);
  const hit = want.filter((u) => got.has(u)).length;
  return { term, pages: want.length, returned: got.size, hit, recall: hit / want.length };
});
const mean = rows.reduce((s, r) => s + r.recall, 0) / rows.length;
if (process.argv.includes("--json")) console.log(JSON.stringify({ terms: rows.length, mean, rows }, null, 1));
else {
  console.log(
    `${rows.length} terms, mean recall ${mean.toFixed(3)}; full recall on ${rows.filter((r) => r.recall === 1).length}`,
  );
  for (const r of rows.filter((x) => x.recall < 1).sort((a, b) => a.recall - b.recall))
    console.log(`  ${r.term}: ${r.hit}/${r.pages} pages (Pagefind returned ${r.returned})`);
}
