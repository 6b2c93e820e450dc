/**
 * html-validate rules of our own. `kb/no-missing-references` checks the same
 * references as html-validate's `no-missing-references` (label[for],
 * input[list] and the ARIA id references), with one pass over the document
 * instead of one selector query per reference: on the one-page editions, with
 * hundreds of footnote references, the original took a third of the whole
 * markup check.
 */
import { definePlugin, DynamicValue, Rule, walk, type DOMReadyEvent, type HtmlElement } from "html-validate";

/** Attributes holding id references, and whether they hold a space-separated list. */
const REFERENCES: readonly { attr: string; list: boolean; on?: string }[] = [
  { attr: "for", list: false, on: "label" },
  { attr: "list", list: false, on: "input" },
  { attr: "aria-activedescendant", list: false },
  { attr: "aria-controls", list: true },
  { attr: "aria-describedby", list: true },
  { attr: "aria-details", list: false },
  { attr: "aria-errormessage", list: false },
  { attr: "aria-flowto", list: true },
  { attr: "aria-labelledby", list: true },
  { attr: "aria-owns", list: true },
];

class NoMissingReferences extends Rule<{ key: string; value: string }> {
  documentation(context: { key: string; value: string }) {
    return {
      description: `The element ID "${context.value}" referenced by the ${context.key} attribute must point to an existing element.`,
    };
  }

  setup() {
    this.on("dom:ready", (event: DOMReadyEvent) => {
      const ids = new Set<string>();
      const refs: { node: HtmlElement; key: string; value: string }[] = [];
      walk.depthFirst(event.document, (node) => {
        const id = node.getAttribute("id")?.value;
        if (typeof id === "string") ids.add(id);
        for (const { attr, list, on } of REFERENCES) {
          if (on && node.tagName !== on) continue;
          const value = node.getAttribute(attr)?.value;
          if (value === undefined || value === null || value instanceof DynamicValue || value === "") continue;
          for (const one of list ? value.split(/\s+/).filter(Boolean) : [value])
            refs.push({ node, key: attr, value: one });
        }
      });
      for (const ref of refs) {
        if (ids.has(ref.value)) continue;
        this.report(
          ref.node,
          `Element references missing id "${ref.value}"`,
          ref.node.getAttribute(ref.key)?.valueLocation ?? undefined,
          ref,
        );
      }
    });
  }
}

export const kbPlugin = definePlugin({
  name: "kb",
  rules: { "kb/no-missing-references": NoMissingReferences },
});
