/**
 * Charts as pages show them: the data files read (files.ts), turned by the
 * chart's definition into a model in the page's language with links resolved,
 * a text alternative and the records behind the marks; the source line and the
 * page options are added here. Runs at build time only (it reads content/).
 */
import type { Locale } from "../i18n/locales.ts";
import { passageInfo } from "../passages/library.ts";
import type { ChartMeta } from "../schemas/charts.ts";
import { siteChartFiles } from "./files.ts";
import { chartDefinition, type ChartId } from "./registry.ts";
import type { ChartView } from "./types.ts";

async function sources(refs: readonly string[], lang: Locale): Promise<ChartView["sources"]> {
  return Promise.all(
    refs.map(async (ref) => {
      const info = await passageInfo(ref, lang);
      return { ref, label: [info.docTitle, info.pageTitle, info.where].filter(Boolean).join(" · "), href: info.href };
    }),
  );
}

/** A chart in one language: what every chart shares (title, takeaway, source line) and what its definition makes of its data. */
export async function buildChart(id: ChartId, lang: Locale): Promise<ChartView> {
  const chart = chartDefinition(id);
  const d = siteChartFiles().data.get(id) as ChartMeta;
  const parts = chart.view(d, lang);
  return {
    id,
    title: d.title[lang],
    takeaway: d.takeaway[lang],
    note: d.note?.[lang],
    sources: await sources(d.sources, lang),
    table: parts.table,
    records: parts.records,
    chart: { kind: id, model: parts.model },
    page: {
      controls: chart.page?.controls,
      embedHeight: chart.page?.embedHeight ?? 760,
      searchableTable: chart.page?.searchableTable ?? true,
    },
    draw: (titleId) => chart.draw(parts.model, titleId),
  };
}
