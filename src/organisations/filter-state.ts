/**
 * The organisation index's filter in the URL: ?kind=<kind>&doc=<reports/…|forum/…>.
 * Only what differs from the default (everything) is written; unknown values
 * are reported and ignored. Pure, for the browser and the tests.
 */
export interface OrgFilterState {
  kind?: string;
  doc?: string;
}

export function parseOrgFilter(
  search: string,
  kinds: readonly string[],
  docs: readonly string[],
): { state: OrgFilterState; invalid: string[] } {
  const params = new URLSearchParams(search);
  const state: OrgFilterState = {};
  const invalid: string[] = [];
  const kind = params.get("kind");
  const doc = params.get("doc");
  if (kind) kinds.includes(kind) ? (state.kind = kind) : invalid.push(`kind=${kind}`);
  if (doc) docs.includes(doc) ? (state.doc = doc) : invalid.push(`doc=${doc}`);
  return { state, invalid };
}

export function formatOrgFilter(state: OrgFilterState): string {
  const params = new URLSearchParams();
  if (state.kind) params.set("kind", state.kind);
  if (state.doc) params.set("doc", state.doc);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Whether an item with this kind and these documents shows under the filter. */
export function shown(state: OrgFilterState, kind: string, docs: readonly string[]): boolean {
  return (!state.kind || state.kind === kind) && (!state.doc || docs.includes(state.doc));
}
