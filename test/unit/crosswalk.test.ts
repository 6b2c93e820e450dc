import { describe, expect, it } from "vitest";
import { checkCrosswalk, counterpartsOf, inverse } from "../../src/risks/crosswalk.ts";
import type { CrosswalkLink } from "../../src/schemas/taxonomy.ts";

const nodes = new Set(["a/misuse", "a/cyber", "b/malicious-use", "b/cyber", "c/x", "c/y"]);
const parents = new Map([
  ["a/cyber", "a/misuse"],
  ["b/cyber", "b/malicious-use"],
]);
const messages = (links: CrosswalkLink[]) =>
  checkCrosswalk(links, nodes, parents).map((p) => `${p.index}: ${p.message}`);

describe("the crosswalk between schemes", () => {
  it("is read from both ends, with the type turned round", () => {
    const links: CrosswalkLink[] = [{ from: "a/cyber", to: "b/malicious-use", type: "broader" }];
    expect(counterpartsOf("a/cyber", links)).toEqual([{ ref: "b/malicious-use", type: "broader" }]);
    expect(counterpartsOf("b/malicious-use", links)).toEqual([{ ref: "a/cyber", type: "narrower" }]);
    expect(inverse("equivalent")).toBe("equivalent");
    expect(inverse("related")).toBe("related");
  });

  it("accepts consistent links", () => {
    expect(
      messages([
        { from: "a/misuse", to: "b/malicious-use", type: "equivalent" },
        { from: "a/cyber", to: "b/cyber", type: "equivalent" },
        { from: "c/x", to: "b/malicious-use", type: "broader" },
      ]),
    ).toEqual([]);
  });

  it("rejects equivalences that merge a node with its own parent", () => {
    const m = messages([
      { from: "a/misuse", to: "b/malicious-use", type: "equivalent" },
      { from: "a/misuse", to: "b/cyber", type: "equivalent" },
    ]);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/make "b\/cyber" and "b\/malicious-use" one concept, which contradicts the tree/);
  });

  it("rejects an equivalence cycle that contradicts a broader link", () => {
    const m = messages([
      { from: "c/x", to: "a/cyber", type: "equivalent" },
      { from: "a/cyber", to: "b/cyber", type: "equivalent" },
      { from: "b/cyber", to: "c/x", type: "broader" },
    ]);
    expect(m).toEqual([
      expect.stringMatching(
        /^2: equivalent links 0, 1 make "b\/cyber" and "c\/x" one concept, which contradicts link 2/,
      ),
    ]);
  });

  it("rejects broader links that run in a circle", () => {
    const m = messages([
      { from: "c/x", to: "a/cyber", type: "broader" },
      { from: "a/misuse", to: "c/x", type: "broader" },
    ]);
    expect(m).toEqual([expect.stringMatching(/run in a circle/)]);
  });

  it("names unknown nodes, links within one scheme, self-links and duplicates", () => {
    expect(
      messages([
        { from: "a/nope", to: "b/cyber", type: "related" },
        { from: "c/x", to: "c/y", type: "related" },
        { from: "b/cyber", to: "a/cyber", type: "related" },
        { from: "a/cyber", to: "b/cyber", type: "equivalent" },
      ]),
    ).toEqual([
      '0: from: no node "a/nope"',
      '1: links two nodes of one scheme ("c/x", "c/y"); within a scheme, use parent',
      '3: "a/cyber" and "b/cyber" are already linked by link 2',
    ]);
  });
});
