/** The governance events on a page, in one language: by lane in date order, a disputed date as a row of its own. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import type { ChartParts } from "../definition.ts";
import { passageCell } from "../cells.ts";
import { dateLabel } from "./dates.ts";
import type { GovernanceTimelineModel } from "./model.ts";
import type { GovernanceTimelineData } from "./schema.ts";

export function governanceTimelineView(d: GovernanceTimelineData, lang: Locale): ChartParts<GovernanceTimelineModel> {
  const events = [...d.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const laneName = new Map(d.lanes.map((l) => [l.id, l.label[lang]]));
  const cell = (ref: string) => passageCell(ref, lang);
  return {
    table: {
      head: [t(lang, "gov.date"), t(lang, "gov.event"), t(lang, "gov.note"), t(lang, "charts.col.passage")],
      rows: d.lanes.flatMap((l) => [
        { group: true, cells: [{ text: l.label[lang] }] },
        ...events
          .filter((e) => e.lane === l.id)
          .flatMap((e) => [
            {
              cells: [
                { text: dateLabel(e.date, lang) },
                { text: e.label[lang] },
                { text: e.disputed ? t(lang, "gov.disputedRow") : "" },
                cell(e.source),
              ],
            },
            ...(e.disputed
              ? [
                  {
                    cells: [
                      { text: dateLabel(e.disputed.date, lang) },
                      { text: e.label[lang] },
                      { text: e.disputed.note[lang] },
                      cell(e.disputed.source),
                    ],
                  },
                ]
              : []),
          ]),
      ]),
    },
    records: d.lanes.flatMap((l) =>
      events
        .filter((e) => e.lane === l.id)
        .flatMap((e) => [
          {
            id: e.id,
            lane: l.id,
            lane_name: laneName.get(l.id)!,
            date: e.date,
            label: e.label[lang],
            date_kind: "as dated",
            note: e.disputed ? t(lang, "gov.disputedRow") : "",
            passage: e.source,
          },
          ...(e.disputed
            ? [
                {
                  id: e.id,
                  lane: l.id,
                  lane_name: laneName.get(l.id)!,
                  date: e.disputed.date,
                  label: e.label[lang],
                  date_kind: "disputed",
                  note: e.disputed.note[lang],
                  passage: e.disputed.source,
                },
              ]
            : []),
        ]),
    ),
    model: {
      lanes: d.lanes.map((l) => ({ id: l.id, label: l.label[lang] })),
      events: events.map((e) => ({
        id: e.id,
        lane: e.lane,
        date: e.date,
        dateLabel: dateLabel(e.date, lang),
        label: e.label[lang],
        disputed: e.disputed && {
          date: e.disputed.date,
          dateLabel: dateLabel(e.disputed.date, lang),
          note: e.disputed.note[lang],
        },
      })),
      labels: {
        disputed: t(lang, "gov.disputed"),
        day: t(lang, "gov.day"),
        month: t(lang, "gov.month"),
        scale: t(lang, "gov.scale"),
      },
    },
  };
}
