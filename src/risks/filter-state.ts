/**
 * The risk explorer's filter in the URL: ?scheme=<id>&doc=<reports/…|forum/…>
 * (lib/url-filter.ts reads and writes it).
 */
import { formatUrlFilter, parseUrlFilter, type UrlFilter } from "../lib/url-filter.ts";

export type FilterState = UrlFilter<"scheme" | "doc">;

export function parseFilterState(
  search: string,
  schemes: readonly string[],
  docs: readonly string[],
): { state: FilterState; invalid: string[] } {
  return parseUrlFilter(search, { scheme: schemes, doc: docs });
}

export function formatFilterState(state: FilterState): string {
  return formatUrlFilter(state, ["scheme", "doc"]);
}
