/**
 * Charts as pages show them: the data files read (files.ts), turned into a
 * model in the page's language with links resolved, a text alternative and the
 * records behind the marks. Runs at build time only (it reads content/).
 */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/t.ts";
import { href } from "../lib/page-locale.ts";
import { chapterPath } from "../i18n/urls.ts";
import { passageInfo } from "../passages/library.ts";
import { parsePassageRef, passagePath } from "../passages/refs.ts";
import { siteChartFiles } from "./files.ts";
import { cumulative } from "./power-seeking/state.ts";
import { pct } from "./format.ts";
import { predicted } from "./agi-timelines/describe.ts";
import { times } from "./compute-growth/draw.ts";
import { dateLabel } from "./governance-timeline/dates.ts";
import type { ChartId } from "./ids.ts";
import type { ChartModel, ChartView } from "./types.ts";
import type { ChartMeta } from "../schemas/charts.ts";
import { chartDefinition } from "./registry.ts";
import { siteGlossary } from "../glossary/site.ts";
import { nodePath } from "../glossary/links.ts";
import { crosswalkModel } from "./crosswalk/layout.ts";
import type { LinkType } from "../schemas/taxonomy.ts";

/** Link to a passage in one language (with the deployment base). */
function passageHref(ref: string, lang: Locale): string {
  return href(passagePath(parsePassageRef(ref)!, lang));
}

async function sources(refs: readonly string[], lang: Locale): Promise<ChartView["sources"]> {
  return Promise.all(
    refs.map(async (ref) => {
      const info = await passageInfo(ref, lang);
      return { ref, label: [info.docTitle, info.pageTitle, info.where].filter(Boolean).join(" · "), href: info.href };
    }),
  );
}

/** What every chart shares: its id, title, takeaway and source line. */
export async function buildChart(id: ChartId, lang: Locale): Promise<ChartView> {
  const files = siteChartFiles();
  const d = ((files.data.get(id) as ChartMeta | undefined) ?? (files as unknown as Record<string, ChartMeta>)[id])!;
  return {
    id,
    title: d.title[lang],
    takeaway: d.takeaway[lang],
    sources: await sources(d.sources, lang),
    ...chartParts(id, lang),
  };
}

