/** Dates of the governance timeline: position on the time axis and wording (pure). */
/** "2023年7月21日" / "21 July 2023"; "2023年5月" / "May 2023": the site's one date format (lib/dates.ts). */
export { formatDate as dateLabel } from "../../lib/dates.ts";

/** True when the date names only a month ("2023-05"). */
export function monthOnly(date: string): boolean {
  return date.length === 7;
}

/** Decimal year of the date's start (a month-only date starts on the 1st). */
export function yearStart(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const start = Date.UTC(y!, 0, 1);
  const end = Date.UTC(y! + 1, 0, 1);
  return y! + (Date.UTC(y!, m! - 1, d ?? 1) - start) / (end - start);
}

/** Decimal year of the date's end: the next day, or the first of the next month. */
export function yearEnd(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const start = Date.UTC(y!, 0, 1);
  const end = Date.UTC(y! + 1, 0, 1);
  const next = d === undefined ? Date.UTC(y!, m!, 1) : Date.UTC(y!, m! - 1, d + 1);
  return y! + (next - start) / (end - start);
}
