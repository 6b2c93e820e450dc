/**
 * The map's state in the URL: ?doc=<document>&family=<family> show only the
 * marks of one document and/or one risk family; without them every mark shows.
 * Unknown values are reported and ignored.
 */
import type { RiskMapModel } from "./model.ts";

export interface Filters {
  doc?: string;
  family?: string;
}

export function parseFilters(search: string, model: RiskMapModel): { filters: Filters; invalid: string[] } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  const invalid: string[] = [];
  const allowed = { doc: model.documents.map((d) => d.id), family: model.families.map((f) => f.id as string) };
  for (const [key, value] of params) {
    if ((key === "doc" || key === "family") && allowed[key].includes(value) && filters[key] === undefined)
      filters[key] = value;
    else invalid.push(`${key}=${value}`);
  }
  return { filters, invalid };
}

export function formatFilters(f: Filters): string {
  const params = new URLSearchParams();
  if (f.doc) params.set("doc", f.doc);
  if (f.family) params.set("family", f.family);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The model showing only the marks the filters keep (numbers and places stay as in the full map). */
export function filtered(model: RiskMapModel, f: Filters): RiskMapModel {
  if (!f.doc && !f.family) return { ...model, visible: undefined };
  return {
    ...model,
    visible: model.marks
      .filter((m) => (!f.doc || m.docs.includes(f.doc)) && (!f.family || m.family === f.family))
      .map((m) => m.id),
  };
}

/** The marks a model shows. */
export const visibleMarks = (model: RiskMapModel) =>
  model.visible ? model.marks.filter((m) => model.visible!.includes(m.id)) : model.marks;
