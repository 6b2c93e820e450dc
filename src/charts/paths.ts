/** Chart URLs (site-absolute, without the deployment base; pass them through href()). */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";
import { CHART_IDS, type ChartId } from "./registry.ts";

export const chartsIndexPath = (lang: Locale) => localePath(lang, "charts");
export const chartPath = (lang: Locale, id: ChartId) => localePath(lang, "charts", id);
export const embedPath = (lang: Locale, id: ChartId) => localePath(lang, "charts", id, "embed");
export const downloadPath = (lang: Locale, id: ChartId, ext: "csv" | "json" | "svg") =>
  `${chartPath(lang, id)}${id}-${lang}.${ext}`;

/** Language-neutral paths of the indexable chart pages, for the sitemap (embeds are noindex). */
export function chartPaths(): string[] {
  return ["charts/", ...CHART_IDS.map((id) => `charts/${id}/`)];
}
