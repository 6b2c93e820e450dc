/**
 * Inside <Sources>, show each link's host after its text ("Sparks of AGI · arxiv.org"),
 * so a reader knows where a link goes before tapping it, without a raw URL dump.
 */
import type { Link, Nodes, Root } from "mdast";

/** "https://www.example.org/a?b" → "example.org"; undefined for relative links. */
export function linkHost(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    return u.hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

function hostNode(host: string): Nodes {
  return {
    type: "emphasis",
    data: { hName: "span", hProperties: { className: ["sources__host"] } },
    children: [{ type: "text", value: host }],
  } as Nodes;
}

function annotate(node: Nodes): void {
  if (!("children" in node)) return;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === "link") {
      const host = linkHost((child as Link).url);
      if (host) children.splice(++i, 0, hostNode(host));
    } else annotate(child);
  }
}

export function remarkSourceHosts() {
  return (tree: Root) => {
    const visit = (node: Nodes) => {
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Sources")
        annotate(node);
      else if ("children" in node) (node.children as Nodes[]).forEach(visit);
    };
    visit(tree);
  };
}
