/** Carlsmith's chain on a page, in one language: each premise with the running product, then the stated product and the update. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import type { ChartParts } from "../definition.ts";
import { passageCell } from "../cells.ts";
import { pct } from "../format.ts";
import type { PowerSeekingModel } from "./model.ts";
import type { PowerSeekingData } from "./schema.ts";
import { cumulative } from "./state.ts";

export function powerSeekingView(d: PowerSeekingData, lang: Locale): ChartParts<PowerSeekingModel> {
  const running = cumulative(d.premises.map((p) => p.percent));
  const passage = t(lang, "charts.col.passage");
  return {
    table: {
      head: [t(lang, "ps.premise"), t(lang, "ps.probability"), t(lang, "ps.col.cumulative"), passage],
      rows: [
        ...d.premises.map((p, i) => ({
          cells: [
            { text: `${i + 1}. ${p.label[lang]}` },
            { text: pct(p.percent) },
            { text: pct(running[i]!, 2) },
            passageCell(p.source, lang),
          ],
        })),
        {
          cells: [
            { text: t(lang, "ps.row.stated") },
            { text: "" },
            { text: pct(d.stated.percent) },
            passageCell(d.stated.source, lang),
          ],
        },
        {
          cells: [
            { text: t(lang, "ps.row.update") },
            { text: "" },
            { text: `>${pct(d.update.percent)}` },
            passageCell(d.update.source, lang),
          ],
        },
      ],
    },
    records: [
      ...d.premises.map((p, i) => ({
        item: `premise-${i + 1}`,
        id: p.id,
        label: p.label[lang],
        percent: p.percent,
        cumulative_percent: Math.round(running[i]! * 10000) / 10000,
        comparator: "=",
        passage: p.source,
      })),
      {
        item: "stated-product",
        id: "stated",
        label: t(lang, "ps.row.stated"),
        percent: d.stated.percent,
        cumulative_percent: "",
        comparator: "≈",
        passage: d.stated.source,
      },
      {
        item: "update",
        id: "update",
        label: t(lang, "ps.row.update"),
        percent: d.update.percent,
        cumulative_percent: "",
        comparator: ">",
        passage: d.update.source,
      },
    ],
    model: {
      premises: d.premises.map((p) => ({ id: p.id, label: p.label[lang], percent: p.percent })),
      stated: d.stated.percent,
      update: d.update.percent,
      labels: {
        premise: t(lang, "ps.premise"),
        runningProduct: t(lang, "ps.runningProduct"),
        product: t(lang, "ps.product"),
        stated: t(lang, "ps.stated"),
        update: t(lang, "ps.update"),
        axis: t(lang, "ps.axis"),
      },
    },
  };
}
