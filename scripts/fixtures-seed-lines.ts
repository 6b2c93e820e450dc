/**
 * Refresh test/fixtures/seed-lines.json: copies of the seed lines the unit tests
 * use, so they also run where ../shared/seeds is absent (a fresh clone in CI).
 *   npx tsx scripts/fixtures-seed-lines.ts
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const seeds = resolve(process.env.SEEDS_DIR ?? "../shared/seeds");
const files: Record<string, string> = {
  SEED_000: "000_4f671ea37769629e.txt",
  SEED_001: "001_ea5fadb9585deee6.txt",
  SEED_002: "002_6fd1d0693c8d5ff6.txt",
  SEED_004: "004_7ff6ee9301368a93.txt",
};
const out: Record<string, string[]> = {};
for (const test of readdirSync("test/unit").filter((f) => f.endsWith(".ts"))) {
  const source = readFileSync(`test/unit/${test}`, "utf8");
  for (const m of source.matchAll(/seedLines\((SEED_00\d), (\d+)(?:, (\d+))?\)/g)) {
    const file = files[m[1]!]!;
    const from = Number(m[2]);
    const to = m[3] ? Number(m[3]) : from;
    out[`${file}:${from}-${to}`] = readFileSync(resolve(seeds, file), "utf8")
      .split("\n")
      .slice(from - 1, to);
  }
}
writeFileSync("test/fixtures/seed-lines.json", JSON.stringify(out, null, 1) + "\n");
console.log(`wrote ${Object.keys(out).length} ranges`);
