import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { VFile } from "vfile";
import { remarkMdxComponentLang } from "../../src/markdown/plugins/mdx-component-lang.ts";

async function langsOf(source: string, path: string): Promise<Record<string, string | undefined>> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxComponentLang);
  const tree = await processor.run(processor.parse(source), new VFile({ path, value: source }));
  const out: Record<string, string | undefined> = {};
  const walk = (node: {
    type: string;
    name?: string;
    attributes?: { name: string; value: unknown }[];
    children?: unknown[];
  }) => {
    if (node.name) out[node.name] = node.attributes?.find((a) => a.name === "lang")?.value as string | undefined;
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as unknown as Parameters<typeof walk>[0]);
  return out;
}

describe("components learn the language of their file", () => {
  it("adds lang from the file's folder to the site's components only", async () => {
    const langs = await langsOf(
      `<Note>注</Note>\n\n<EditorNote lang="en">kept</EditorNote>\n\n<Other />\n`,
      "/c/reports/r/zh/risks.mdx",
    );
    expect(langs).toEqual({ Note: "zh", EditorNote: "en", Other: undefined });
  });

  it("names the file when it is not in a language folder", async () => {
    await expect(langsOf(`<Note>x</Note>`, "/c/reports/r/risks.mdx")).rejects.toThrow(
      "/c/reports/r/risks.mdx: content files must live in a zh/ or en/ folder",
    );
  });
});
