/** The growth multipliers on a page, in one language, grouped as the data file groups them. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import type { ChartParts } from "../definition.ts";
import { passageCell } from "../cells.ts";
import { times } from "./draw.ts";
import type { ComputeGrowthModel } from "./model.ts";
import type { ComputeGrowthData } from "./schema.ts";

export function computeGrowthView(d: ComputeGrowthData, lang: Locale): ChartParts<ComputeGrowthModel> {
  const kinds = {
    estimate: t(lang, "growth.estimate"),
    statement: t(lang, "growth.statement"),
    projection: t(lang, "growth.projection"),
  };
  return {
    table: {
      head: [t(lang, "growth.item"), t(lang, "growth.factor"), t(lang, "growth.kind"), t(lang, "charts.col.passage")],
      rows: d.groups.flatMap((g) => [
        { group: true, cells: [{ text: g.label[lang] }] },
        ...d.items
          .filter((i) => i.group === g.id)
          .map((i) => ({
            cells: [
              { text: i.label[lang] },
              { text: times(i.factor) },
              { text: kinds[i.kind] },
              passageCell(i.source, lang),
            ],
          })),
      ]),
    },
    records: d.groups.flatMap((g) =>
      d.items
        .filter((i) => i.group === g.id)
        .map((i) => ({
          id: i.id,
          group: g.id,
          label: i.label[lang],
          factor: i.factor,
          kind: i.kind,
          passage: i.source,
        })),
    ),
    model: {
      groups: d.groups.map((g) => ({
        id: g.id,
        label: g.label[lang],
        items: d.items
          .filter((i) => i.group === g.id)
          .map((i) => ({ id: i.id, label: i.label[lang], factor: i.factor, kind: i.kind })),
      })),
      kinds,
    },
  };
}
