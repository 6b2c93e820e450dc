import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const SEEDS = resolve(process.env.SEEDS_DIR ?? "../shared/seeds");

/**
 * Real lines from the read-only seed files (1-based, inclusive), so the tools
 * are tested on the damage they exist to repair. When the seeds are not next
 * to the repository (a bare clone), the copies in test/fixtures/seed-lines.json are used.
 */
export function seedLines(file: string, from: number, to = from): string[] {
  try {
    return readFileSync(resolve(SEEDS, file), "utf8")
      .split("\n")
      .slice(from - 1, to);
  } catch {
    const copies = JSON.parse(readFileSync(resolve("test/fixtures/seed-lines.json"), "utf8")) as Record<
      string,
      string[]
    >;
    const lines = copies[`${file}:${from}-${to}`];
    if (!lines) throw new Error(`no copy of ${file}:${from}-${to} in test/fixtures/seed-lines.json`);
    return lines;
  }
}

export const SEED_000 = "000_4f671ea37769629e.txt";
export const SEED_001 = "001_ea5fadb9585deee6.txt";
export const SEED_002 = "002_6fd1d0693c8d5ff6.txt";
export const SEED_004 = "004_7ff6ee9301368a93.txt";