/** What each chart has of its own: the data table, the records behind the marks, and the model its marks are drawn from. */
function chartParts(id: ChartId, lang: Locale): Pick<ChartView, "table" | "records" | "chart"> {
  const files = siteChartFiles();
  const def = chartDefinition(id);
  if (def) {
    const parts = def.view(files.data.get(id), lang);
    return { table: parts.table, records: parts.records, chart: { kind: id, model: parts.model } as ChartModel };
  }
  switch (id) {
    case "power-seeking-chain": {
      const d = files["power-seeking-chain"]!;
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
                { text: p.source, href: passageHref(p.source, lang) },
              ],
            })),
            {
              cells: [
                { text: t(lang, "ps.row.stated") },
                { text: "" },
                { text: pct(d.stated.percent) },
                { text: d.stated.source, href: passageHref(d.stated.source, lang) },
              ],
            },
            {
              cells: [
                { text: t(lang, "ps.row.update") },
                { text: "" },
                { text: `>${pct(d.update.percent)}` },
                { text: d.update.source, href: passageHref(d.update.source, lang) },
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
        chart: {
          kind: id,
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
        },
      };
    }
    case "compute-growth": {
      const d = files["compute-growth"]!;
      const kinds = {
        estimate: t(lang, "growth.estimate"),
        statement: t(lang, "growth.statement"),
        projection: t(lang, "growth.projection"),
      };
      return {
        table: {
          head: [
            t(lang, "growth.item"),
            t(lang, "growth.factor"),
            t(lang, "growth.kind"),
            t(lang, "charts.col.passage"),
          ],
          rows: d.groups.flatMap((g) => [
            { group: true, cells: [{ text: g.label[lang] }] },
            ...d.items
              .filter((i) => i.group === g.id)
              .map((i) => ({
                cells: [
                  { text: i.label[lang] },
                  { text: times(i.factor) },
                  { text: kinds[i.kind] },
                  { text: i.source, href: passageHref(i.source, lang) },
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
        chart: {
          kind: id,
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
        },
      };
    }
    case "taxonomy-crosswalk": {
      const d = files["taxonomy-crosswalk"]!;
      const risks = siteGlossary().risks;
      const name = (ref: string) => risks.node(ref)!.name[lang];
      const types = Object.fromEntries(
        (["equivalent", "broader", "narrower", "related"] as const).map((k) => [k, t(lang, `risks.link.${k}`)]),
      ) as Record<LinkType, string>;
      const model = crosswalkModel(risks, d.schemes, {
        name,
        schemeName: (id) => risks.scheme(id)!.shortName[lang],
        href: (ref) => href(nodePath(lang, ref)),
        says: (type, a, b) => t(lang, `xwalk.says.${type}`, { a, b }),
        types,
        ordered: t(lang, "xwalk.legend.ordered"),
        family: (f) => t(lang, `family.${f}`),
      });
      const nodeCell = (ref: string) => ({ text: name(ref), href: href(nodePath(lang, ref)) });
      return {
        table: {
          head: [t(lang, "xwalk.node"), t(lang, "xwalk.link"), t(lang, "xwalk.counterpart")],
          rows: model.panels.flatMap((p) => [
            { group: true, cells: [{ text: t(lang, "xwalk.pair", { a: p.left.name, b: p.right.name }) }] },
            ...p.links.map((l) => ({ cells: [nodeCell(l.left), { text: l.says }, nodeCell(l.right)] })),
          ]),
        },
        records: model.panels.flatMap((p) =>
          p.links.map((l) => ({
            from: l.left,
            from_name: name(l.left),
            type: l.type,
            to: l.right,
            to_name: name(l.right),
            from_passage: risks.node(l.left)!.passages[0] ?? "",
            to_passage: risks.node(l.right)!.passages[0] ?? "",
          })),
        ),
        chart: { kind: id, model },
      };
    }
    case "agi-timelines": {
      const d = files["agi-timelines"]!;
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
      const cell = (ref: string) => ({ text: ref, href: passageHref(ref, lang) });
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
        chart: {
          kind: id,
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
        },
      };
    }
    case "safety-practice-scores": {
      const d = files["safety-practice-scores"]!;
      const cfi = files.cfi!;
      const report = d.table.split("/")[0]!;
      const names: [string, string, string] = [
        t(lang, "scores.score.0"),
        t(lang, "scores.score.1"),
        t(lang, "scores.score.2"),
      ];
      const companies = cfi.companies.map((c) => ({
        id: c.id,
        name: c[lang],
        total: cfi.subtotals[c.id]!,
        percent: cfi.percentages[c.id]!,
      }));
      return {
        table: {
          head: [t(lang, "scores.practice"), ...companies.map((c) => c.name)],
          rows: [
            ...cfi.categories.flatMap((c, ci) => [
              {
                group: true,
                cells: [
                  {
                    text: t(lang, "scores.chapterLink", { n: ci + 1, name: c[lang] }),
                    href: href(chapterPath(lang, report, c.id, d.chapterSection)),
                  },
                ],
              },
              ...c.practices.map((p, pi) => ({
                cells: [
                  { text: `${ci + 1}.${pi + 1} ${p[lang]}` },
                  ...companies.map((co) => ({ text: String(p.scores[co.id]) })),
                ],
              })),
            ]),
            { cells: [{ text: t(lang, "scores.total") }, ...companies.map((c) => ({ text: String(c.total) }))] },
            { cells: [{ text: t(lang, "scores.percent") }, ...companies.map((c) => ({ text: `${c.percent}%` }))] },
          ],
        },
        records: cfi.categories.flatMap((c) =>
          c.practices.flatMap((p) =>
            companies.map((co) => ({
              category: c.id,
              category_name: c[lang],
              practice: p.id,
              practice_name: p[lang],
              company: co.id,
              score: p.scores[co.id]!,
              passage: d.table,
            })),
          ),
        ),
        chart: {
          kind: id,
          model: {
            companies,
            categories: cfi.categories.map((c) => ({
              id: c.id,
              name: c[lang],
              href: href(chapterPath(lang, report, c.id, d.chapterSection)),
              practices: c.practices.map((p) => ({ id: p.id, name: p[lang], scores: p.scores })),
            })),
            scoreNames: names,
            labels: { total: t(lang, "scores.total"), percent: t(lang, "scores.percent"), tip: t(lang, "scores.tip") },
          },
        },
      };
    }
    case "governance-timeline": {
      const d = files["governance-timeline"]!;
      const events = [...d.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const laneName = new Map(d.lanes.map((l) => [l.id, l.label[lang]]));
      const cell = (ref: string) => ({ text: ref, href: passageHref(ref, lang) });
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
        chart: {
          kind: id,
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
        },
      };
    }
    default:
      throw new Error(`no chart "${id}" in src/charts/registry.ts`);
  }
}
