/**
 * The taxonomy crosswalk: its file only picks the schemes and their order; the
 * nodes, families and links come from content/taxonomies/ (src/risks/model.ts).
 */
import { readGlossaryFiles } from "../../glossary/files.ts";
import { defineChart } from "../definition.ts";
import { drawCrosswalk } from "./draw.ts";
import { crosswalkChartSchema } from "./schema.ts";
import { crosswalkView } from "./view.ts";

export default defineChart({
  id: "taxonomy-crosswalk",
  schema: crosswalkChartSchema,
  // Each scheme it names must be a file in content/taxonomies/schemes/.
  checkContent: (d, contentRoot) => {
    const schemes = readGlossaryFiles(contentRoot).schemes;
    return d.schemes.flatMap((s, i) =>
      schemes.has(s) ? [] : [{ field: `schemes.${i}`, message: `no scheme "${s}" in content/taxonomies/schemes/` }],
    );
  },
  view: crosswalkView,
  draw: drawCrosswalk,
  // The table lists every risk node its pages already show: search skips it.
  page: { searchableTable: false },
});
