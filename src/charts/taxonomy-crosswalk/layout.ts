/**
 * The crosswalk chart's model from the risk model: one panel per pair of the
 * chosen schemes that has links between them (in the chosen order), each link
 * turned so it reads from the earlier scheme. Pure: the caller passes names,
 * sentences and paths in the page's language.
 */
import type { RiskModel } from "../../risks/model.ts";
import { inverse } from "../../risks/crosswalk.ts";
import type { Family } from "../../palette/colours.ts";
import { FAMILY_IDS } from "../../palette/colours.ts";
import type { LinkType } from "../../schemas/taxonomy.ts";
import type { CrosswalkModel, XwalkNode, XwalkPanel } from "./model.ts";

export interface XwalkText {
  name(ref: string): string;
  schemeName(id: string): string;
  href(ref: string): string;
  says(type: LinkType, left: string, right: string): string;
  types: Record<LinkType, string>;
  ordered: string;
  family(id: Family): string;
}

/** Scheme ids the risk model does not have (for the content check and the build's error). */
export function unknownSchemes(risks: RiskModel, schemes: readonly string[]): string[] {
  return schemes.filter((s) => !risks.scheme(s));
}

export function crosswalkModel(risks: RiskModel, schemes: readonly string[], text: XwalkText): CrosswalkModel {
  const missing = unknownSchemes(risks, schemes);
  if (missing.length)
    throw new Error(
      `content/charts/taxonomy-crosswalk.yaml: schemes: no scheme ${missing.map((m) => `"${m}"`).join(", ")} in content/taxonomies/schemes/`,
    );
  const schemeOf = (ref: string) => ref.split("/")[0]!;
  const order = (ref: string) => {
    const s = risks.scheme(schemeOf(ref))!;
    return s.nodes.findIndex((n) => n.ref === ref);
  };
  const node = (ref: string): XwalkNode => ({
    ref,
    label: text.name(ref),
    family: risks.node(ref)!.family,
    href: text.href(ref),
  });
  const panels: XwalkPanel[] = [];
  const families = new Set<Family>();
  schemes.forEach((a, i) => {
    for (const b of schemes.slice(i + 1)) {
      const links = risks.links
        .filter(
          (l) => (schemeOf(l.from) === a && schemeOf(l.to) === b) || (schemeOf(l.from) === b && schemeOf(l.to) === a),
        )
        .map((l) =>
          schemeOf(l.from) === a
            ? { left: l.from, right: l.to, type: l.type }
            : { left: l.to, right: l.from, type: inverse(l.type) },
        )
        .sort((x, y) => order(x.left) - order(y.left) || order(x.right) - order(y.right));
      if (!links.length) continue;
      const uniq = (refs: string[]) => [...new Set(refs)].sort((x, y) => order(x) - order(y)).map(node);
      const leftNodes = uniq(links.map((l) => l.left));
      const rightNodes = uniq(links.map((l) => l.right));
      for (const n of [...leftNodes, ...rightNodes]) if (n.family) families.add(n.family);
      panels.push({
        left: { id: a, name: text.schemeName(a) },
        right: { id: b, name: text.schemeName(b) },
        leftNodes,
        rightNodes,
        links: links.map((l) => ({ ...l, says: text.says(l.type, text.name(l.left), text.name(l.right)) })),
      });
    }
  });
  return {
    panels,
    labels: {
      types: text.types,
      ordered: text.ordered,
      families: FAMILY_IDS.filter((f) => families.has(f)).map((id) => ({ id, label: text.family(id) })),
    },
  };
}
