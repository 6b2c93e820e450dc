/**
 * `npm run bench:scale`: how the build grows with the content. For each factor
 * N (1, 5, 25), a temporary copy of the project gets N−1 synthetic copies of
 * every report (scripts/bench/synthetic.ts: the real chapters' sentences
 * reshuffled), is built there with the whole production build, and is measured:
 * pages, each build step's seconds, peak memory, the Pagefind index and the
 * bytes of a first search query on the built site.
 *   npm run bench:scale                          factors 1, 5, 25
 *   npm run bench:scale -- --factors 1,5         other factors
 *   npm run bench:scale -- --record              also writes docs/benchmarks.md (between bench-scale markers)
 *   npm run bench:scale -- --keep                keep the temporary copies
 * Goals (from the issue): build time grows linearly; 25× builds in under 10
 * minutes on 2 cores; the first query stays under 150 KB compressed.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { copyId, synthesizeChapterPair, synthesizeReportYaml } from "./synthetic.ts";
import { filesWithExtension } from "../lib/files.ts";
import { firstQueryTransfer, type Lang, type Transfer } from "../search/eval.ts";
import { serveBuiltSite } from "../../test/helpers/server.ts";
import { launchBrowser } from "../../test/helpers/browser.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** What a build needs from the project (node_modules is linked, not copied). */
const COPY = ["src", "content", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"];
/** Caches inside node_modules that a build writes (Astro's data store, Vite's deps): each copy keeps its own. */
const OWN_IN_NODE_MODULES = new Set([".astro", ".vite", ".cache"]);
const OG_CACHE = ".cache/og-images";
/** One representative first query per language, as `npm run bench:search` measures it. */
const QUERIES: Record<Lang, { start: string; q: string }> = {
  zh: { start: "/zh/reports/frontier-models-2023/safety/", q: "对齐" },
  en: { start: "/en/reports/frontier-models-2023/safety/", q: "alignment" },
};
const LANGS: Lang[] = ["zh", "en"];
const TARGETS = { minutes25: 10, firstKb: 150 };

interface Timings {
  validate: number;
  astro: number;
  ogImages: number;
  pagefind: number;
  csp: number;
  total: number;
  previews: { images: number; rendered: number; cached: number };
}

interface Result {
  factor: number;
  reports: number;
  chapters: number;
  /** Plain paragraph lines whose text a synthetic copy changed, of all plain paragraph lines in the copies. */
  paragraphs: { changed: number; plain: number };
  pages: number;
  timings: Timings;
  /** Wall time of the build's child process, including tsx's start-up. */
  wallMs: number;
  /** kB: the largest single process of the build (GNU time: max over the child and every process it waited for). */
  rssLargestKb?: number;
  /** kB: the sum over the build's process tree, sampled once a second. */
  rssTreeKb: number;
  /** CPU seconds (user + system) of the build and all its children, from GNU time: less sensitive to load than wall time. */
  cpuS?: number;
  index: { total: number; byLang: Record<string, { bytes: number; pages: number }> };
  firstQuery: Partial<Record<Lang, Transfer>>;
}

function parseArgs(argv: string[]) {
  const at = argv.indexOf("--factors");
  const factors = at >= 0 ? argv[at + 1]!.split(",").map(Number) : [1, 5, 25];
  if (!factors.length || factors.some((f) => !Number.isInteger(f) || f < 1))
    throw new Error(`--factors wants whole numbers ≥ 1, e.g. --factors 1,5 (got ${argv[at + 1]})`);
  return { factors, record: argv.includes("--record"), keep: argv.includes("--keep") };
}

// ---------------------------------------------------------------------------
// The project copy

/**
 * The project's files, taken once at the start, so every factor builds the same
 * code and content even while the checkout changes: what a build needs, and the
 * link-preview cache (without its per-build manifests). Returns the folder and the commit.
 */
function snapshot(): { dir: string; commit: string } {
  const dir = mkdtempSync(join(tmpdir(), "bench-scale-base-"));
  for (const entry of COPY) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  if (existsSync(join(ROOT, OG_CACHE)))
    cpSync(join(ROOT, OG_CACHE), join(dir, OG_CACHE), {
      recursive: true,
      filter: (src) => basename(src) !== "builds",
    });
  let commit = "unknown commit";
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = git("status", "--porcelain", "--", ...COPY) !== "";
    commit = `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    /* not a git checkout */
  }
  return { dir, commit };
}

/** A copy of the snapshot in a temporary folder, with N−1 synthetic copies of every report. */
function makeProject(
  base: string,
  factor: number,
): {
  dir: string;
  reports: number;
  chapters: number;
  changed: number;
  plain: number;
} {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${factor}x-`));
  cpSync(base, dir, { recursive: true });
  // Link each package rather than node_modules itself: Astro and Vite write their caches into node_modules/.
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!OWN_IN_NODE_MODULES.has(name)) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }

  const reportsDir = join(dir, "content", "reports");
  const real = readdirSync(reportsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let chapters = 0;
  let changed = 0;
  let plain = 0;
  for (const id of real) {
    const src = join(reportsDir, id);
    for (let k = 1; k < factor; k++) {
      const dst = join(reportsDir, copyId(id, k));
      mkdirSync(dst);
      for (const entry of readdirSync(src, { withFileTypes: true })) {
        if (entry.isDirectory()) continue;
        const from = join(src, entry.name);
        if (entry.name === "report.yaml")
          writeFileSync(join(dst, entry.name), synthesizeReportYaml(readFileSync(from, "utf8"), k));
        else cpSync(from, join(dst, entry.name));
      }
      mkdirSync(join(dst, "zh"));
      mkdirSync(join(dst, "en"));
      for (const name of readdirSync(join(src, "zh")).sort()) {
        const zh = readFileSync(join(src, "zh", name), "utf8");
        const en = readFileSync(join(src, "en", name), "utf8");
        const out = synthesizeChapterPair(zh, en, k, `${id}/${name}`);
        writeFileSync(join(dst, "zh", name), out.zh);
        writeFileSync(join(dst, "en", name), out.en);
        chapters++;
        plain += out.plain;
        changed += out.changed;
      }
    }
  }
  return { dir, reports: real.length * factor, chapters, changed, plain };
}

