import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { validateContent } from "../../scripts/validate/index.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../helpers/content-fixture.ts";
import { readGlossaryFiles } from "../../src/glossary/files.ts";
import { buildRiskModel } from "../../src/risks/model.ts";
import { cfiNames } from "../../src/risks/cfi-names.ts";

const contentWith = (fault: Parameters<typeof fixture>[1]) => fixture("content", fault, "");

afterEach(removeFixtures);

describe("the content check on the glossary and the taxonomies", () => {
  it("fails on a related term that does not exist, naming the file and field", async () => {
    const root = contentWith((p) =>
      edit(p("glossary/terms/loss-of-control.yaml"), "related: [power-seeking", "related: [power-seking"),
    );
    expect(messages(await validateContent(root))).toContain(
      'content/glossary/terms/loss-of-control.yaml: related.0: no term "power-seking" (content/glossary/terms/power-seking.yaml)',
    );
  });

  it("fails on a term without a definition in one language", async () => {
    const root = contentWith((p) =>
      edit(p("glossary/terms/evidence-dilemma.yaml"), /\n  en: "General-purpose AI develops[^\n]*/, ""),
    );
    expect(messages(await validateContent(root))).toContain(
      "content/glossary/terms/evidence-dilemma.yaml: definition.en: Required",
    );
  });

  it("fails on a passage whose anchor is missing in one language", async () => {
    const root = contentWith((p) =>
      edit(
        p("reports/international-ai-safety-report-2025/en/part-2-risks.mdx"),
        "\\{#loss-of-control\\}",
        "\\{#losing-control\\}",
      ),
    );
    const m = messages(await validateContent(root));
    expect(m).toContain(
      'content/glossary/terms/loss-of-control.yaml: defines.0: "international-ai-safety-report-2025/part-2-risks#loss-of-control": no passage "#loss-of-control" in content/reports/international-ai-safety-report-2025/en/part-2-risks.mdx',
    );
    expect(m).toContain(
      'content/taxonomies/schemes/iasr-risks.yaml: nodes.8.passages.0: "international-ai-safety-report-2025/part-2-risks#loss-of-control": no passage "#loss-of-control" in content/reports/international-ai-safety-report-2025/en/part-2-risks.mdx',
    );
  });

  it("fails on a passage in a chapter or talk that does not exist", async () => {
    const root = contentWith((p) =>
      edit(
        p("glossary/terms/red-lines.yaml"),
        "forum/waic-2024/zeng-yi-red-lines#p-14",
        "forum/waic-2024/zeng-yi-redlines#p-14",
      ),
    );
    expect(messages(await validateContent(root))).toContain(
      'content/glossary/terms/red-lines.yaml: passages.0: "forum/waic-2024/zeng-yi-redlines#p-14": no talk "waic-2024/zeng-yi-redlines"',
    );
  });

  it("fails on a dangling node or scheme in the crosswalk", async () => {
    const root = contentWith((p) => {
      edit(p("taxonomies/crosswalk.yaml"), "to: cais-four-sources/misuse,", "to: cais-four-sources/misus,");
      edit(
        p("taxonomies/crosswalk.yaml"),
        "from: cais-four-sources/biosecurity,",
        "from: cais-five-sources/biosecurity,",
      );
    });
    const m = messages(await validateContent(root));
    expect(m).toContain('content/taxonomies/crosswalk.yaml: 0: to: no node "cais-four-sources/misus"');
    expect(m).toContain('content/taxonomies/crosswalk.yaml: 1: from: no node "cais-five-sources/biosecurity"');
  });

  it("fails on a node whose parent or glossary term does not exist", async () => {
    const root = contentWith((p) => {
      edit(
        p("taxonomies/schemes/iasr-risks.yaml"),
        "    parent: malfunctions\n    family: loss-of-control",
        "    parent: malfunction\n    family: loss-of-control",
      );
      edit(p("taxonomies/schemes/iasr-risks.yaml"), "terms: [loss-of-control]", "terms: [loss-of-contrl]");
    });
    const m = messages(await validateContent(root));
    expect(m).toContain(
      'content/taxonomies/schemes/iasr-risks.yaml: nodes.8.parent: no node "malfunction" before this one in the scheme',
    );
    expect(m).toContain('content/taxonomies/schemes/iasr-risks.yaml: nodes.8.terms.0: no term "loss-of-contrl"');
  });

  it("fails on equivalent links that contradict a broader link", async () => {
    const root = contentWith((p) => {
      // CAIS misuse ≡ IASR malicious use already; declaring CAIS misuse ≡ IASR cyber offence merges a node with its parent.
      writeFileSync(
        p("taxonomies/crosswalk.yaml"),
        readFileSync(p("taxonomies/crosswalk.yaml"), "utf8") +
          "- { from: cais-four-sources/misuse, to: iasr-risks/cyber-offence, type: equivalent }\n",
      );
    });
    expect(messages(await validateContent(root))).toContainEqual(
      expect.stringMatching(
        /^content\/taxonomies\/crosswalk\.yaml: \d+: equivalent links [\d, ]+ make "iasr-risks\/cyber-offence" and "iasr-risks\/malicious-use" one concept, which contradicts the tree/,
      ),
    );
  });

  it("fails when a best-practice node no longer matches the practices of cfi-scores.yaml", async () => {
    const root = contentWith((p) =>
      edit(p("taxonomies/schemes/best-practices.yaml"), "  - id: robust-watermarks\n", "  - id: robust-watermark\n"),
    );
    const m = messages(await validateContent(root));
    expect(m).toContain(
      'content/taxonomies/schemes/best-practices.yaml: nodes: no node for "robust-watermarks" of content/data/cfi-scores.yaml (reuse its ids)',
    );
  });

  it("fails on two terms claiming one name", async () => {
    const root = contentWith((p) => edit(p("glossary/terms/red-teaming.yaml"), 'zh: ["红队"', 'zh: ["越狱"'));
    expect(messages(await validateContent(root))).toContainEqual(
      expect.stringMatching(
        /^content\/glossary\/terms\/(red-teaming|jailbreak)\.yaml: (name|aliases)\.zh(\.\d+)?: "越狱" is already a name of term/,
      ),
    );
  });
});

describe("the glossary and taxonomies as published", () => {
  const files = readGlossaryFiles("content");
  const model = buildRiskModel(files.schemes, files.crosswalk, cfiNames(files.cfi));
  const nodes = model.schemes.flatMap((s) => s.nodes);

  it("has at least 60 terms, each with a passage to link to", () => {
    expect(files.problems).toEqual([]);
    expect(files.terms.length).toBeGreaterThanOrEqual(60);
    for (const t of files.terms) expect(t.defines.length + t.passages.length, t.id).toBeGreaterThan(0);
  });

  it("has at least 6 schemes and 40 nodes; 90% of nodes cite a passage and 60% link to another scheme", () => {
    expect(model.schemes.length).toBeGreaterThanOrEqual(6);
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(nodes.filter((n) => n.passages.length).length / nodes.length).toBeGreaterThanOrEqual(0.9);
    expect(nodes.filter((n) => model.counterparts(n.ref).length).length / nodes.length).toBeGreaterThanOrEqual(0.6);
  });

  it("names the 42 practices with the ids and names of cfi-scores.yaml", () => {
    const practices = model.scheme("best-practices")!.nodes.filter((n) => n.parent);
    expect(practices).toHaveLength(42);
    expect(model.node("best-practices/robust-watermarks")!.name.zh).toBe(
      "探索对各种扰动具有鲁棒性的人工智能生成内容的水印使用",
    );
  });
});
