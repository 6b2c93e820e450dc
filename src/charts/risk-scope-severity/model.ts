/** What the scope/severity map draws from, in one language. */
import type { Family } from "../../palette/colours.ts";

export interface GridCell {
  id: string;
  name: string;
  faded: boolean;
}

/** One quotation of a mark: the axis it decides, the words, and its passage. */
export interface MarkQuote {
  axis: "scope" | "severity" | "probability";
  /** "Scope", "Severity", "Probability" in the page's language. */
  axisName: string;
  quote: string;
  passage: string;
  /** The passage's page (with the deployment base). */
  href: string;
}

export interface RiskMark {
  id: string;
  /** 1-based, in the file's order: the number drawn on the mark and in the key. */
  n: number;
  label: string;
  family: Family;
  /** The documents its passages come from (the document filter). */
  docs: string[];
  /** Bands as indices into the grid's rows (scope) and columns (severity), from ≤ to. */
  scope: [number, number];
  severity: [number, number];
  quotes: MarkQuote[];
  /** Its risk node's or glossary term's page. */
  href: string;
  tip: string;
}

export interface RiskMapModel {
  scope: GridCell[];
  severity: GridCell[];
  regions: { id: string; name: string; scope: [number, number]; severity: [number, number] }[];
  marks: RiskMark[];
  /** The ids of the marks the filters keep (absent: every mark). Hidden marks keep their lanes, so nothing moves. */
  visible?: string[];
  documents: { id: string; name: string }[];
  families: { id: Family; name: string }[];
  labels: {
    scope: string;
    severity: string;
    key: string;
    notStated: string;
  };
}
