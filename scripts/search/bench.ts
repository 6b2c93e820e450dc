/**
 * npm run bench:search — the labelled query set (test/search/queries.json) run
 * through the real search UI of dist/ in Chromium: recall@5, MRR, latency after
 * the first query (p50/p95) and bytes transferred for the first query, per
 * language. `-- --record` writes the table into docs/benchmarks.md.
 * Needs a build (npm run build); SITE_DIR=… points at another one.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { serveBuiltSite } from "../../test/helpers/server.ts";
import { launchBrowser } from "../../test/helpers/browser.ts";
import {
  firstQueryTransfer,
  loadQueries,
  runQueries,
  summarize,
  type Lang,
  type QueryRun,
  type Transfer,
} from "./eval.ts";

const TARGETS = { recall: 0.95, p95: 100, firstKb: 150 };
const DIR = process.env.SITE_DIR ?? "dist";
// ONLY=zh or ONLY=en runs one language; SKIP_TRANSFER=1 leaves out the first-query download;
const ONLY = process.env.ONLY as Lang | undefined;
// SPLIT=tune runs the tuning half only (for working on search without looking at the held-out half).
const queries = loadQueries().filter((q) => !process.env.SPLIT || q.split === process.env.SPLIT);
const server = await serveBuiltSite(DIR);
const browser = await launchBrowser();
const langs: Lang[] = ONLY ? [ONLY] : ["zh", "en"];
const runs = new Map<Lang, QueryRun[]>();
const transfer = new Map<Lang, Transfer>();
try {
  for (const lang of langs) {
    // A first query from a chapter page, as a reader would: Chinese text needs the converter.
    if (!process.env.SKIP_TRANSFER)
      transfer.set(
        lang,
        await firstQueryTransfer(
          browser,
          server.origin,
          lang,
          `/${lang}/reports/frontier-models-2023/safety/`,
          lang === "zh" ? "对齐" : "alignment",
        ),
      );
    runs.set(lang, await runQueries(browser, server.origin, lang, queries));
  }
} finally {
  await browser.close();
  await server.stop();
}

const kb = (n: number) => (n / 1024).toFixed(1);
const lines: string[] = [];
lines.push(
  `Labelled queries: ${queries.length} (${langs.map((l) => `${runs.get(l)!.length} run on /${l}/`).join(", ")}).`,
  "",
);
lines.push(
  "| Language | recall@5 | held out | tuning | MRR | all labels in top 5 | p50 | p95 | first query: requests | raw | gzip | brotli |",
);
lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const lang of langs) {
  const all = runs.get(lang)!;
  const s = summarize(lang, all);
  const half = (split: string) => {
    const h = all.filter((r) => r.query.split === split);
    return `${summarize(lang, h).recallAt5.toFixed(3)} (${h.length})`;
  };
  const t = transfer.get(lang);
  const sizes = t ? `${t.requests} | ${kb(t.raw)} KB | ${kb(t.gzip)} KB | ${kb(t.brotli)} KB` : "– | – | – | –";
  lines.push(
    `| ${lang} | ${s.recallAt5.toFixed(3)} | ${half("heldout")} | ${half("tune")} | ${s.mrr.toFixed(3)} | ${s.complete}/${s.queries} | ${s.p50.toFixed(0)} ms | ${s.p95.toFixed(0)} ms | ${sizes} |`,
  );
}
lines.push(
  "",
  `Targets: recall@5 ≥ ${TARGETS.recall}, p95 < ${TARGETS.p95} ms, first query < ${TARGETS.firstKb} KB compressed.`,
);
const byKind = new Map<string, { n: number; r: number }>();
for (const r of [...runs.values()].flat()) {
  const cross =
    (r.lang === "en" && /\p{Script=Han}/u.test(r.query.q)) ||
    (r.lang === "zh" && !/\p{Script=Han}/u.test(r.query.q) && r.query.kind === "en");
  for (const kind of [r.query.kind, ...(cross ? ["cross-language"] : [])]) {
    const k = byKind.get(kind) ?? { n: 0, r: 0 };
    k.n++;
    k.r += r.found.length / r.query.expect.length;
    byKind.set(kind, k);
  }
}
lines.push("", "| Kind | runs | recall@5 |", "|---|---|---|");
for (const [kind, k] of [...byKind].sort()) lines.push(`| ${kind} | ${k.n} | ${(k.r / k.n).toFixed(3)} |`);
// Only the tuning half's misses are listed: the held-out half is scored, never looked into.
const misses = [...runs.values()].flat().filter((r) => r.missing.length && r.query.split === "tune");
const heldoutMisses = [...runs.values()].flat().filter((r) => r.missing.length && r.query.split === "heldout").length;
lines.push("", `Held-out runs with a label missing: ${heldoutMisses} (not listed, so they cannot be tuned against).`);
if (misses.length) {
  lines.push("", "Tuning half, labels missing from the top 5:", "");
  for (const r of misses)
    lines.push(`- /${r.lang}/ “${r.query.q}”: ${r.missing.join(", ")} (top 5: ${r.top.map((t) => t.page).join(" ")})`);
}
for (const lang of langs) {
  if (!transfer.has(lang)) continue;
  lines.push("", `First query on /${lang}/, files fetched after opening search:`, "");
  for (const f of transfer.get(lang)!.files) lines.push(`- ${f.url}: ${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip`);
}
const table = lines.join("\n");
console.log(table);

if (process.argv.includes("--record")) {
  const path = "docs/benchmarks.md";
  const doc = readFileSync(path, "utf8");
  const start = "<!-- search-bench:start -->";
  const end = "<!-- search-bench:end -->";
  const block = `${start}\n## Search (npm run bench:search)\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${DIR}/.\n\n${table}\n${end}`;
  const next = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
  console.log(`\nRecorded in ${path}`);
}
