import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Problem } from "../../scripts/validate/index.ts";

/**
 * Copies of a content tree with one deliberate fault, as an editor might make it,
 * for the content-check tests. Call `removeFixtures` after each test.
 */
const made: string[] = [];

/**
 * Copy `source` (a `content/` directory) to a temporary directory, let `fault`
 * change it (it gets a function resolving paths relative to `content/<under>`),
 * and return the copy's `content/` path.
 */
export function contentWith(source: string, fault: (path: (rel: string) => string) => void, under = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  made.push(dir);
  cpSync(source, join(dir, "content"), { recursive: true });
  fault((rel) => join(dir, "content", under, rel));
  return join(dir, "content");
}

export function removeFixtures(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replace `from` with `to` in a file; a fixture edit that does not apply is a broken test. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, next);
}

/** The problems as a reader of the check's output sees them: `file[:line]: message`. */
export const messages = (problems: Problem[]): string[] =>
  problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
