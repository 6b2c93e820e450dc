import { describe, expect, it } from "vitest";
import { tableSections } from "../../src/charts/table-sections.ts";

const row = (...text: string[]) => ({ cells: text.map((t) => ({ text: t })) });

describe("tableSections", () => {
  it("splits a table at its group headings, keeping the rows before the first as a section without a heading", () => {
    const sections = tableSections({
      head: ["who", "when"],
      rows: [row("A", "2030"), { ...row("Not plotted"), group: true }, row("B", "soon"), row("C", "later")],
    });
    expect(sections).toEqual([
      { rows: [[{ text: "A" }, { text: "2030" }]] },
      {
        group: { text: "Not plotted" },
        rows: [
          [{ text: "B" }, { text: "soon" }],
          [{ text: "C" }, { text: "later" }],
        ],
      },
    ]);
  });

  it("gives a table that starts with a group no section before it, keeps a group link and an empty group", () => {
    const sections = tableSections({
      head: ["x"],
      rows: [{ cells: [{ text: "G1", href: "/g1/" }], group: true }, row("a"), { ...row("G2"), group: true }],
    });
    expect(sections).toEqual([
      { group: { text: "G1", href: "/g1/" }, rows: [[{ text: "a" }]] },
      { group: { text: "G2" }, rows: [] },
    ]);
  });

  it("gives a table without groups, or without rows, as one section", () => {
    expect(tableSections({ head: ["x"], rows: [row("a"), row("b")] })).toEqual([
      { rows: [[{ text: "a" }], [{ text: "b" }]] },
    ]);
    expect(tableSections({ head: ["x"], rows: [] })).toEqual([{ rows: [] }]);
  });
});
