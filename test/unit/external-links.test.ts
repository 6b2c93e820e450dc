import { describe, expect, it } from "vitest";
import type { Element, Root } from "hast";
import { rehypeExternalLinks } from "../../src/markdown/plugins/external-links.ts";

const a = (href: string): Element => ({ type: "element", tagName: "a", properties: { href }, children: [] });

describe("rehypeExternalLinks", () => {
  it("marks links to other sites, also inside MDX components, and leaves site links alone", () => {
    const outside = a("https://arxiv.org/abs/2305.15324");
    const inComponent = a("http://www.cac.gov.cn/2023-10/18/c_1699291032884978.htm");
    const inside = a("../safety/#robustness-jailbreaks");
    const component = { type: "mdxJsxFlowElement", name: "Sources", attributes: [], children: [inComponent] };
    const tree = { type: "root", children: [outside, inside, component] } as unknown as Root;
    rehypeExternalLinks()(tree);
    expect(outside.properties.rel).toEqual(["noopener", "external"]);
    expect(inComponent.properties.rel).toEqual(["noopener", "external"]);
    expect(inside.properties.rel).toBeUndefined();
  });
});
