/**
 * `npm run bench`: build once, then print what we steer by, each number beside
 * its budget. This is a measurement, not a test: it never fails the build.
 *   npm run bench -- --record   also writes docs/benchmarks.md
 */
import { existsSync, writeFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { build } from "./build.ts";
import { cardManifestPath, drawCards } from "./postbuild/og-images/index.ts";
import type { PreviewCard } from "../src/sharing/preview-card.ts";
import { measurePage, type Weight } from "./bench/weights.ts";
import { largestPage } from "./bench/editions.ts";
import { offlinePacks } from "./bench/offline.ts";
import { lighthouseScores, type LighthouseScores } from "./bench/lighthouse.ts";
import { serveBuiltSite } from "../test/helpers/server.ts";
import { launchBrowser } from "../test/helpers/browser.ts";

const REPORT = "/reports/international-ai-safety-report-2025";
/** Page types the issue budgets; null where that kind of page does not exist yet. */
const PAGE_TYPES: Record<string, string | null> = {
  home: "/zh/",
  chapter: `/zh${REPORT}/part-2-risks/`,
  "chapter (en)": `/en${REPORT}/part-2-risks/`,
  // The heaviest chapter of each newer document (most sections, figures and sources).
  "chapter (2023 slides, heaviest)": "/en/reports/frontier-models-2023/safety/",
  "chapter (2024 practices, heaviest)": "/en/reports/best-practices-2024/model-evaluations-red-teaming/",
  overview: `/zh${REPORT}/`,
  search: "/zh/search/?q=风险",
  "glossary index": "/zh/glossary/",
  "glossary term": "/zh/glossary/loss-of-control/",
  bibliography: "/en/sources/",
  "risk scheme": "/en/risks/cais-four-sources/",
  "risk node": "/zh/risks/research-pillars/alignment/",
  chart: "/en/charts/power-seeking-chain/",
  talk: "/zh/forum/waic-2024/dawn-song-ai-safety-challenges/",
  "one-page edition": "/zh/reports/frontier-models-2023/all/",
  "parallel view": `/en${REPORT}/part-2-risks/parallel/`,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const w = (x: Weight) => `${kb(x.raw)} / ${kb(x.gzip)}`;
const mark = (ok: boolean) => (ok ? "✓" : "✗ over budget");

async function main() {
  const record = process.argv.includes("--record");
  const lines: string[] = [];
  const out = (s = "") => {
    console.log(s);
    lines.push(s);
  };

  const outDir = process.env.OUT_DIR ?? "dist";
  const timings = await build(outDir, true);
  const cold = await coldPreviewImages(outDir);
  const server = await serveBuiltSite(outDir, "/");
  const browser = await launchBrowser();

  out("## Build time");
  out();
  out("| step | seconds |");
  out("|---|---:|");
  out(`| content check | ${(timings.validate / 1000).toFixed(1)} |`);
  out(`| astro build | ${(timings.astro / 1000).toFixed(1)} |`);
  out(
    `| preview images, this build (${timings.previews.images}: ${timings.previews.rendered} drawn, ${timings.previews.cached} from the cache) | ${(timings.ogImages / 1000).toFixed(1)} |`,
  );
  out(`| pagefind | ${(timings.pagefind / 1000).toFixed(1)} |`);
  out(`| CSP post-build | ${(timings.csp / 1000).toFixed(1)} |`);
  out(`| offline (icons, packs, service worker) | ${(timings.offline / 1000).toFixed(1)} |`);
  out(
    `| **total** | **${(timings.total / 1000).toFixed(1)}** (budget < 90 s on 2 cores) ${mark(timings.total < 90_000)} |`,
  );
  out(
    `| preview images with an empty cache (all ${cold.images} drawn; not part of the total) | ${(cold.ms / 1000).toFixed(1)} |`,
  );
  out();

  out('## Offline packs ("Save for offline", budget ≤ 5 MB compressed)');
  out();
  out("| document | files | raw | gzip | budget |");
  out("|---|---:|---:|---:|---|");
  for (const pack of offlinePacks(outDir)) {
    out(
      `| ${pack.lang}/${pack.doc} | ${pack.files.length} | ${kb(pack.bytes)} | ${kb(pack.gzipBytes)} | ${mark(pack.gzipBytes <= 5 * 1024 * 1024)} |`,
    );
  }
  out();

  out("## Page weight (raw / gzip)");
  out();
  out("| page | HTML | CSS | JS before interaction | JS after opening search | search index fetched | budget |");
  out("|---|---:|---:|---:|---:|---:|---|");
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    if (!path) {
      out(`| ${type} | – | – | – | – | – | page type not built yet |`);
      continue;
    }
    const m = await measurePage(browser, server.origin + path, type !== "search");
    const budgets: string[] = [];
    if (type.startsWith("chapter") || type === "talk") {
      budgets.push(`JS ≤ 15 KB: ${mark(m.jsInitial.raw <= 15 * 1024)}`);
      budgets.push(`HTML+CSS ≤ 150 KB: ${mark(m.html.raw + m.css.raw <= 150 * 1024)}`);
    }
    if (type === "chart") budgets.push(`JS ≤ 90 KB: ${mark(m.jsInitial.raw <= 90 * 1024)}`);
    out(
      `| ${type} | ${w(m.html)} | ${w(m.css)} | ${w(m.jsInitial)} | ${type === "search" ? "(loads at once)" : w(m.jsSearch)} | ${w(m.searchData)} | ${budgets.join("; ") || "–"} |`,
    );
  }
  // The whole-document pages have no budget (they are as large as the document); we watch their weight.
  for (const [label, family] of [
    ["one-page edition (largest)", "all"],
    ["parallel view (largest)", "parallel"],
  ] as const) {
    const path = largestPage(outDir, family);
    if (!path) continue;
    const m = await measurePage(browser, server.origin + path, false);
    out(
      `| ${label}: ${path} | ${w(m.html)} | ${w(m.css)} | ${w(m.jsInitial)} | ${w(m.jsSearch)} | ${w(m.searchData)} | – |`,
    );
  }
  out();
  await browser.close();

  out("## Lighthouse (mobile, simulated throttling)");
  out();
  out("| page | performance (≥ 95) | accessibility (100) | best practices (100) | SEO (100) |");
  out("|---|---:|---:|---:|---:|");
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    if (type === "chapter (en)" || type === "overview") continue;
    if (!path) {
      out(`| ${type} | – | – | – | – |`);
      continue;
    }
    const s: LighthouseScores = await lighthouseScores(server.origin + path);
    const cell = (v: number, min: number) => `${v} ${v >= min ? "✓" : "✗"}`;
    out(
      `| ${type} | ${cell(s.performance, 95)} | ${cell(s.accessibility, 100)} | ${cell(s.bestPractices, 100)} | ${cell(s.seo, 100)} |`,
    );
  }
  await server.stop();

  if (record) {
    mkdirSync("docs", { recursive: true });
    const header = [
      "# Benchmarks",
      "",
      `Measured by \`npm run bench -- --record\` on ${new Date().toISOString().slice(0, 10)}, on this project's Node machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian Chromium). "JS before interaction" counts every script fetched until the network is idle; "after opening search" adds what opening search and typing one query fetches. Sizes are raw / gzip (level 9); budgets are judged on raw size, the stricter reading.`,
      "",
    ];
    // The sections other commands record (between <!-- name:start --> markers) are kept.
    const old = existsSync("docs/benchmarks.md") ? readFileSync("docs/benchmarks.md", "utf8") : "";
    const marker = old.indexOf("<!-- ");
    const kept = marker >= 0 ? `\n${old.slice(marker)}` : "";
    writeFileSync("docs/benchmarks.md", header.concat(lines).join("\n") + "\n" + kept);
    console.log("\nwrote docs/benchmarks.md");
  }
}

/** Draw every preview image of the build again into an empty cache: what a first build or a layout change costs. */
async function coldPreviewImages(outDir: string): Promise<{ images: number; ms: number }> {
  const cards = JSON.parse(readFileSync(cardManifestPath(outDir), "utf8")) as PreviewCard[];
  const scratch = mkdtempSync(join(tmpdir(), "og-cold-"));
  try {
    const t0 = performance.now();
    await drawCards(cards, join(scratch, "out"), join(scratch, "cache"));
    return { images: cards.length, ms: performance.now() - t0 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
