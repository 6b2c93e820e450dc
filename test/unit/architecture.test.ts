/**
 * The import layers of src/ (.dependency-cruiser.cjs, docs/architecture.md):
 * no cycles, no import from a lower layer to a higher one. dependency-cruiser
 * reads TypeScript imports; .astro templates sit at the top (components,
 * layouts, pages) and are not parsed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const DEPCRUISE = resolve("node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** Violations dependency-cruiser reports for `dir` with the project's rules, one line each. */
function violations(dir: string, cwd = process.cwd()): string[] {
  try {
    execFileSync(
      process.execPath,
      [DEPCRUISE, dir, "--config", resolve(".dependency-cruiser.cjs"), "--output-type", "err"],
      { cwd, encoding: "utf8", stdio: "pipe" },
    );
    return [];
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? String(error);
    return out.split("\n").filter((l) => /^\s*error /.test(l));
  }
}

describe("the import layers", () => {
  it("src/ has no import cycle and no import that points up a layer", () => {
    expect(violations("src")).toEqual([]);
  });

  it("the rules catch a schema importing a feature, and a cycle", () => {
    const root = mkdtempSync(join(tmpdir(), "layers-"));
    mkdirSync(join(root, "src/schemas"), { recursive: true });
    mkdirSync(join(root, "src/glossary"), { recursive: true });
    writeFileSync(join(root, "src/schemas/a.ts"), 'import { b } from "../glossary/b.ts";\nexport const a = b;\n');
    writeFileSync(
      join(root, "src/glossary/b.ts"),
      'import { a } from "../schemas/a.ts";\nexport const b = 1;\nexport const c = a;\n',
    );
    writeFileSync(join(root, "tsconfig.json"), "{}");
    const found = violations("src", root).join("\n");
    expect(found).toMatch(/core-imports-only-core: src\/schemas\/a\.ts → src\/glossary\/b\.ts/);
    expect(found).toMatch(/no-circular/);
  });
});
