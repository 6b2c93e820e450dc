import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { normalizeText, tidyCjkSpacing } from "../../scripts/import/normalize.ts";
import { contributorsSchema } from "../../src/schemas/contributors.ts";
import { SEED_002, seedLines } from "./seed-lines.ts";

const DIR = "content/reports/international-ai-safety-report-2025";

/** Reduce text to what a reader sees: no Markdown syntax, ids, footnote markers or spacing differences. */
function plain(text: string): string {
  return text
    .replace(/\\\{#[a-z0-9-]+\\\}/g, "")
    .replace(/\[\^\d+\]:?/g, "")
    .replace(/[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^\s*[-#]+\s*/gm, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\s+/g, "");
}

/**
 * Every sentence of the seed must appear in the Chinese edition (text, contributor
 * data or report metadata), except the corrections listed here, each of which is
 * marked on the site with an editor's note.
 */
const CORRECTED: Record<string, string> = {
  "EdwardW.Felton": "EdwardW.Felten",
  Responsible人工智能UK: "ResponsibleAIUK",
  人工智能Collaborative控股有限公司: "AICollaborative",
  "第1部分-": "第1部分—",
  "第2部分–": "第2部分—",
};

describe("the Chinese edition is the source text", () => {
  const zh = readdirSync(`${DIR}/zh`)
    .map((f) => readFileSync(`${DIR}/zh/${f}`, "utf8"))
    .join("\n");
  const data = readFileSync(`${DIR}/contributors.yaml`, "utf8") + readFileSync(`${DIR}/report.yaml`, "utf8");
  // Contributors are rendered as "name + honorific" and "name (role)"; include those renderings.
  const people = contributorsSchema
    .parse(parse(readFileSync(`${DIR}/contributors.yaml`, "utf8")))
    .groups.flatMap((g) => g.members ?? g.subgroups!.flatMap((s) => s.members));
  const rendered = people
    .map(
      (p) =>
        `${typeof p.name === "string" ? p.name : p.name.zh}${p.honorific?.zh ?? ""}${p.role ? `(${p.role.zh})` : ""}`,
    )
    .join("\n");
  const site = plain(zh + data + rendered);

  it("every sentence of seed 002 appears, apart from marked corrections", () => {
    // Paragraphs are separated by blank lines; adjacent lines are extraction wraps, so join them.
    const paragraphs = seedLines(SEED_002, 1, 437)
      .map((l) => tidyCjkSpacing(normalizeText(l)))
      .join("\n")
      .split(/\n\s*\n/);
    const units = paragraphs.flatMap((p) => {
      let text = plain(p);
      for (const [from, to] of Object.entries(CORRECTED)) text = text.split(from).join(to);
      // Contributor lines are "国家: 姓名, 机构" in the seed and separate fields on the site.
      return text.split(/(?<=[。？！])|[:,，：]/u);
    });
    const missing = units.filter((s) => s.length >= 4 && !site.includes(s));
    expect(missing).toEqual([]);
  });
});
