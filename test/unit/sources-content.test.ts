import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { validateContent } from "../../scripts/validate/index.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../helpers/content-fixture.ts";

const contentWith = (fault: Parameters<typeof fixture>[1]) => fixture("content", fault, "");
const BIB = "content/sources/bibliography.yaml";
const FC = "content/sources/forum-citations.yaml";

afterEach(removeFixtures);

// Each case runs the whole content check on a copy of content/ (the first parses every chapter): seconds of CPU on a busy machine.
describe("the content check on the bibliography (content/sources/bibliography.yaml)", { timeout: 120_000 }, () => {
  it("fails on a note whose link is not in the bibliography, naming the chapter and the note", async () => {
    const root = contentWith((p) => {
      for (const lang of ["zh", "en"])
        edit(
          p(`reports/best-practices-2024/${lang}/model-evaluations-red-teaming.mdx`),
          "(https://arxiv.org/abs/2305.15324)",
          "(https://example.org/not-in-the-bibliography)",
        );
    });
    const m = messages(await validateContent(root));
    expect(m).toContain(
      "content/reports/best-practices-2024/zh/model-evaluations-red-teaming.mdx: note 28 cites https://example.org/not-in-the-bibliography, which is not in content/sources/bibliography.yaml (run `npm run sources` and review the diff)",
    );
    // …and the entry is no longer cited there.
    expect(m).toContainEqual(
      expect.stringMatching(
        /^content\/sources\/bibliography\.yaml: entries\.\d+ \("model-evaluation-for-extreme-risks"\)\.citedIn\.0: note 28 of best-practices-2024\/model-evaluations-red-teaming cites https:\/\/example\.org\/not-in-the-bibliography, not this work/,
      ),
    );
  });

  it("fails on a note that links to different works in the two languages", async () => {
    const root = contentWith((p) =>
      edit(
        p("reports/best-practices-2024/en/model-evaluations-red-teaming.mdx"),
        "(https://arxiv.org/abs/2305.15324)",
        "(https://arxiv.org/abs/2305.15325)",
      ),
    );
    expect(messages(await validateContent(root))).toContain(
      "content/reports/best-practices-2024/en/model-evaluations-red-teaming.mdx: note 28 links to https://arxiv.org/abs/2305.15325, but to https://arxiv.org/abs/2305.15324 in content/reports/best-practices-2024/zh/model-evaluations-red-teaming.mdx",
    );
  });

  // One copy of content/ for the bibliography's and the forum citations' faults: each copy costs seconds.
  it("names every problem of a well-formed file: unresolved passage, uncited entry, duplicate work, a work named in the forum whose words are not in its passage, whose passage is missing, or that the bibliography does not hold", async () => {
    const root = contentWith((p) => {
      const named = p("sources/forum-citations.yaml");
      edit(named, "zh: 2017年的Attention is All You Need论文", "zh: 2017年的一篇论文");
      edit(named, "roundtable-1-research-agenda#p-15", "roundtable-1-research-agenda#p-99");
      const file = p("sources/bibliography.yaml");
      edit(
        file,
        "      - ref: frontier-models-2023/governance#model-evaluation\n        list: model-evaluation-sources",
        "      - ref: frontier-models-2023/governance#model-evaluations\n        list: model-evaluation-sources",
      );
      writeFileSync(
        file,
        readFileSync(file, "utf8") +
          [
            "  - id: an-uncited-work",
            "    title: An uncited work",
            "    url: https://example.org/uncited",
            "    kind: website",
            "    citedIn:",
            "      - ref: best-practices-2024/model-evaluations-red-teaming#reading-deepmind-extreme-risks",
            "        note: 28",
            "  - id: model-evaluation-again",
            "    title: Model evaluation for extreme risks",
            "    url: https://arxiv.org/pdf/2305.15324v2.pdf",
            "    kind: paper",
            "    citedIn:",
            "      - ref: best-practices-2024/model-evaluations-red-teaming#reading-deepmind-extreme-risks",
            "        note: 28",
            "",
          ].join("\n"),
      );
    });
    const all = messages(await validateContent(root));
    const m = all.filter((x) => x.startsWith(BIB));
    const at = (id: string) => m.find((x) => x.includes(`("${id}")`) && x.includes("model-evaluations"));
    expect(at("model-evaluation-for-extreme-risks")).toMatch(
      /entries\.\d+ \("model-evaluation-for-extreme-risks"\)\.citedIn\.2: "frontier-models-2023\/governance#model-evaluations": no passage "#model-evaluations" in content\/reports\/frontier-models-2023\/(zh|en)\/governance\.mdx/,
    );
    expect(m).toContain(
      `${BIB}: entries.330 ("an-uncited-work").citedIn.0: note 28 of best-practices-2024/model-evaluations-red-teaming cites https://arxiv.org/abs/2305.15324, not this work (run \`npm run sources\` and review the diff)`,
    );
    expect(m).toContain(
      `${BIB}: entries.330 ("an-uncited-work"): https://example.org/uncited is not cited by any document (run \`npm run sources\` and review the diff)`,
    );
    expect(
      m.some((x) =>
        /entries\.331 \("model-evaluation-again"\) and entries\.\d+ \("model-evaluation-for-extreme-risks"\) are the same work \(arxiv:2305\.15324\): merge them/.test(
          x,
        ),
      ),
    ).toBe(true);
    expect(all).toContain(
      `${FC}: 2.citedIn.0.quote.zh: “2017年的一篇论文” is not in forum/waic-2024/irene-solaiman-openness#p-5 (zh)`,
    );
    expect(all).toContainEqual(
      expect.stringMatching(
        /^content\/sources\/forum-citations\.yaml: 7\.citedIn\.0: "forum\/waic-2024\/roundtable-1-research-agenda#p-99": no passage "#p-99"/,
      ),
    );
    expect(all).toContainEqual(
      expect.stringMatching(
        /^content\/sources\/bibliography\.yaml: entries\.\d+ \("bletchley-declaration"\): its places named in the forum, or its fields, differ from content\/sources\/forum-citations\.yaml/,
      ),
    );
  });
});
