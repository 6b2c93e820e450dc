/**
 * `npm test`: everything, in the order that gives the quickest useful failure,
 * and a table of how long each stage took.
 *
 *   1. types (astro check), then the root build           ┐ side by side: the build uses one
 *      format (prettier), then unit tests (content check) ┘ core, the other lane the other
 *   2. the /kb/ sub-path build (preview images come from the first build's cache)
 *   3. the site tests on both builds (browser, links, markup, search)
 *
 * A stage that fails stops the run; the table still prints. With `--no-build`
 * the builds are skipped and the existing dist/ and dist-subpath/ are tested;
 * with `--record` a green run writes its table into docs/benchmarks.md.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

interface Stage {
  name: string;
  seconds: number;
  ok: boolean;
  /** Tests run by a vitest stage. */
  tests?: { passed: number; failed: number; skipped: number };
}

const stages: Stage[] = [];
const reports = mkdtempSync(join(tmpdir(), "npm-test-"));

/**
 * Run a command. Output streams when the stage runs alone; when it runs beside
 * another it is kept and printed whole when the stage ends, so logs stay readable.
 */
function run(
  name: string,
  command: string,
  args: string[],
  options: { buffered?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<Stage> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: options.buffered ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", (code) => {
      if (options.buffered) {
        console.log(`\n── ${name} ──`);
        process.stdout.write(Buffer.concat(chunks));
      }
      const stage: Stage = { name, seconds: (performance.now() - started) / 1000, ok: code === 0 };
      stages.push(stage);
      resolve(stage);
    });
  });
}

/** A vitest project, with a JSON report so the table can count its tests. */
async function vitest(name: string, project: string, buffered = false): Promise<Stage> {
  const json = join(reports, `${project}.json`);
  const stage = await run(
    name,
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${json}`,
    ],
    { buffered },
  );
  if (existsSync(json)) {
    const r = JSON.parse(readFileSync(json, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    stage.tests = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  }
  return stage;
}

/** `npm run build` (scripts/build.ts), with OUT_DIR, BASE_PATH and SITE_URL taken from env. */
const build = (name: string, env: NodeJS.ProcessEnv = {}, buffered = false) =>
  run(name, process.execPath, ["--import", "tsx", "scripts/build.ts"], { env, buffered });

function table(total: number): string {
  const rows = stages.map((s) => {
    const tests = s.tests
      ? `${s.tests.passed} passed, ${s.tests.failed} failed${s.tests.skipped ? `, ${s.tests.skipped} skipped` : ""}`
      : "";
    return `| ${s.name} | ${s.seconds.toFixed(1)} | ${s.ok ? "ok" : "FAILED"} | ${tests} |`;
  });
  const text = [
    "| stage | seconds | result | tests |",
    "|---|---:|---|---|",
    ...rows,
    `| **total (wall)** | **${total.toFixed(1)}** | | |`,
  ].join("\n");
  console.log(`\n${text}`);
  const passed = stages.reduce((n, s) => n + (s.tests?.passed ?? 0), 0);
  const failed = stages.reduce((n, s) => n + (s.tests?.failed ?? 0), 0);
  const skipped = stages.reduce((n, s) => n + (s.tests?.skipped ?? 0), 0);
  console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return text;
}

/** `--record`: write the table into docs/benchmarks.md, between its npm-test markers. */
function record(text: string): void {
  const file = "docs/benchmarks.md";
  const [start, end] = ["<!-- npm-test:start -->", "<!-- npm-test:end -->"];
  const section = [
    start,
    "## npm test, stage by stage",
    "",
    `Recorded by \`npm test -- --record\` on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, Node ${process.version}); budget 600 s.`,
    "",
    text,
    end,
  ].join("\n");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const next = old.includes(start)
    ? old.slice(0, old.indexOf(start)) + section + old.slice(old.indexOf(end) + end.length)
    : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

async function main(): Promise<boolean> {
  const building = !process.argv.includes("--no-build");
  if ((await run("Chromium present", process.execPath, ["scripts/require-chromium.mjs"])).ok === false) return false;

  const [typesAndBuild, unit] = await Promise.all([
    (async () => {
      const types = await run("types (astro check)", process.execPath, ["node_modules/astro/astro.js", "check"], {
        buffered: true,
      });
      if (!types.ok || !building) return types.ok;
      return (await build("build dist/ (content check, astro, previews, pagefind, CSP)", {}, true)).ok;
    })(),
    (async () => {
      const format = await run(
        "format (prettier --check)",
        process.execPath,
        ["node_modules/prettier/bin/prettier.cjs", "--check", "--log-level=warn", "."],
        { buffered: true },
      );
      return format.ok ? vitest("unit tests", "unit", true) : format;
    })(),
  ]);
  if (!typesAndBuild || !unit.ok) return false;

  if (building) {
    const sub = await build("build dist-subpath/ (served at /kb/)", {
      OUT_DIR: "dist-subpath",
      BASE_PATH: "/kb/",
      SITE_URL: "https://reports.example.org",
    });
    if (!sub.ok) return false;
  }
  return (await vitest("site tests (browser, links, markup, search)", "site")).ok;
}

const started = performance.now();
const ok = await main();
const text = table((performance.now() - started) / 1000);
if (ok && process.argv.includes("--record")) record(text);
process.exit(ok ? 0 : 1);
