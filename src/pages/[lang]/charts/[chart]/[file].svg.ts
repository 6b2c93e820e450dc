// The chart as a standalone SVG file, with the light palette written in.
import type { APIRoute } from "astro";
import { downloadStaticPaths } from "../../../../charts/routes.ts";
import { buildChart } from "../../../../charts/view.ts";
import { standaloneSvg } from "../../../../charts/standalone.ts";
import type { ChartId } from "../../../../charts/registry.ts";
import type { Locale } from "../../../../i18n/locales.ts";

export const getStaticPaths = downloadStaticPaths;
export const GET: APIRoute = async ({ params, props }) => {
  const view = await buildChart((props as { chart: ChartId }).chart, params.lang as Locale);
  return new Response(standaloneSvg(view), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
