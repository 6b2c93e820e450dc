/**
 * The colour custom properties as CSS, generated from colours.ts so the light
 * and dark values are written once. Dark applies when the reader's system asks
 * for it (unless they chose light) and when they choose dark; both selectors
 * share one block rather than two copies.
 */
import { CHART, FAMILIES, TOKENS, type Scheme } from "./colours.ts";

function declarations(scheme: Scheme): string {
  const tokens = Object.entries(TOKENS).map(([name, v]) => `  --${name}: ${v[scheme]};`);
  const families = Object.entries(FAMILIES).map(([name, v]) => `  --family-${name}: ${v[scheme]};`);
  const chart = Object.entries(CHART).map(([name, v]) => `  --chart-${name}: ${v[scheme]};`);
  return [...tokens, ...families, ...chart].join("\n");
}

/** The stylesheet: light by default, then the dark overrides. */
export function paletteCss(): string {
  return [
    "/* Generated from src/palette/colours.ts: edit the colours there. */",
    `:root {\n${declarations("light")}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {\n${declarations("dark").replace(/^/gm, "  ")}\n  }\n}`,
    `:root[data-theme="dark"] {\n${declarations("dark")}\n}`,
    "",
  ].join("\n");
}