// ---------------------------------------------------------------------------
// The build

/** kB of resident memory per process, from /proc; the tree under root. */
function treeRssKb(root: number): { sum: number; largest: number } {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(name), ppid);
    } catch {
      /* gone */
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, n = 0; p && n < 64; p = parent.get(p), n++) if (p === root) return true;
    return false;
  };
  let sum = 0;
  let largest = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      sum += kb;
      largest = Math.max(largest, kb);
    } catch {
      /* gone */
    }
  }
  return { sum, largest };
}

/**
 * Run the whole build (scripts/build.ts's build()) in the copy as a child
 * process, under GNU time when it is installed, sampling the process tree's
 * memory once a second. Output goes to build.log in the copy.
 */
async function runBuild(
  dir: string,
): Promise<{ timings: Timings; wallMs: number; rssLargestKb?: number; rssTreeKb: number; cpuS?: number }> {
  const runner = join(dir, ".bench-build.mts");
  writeFileSync(
    runner,
    `import { build } from "./scripts/build.ts";\nconst t = await build("dist", true);\nprocess.stdout.write("\\nBENCH_TIMINGS " + JSON.stringify(t) + "\\n");\n`,
  );
  const timeFile = join(dir, "time.txt");
  const node = [process.execPath, "node_modules/tsx/dist/cli.mjs", runner];
  const gnuTime = existsSync("/usr/bin/time");
  const [cmd, ...args] = gnuTime ? ["/usr/bin/time", "-v", "-o", timeFile, ...node] : node;
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: "dist" };
  for (const key of ["BASE_PATH", "SITE_URL", "OG_IMAGE_CACHE"]) delete env[key];
  const log = createWriteStream(join(dir, "build.log"));
  let stdout = "";
  let tail = "";
  const started = performance.now();
  const child = spawn(cmd!, args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
    log.write(d);
  });
  child.stderr.on("data", (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
    log.write(d);
  });
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRssKb(child.pid!).sum));
  const timer = setInterval(sample, 1000);
  const code = await new Promise<number | null>((res) => child.on("close", res));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  log.end();
  const line = /^BENCH_TIMINGS (.*)$/m.exec(stdout);
  if (code !== 0 || !line)
    throw new Error(`the build in ${dir} failed (exit ${code}); see ${join(dir, "build.log")}:\n${tail}`);
  let rssLargestKb: number | undefined;
  let cpuS: number | undefined;
  if (gnuTime) {
    const report = readFileSync(timeFile, "utf8");
    const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? NaN);
    rssLargestKb = field("Maximum resident set size \\(kbytes\\)") || undefined;
    cpuS = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
    if (Number.isNaN(cpuS)) cpuS = undefined;
  }
  return { timings: JSON.parse(line[1]!) as Timings, wallMs, rssLargestKb, rssTreeKb: peak, cpuS };
}

