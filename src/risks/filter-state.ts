/**
 * The risk explorer's filter in the URL: ?scheme=<id>&doc=<reports/…|forum/…>.
 * Only what differs from the default (everything) is written; unknown values
 * are reported and ignored rather than breaking the page. Pure, for the browser and the tests.
 */
export interface FilterState {
  scheme?: string;
  doc?: string;
}

export function parseFilterState(
  search: string,
  schemes: readonly string[],
  docs: readonly string[],
): { state: FilterState; invalid: string[] } {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  const invalid: string[] = [];
  const scheme = params.get("scheme");
  const doc = params.get("doc");
  if (scheme) schemes.includes(scheme) ? (state.scheme = scheme) : invalid.push(`scheme=${scheme}`);
  if (doc) docs.includes(doc) ? (state.doc = doc) : invalid.push(`doc=${doc}`);
  return { state, invalid };
}

export function formatFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.scheme) params.set("scheme", state.scheme);
  if (state.doc) params.set("doc", state.doc);
  const s = params.toString();
  return s ? `?${s}` : "";
}
