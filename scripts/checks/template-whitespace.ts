/**
 * `npm run format`: run Prettier, and make sure formatting did not change what an Astro template renders.
 *
 * The Astro Prettier plugin formats markup inside {expressions} as JSX and adds
 * line breaks that Astro renders as spaces (withastro/prettier-plugin-astro#308).
 * This keeps every .astro file as it is before formatting (with your edits),
 * runs `prettier --write .`, then compiles each template Prettier changed,
 * before and after, and compares the static HTML of its templates with runs of
 * whitespace made one space: a space that appears or disappears is a change a
 * reader can see (or a <pre> that gains a blank line). Such a template is put
 * back as it was and named (exit 1); add it to .prettierignore.
 *   npm run format
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { transform } from "@astrojs/compiler";
import { transformSync } from "esbuild";
import { Parser, type Node } from "acorn";

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

// Every template as it is before formatting (your edits included), then Prettier.
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", "*.astro"], {
  encoding: "utf8",
})
  .split("\n")
  .filter(Boolean);
const before = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
execFileSync("npx", ["prettier", "--write", "--log-level", "warn", "."], { stdio: "inherit" });

const changed = files.filter((f) => readFileSync(f, "utf8") !== before.get(f));
const different: string[] = [];
for (const file of changed) {
  const [a, b] = await Promise.all([templates(before.get(file)!, file), templates(readFileSync(file, "utf8"), file)]);
  if (a.join("\n") !== b.join("\n")) {
    different.push(file);
    writeFileSync(file, before.get(file)!); // put back what you wrote
  }
}
if (different.length) {
  console.error(
    `Formatting would change what these templates render (whitespace Astro keeps), so they were left as you wrote them:\n` +
      `${different.map((f) => `  ${f}`).join("\n")}\n` +
      `Add them to .prettierignore (withastro/prettier-plugin-astro#308), or lay out the markup so the formatter keeps its text.`,
  );
  process.exit(1);
}
console.log(`${changed.length} template(s) formatted; each renders the same as before formatting.`);
