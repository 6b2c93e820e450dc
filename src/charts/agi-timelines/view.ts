/** The AGI forecasts on a page, in one language: the series first, then the others, ChatGPT's release and the statements not plotted. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import type { ChartParts } from "../definition.ts";
import { passageCell } from "../cells.ts";
import { predicted } from "./describe.ts";
import type { AgiTimelinesModel } from "./model.ts";
import type { AgiTimelinesData } from "./schema.ts";

export function agiTimelinesView(d: AgiTimelinesData, lang: Locale): ChartParts<AgiTimelinesModel> {
  const forecasts = d.forecasts.map((f) => ({
    id: f.id,
    series: f.series,
    who: f.who[lang],
    made: f.made,
    madeLabel: f.madeLabel,
    year: f.year,
    from: f.from,
    to: f.to,
    openEnd: f.openEnd,
    note: f.note?.[lang],
  }));
  const ordered = [...forecasts.filter((f) => f.series), ...forecasts.filter((f) => !f.series)];
  const src = new Map(d.forecasts.map((f) => [f.id, f.source]));
  const cell = (ref: string) => passageCell(ref, lang);
  return {
    table: {
      head: [
        t(lang, "agi.who"),
        t(lang, "agi.madeCol"),
        t(lang, "agi.predictedCol"),
        t(lang, "agi.note"),
        t(lang, "charts.col.passage"),
      ],
      rows: [
        ...ordered.map((f) => ({
          cells: [
            { text: f.who },
            { text: f.madeLabel },
            { text: predicted(f) },
            { text: f.note ?? (f.series ? "" : t(lang, "agi.unassigned")) },
            cell(src.get(f.id)!),
          ],
        })),
        {
          cells: [
            { text: d.chatgpt.label[lang] },
            { text: "2022-11-30" },
            { text: "" },
            { text: "" },
            cell(d.chatgpt.source),
          ],
        },
        { group: true, cells: [{ text: t(lang, "agi.notPlotted") }] },
        ...d.notPlotted.map((n) => ({
          cells: [{ text: n.who[lang] }, { text: "" }, { text: "" }, { text: n.note[lang] }, cell(n.source)],
        })),
      ],
    },
    records: ordered.map((f) => ({
      id: f.id,
      series: f.series ?? "",
      forecaster: f.who,
      made: f.madeLabel,
      made_decimal_year: f.made,
      year: f.year ?? "",
      from: f.from ?? "",
      to: f.to ?? (f.openEnd ? "open" : ""),
      note: f.note ?? "",
      passage: src.get(f.id)!,
    })),
    model: {
      chatgpt: { date: d.chatgpt.date, label: d.chatgpt.label[lang] },
      series: d.series.map((s) => ({ id: s.id, label: s.label[lang] })),
      forecasts,
      labels: {
        made: t(lang, "agi.made"),
        predicted: t(lang, "agi.predicted"),
        unassigned: t(lang, "agi.unassigned"),
      },
    },
  };
}
