/**
 * What a chart is. Each chart is one folder, src/charts/<id>/, whose chart.ts
 * exports a ChartDefinition; src/charts/registry.ts lists them. Shared code
 * (reading and checking content/charts/<id>.yaml, the content check, the pages
 * and downloads) works from these definitions only and never names a chart.
 * Build-time code: the browser half of a chart is its client.ts (see behaviour.ts).
 */
import type { ZodType, ZodTypeDef } from "astro/zod";
import type { Locale } from "../i18n/locales.ts";
import type { FileProblem } from "../lib/yaml-file.ts";
import type { ChartMeta } from "../schemas/charts.ts";
import type { El } from "./svg.ts";

/** One cell of the text alternative: text, optionally a link. */
export interface Cell {
  text: string;
  href?: string;
}

/** The data table (the text alternative): header, then rows; a row may be a group heading. */
export interface ChartTable {
  head: string[];
  rows: { cells: Cell[]; group?: boolean }[];
}

/** One plotted value, as a CSV row and a JSON object. */
export type ChartRecord = Record<string, string | number>;

/** A problem in a chart's data, naming its field ("premises.2.source"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A passage the chart's data cites, with the field that cites it. */
export interface FieldRef {
  field: string;
  ref: string;
}

/** What a chart has of its own on a page, in one language. */
export interface ChartParts<Model> {
  /** The data table (the text alternative). */
  table: ChartTable;
  /** Exactly the plotted data, for CSV and JSON: one record per mark. */
  records: ChartRecord[];
  /** What its marks are drawn from (JSON: the page sends it to the browser). */
  model: Model;
}

/** How the chart's own page and embed show it; every field has a default. */
export interface ChartPageOptions {
  /** It has controls (Controls.astro in its folder), placed before or after the plot. */
  controls?: "before" | "after";
  /** Height of the <iframe> in the embed code (default 760). */
  embedHeight?: number;
  /** false where the data table only repeats other pages (search then skips it); default true. */
  searchableTable?: boolean;
}

/**
 * One chart. `File` is what its data file holds (its schema's output), `Extra`
 * what it reads besides (the heatmap's scores), `Model` what its marks are drawn from.
 */
export interface ChartDefinition<Id extends string, File extends ChartMeta, Model, Extra extends object = object> {
  /** The folder src/charts/<id>/, the data file content/charts/<id>.yaml and the page /{lang}/charts/<id>/. */
  id: Id;
  /** The schema of the data file (with the fields every chart has: chartMeta in src/schemas/charts.ts). */
  schema: ZodType<File, ZodTypeDef, unknown>;
  /** Checks across fields that the schema cannot express (sums, products, ids that must exist). */
  check?(file: File): FieldProblem[];
  /** Data it draws on besides its own file, read with the chart files; problems go to `problems`. */
  extra?(contentRoot: string, problems: FileProblem[]): Extra;
  /** Every passage its data cites apart from `sources` (which every chart has), for the content check. */
  refs?(data: File & Extra): FieldRef[];
  /** Checks against the rest of the content, for the content check (e.g. scheme ids that must have files). */
  checkContent?(data: File & Extra, contentRoot: string): FieldProblem[];
  /** Its table, records and model in one language (build time). */
  view(data: File & Extra, lang: Locale): ChartParts<Model>;
  /** Its marks as the source gives them: the same pure code the browser runs. */
  draw(model: Model, titleId: string): El;
  page?: ChartPageOptions;
}

/** Any chart, as the registry holds them. */
export type AnyChart = ChartDefinition<string, any, any, any>;

/** A chart's definition, with its types checked against each other (chart.ts: `export default defineChart({…})`). */
export function defineChart<const Id extends string, File extends ChartMeta, Model, Extra extends object = object>(
  chart: ChartDefinition<Id, File, Model, Extra>,
): ChartDefinition<Id, File, Model, Extra> {
  return chart;
}
