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
  const add = (id: string, field: string, ref: string) => out.push({ file: `content/charts/${id}.yaml`, field, ref });
  const ps = files["power-seeking-chain"];
  if (ps) {
    ps.sources.forEach((r, i) => add("power-seeking-chain", `sources.${i}`, r));
    ps.premises.forEach((p, i) => add("power-seeking-chain", `premises.${i}.source`, p.source));
    add("power-seeking-chain", "stated.source", ps.stated.source);
    add("power-seeking-chain", "update.source", ps.update.source);
  }
  for (const def of CHARTS) {
    const data = files.data.get(def.id) as ChartMeta | undefined;
    if (!data) continue;
    data.sources.forEach((r, i) => add(def.id, `sources.${i}`, r));
    for (const { field, ref } of def.refs?.(data) ?? []) add(def.id, field, ref);
  }
  const scores = files["safety-practice-scores"];
  if (scores) {
    scores.sources.forEach((r, i) => add("safety-practice-scores", `sources.${i}`, r));
    add("safety-practice-scores", "table", scores.table);
    add("safety-practice-scores", "legend", scores.legend);
    const report = scores.table.split("/")[0];
    // Each heatmap row links to its practice chapter: the category id is the chapter slug.
    for (const c of files.cfi?.categories ?? [])
      add("safety-practice-scores", `chapterSection (category ${c.id})`, `${report}/${c.id}#${scores.chapterSection}`);
  }
  const agi = files["agi-timelines"];
  if (agi) {
    const f = "agi-timelines";
    agi.sources.forEach((r, i) => add(f, `sources.${i}`, r));
    add(f, "chatgpt.source", agi.chatgpt.source);
    agi.forecasts.forEach((x, i) => add(f, `forecasts.${i}.source`, x.source));
    agi.notPlotted.forEach((x, i) => add(f, `notPlotted.${i}.source`, x.source));
  }
  const growth = files["compute-growth"];
  if (growth) {
    growth.sources.forEach((r, i) => add("compute-growth", `sources.${i}`, r));
    growth.items.forEach((x, i) => add("compute-growth", `items.${i}.source`, x.source));
  }
  const gov = files["governance-timeline"];
  if (gov) {
    const f = "governance-timeline";
    gov.sources.forEach((r, i) => add(f, `sources.${i}`, r));
    gov.events.forEach((e, i) => {
      add(f, `events.${i}.source`, e.source);
      if (e.disputed) add(f, `events.${i}.disputed.source`, e.disputed.source);
    });
  }
  const xwalk = files["taxonomy-crosswalk"];
  if (xwalk) xwalk.sources.forEach((r, i) => add("taxonomy-crosswalk", `sources.${i}`, r));
  return out;
}
