/** Organisations, glossary terms and speakers as entries of the one-name check and the Chinese matcher. */
import type { Organisation } from "../schemas/organisations.ts";
import type { Speaker } from "../schemas/speaker.ts";
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

/**
 * Speakers whose Chinese name is written in Chinese characters (曾毅, 薛院长), identified ones
 * only: where a passage's Chinese names them, its English uses their English name (pinyin,
 * family name first) or one of their aliases (their own published romanisation).
 */
export function speakerEntries(speakers: readonly Speaker[]): NamedEntry[] {
  return speakers
    .filter((s) => !s.unidentified && /\p{Script=Han}/u.test(s.name.zh) && !/[·・]/.test(s.name.zh))
    .map((s) => ({ key: `speaker:${s.id}`, zh: [s.name.zh], en: [s.name.en, ...s.aliases], exactCase: true }));
}
