/**
 * Produce draft MDX for a seed: `npm run import -- iasr-2025`.
 * Drafts go to drafts/<report>/zh/ (git-ignored). Review them, add section ids,
 * then copy into content/. The committed MDX is the source of truth; this tool
 * never writes to content/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { draftChapters } from "./draft.ts";
import { iasr2025 } from "./recipes/iasr-2025.ts";
import { frontierModels2023 } from "./recipes/frontier-models-2023.ts";
import { bestPractices2024 } from "./recipes/best-practices-2024.ts";
import type { Recipe } from "./recipe.ts";

const recipes: Record<string, Recipe> = {
  "iasr-2025": iasr2025,
  "frontier-models-2023": frontierModels2023,
  "best-practices-2024": bestPractices2024,
};
const seedsDir = resolve(process.env.SEEDS_DIR ?? "../shared/seeds");

const name = process.argv[2];
const recipe = name ? recipes[name] : undefined;
if (!recipe) {
  console.error(`usage: npm run import -- <${Object.keys(recipes).join("|")}>`);
  process.exit(1);
}
const text = readFileSync(join(seedsDir, recipe.seed), "utf8");
const outDir = join("drafts", recipe.report, "zh");
mkdirSync(outDir, { recursive: true });
for (const chapter of draftChapters(text, recipe)) {
  const file = join(outDir, `${chapter.slug}.mdx`);
  writeFileSync(file, chapter.mdx);
  console.log(`wrote ${file}  (${chapter.title || "untitled"})`);
}
