/** What the taxonomy-crosswalk chart draws from, in one language. */
import type { Family } from "../../palette/colours.ts";
import type { LinkType } from "../../schemas/taxonomy.ts";

export interface XwalkNode {
  /** "<scheme>/<node>". */
  ref: string;
  label: string;
  family?: Family;
  /** The node's page (with the deployment base). */
  href: string;
}

/** A link seen from the left scheme: `type` is what the right node is to the left one. */
export interface XwalkLink {
  left: string;
  right: string;
  type: LinkType;
  /** The sentence the tooltip and the table show. */
  says: string;
}

/** Two schemes side by side: only the nodes the links between them touch. */
export interface XwalkPanel {
  left: { id: string; name: string };
  right: { id: string; name: string };
  leftNodes: XwalkNode[];
  rightNodes: XwalkNode[];
  links: XwalkLink[];
}

export interface CrosswalkModel {
  panels: XwalkPanel[];
  labels: {
    /** Legend names of the link types. */
    types: Record<LinkType, string>;
    /** Legend entry of the broader/narrower line (what the arrow points at). */
    ordered: string;
    /** Legend names of the families present. */
    families: { id: Family; label: string }[];
  };
}
