/**
 * The organisation index's filter in the URL: ?kind=<kind>&doc=<reports/…|forum/…>
 * (lib/url-filter.ts reads and writes it).
 */
import { formatUrlFilter, parseUrlFilter, type UrlFilter } from "../lib/url-filter.ts";

export type OrgFilterState = UrlFilter<"kind" | "doc">;

export function parseOrgFilter(
  search: string,
  kinds: readonly string[],
  docs: readonly string[],
): { state: OrgFilterState; invalid: string[] } {
  return parseUrlFilter(search, { kind: kinds, doc: docs });
}

export function formatOrgFilter(state: OrgFilterState): string {
  return formatUrlFilter(state, ["kind", "doc"]);
}

/** Whether an item with this kind and these documents shows under the filter. */
export function shown(state: OrgFilterState, kind: string, docs: readonly string[]): boolean {
  return (!state.kind || state.kind === kind) && (!state.doc || docs.includes(state.doc));
}
