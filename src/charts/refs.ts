/** Every passage the chart files cite, with the file and field that cite it (for the content check). */
import type { ChartMeta } from "../schemas/charts.ts";
import type { ChartFiles } from "./files.ts";
import { CHARTS } from "./registry.ts";

export interface CitedRef {
  file: string;
  field: string;
  ref: string;
}

export function chartRefs(files: ChartFiles): CitedRef[] {
  const out: CitedRef[] = [];
  for (const chart of CHARTS) {
    const data = files.data.get(chart.id) as ChartMeta | undefined;
    if (!data) continue;
    const file = `content/charts/${chart.id}.yaml`;
    data.sources.forEach((ref, i) => out.push({ file, field: `sources.${i}`, ref }));
    for (const { field, ref } of chart.refs?.(data) ?? []) out.push({ file, field, ref });
  }
  return out;
}
