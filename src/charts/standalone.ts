/**
 * The downloadable SVG: the chart's markup with its mark styles written in,
 * taken from the svg block of src/styles/charts.css with the light palette
 * substituted for the custom properties, so the file looks like the page.
 */
import { readFileSync } from "node:fs";
import { CHART, FAMILIES, TOKENS } from "../palette/colours.ts";
import { render } from "./svg.ts";
import type { ChartView } from "./types.ts";

export function svgStyles(css: string): string {
  const block = /\/\* svg:start[^]*?\*\/([^]*?)\/\* svg:end \*\//.exec(css)?.[1];
  if (!block) throw new Error("src/styles/charts.css has no svg:start … svg:end block");
  return block.trim().replace(/var\(--([a-z0-9-]+)\)/g, (m, name: string) => {
    if (name.startsWith("family-")) return FAMILIES[name.slice(7) as keyof typeof FAMILIES]?.light ?? m;
    if (name.startsWith("chart-")) return CHART[name.slice(6) as keyof typeof CHART]?.light ?? m;
    return TOKENS[name as keyof typeof TOKENS]?.light ?? m;
  });
}

export function standaloneSvg(view: ChartView): string {
  const css = svgStyles(readFileSync("src/styles/charts.css", "utf8"));
  const svg = render(view.draw(`chart-${view.id}-title`));
  const head = `<title id="chart-${view.id}-title">${view.title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title><style>${css}</style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/^<svg([^>]*)>/, `<svg$1>${head}`)}\n`;
}
