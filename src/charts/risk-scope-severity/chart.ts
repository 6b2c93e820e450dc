/**
 * The scope/severity map: Bostrom's grid (which the 2023 report cites), the
 * report's catastrophic and existential regions, and the risks the documents
 * name, each placed by quotations the content check finds in their passages.
 */
import { readGlossaryFiles } from "../../glossary/files.ts";
import { FAMILY_IDS } from "../../palette/colours.ts";
import { defineChart } from "../definition.ts";
import { drawRiskMap } from "./draw.ts";
import { checkQuotations } from "./quotes.ts";
import { AXES, checkRiskMap, markField, riskMapSchema } from "./schema.ts";
import { riskMapView } from "./view.ts";

export default defineChart({
  id: "risk-scope-severity",
  schema: riskMapSchema,
  check: (d) => checkRiskMap(d, FAMILY_IDS),
  refs: (d) => [
    ...d.regions.map((r, i) => ({ field: `regions.${i} (${r.id}).passage`, ref: r.passage })),
    ...d.marks.flatMap((m, i) => [
      ...AXES.flatMap((axis) =>
        m[axis].passage ? [{ field: `${markField(i, m.id)}.${axis}.passage`, ref: m[axis].passage! }] : [],
      ),
      ...(m.probability ? [{ field: `${markField(i, m.id)}.probability.passage`, ref: m.probability.passage }] : []),
    ]),
  ],
  // Nodes and terms must exist; every quotation must occur in its passage, in both languages.
  checkContent: (d, contentRoot) => {
    const g = readGlossaryFiles(contentRoot);
    const terms = new Set(g.terms.map((t) => t.id));
    const hasNode = (ref: string) => {
      const [scheme, node] = ref.split("/");
      return g.schemes.get(scheme!)?.nodes.some((n) => n.id === node) ?? false;
    };
    const out = d.marks.flatMap((m, i) => [
      ...(m.node && !hasNode(m.node)
        ? [{ field: `${markField(i, m.id)}.node`, message: `no risk node "${m.node}" in content/taxonomies/schemes/` }]
        : []),
      ...(m.term && !terms.has(m.term)
        ? [{ field: `${markField(i, m.id)}.term`, message: `no glossary term "${m.term}" in content/glossary/terms/` }]
        : []),
    ]);
    d.regions.forEach((r, i) => {
      if (!terms.has(r.term))
        out.push({
          field: `regions.${i} (${r.id}).term`,
          message: `no glossary term "${r.term}" in content/glossary/terms/`,
        });
    });
    return [...out, ...checkQuotations(d, contentRoot)];
  },
  view: riskMapView,
  draw: drawRiskMap,
  page: { controls: "after", embedHeight: 1300 },
});
