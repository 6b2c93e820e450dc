/**
 * The taxonomies as the pages use them: schemes with their trees, nodes with
 * resolved families and names, and each node's counterparts in other schemes.
 * Built by a pure function from the validated files.
 */
import type { Localized } from "../schemas/common.ts";
import type { CrosswalkLink, NodeData, SchemeData } from "../schemas/taxonomy.ts";
import type { Family } from "../palette/colours.ts";
import { counterpartsOf, type Counterpart } from "./crosswalk.ts";

export interface RiskNode {
  scheme: string;
  id: string;
  /** "<scheme>/<id>". */
  ref: string;
  parent?: string;
  children: string[];
  name: Localized;
  definition: Localized;
  /** Own family, else the nearest ancestor's. */
  family?: Family;
  passages: string[];
  terms: string[];
  /** 0 for a top-level node. */
  depth: number;
}

export interface RiskScheme extends Omit<SchemeData, "nodes" | "shortName"> {
  id: string;
  /** The short name, or the name when there is none. */
  shortName: Localized;
  /** Nodes in file order (parents before children). */
  nodes: RiskNode[];
  roots: RiskNode[];
}

export interface RiskModel {
  schemes: RiskScheme[];
  node(ref: string): RiskNode | undefined;
  scheme(id: string): RiskScheme | undefined;
  counterparts(ref: string): Counterpart[];
  links: readonly CrosswalkLink[];
}

/** Names for nodes that omit them (the best-practice items named in cfi-scores.yaml). */
export type NameLookup = (scheme: string, node: string) => Localized | undefined;

export function buildRiskModel(
  files: ReadonlyMap<string, SchemeData>,
  links: readonly CrosswalkLink[],
  names: NameLookup = () => undefined,
): RiskModel {
  const byRef = new Map<string, RiskNode>();
  const schemes: RiskScheme[] = [];
  for (const [id, data] of files) {
    const nodes: RiskNode[] = [];
    const local = new Map<string, RiskNode>();
    for (const n of data.nodes as NodeData[]) {
      const parent = n.parent ? local.get(n.parent) : undefined;
      const node: RiskNode = {
        scheme: id,
        id: n.id,
        ref: `${id}/${n.id}`,
        parent: n.parent,
        children: [],
        name: n.name ?? names(id, n.id) ?? { zh: n.id, en: n.id },
        definition: n.definition,
        family: n.family ?? parent?.family,
        passages: n.passages,
        terms: n.terms,
        depth: parent ? parent.depth + 1 : 0,
      };
      parent?.children.push(n.id);
      local.set(n.id, node);
      byRef.set(node.ref, node);
      nodes.push(node);
    }
    const { nodes: _omit, ...meta } = data;
    schemes.push({ ...meta, shortName: meta.shortName ?? meta.name, id, nodes, roots: nodes.filter((n) => !n.parent) });
  }
  schemes.sort((a, b) => a.order - b.order);
  const schemeById = new Map(schemes.map((s) => [s.id, s]));
  return {
    schemes,
    links,
    node: (ref) => byRef.get(ref),
    scheme: (id) => schemeById.get(id),
    counterparts: (ref) => counterpartsOf(ref, links),
  };
}
