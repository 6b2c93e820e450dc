/** A forecast's predicted year or range in words: "2031", "2023–2033", "2050+". Pure, shared by the table and the tooltips. */
import type { AgiForecast } from "./model.ts";

export function predicted(f: AgiForecast): string {
  if (f.year !== undefined) return String(f.year);
  return f.openEnd ? `${f.from}+` : `${f.from}–${f.to}`;
}
