/** The heatmap on a page, in one language: a row per practice under its category (linked to its chapter), a column per company. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import { chapterPath } from "../../i18n/urls.ts";
import { href } from "../../lib/page-locale.ts";
import type { CfiScores } from "../../schemas/cfi-scores.ts";
import type { ChartParts } from "../definition.ts";
import type { PracticeScoresModel } from "./model.ts";
import type { PracticeScoresData } from "./schema.ts";

export function practiceScoresView(
  d: PracticeScoresData & { cfi?: CfiScores },
  lang: Locale,
): ChartParts<PracticeScoresModel> {
  const cfi = d.cfi!;
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
  };
}
