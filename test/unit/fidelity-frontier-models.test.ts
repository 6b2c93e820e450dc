import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { normalizeText } from "../../scripts/import/normalize.ts";
import { isPageNumberLine, stripFusedPageNumber } from "../../scripts/import/rejoin.ts";
import { isChapterFooter, isUrlLine, unwrapGoogleRedirect } from "../../scripts/import/slides.ts";
import { applyCorrections, plainFolder, sentenceUnits } from "./source-text.ts";
import { SEED_000, seedLines } from "./seed-lines.ts";

/** Every <Sources> list of every chapter of one language: the URLs it links. */
function sourceListUrls(dir: string): Set<string> {
  const urls = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
    const text = readFileSync(`${dir}/${f}`, "utf8");
    for (const block of text.matchAll(/<Sources\b[^>]*>([\s\S]*?)<\/Sources>/g)) {
      for (const m of block[1]!.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) urls.add(m[1]!);
    }
  }
  return urls;
}

describe("Frontier Large Models 2023 (seed 000)", () => {
  const DIR = "content/reports/frontier-models-2023";
  const seed = seedLines(SEED_000, 1, 2012);
  // Corrections made in the Chinese text, each marked on the site with an editor's note.
  // A "\n" splits a line that ran two figure captions together into two units.
  const CORRECTIONS: Record<string, string> = {
    CentreforCentrefortheGovernanceofAI: "CentrefortheGovernanceofAI",
    "极大风险的模型)。": "极大风险的模型。",
    金砖国际已经同意: "金砖国家已经同意",
    AI的的研发: "AI的研发",
    五总结与展望: "总结与展望", // the divider's numeral: the chapter title is the part's name
    "5个表述部分AGI": "5个表述\n部分AGI",
    决策过程框架概述: "决策过程\n框架概述",
    三个关键挑战前沿AI的生命周期: "三个关键挑战\n前沿AI的生命周期",
    "答复百分比(50项": "答复百分比\n(50项",
  };

  it("every sentence of the slides appears in the Chinese edition, apart from marked corrections", () => {
    const text = seed
      .map(normalizeText)
      .filter((l) => !isUrlLine(l) && !isChapterFooter(l) && !isPageNumberLine(l))
      .map((l) =>
        stripFusedPageNumber(l)
          .replace(/^\s*[●○]\s*/u, "")
          .replace(/([。！？.!?])\s+\d{1,3}\s*$/u, "$1"),
      );
    const site = plainFolder(`${DIR}/zh`) + readFileSync(`${DIR}/report.yaml`, "utf8").replace(/\s+/g, "");
    const missing = applyCorrections(sentenceUnits(text), CORRECTIONS)
      .flatMap((u) => u.split("\n"))
      .filter((u) => !site.includes(u));
    expect(missing).toEqual([]);
  });

  it("every distinct URL of the slides is in a Sources list, in both languages (Google redirects unwrapped)", () => {
    const seedUrls = [...new Set(seed.filter(isUrlLine).map((l) => unwrapGoogleRedirect(l.trim())))];
    expect(seedUrls.length).toBeGreaterThan(200);
    for (const lang of ["zh", "en"]) {
      const listed = sourceListUrls(`${DIR}/${lang}`);
      expect(
        seedUrls.filter((u) => !listed.has(u)),
        lang,
      ).toEqual([]);
    }
  });
});
