/**
 * The Leverhulme CFI heatmap of safety practices by company. Its file holds the
 * words and passages; the scores are content/data/cfi-scores.yaml (shared with
 * Appendix B and the taxonomies), read with it. Sorting by a company is kept in the URL.
 */
import { readCfiScores } from "../../lib/cfi-scores-file.ts";
import { defineChart } from "../definition.ts";
import { drawPracticeScores } from "./draw.ts";
import { practiceScoresSchema } from "./schema.ts";
import { practiceScoresView } from "./view.ts";

export default defineChart({
  id: "safety-practice-scores",
  schema: practiceScoresSchema,
  // The check reports the scores file's problems here (the taxonomies read its names without them).
  extra: (contentRoot, problems) => ({ cfi: readCfiScores(contentRoot, problems) }),
  refs: (d) => {
    const report = d.table.split("/")[0];
    return [
      { field: "table", ref: d.table },
      { field: "legend", ref: d.legend },
      // Each heatmap row links to its practice chapter: the category id is the chapter slug.
      ...(d.cfi?.categories ?? []).map((c) => ({
        field: `chapterSection (category ${c.id})`,
        ref: `${report}/${c.id}#${d.chapterSection}`,
      })),
    ];
  },
  view: practiceScoresView,
  draw: drawPracticeScores,
  page: { controls: "before", embedHeight: 1400 },
});