// ---------------------------------------------------------------------------
// The built site

function bytesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, bytes: statSync(path).size };
    });
}

/**
 * Bytes of dist/pagefind/ in all, and per language: its meta file, index,
 * fragment and filter chunks, and its WASM (a language without a stemmer, such
 * as zh-cn, loads wasm.unknown.pagefind).
 */
function pagefindIndex(dist: string): Result["index"] {
  const dir = join(dist, "pagefind");
  const files = bytesUnder(dir);
  const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const byLang: Result["index"]["byLang"] = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const own = files.filter((f) => {
      const name = basename(f.path);
      return (
        name === `pagefind.${info.hash}.pf_meta` ||
        (name.startsWith(`${lang}_`) && /\.pf_(index|fragment|filter)$/.test(name)) ||
        name === `wasm.${info.wasm ?? "unknown"}.pagefind`
      );
    });
    byLang[lang] = { bytes: own.reduce((s, f) => s + f.bytes, 0), pages: info.page_count };
  }
  return { total: files.reduce((s, f) => s + f.bytes, 0), byLang };
}

async function firstQueries(dist: string): Promise<Partial<Record<Lang, Transfer>>> {
  const server = await serveBuiltSite(dist);
  const browser = await launchBrowser();
  const out: Partial<Record<Lang, Transfer>> = {};
  try {
    for (const lang of LANGS) {
      out[lang] = await firstQueryTransfer(browser, server.origin, lang, QUERIES[lang].start, QUERIES[lang].q);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return out;
}

// ---------------------------------------------------------------------------
// The report

const s = (ms: number) => (ms / 1000).toFixed(1);
const kb = (n: number) => (n / 1024).toFixed(1);
const mib = (kB: number) => (kB / 1024).toFixed(0);
const perK = (ms: number, pages: number) => (ms / 1000 / (pages / 1000)).toFixed(1);

const STEPS: [keyof Omit<Timings, "previews">, string][] = [
  ["validate", "content check"],
  ["astro", "astro build"],
  ["ogImages", "preview images"],
  ["pagefind", "pagefind"],
  ["csp", "CSP"],
  ["total", "whole build"],
];

function table(results: Result[]): string {
  const lines: string[] = [];
  lines.push(
    "| factor | reports | chapters added | HTML pages | content check | astro build | preview images (drawn / all) | pagefind | CSP | whole build | CPU (user + sys) | astro s / 1,000 pages | whole s / 1,000 pages | CPU s / 1,000 pages | peak RSS, largest process | peak RSS, build tree |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    const t = r.timings;
    lines.push(
      `| ${r.factor}× | ${r.reports} | ${r.chapters} | ${r.pages} | ${s(t.validate)} s | ${s(t.astro)} s | ${s(t.ogImages)} s (${t.previews.rendered} / ${t.previews.images}) | ${s(t.pagefind)} s | ${s(t.csp)} s | **${s(t.total)} s** | ${r.cpuS !== undefined ? `${r.cpuS.toFixed(0)} s` : "–"} | ${perK(t.astro, r.pages)} | ${perK(t.total, r.pages)} | ${r.cpuS !== undefined ? perK(r.cpuS * 1000, r.pages) : "–"} | ${r.rssLargestKb ? `${mib(r.rssLargestKb)} MiB` : "–"} | ${mib(r.rssTreeKb)} MiB |`,
    );
  }
  if (results.length > 1) {
    lines.push(
      "",
      "Growth: seconds per 1,000 pages added since the previous factor, per step (a linear step costs the same at every factor).",
      "",
      `| from → to | pages added | ${STEPS.map(([, label]) => label).join(" | ")} | CPU (user + sys) |`,
      `|---|---:|${STEPS.map(() => "---:").join("|")}|---:|`,
    );
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1]!;
      const b = results[i]!;
      const added = b.pages - a.pages;
      lines.push(
        `| ${a.factor}× → ${b.factor}× | ${added} | ${STEPS.map(([k]) => perK(b.timings[k] - a.timings[k], added)).join(" | ")} | ${a.cpuS !== undefined && b.cpuS !== undefined ? perK((b.cpuS - a.cpuS) * 1000, added) : "–"} |`,
      );
    }
  }
  lines.push(
    "",
    `| factor | pages indexed (${Object.keys(results[0]!.index.byLang).join(" / ")}) | index, all files | ${Object.keys(results[0]!.index.byLang).join(" | ")} | ${LANGS.map((l) => `first query /${l}/ “${QUERIES[l].q}”: requests, raw / gzip`).join(" | ")} |`,
    `|---:|---:|---:|${Object.keys(results[0]!.index.byLang)
      .map(() => "---:")
      .join("|")}|${LANGS.map(() => "---:").join("|")}|`,
  );
  for (const r of results) {
    const langs = Object.values(r.index.byLang);
    lines.push(
      `| ${r.factor}× | ${langs.map((l) => l.pages).join(" / ")} | ${kb(r.index.total)} KB | ${langs.map((l) => `${kb(l.bytes)} KB`).join(" | ")} | ${LANGS.map(
        (l) => {
          const t = r.firstQuery[l];
          return t ? `${t.requests}: ${kb(t.raw)} / **${kb(t.gzip)} KB**` : "–";
        },
      ).join(" | ")} |`,
    );
  }
  const at25 = results.find((r) => r.factor === 25);
  const worstGzip = Math.max(...results.flatMap((r) => LANGS.map((l) => r.firstQuery[l]?.gzip ?? 0)));
  lines.push(
    "",
    `Goals: linear growth; 25× under ${TARGETS.minutes25} minutes on 2 cores${at25 ? ` (${s(at25.timings.total)} s: ${at25.timings.total < TARGETS.minutes25 * 60_000 ? "✓" : "✗"})` : ""}; first query under ${TARGETS.firstKb} KB compressed (largest here ${kb(worstGzip)} KB gzip: ${worstGzip < TARGETS.firstKb * 1024 ? "✓" : "✗"}).`,
  );
  return lines.join("\n");
}

