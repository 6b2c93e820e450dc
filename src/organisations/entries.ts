/** Organisations and glossary terms as entries of the one-name check and the Chinese matcher. */
import type { Organisation } from "../schemas/organisations.ts";
import type { Term } from "../schemas/glossary.ts";
import type { NamedEntry } from "./one-name.ts";

export function organisationEntries(orgs: readonly Organisation[]): NamedEntry[] {
  return orgs.map((o) => ({
    key: `organisation:${o.id}`,
    zh: [o.name.zh, ...o.aliases.zh],
    en: [o.name.en, ...o.aliases.en],
    notIn: o.notIn,
    exactCase: true,
  }));
}

export function termEntries(terms: readonly Term[]): NamedEntry[] {
  return terms.map((t) => ({
    key: `term:${t.id}`,
    zh: [t.name.zh, ...t.aliases.zh, ...t.forms.zh],
    en: [t.name.en, ...t.aliases.en, ...t.forms.en],
  }));
}
