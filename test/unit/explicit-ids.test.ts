import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import { extractExplicitId, remarkExplicitIds } from "../../src/markdown/plugins/explicit-ids.ts";

function toHtml(mdx: string, path = "content/reports/r/zh/c.mdx"): string {
  const file = new VFile({ path, value: mdx });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkCjkFriendly)
      .use(remarkExplicitIds)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
}

describe("extractExplicitId", () => {
  it("splits a trailing {#id}", () => {
    expect(extractExplicitId("证据困境 {#evidence-dilemma}")).toEqual({ text: "证据困境", id: "evidence-dilemma" });
    expect(extractExplicitId("no marker")).toEqual({ text: "no marker" });
  });
});

describe("remarkExplicitIds", () => {
  it("puts the id on a heading and removes the marker", () => {
    expect(toHtml("## 证据困境 \\{#evidence-dilemma\\}")).toBe('<h2 id="evidence-dilemma">证据困境</h2>');
  });

  it("puts a passage id on the list item and gives it a search title from its bold lead", () => {
    const html = toHtml("- **网络攻击：**借助通用型人工智能…… \\{#cyber-offence\\}");
    expect(html).toContain('<li id="cyber-offence" data-pagefind-title="网络攻击">');
    expect(html).not.toContain("{#");
  });

  it("puts a passage id on a paragraph, titled by its first clause", () => {
    const html = toHtml("本报告将风险分为三类。每个类别都包含已经出现的风险。 \\{#three-categories\\}");
    expect(html).toBe(
      '<p id="three-categories" data-pagefind-title="本报告将风险分为三类">本报告将风险分为三类。每个类别都包含已经出现的风险。</p>',
    );
    expect(toHtml("Risk management, which is hard, matters. \\{#x\\}")).toContain(
      'data-pagefind-title="Risk management"',
    );
  });

  it("shortens a long label", () => {
    expect(
      toHtml("自中期报告（2024年5月）发布以来通用型人工智能在与恶意使用相关的领域中的应用能力有所提高。 \\{#x\\}"),
    ).toContain('data-pagefind-title="自中期报告（2024年5月）发布以来通用型人工…"');
  });

  it("fails on a heading without an id, naming the file and line and showing the fix", () => {
    let error: { file?: string; line?: number; reason?: string } = {};
    try {
      toHtml("intro\n\n## 恶意使用", "content/reports/r/zh/part-2.mdx");
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.file).toBe("content/reports/r/zh/part-2.mdx");
    expect(error.line).toBe(3);
    expect(error.reason).toBe('Heading "恶意使用" has no explicit id. Write it as "## 恶意使用 \\{#some-id\\}"');
  });

  it("fails on an id that is not lowercase ASCII", () => {
    expect(() => toHtml("## 风险 \\{#风险\\}")).toThrow(/Invalid id "\{#风险\}"/);
    expect(() => toHtml("## Risks \\{#Risks_1\\}")).toThrow(/Invalid id/);
  });

  it("fails on a duplicate id, citing the first use", () => {
    expect(() => toHtml("## A \\{#a\\}\n\n## B \\{#a\\}")).toThrow(/Duplicate id "a" \(first used on line 1\)/);
  });

  it("fails on a marker that does not end its block", () => {
    expect(() => toHtml("text \\{#x\\} more text")).toThrow(/Misplaced id marker/);
  });
});
