/** Small helpers over hast trees (build time only). */
import type { Element, ElementContent, Nodes, Root } from "hast";

/** A node's text, whitespace collapsed. */
export function toString(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "text") parts.push(n.value);
    else if ("children" in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ");
}

export function classes(node: Element): string[] {
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(" ") : [];
}

export const hasClass = (node: ElementContent | Root, name: string): boolean =>
  node.type === "element" && classes(node).includes(name);

export function findElement(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

export const elements = (nodes: readonly (ElementContent | Root["children"][number])[]): Element[] =>
  nodes.filter((n): n is Element => n.type === "element");
