import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { isUrlLine, unwrapGoogleRedirect } from "../../scripts/import/slides.ts";
import { urlsIn } from "./source-text.ts";
import { SEED_000, SEED_001, seedLines } from "./seed-lines.ts";

/**
 * The bibliography against the seeds, counted from the seed text itself (not
 * through the extraction that made the bibliography): every distinct URL of the
 * 2024 report's notes and of the 2023 slides' source lists is a link of an entry.
 */
const entries = (
  parse(readFileSync("content/sources/bibliography.yaml", "utf8"), { version: "1.1" }) as {
    entries: { id: string; url: string; urls?: string[] }[];
  }
).entries;
const links = new Set(entries.flatMap((e) => [e.url, ...(e.urls ?? [])]));

describe("the bibliography holds every distinct URL of the seeds", () => {
  it("001 (Best Practices 2024): every URL of its notes, 137 distinct (the two typos fixed on the site, each marked)", () => {
    const fixes: Record<string, string> = {
      "ai-safety-summit-introduction-htm1": "ai-safety-summit-introduction-html",
      "about-this-image-google-search/? ga=": "about-this-image-google-search/?_ga=",
    };
    const text = Object.entries(fixes).reduce(
      (t, [from, to]) => t.split(from).join(to),
      seedLines(SEED_001, 1, 1672).join("\n"),
    );
    const urls = urlsIn(text);
    expect(urls).toHaveLength(137);
    expect(urls.filter((u) => !links.has(u))).toEqual([]);
  });

  it("000 (Frontier Models 2023): every URL of its source lists, 215 distinct lines, 214 links once a Google redirect is unwrapped", () => {
    const lines = new Set(
      seedLines(SEED_000, 1, 2012)
        .filter(isUrlLine)
        .map((l) => l.trim()),
    );
    expect(lines.size).toBe(215);
    const urls = [...new Set([...lines].map(unwrapGoogleRedirect))];
    expect(urls).toHaveLength(214);
    expect(urls.filter((u) => !links.has(u))).toEqual([]);
  });
});
