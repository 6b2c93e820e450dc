/**
 * Works the forum's talks name without a link (content/sources/forum-citations.yaml)
 * joined to the bibliography: each is a new entry, or adds its places to the
 * entry of a work the reports cite by link. Pure: the generator writes the
 * result, and the content check compares the bibliography with it.
 */
import type { NamedWork } from "../schemas/forum-citations.ts";
import type { Source } from "../schemas/sources.ts";

export interface NamedWorkProblem {
  /** The field of forum-citations.yaml: "3.entry". */
  field: string;
  message: string;
}

/** An entry without its `mention` places (what the documents' links alone give). */
export function withoutMentions(e: Source): Source {
  return { ...e, citedIn: e.citedIn.filter((c) => !c.mention) };
}

/** The entries with the named works added; `entries` should hold no mentions yet. */
export function addNamedWorks(
  entries: readonly Source[],
  works: readonly NamedWork[],
): { entries: Source[]; problems: NamedWorkProblem[] } {
  const out = [...entries];
  const byId = new Map(out.map((e, i) => [e.id, i]));
  const problems: NamedWorkProblem[] = [];
  works.forEach((w, i) => {
    const places = w.citedIn.map((c) => ({ ref: c.ref, mention: true as const }));
    if (w.entry !== undefined) {
      const j = byId.get(w.entry);
      if (j === undefined)
        problems.push({ field: `${i}.entry`, message: `no bibliography entry has the id "${w.entry}"` });
      else out[j] = { ...out[j]!, citedIn: [...out[j]!.citedIn, ...places] };
      return;
    }
    if (!w.id || !w.title || !w.kind) return; // the schema reports it
    if (byId.has(w.id)) {
      problems.push({ field: `${i}.id`, message: `"${w.id}" is already the id of a bibliography entry` });
      return;
    }
    byId.set(w.id, out.length);
    out.push({
      id: w.id,
      title: w.title,
      ...(w.publisher ? { publisher: w.publisher } : {}),
      kind: w.kind,
      ...(w.year ? { year: w.year } : w.date ? { year: Number(w.date.slice(0, 4)) } : {}),
      ...(w.date ? { date: w.date } : {}),
      citedIn: places,
    });
  });
  return { entries: out, problems };
}
