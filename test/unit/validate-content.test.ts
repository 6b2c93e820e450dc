import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { validateContent } from "../../scripts/validate/index.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../helpers/content-fixture.ts";

const REPORT = "international-ai-safety-report-2025";
const contentWith = (fault: Parameters<typeof fixture>[1]) => fixture("content", fault, `reports/${REPORT}`);

afterEach(removeFixtures);

describe("content validation", () => {
  it("passes on the real content", async () => {
    expect(await validateContent("content")).toEqual([]);
  });

  it("malformed frontmatter: names the file and the line", async () => {
    const root = contentWith((p) => edit(p("en/conclusion.mdx"), "order: 11", "order: [11"));
    expect(messages(await validateContent(root))).toContainEqual(
      expect.stringMatching(new RegExp(`^content/reports/${REPORT}/en/conclusion\\.mdx:\\d+: malformed frontmatter`)),
    );
  });

  it("a frontmatter field of the wrong type: names the file and the field", async () => {
    const root = contentWith((p) => edit(p("zh/conclusion.mdx"), "order: 11", 'order: "eleven"'));
    expect(messages(await validateContent(root))).toContain(
      `content/reports/${REPORT}/zh/conclusion.mdx: order: Expected number, received string`,
    );
  });

  it("a missing required field and an unknown field", async () => {
    const root = contentWith((p) => edit(p("en/key-findings.mdx"), /description: .*\n/, "summary: oops\n"));
    const m = messages(await validateContent(root));
    expect(m).toContain(`content/reports/${REPORT}/en/key-findings.mdx: description: Required`);
    expect(m).toContain(
      `content/reports/${REPORT}/en/key-findings.mdx: (top level): Unrecognized key(s) in object: 'summary'`,
    );
  });

  it("a bad report.yaml value: names the file and the nested field", async () => {
    const root = contentWith((p) => edit(p("report.yaml"), "year: 2025", "year: twenty"));
    expect(messages(await validateContent(root))).toContain(
      `content/reports/${REPORT}/report.yaml: citation.year: Expected number, received string`,
    );
  });

  it("a chapter missing its translation", async () => {
    const root = contentWith((p) => unlinkSync(p("en/conclusion.mdx")));
    expect(messages(await validateContent(root))).toContain(
      `content/reports/${REPORT}/en/conclusion.mdx: missing translation: content/reports/${REPORT}/zh/conclusion.mdx has no en counterpart`,
    );
  });

  it("a section id present in one language only", async () => {
    const root = contentWith((p) => edit(p("en/part-2-risks.mdx"), "\\{#malfunctions\\}", "\\{#malfunction\\}"));
    expect(messages(await validateContent(root))).toContain(
      `content/reports/${REPORT}/en/part-2-risks.mdx: section ids differ from content/reports/${REPORT}/zh/part-2-risks.mdx: only in zh: malfunctions; only in en: malfunction`,
    );
  });

  it("section ids in a different order", async () => {
    const root = contentWith((p) => {
      const file = p("en/part-2-risks.mdx");
      const text = readFileSync(file, "utf8");
      writeFileSync(
        file,
        text
          .replace("\\{#bias\\}", "\\{#TMP\\}")
          .replace("\\{#reliability-issues\\}", "\\{#bias\\}")
          .replace("\\{#TMP\\}", "\\{#reliability-issues\\}"),
      );
    });
    expect(messages(await validateContent(root)).join("\n")).toMatch(
      /part-2-risks\.mdx: section ids differ .*same ids in a different order/,
    );
  });

  it("a link to a chapter that does not exist", async () => {
    const root = contentWith((p) => edit(p("zh/key-findings.mdx"), "](../chair-update-o3/)", "](../chairs-note/)"));
    expect(messages(await validateContent(root))).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/reports/${REPORT}/zh/key-findings\\.mdx:\\d+: link "\\.\\./chairs-note/": no chapter "${REPORT}/chairs-note"$`,
        ),
      ),
    );
  });

  it("a link to a section that does not exist", async () => {
    const root = contentWith((p) => edit(p("en/copyright-disclaimer.mdx"), "#scientific-lead", "#science-lead"));
    expect(messages(await validateContent(root))).toContainEqual(
      expect.stringMatching(
        /copyright-disclaimer\.mdx:\d+: link "\.\.\/contributors\/#science-lead": chapter "contributors" has no section "#science-lead"/,
      ),
    );
  });

  it("a site-absolute link, which would break under a sub-path", async () => {
    const root = contentWith((p) =>
      edit(p("en/copyright-disclaimer.mdx"), "](../contributors/#scientific-lead)", "](/en/reports/x/contributors/)"),
    );
    expect(messages(await validateContent(root)).join("\n")).toMatch(
      /copyright-disclaimer\.mdx:\d+: link "\/en\/reports\/x\/contributors\/" is site-absolute/,
    );
  });

  it("an unknown contributor group and an unknown component", async () => {
    const root = contentWith((p) => {
      edit(p("zh/contributors.mdx"), 'group="writing-team"', 'group="writers"');
      edit(p("zh/conclusion.mdx"), /\n$/, '\n\n<Timeline id="x" />\n');
    });
    const m = messages(await validateContent(root)).join("\n");
    expect(m).toMatch(
      /zh\/contributors\.mdx:\d+: unknown contributor group "writers"; groups: chair, expert-advisory-panel/,
    );
    expect(m).toMatch(/zh\/conclusion\.mdx:\d+: unknown component <Timeline>/);
  });

  it("a footnote referenced but not defined, which Markdown would silently print as text", async () => {
    const root = contentWith((p) => edit(p("en/part-1-capabilities.mdx"), /\n\[\^2\]: .*\n?$/, "\n"));
    const m = messages(await validateContent(root)).join("\n");
    expect(m).toMatch(/en\/part-1-capabilities\.mdx: footnote \[\^2\] is referenced but never defined/);
  });

  it("a heading without an id: names the file and line", async () => {
    const root = contentWith((p) => edit(p("en/part-2-risks.mdx"), " \\{#systemic-risks\\}", ""));
    expect(messages(await validateContent(root)).join("\n")).toMatch(
      /en\/part-2-risks\.mdx:\d+: Heading "Systemic risks" has no explicit id/,
    );
  });
});

describe("redirects", () => {
  it("a redirect to a page that does not exist names content/redirects.yaml", async () => {
    const root = contentWith(() => undefined);
    writeFileSync(join(root, "redirects.yaml"), "- from: reports/old\n  to: reports/missing\n  reason: test\n");
    expect(messages(await validateContent(root))).toContain(
      'content/redirects.yaml: target "reports/missing" does not exist',
    );
  });
});

describe("a translation is complete, not a summary", () => {
  it("a paragraph dropped from the English names the file and the count", async () => {
    const root = contentWith((p) => edit(p("en/conclusion.mdx"), /\n\n([^\n]+)\n?$/, "\n"));
    expect(messages(await validateContent(root))).toContain(
      `content/reports/${REPORT}/en/conclusion.mdx: has 0 paragraphs, content/reports/${REPORT}/zh/conclusion.mdx has 1`,
    );
  });
});
