/**
 * The crosswalk between schemes: each link is stored once (from, to, type) and
 * read from both ends, with the type turned round at the far end. Integrity:
 * links whose `equivalent` chains would make two nodes one concept while a
 * `broader`/`narrower` link or a parent in a tree keeps them apart (or puts
 * them in a loop) contradict each other. Pure functions; used by the content
 * check and the pages.
 */
import type { CrosswalkLink, LinkType } from "../schemas/taxonomy.ts";

/** The same link seen from its other end. */
export function inverse(type: LinkType): LinkType {
  return type === "broader" ? "narrower" : type === "narrower" ? "broader" : type;
}

export interface Counterpart {
  /** The node at the other end ("<scheme>/<node>"). */
  ref: string;
  /** What that node is to this one. */
  type: LinkType;
}

/** Every link touching `ref`, seen from `ref`. */
export function counterpartsOf(ref: string, links: readonly CrosswalkLink[]): Counterpart[] {
  const out: Counterpart[] = [];
  for (const l of links) {
    if (l.from === ref) out.push({ ref: l.to, type: l.type });
    else if (l.to === ref) out.push({ ref: l.from, type: inverse(l.type) });
  }
  return out;
}

export interface CrosswalkProblem {
  /** Index of the offending link in the crosswalk file. */
  index: number;
  message: string;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/**
 * Problems in the links: unknown nodes, links within one scheme or to the node
 * itself, the same pair linked twice, and orderings (broader/narrower links
 * and tree parents) that the equivalences contradict or that run in a circle.
 * `parents` maps each node to its parent in its own scheme.
 */
export function checkCrosswalk(
  links: readonly CrosswalkLink[],
  nodes: ReadonlySet<string>,
  parents: ReadonlyMap<string, string>,
): CrosswalkProblem[] {
  const problems: CrosswalkProblem[] = [];
  const seen = new Map<string, number>();
  const valid: { link: CrosswalkLink; index: number }[] = [];
  links.forEach((link, index) => {
    let ok = true;
    for (const end of ["from", "to"] as const) {
      if (!nodes.has(link[end])) {
        problems.push({ index, message: `${end}: no node "${link[end]}"` });
        ok = false;
      }
    }
    if (link.from === link.to) problems.push({ index, message: `links "${link.from}" to itself` });
    else if (link.from.split("/")[0] === link.to.split("/")[0])
      problems.push({
        index,
        message: `links two nodes of one scheme ("${link.from}", "${link.to}"); within a scheme, use parent`,
      });
    const pair = [link.from, link.to].sort().join(" ");
    if (seen.has(pair))
      problems.push({ index, message: `"${link.from}" and "${link.to}" are already linked by link ${seen.get(pair)}` });
    seen.set(pair, index);
    if (ok && link.from !== link.to) valid.push({ link, index });
  });

  // Equivalence classes, remembering which links joined them.
  const uf = new UnionFind();
  for (const { link } of valid) if (link.type === "equivalent") uf.union(link.from, link.to);
  const equivalents = (a: string, b: string) =>
    valid
      .filter(
        ({ link }) => link.type === "equivalent" && uf.find(link.from) === uf.find(a) && uf.find(b) === uf.find(a),
      )
      .map(({ index }) => index);

  // Orderings: narrower → broader, between classes.
  interface Edge {
    narrow: string;
    broad: string;
    why: string;
    index?: number;
  }
  const edges: Edge[] = [];
  for (const { link, index } of valid) {
    if (link.type === "broader")
      edges.push({
        narrow: link.from,
        broad: link.to,
        why: `link ${index} (${link.to} is broader than ${link.from})`,
        index,
      });
    if (link.type === "narrower")
      edges.push({
        narrow: link.to,
        broad: link.from,
        why: `link ${index} (${link.from} is broader than ${link.to})`,
        index,
      });
  }
  for (const [child, parent] of parents)
    if (nodes.has(child))
      edges.push({ narrow: child, broad: parent, why: `the tree (${parent} is the parent of ${child})` });

  const reported = new Set<number>();
  for (const e of edges) {
    if (uf.find(e.narrow) !== uf.find(e.broad)) continue;
    const via = equivalents(e.narrow, e.broad);
    const index = e.index ?? via[0]!;
    reported.add(index);
    problems.push({
      index,
      message: `equivalent links ${via.join(", ")} make "${e.narrow}" and "${e.broad}" one concept, which contradicts ${e.why}`,
    });
  }

  // A circle of orderings between different classes: A < B < … < A.
  const out = new Map<string, Edge[]>();
  for (const e of edges) {
    const [a, b] = [uf.find(e.narrow), uf.find(e.broad)];
    if (a !== b) out.set(a, [...(out.get(a) ?? []), e]);
  }
  const state = new Map<string, "open" | "done">();
  const stack: Edge[] = [];
  const visit = (cls: string): void => {
    state.set(cls, "open");
    for (const e of out.get(cls) ?? []) {
      const next = uf.find(e.broad);
      stack.push(e);
      if (state.get(next) === "open") {
        const start = stack.findIndex((s) => uf.find(s.narrow) === next);
        const cycle = stack.slice(start);
        const index = cycle.find((c) => c.index !== undefined && !reported.has(c.index))?.index;
        if (index !== undefined) {
          reported.add(index);
          problems.push({
            index,
            message: `broader/narrower links run in a circle: ${cycle.map((c) => c.narrow).join(" < ")} < ${cycle[0]!.narrow} (${cycle.map((c) => c.why).join("; ")})`,
          });
        }
      } else if (!state.has(next)) visit(next);
      stack.pop();
    }
    state.set(cls, "done");
  };
  for (const cls of out.keys()) if (!state.has(cls)) visit(cls);
  return problems;
}
