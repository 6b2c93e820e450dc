// Exactly the plotted data, as CSV.
import type { APIRoute } from "astro";
import { downloadStaticPaths } from "../../../../charts/routes.ts";
import { buildChart } from "../../../../charts/view.ts";
import { toCsv } from "../../../../charts/csv.ts";
import type { ChartId } from "../../../../charts/registry.ts";
import type { Locale } from "../../../../i18n/locales.ts";

export const getStaticPaths = downloadStaticPaths;
export const GET: APIRoute = async ({ params, props }) => {
  const view = await buildChart((props as { chart: ChartId }).chart, params.lang as Locale);
  return new Response(toCsv(view.records), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
