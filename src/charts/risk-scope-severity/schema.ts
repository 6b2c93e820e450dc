/**
 * content/charts/risk-scope-severity.yaml: Bostrom's scope × severity grid, the
 * 2023 report's two regions, and the risks the documents name, each placed on
 * both axes by a quotation from a passage (or `stated: false`: the documents
 * give no words, and the mark spans the whole band it is given).
 */
import { z } from "astro/zod";
import { localized, slug } from "../../schemas/common.ts";
import { chartMeta, passageRef } from "../../schemas/charts.ts";
import { nodeRef } from "../../schemas/taxonomy.ts";
import type { FieldProblem } from "../definition.ts";

/** One row or column of the grid. */
const gridCell = z
  .object({
    id: slug,
    /** Drawn faded (Bostrom's "cosmic" and "hellish"). */
    faded: z.boolean().default(false),
    name: localized,
    /** Our short definition, after Bostrom (2013). */
    definition: localized,
  })
  .strict();

/** A band over cells of one axis: [from, to], a point when from == to. */
const band = z.tuple([slug, slug]);

/** A mark's placement on one axis: the band, and the words that decide it (unless `stated: false`). */
const placement = z
  .object({
    at: band,
    /** false: the documents give no words for this axis; the band is all the cells they allow. */
    stated: z.boolean().default(true),
    passage: passageRef.optional(),
    quote: localized.optional(),
  })
  .strict();

const quoted = z.object({ passage: passageRef, quote: localized }).strict();

export const riskMapSchema = z
  .object({
    ...chartMeta,
    scope: z.array(gridCell).min(2),
    severity: z.array(gridCell).min(2),
    regions: z.array(
      z
        .object({
          id: slug,
          name: localized,
          scope: band,
          severity: band,
          /** The passage that defines the region. */
          passage: passageRef,
          /** Its glossary term. */
          term: slug,
        })
        .strict(),
    ),
    marks: z
      .array(
        z
          .object({
            id: slug,
            label: localized,
            /** A palette family id (src/palette/colours.ts FAMILIES); checked with the mark's id. */
            family: z.string(),
            /** Its risk node, "<scheme>/<node>" … */
            node: nodeRef.optional(),
            /** … or, where there is none, its glossary term. */
            term: slug.optional(),
            scope: placement,
            severity: placement,
            /** Only where a document gives a figure. */
            probability: quoted.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type RiskMapData = z.infer<typeof riskMapSchema>;
export type Placement = z.infer<typeof placement>;
export const AXES = ["scope", "severity"] as const;
export type Axis = (typeof AXES)[number];

/** The field name of a mark in messages: "marks.3 (bias)". */
export const markField = (i: number, id: string) => `marks.${i} (${id})`;

/** Checks the schema cannot express: bands inside the grid and in order, quotations where an axis is stated, ids. */
export function checkRiskMap(d: RiskMapData, families: readonly string[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const grid = { scope: d.scope.map((c) => c.id), severity: d.severity.map((c) => c.id) };
  const checkBand = (field: string, axis: Axis, [from, to]: [string, string]) => {
    const ids = grid[axis];
    const a = ids.indexOf(from);
    const b = ids.indexOf(to);
    for (const v of [from, to])
      if (!ids.includes(v)) out.push({ field, message: `"${v}" is not a ${axis} in the grid (${ids.join(", ")})` });
    if (a >= 0 && b >= 0 && a > b)
      out.push({ field, message: `the band is empty: "${from}" comes after "${to}" on the ${axis} axis` });
  };
  for (const axis of AXES) {
    const ids = grid[axis];
    if (new Set(ids).size !== ids.length) out.push({ field: axis, message: "an id is listed twice" });
  }
  d.regions.forEach((r, i) => {
    for (const axis of AXES) checkBand(`regions.${i} (${r.id}).${axis}`, axis, r[axis]);
  });
  const seen = new Set<string>();
  d.marks.forEach((m, i) => {
    const f = markField(i, m.id);
    if (seen.has(m.id)) out.push({ field: f, message: `the id "${m.id}" is used twice` });
    seen.add(m.id);
    if (!families.includes(m.family))
      out.push({ field: `${f}.family`, message: `unknown family "${m.family}" (${families.join(", ")})` });
    if ((m.node === undefined) === (m.term === undefined))
      out.push({ field: f, message: "give either a risk node (node) or a glossary term (term), not both or neither" });
    for (const axis of AXES) {
      const p = m[axis];
      checkBand(`${f}.${axis}.at`, axis, p.at);
      if (p.stated) {
        if (!p.passage) out.push({ field: `${f}.${axis}.passage`, message: `no passage for the ${axis} it states` });
        if (!p.quote) out.push({ field: `${f}.${axis}.quote`, message: `no quotation for the ${axis} it states` });
      } else if (p.passage || p.quote)
        out.push({
          field: `${f}.${axis}`,
          message: "an axis marked `stated: false` has no passage or quotation (remove them, or the `stated: false`)",
        });
    }
    if (!m.scope.stated && !m.severity.stated)
      out.push({ field: f, message: "a mark needs a quotation for at least one axis" });
  });
  return out;
}

/** Every quotation of a mark, with its axis and field, in the file's order. */
export function quotations(m: RiskMapData["marks"][number]) {
  const out: { axis: Axis | "probability"; passage: string; quote: { zh: string; en: string } }[] = [];
  for (const axis of AXES) {
    const p = m[axis];
    if (p.stated && p.passage && p.quote) out.push({ axis, passage: p.passage, quote: p.quote });
  }
  if (m.probability) out.push({ axis: "probability", ...m.probability });
  return out;
}
