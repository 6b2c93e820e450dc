// Exactly the plotted data, as JSON, with the chart's title and sources.
import type { APIRoute } from "astro";
import { downloadStaticPaths } from "../../../../charts/routes.ts";
import { buildChart } from "../../../../charts/view.ts";
import type { ChartId } from "../../../../charts/registry.ts";
import type { Locale } from "../../../../i18n/locales.ts";

export const getStaticPaths = downloadStaticPaths;
export const GET: APIRoute = async ({ params, props }) => {
  const view = await buildChart((props as { chart: ChartId }).chart, params.lang as Locale);
  const body = {
    id: view.id,
    title: view.title,
    takeaway: view.takeaway,
    sources: view.sources.map((s) => s.ref),
    data: view.records,
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