function describe(results: Result[], loads: { before: number[]; after: number[] }, commit: string): string {
  const r0 = results[0]!;
  const changed = results.reduce((n, r) => n + r.paragraphs.changed, 0);
  const plain = results.reduce((n, r) => n + r.paragraphs.plain, 0);
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} at ${commit}, on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loads.before.map((l) => l.toFixed(1)).join(" ")} before and ${loads.after.map((l) => l.toFixed(1)).join(" ")} after (the machine is shared: times on an idle machine are lower).`,
    "",
    `Each factor N is a fresh copy of the project (all factors from one snapshot taken at the start) with N−1 synthetic copies of each of the ${r0.reports / r0.factor} reports (\`scripts/bench/synthetic.ts\`: sentences reshuffled within each plain paragraph, runs of plain paragraphs rotated; headings, ids, lists, tables, components and footnotes kept; ${plain ? `${((100 * changed) / plain).toFixed(0)}% of plain paragraph lines changed` : "no plain lines"}), built with the whole build (\`build()\` of scripts/build.ts in a child process). Link-preview images start from a copy of this checkout's cache, so the real pages' cards are copied and each synthetic copy's cards are drawn (their titles differ). Peak RSS “largest process” is GNU time's maximum resident set size: the largest single process among the build and all its children (the Astro build, Pagefind's binary); “build tree” is the sum over all of them, sampled once a second. CPU is GNU time's user + system seconds of the build and all its children: on a shared machine it is the steadier measure of work. The index is \`dist/pagefind/\`: all files, and per language its meta file, index, fragment and filter chunks and WASM. The first query opens a chapter page, opens search and types the query (scripts/search/eval.ts \`firstQueryTransfer\`, as \`npm run bench:search\`); gzip is each response at level 9.`,
  ].join("\n");
}

