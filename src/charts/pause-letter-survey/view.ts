/** The survey on a page, in one language: a row per answer and one for the remainder. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import type { ChartParts } from "../definition.ts";
import { passageCell } from "../cells.ts";
import { pct } from "../format.ts";
import type { PauseSurveyModel } from "./model.ts";
import type { PauseSurveyData } from "./schema.ts";

export function pauseSurveyView(d: PauseSurveyData, lang: Locale): ChartParts<PauseSurveyModel> {
  return {
    table: {
      head: [t(lang, "survey.answer"), t(lang, "survey.share"), t(lang, "charts.col.passage")],
      rows: [
        ...d.answers.map((a) => ({
          cells: [{ text: a.label[lang] }, { text: pct(a.percent, 2) }, passageCell(a.source, lang)],
        })),
        {
          cells: [
            { text: d.remainder.label[lang] },
            { text: pct(d.remainder.percent, 2) },
            passageCell(d.sources[0]!, lang),
          ],
        },
      ],
    },
    records: [
      ...d.answers.map((a) => ({ id: a.id, label: a.label[lang], percent: a.percent, passage: a.source })),
      { id: "remainder", label: d.remainder.label[lang], percent: d.remainder.percent, passage: d.sources[0]! },
    ],
    model: {
      answers: d.answers.map((a) => ({ id: a.id, label: a.label[lang], percent: a.percent })),
      remainder: { label: d.remainder.label[lang], percent: d.remainder.percent },
    },
  };
}
