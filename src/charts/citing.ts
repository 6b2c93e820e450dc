/**
 * The charts whose source line cites any of some passages: how a page that
 * presents those passages (a risk scheme's page) finds the charts drawn from
 * them, without naming any chart. Build time only.
 */
import type { ChartMeta } from "../schemas/charts.ts";
import { siteChartFiles } from "./files.ts";
import { CHARTS, type ChartId } from "./registry.ts";

export function chartsCiting(refs: readonly string[]): { id: ChartId; title: ChartMeta["title"] }[] {
  const wanted = new Set(refs);
  const data = siteChartFiles().data;
  return CHARTS.flatMap((c) => {
    const d = data.get(c.id) as ChartMeta | undefined;
    return d && d.sources.some((s) => wanted.has(s)) ? [{ id: c.id, title: d.title }] : [];
  });
}
