import { afterEach, describe, expect, it } from "vitest";
import { readChartFiles } from "../../../src/charts/files.ts";
import { validateContent } from "../../../scripts/validate/index.ts";
import { buildRiskModel } from "../../../src/risks/model.ts";
import { crosswalkModel, type XwalkText } from "../../../src/charts/taxonomy-crosswalk/layout.ts";
import { drawCrosswalk } from "../../../src/charts/taxonomy-crosswalk/draw.ts";
import { count, render } from "../../../src/charts/svg.ts";
import type { SchemeData } from "../../../src/schemas/taxonomy.ts";
import type { CrosswalkLink } from "../../../src/schemas/taxonomy.ts";
import chart from "../../../src/charts/taxonomy-crosswalk/chart.ts";
import type { CrosswalkChartData } from "../../../src/charts/taxonomy-crosswalk/schema.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../../helpers/content-fixture.ts";
import { marks, siteData } from "../../helpers/charts.ts";

const loc = (en: string) => ({ zh: en, en });
const scheme = (
  order: number,
  nodes: { id: string; family?: "misuse" | "loss-of-control"; parent?: string }[],
): SchemeData =>
  ({
    name: loc(`Scheme ${order}`),
    description: loc("d"),
    origin: loc("o"),
    order,
    passages: ["r/c#p"],
    nodes: nodes.map((n) => ({ ...n, name: loc(n.id), definition: loc("d"), passages: [], terms: [] })),
  }) as unknown as SchemeData;

const files = new Map<string, SchemeData>([
  [
    "a",
    scheme(1, [
      { id: "misuse", family: "misuse" },
      { id: "bio", parent: "misuse" },
      { id: "rogue", family: "loss-of-control" },
    ]),
  ],
  [
    "b",
    scheme(2, [
      { id: "malicious", family: "misuse" },
      { id: "bio-attacks", parent: "malicious" },
      { id: "control", family: "loss-of-control" },
    ]),
  ],
  ["c", scheme(3, [{ id: "lonely" }])],
]);
const links: CrosswalkLink[] = [
  { from: "b/malicious", to: "a/misuse", type: "equivalent" },
  { from: "a/bio", to: "b/bio-attacks", type: "broader" },
  { from: "b/control", to: "a/rogue", type: "related" },
];
const risks = buildRiskModel(files, links);
const text: XwalkText = {
  name: (ref) => ref,
  schemeName: (id) => `Scheme ${id}`,
  href: (ref) => `/en/risks/${ref}/`,
  says: (type, a, b) => `${b} is ${type} to ${a}`,
  types: { equivalent: "Equivalent", broader: "Broader", narrower: "Narrower", related: "Related" },
  ordered: "Arrow points to the broader",
  family: (f) => f,
};

describe("taxonomy crosswalk: model", () => {
  it("makes one panel per linked pair, read from the earlier scheme, with links turned round", () => {
    const m = crosswalkModel(risks, ["a", "b", "c"], text);
    expect(m.panels).toHaveLength(1); // c has no links: no panel
    const p = m.panels[0]!;
    expect([p.left.id, p.right.id]).toEqual(["a", "b"]);
    expect(p.links.map((l) => `${l.left} ${l.type} ${l.right}`)).toEqual([
      "a/misuse equivalent b/malicious",
      "a/bio broader b/bio-attacks",
      "a/rogue related b/control",
    ]);
    expect(p.leftNodes.map((n) => [n.ref, n.family, n.href])).toEqual([
      ["a/misuse", "misuse", "/en/risks/a/misuse/"],
      ["a/bio", "misuse", "/en/risks/a/bio/"],
      ["a/rogue", "loss-of-control", "/en/risks/a/rogue/"],
    ]);
    expect(m.labels.families.map((f) => f.id)).toEqual(["misuse", "loss-of-control"]);
  });

  it("reverses the pair when the schemes are listed the other way round", () => {
    const p = crosswalkModel(risks, ["b", "a"], text).panels[0]!;
    expect(p.links.find((l) => l.left === "b/bio-attacks")).toMatchObject({
      right: "a/bio",
      type: "narrower",
      says: "a/bio is narrower to b/bio-attacks",
    });
  });

  it("refuses an unknown scheme, naming the file", () => {
    expect(() => crosswalkModel(risks, ["a", "nope"], text)).toThrow(
      'content/charts/taxonomy-crosswalk.yaml: schemes: no scheme "nope"',
    );
  });
});

