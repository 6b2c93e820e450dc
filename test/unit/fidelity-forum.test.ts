import { describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { plainFolder, sentenceUnits } from "./source-text.ts";
import { SEED_004, seedLines } from "./seed-lines.ts";

const DIR = "content/forum/waic-2024";
/** The transcript's own speaker labels, which <Speaker id="…" /> replaces on the page. */
const INLINE_LABELS = ["Don Song：", "耀东：", "邵信：", "卓昇：", "邀东：", "周正老师："];
const talks = existsSync(`${DIR}/zh`) ? readdirSync(`${DIR}/zh`).filter((f) => f.endsWith(".mdx")) : [];

describe("WAIC 2024 forum (seed 004): the Chinese talk pages are the transcript", () => {
  // The Chinese text keeps the recognised wording; corrections are applied at build time,
  // so every sentence of the seed appears in the files as it stands.
  it.skipIf(talks.length === 0)("every sentence of the transcript appears in the Chinese talk pages", () => {
    const lines = seedLines(SEED_004, 47, 437).map((l) =>
      INLINE_LABELS.reduce((text, label) => text.split(label).join(""), l),
    );
    const site = plainFolder(`${DIR}/zh`);
    const missing = sentenceUnits(lines).filter((u) => !site.includes(u));
    expect(missing).toEqual([]);
  });
});
