import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { findRadicals } from "../../scripts/import/normalize.ts";

describe("all published text", () => {
  it("has no radical or compatibility look-alike characters left", () => {
    const files = readdirSync("content", { recursive: true, encoding: "utf8" }).filter((f) => /\.(mdx|ya?ml)$/.test(f));
    const found = files.flatMap((f) => {
      const text = readFileSync(`content/${f}`, "utf8");
      const extra = [...text.matchAll(/[\u2E3A\u2E3B\uF900-\uFAFF]/gu)];
      return [...findRadicals(text).map((r) => `${f}: ${r.char} ${r.codePoint}`), ...extra.map((m) => `${f}: ${m[0]}`)];
    });
    expect(found).toEqual([]);
  });
});
