/**
 * After `prettier --write`: did formatting change what an Astro template renders?
 *
 * The Astro Prettier plugin formats markup inside {expressions} as JSX and adds
 * line breaks that Astro renders as spaces (withastro/prettier-plugin-astro#308).
 * This compiles every changed .astro file as it is in git (`REF`, default HEAD)
 * and as it is now, and compares the static HTML of its templates with runs of
 * whitespace made one space: a space that appears or disappears is a change a
 * reader can see (or a <pre> that gains a blank line). Exits 1 naming each
 * template; restore it and add it to .prettierignore.
 *   npm run format        (prettier --write, then this)
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { transform } from "@astrojs/compiler";
import { transformSync } from "esbuild";
import { Parser, type Node } from "acorn";

const ref = process.env.REF ?? "HEAD";

/** The static HTML of each template in a compiled component, whitespace runs made one space. */
async function templates(source: string, file: string): Promise<string[]> {
  const { code } = await transform(source, { filename: file });
  const ast = Parser.parse(transformSync(code, { loader: "ts" }).code, { ecmaVersion: "latest", sourceType: "module" });
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as Node & Record<string, unknown>;
    if (n.type === "TaggedTemplateExpression" && (n.tag as { name?: string }).name === "$$render") {
      const quasis = (n.quasi as { quasis: { value: { cooked: string } }[] }).quasis;
      out.push(quasis.map((q) => q.value.cooked.replace(/\s+/g, " ")).join("${}"));
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value);
    }
  };
  visit(ast);
  return out;
}

const changed = execFileSync("git", ["diff", "--name-only", ref, "--", "*.astro"], { encoding: "utf8" })
  .split("\n")
  .filter(Boolean);
const different: string[] = [];
for (const file of changed) {
  let before: string;
  try {
    before = execFileSync("git", ["show", `${ref}:${file}`], { encoding: "utf8" });
  } catch {
    continue; // a new file: nothing to compare with
  }
  const [a, b] = await Promise.all([templates(before, file), templates(readFileSync(file, "utf8"), file)]);
  if (a.join("\n") !== b.join("\n")) different.push(file);
}
if (different.length) {
  console.error(
    `Formatting changed what these templates render (whitespace Astro keeps):\n${different.map((f) => `  ${f}`).join("\n")}\n` +
      `Restore them (git checkout ${ref} -- <file>), make the edit you meant by hand, and add them to .prettierignore.`,
  );
  process.exit(1);
}
console.log(`${changed.length} changed template(s) compared with ${ref}: each renders the same.`);