describe("taxonomy crosswalk: drawing", () => {
  const svg = drawCrosswalk(crosswalkModel(risks, ["a", "b"], text), "t");
  const out = render(svg);

  it("draws every link as a mark with its sentence, each type in its own line style", () => {
    expect(count(svg, (e) => e.attrs["data-mark"] !== undefined)).toBe(3);
    expect(out).toMatch(
      /class="xwalk-link xwalk-equivalent" data-mark="" data-tip="b\/malicious is equivalent to a\/misuse"><path [^>]*class="chart-hit-line" stroke-width="26"\/><path [^>]*class="xwalk-outer"\/><path [^>]*class="xwalk-inner"\/>/,
    );
    expect(out).toMatch(
      /class="xwalk-link" data-mark="" data-tip="b\/bio-attacks is broader to a\/bio"><path [^>]*class="chart-hit-line"[^>]*\/><path [^>]*class="xwalk-ordered" marker-end="url\(#t-arrow\)"/,
    );
    expect(out).toMatch(
      /class="xwalk-link" data-mark="" data-tip="[^"]*"><path [^>]*class="chart-hit-line"[^>]*\/><path [^>]*class="xwalk-related"/,
    );
  });

  it("points every node at its page (no focusable links inside the image) and gives it its family's shape", () => {
    expect(count(svg, (e) => e.tag === "a")).toBe(0);
    expect(count(svg, (e) => typeof e.attrs["data-href"] === "string")).toBe(6);
    expect(out).toContain('<g data-href="/en/risks/a/rogue/" class="xwalk-node family-loss-of-control"><rect ');
    expect(out).toMatch(
      /family-loss-of-control"><rect [^>]*class="chart-hit"[^>]*\/><text [^>]*class="xwalk-shape" aria-hidden="true">◆<\/text>/,
    );
  });

  it("matches the golden SVG", async () => {
    await expect(out).toMatchFileSnapshot("__snapshots__/taxonomy-crosswalk.svg");
  });
});

describe("taxonomy crosswalk: page", () => {
  it("lists every link under its pair of schemes, with both nodes linked to their pages", () => {
    const { table, records, model } = chart.view(siteData(chart) as CrosswalkChartData, "en");
    expect(records).toHaveLength(model.panels.flatMap((p) => p.links).length);
    expect(table.rows.filter((r) => r.group)).toHaveLength(model.panels.length);
    expect(table.rows.find((r) => !r.group)!.cells[0]!.href).toMatch(/^\/en\/risks\//);
    expect(marks(chart.draw(model, "t"))).toBe(records.length);
  });
});

afterEach(removeFixtures);

describe("taxonomy crosswalk: content check", () => {
  it("accepts the site's file", () => {
    expect(readChartFiles("content").problems).toEqual([]);
  });

  it("fails on a scheme listed twice", () => {
    const twice = fixture(
      "content",
      (p) => edit(p("charts/taxonomy-crosswalk.yaml"), "  - iasr-risks\n", "  - iasr-risks\n  - iasr-risks\n"),
      "",
    );
    expect(readChartFiles(twice).problems.map((p) => `${p.file}: ${p.message}`)).toContain(
      "content/charts/taxonomy-crosswalk.yaml: schemes: a scheme is listed twice",
    );
  });

  it("fails on a scheme that has no file, naming the file and row", async () => {
    const root = fixture(
      "content",
      (p) => edit(p("charts/taxonomy-crosswalk.yaml"), "  - iasr-risks\n", "  - iasr-riskz\n"),
      "",
    );
    expect(messages(await validateContent(root))).toContain(
      'content/charts/taxonomy-crosswalk.yaml: schemes.3: no scheme "iasr-riskz" in content/taxonomies/schemes/',
    );
  });
});