function record(block: string): void {
  const path = join(ROOT, "docs/benchmarks.md");
  const start = "<!-- bench-scale:start -->";
  const end = "<!-- bench-scale:end -->";
  const section = `${start}\n## Scale (npm run bench:scale)\n\n${block}\n${end}`;
  const doc = existsSync(path) ? readFileSync(path, "utf8") : "";
  const from = doc.indexOf(start);
  const to = from >= 0 ? doc.indexOf(end, from) : -1;
  const next =
    from >= 0 && to >= 0
      ? doc.slice(0, from) + section + doc.slice(to + end.length)
      : `${doc}${doc && !doc.endsWith("\n") ? "\n" : ""}${doc ? "\n" : ""}${section}\n`;
  writeFileSync(path, next);
  console.log(`\nRecorded in ${path}`);
}

async function main() {
  const { factors, record: rec, keep } = parseArgs(process.argv.slice(2));
  const loads = { before: loadavg(), after: [] as number[] };
  const results: Result[] = [];
  const base = snapshot();
  console.log(`snapshot of ${base.commit} in ${base.dir}`);
  try {
    for (const factor of factors) results.push(await measure(base.dir, factor, keep));
  } finally {
    rmSync(base.dir, { recursive: true, force: true });
  }
  loads.after = loadavg();
  const block = `${describe(results, loads, base.commit)}\n\n${table(results)}`;
  console.log(`\n${block}`);
  if (rec) record(block);
}

/** Build one factor in its own copy and measure it. */
async function measure(base: string, factor: number, keep: boolean): Promise<Result> {
  const made = makeProject(base, factor);
  console.log(`${factor}×: ${made.dir} (${made.reports} reports, ${made.chapters} synthetic chapter pairs); building…`);
  try {
    const build = await runBuild(made.dir);
    const dist = join(made.dir, "dist");
    const pages = (await filesWithExtension(dist, [".html"])).length;
    const index = pagefindIndex(dist);
    const firstQuery = await firstQueries(dist);
    const r: Result = {
      factor,
      reports: made.reports,
      chapters: made.chapters,
      paragraphs: { changed: made.changed, plain: made.plain },
      pages,
      index,
      firstQuery,
      ...build,
    };
    const t = r.timings;
    console.log(
      `${factor}×: ${pages} pages · content check ${s(t.validate)} s · astro build ${s(t.astro)} s · preview images ${s(t.ogImages)} s (${t.previews.rendered} drawn of ${t.previews.images}) · pagefind ${s(t.pagefind)} s · CSP ${s(t.csp)} s · whole build ${s(t.total)} s · CPU ${r.cpuS?.toFixed(0) ?? "?"} s · peak RSS ${r.rssLargestKb ? mib(r.rssLargestKb) : "?"} MiB largest, ${mib(r.rssTreeKb)} MiB tree · index ${kb(index.total)} KB · first query ${LANGS.map((l) => `${l} ${kb(firstQuery[l]?.gzip ?? 0)} KB gzip`).join(", ")}`,
    );
    return r;
  } finally {
    if (keep) console.log(`kept ${made.dir}`);
    else rmSync(made.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
