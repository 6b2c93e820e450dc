/**
 * The site's colours, in one place: the page tokens (background, text, links…)
 * and one colour per risk family, each in a light and a dark version. CSS reads
 * them through the generated custom properties (css.ts); charts and the preview
 * images read the same values from here. Every text colour meets WCAG AA
 * (4.5:1) on every background of its scheme; test/unit/palette.test.ts checks it.
 */

export type Scheme = "light" | "dark";

/** Page tokens: `--bg`, `--text`, … in tokens order. */
export const TOKENS = {
  bg: { light: "#fbfaf7", dark: "#16181b" },
  "bg-raised": { light: "#ffffff", dark: "#1e2125" },
  "bg-sunken": { light: "#f1efe9", dark: "#111315" },
  text: { light: "#1c1d1f", dark: "#e7e5e1" },
  muted: { light: "#585a5e", dark: "#a9aaad" },
  rule: { light: "#d9d6cf", dark: "#3a3d42" },
  link: { light: "#0b5394", dark: "#8ab8f0" },
  focus: { light: "#c2410c", dark: "#fb923c" },
  mark: { light: "#fde68a", dark: "#6b5310" },
  target: { light: "#fff4cc", dark: "#2d2a1a" },
  "note-bg": { light: "#f4f1fa", dark: "#241f2e" },
  "note-rule": { light: "#6d4fa3", dark: "#a88ad9" },
  "note-label": { light: "#5a3e8e", dark: "#c4aef0" },
} as const satisfies Record<string, Record<Scheme, string>>;

export type TokenName = keyof typeof TOKENS;

/** Backgrounds text may sit on, per scheme: a text colour must reach 4.5:1 on each. */
export const BACKGROUNDS: readonly TokenName[] = ["bg", "bg-raised", "bg-sunken"];

/**
 * Risk families: the broad kind of risk (or response) a taxonomy node belongs
 * to. Each keeps one colour and one shape everywhere, so CAIS's "malicious use"
 * and the IASR's "malicious use risks" read as one family on every page.
 */
export const FAMILIES = {
  misuse: { light: "#b42318", dark: "#ff8f85", shape: "▲" },
  malfunction: { light: "#8a5300", dark: "#f2b451", shape: "●" },
  "loss-of-control": { light: "#9c1f6b", dark: "#f28fcb", shape: "◆" },
  systemic: { light: "#0e6570", dark: "#62cfdc", shape: "■" },
  mitigation: { light: "#2e6b1f", dark: "#95d67f", shape: "✚" },
  governance: { light: "#4338a8", dark: "#aeb6ff", shape: "▬" },
} as const satisfies Record<string, { light: string; dark: string; shape: string }>;

export type Family = keyof typeof FAMILIES;
export const FAMILY_IDS = Object.keys(FAMILIES) as Family[];

/** A family's colour in one scheme (for charts, which draw with values rather than custom properties). */
export function familyColour(family: Family, scheme: Scheme): string {
  return FAMILIES[family][scheme];
}

/**
 * Chart colours: `--chart-<name>` custom properties. `bar` and `accent` are
 * marks on the page background (3:1 as non-text contrast); score-0/1/2 is the
 * sequential scale of the practice heatmap, each with the text colour printed
 * on it (`-ink`, 4.5:1), lightness rising with the score so it survives greyscale.
 */
export const CHART = {
  bar: { light: "#2f6f9f", dark: "#7fb6e0" },
  "bar-soft": { light: "#b9d3e8", dark: "#2f4b63" },
  accent: { light: "#b42318", dark: "#ff8f85" },
  track: { light: "#e6e3dc", dark: "#2a2d31" },
  "score-0": { light: "#f4f1ea", dark: "#25282c" },
  "score-0-ink": { light: "#4a4c50", dark: "#c9c7c3" },
  "score-1": { light: "#9cc3e4", dark: "#3d6a93" },
  "score-1-ink": { light: "#102a43", dark: "#ffffff" },
  "score-2": { light: "#1f5785", dark: "#b5d7f5" },
  "score-2-ink": { light: "#ffffff", dark: "#0d2236" },
} as const satisfies Record<string, Record<Scheme, string>>;
export type ChartColour = keyof typeof CHART;
