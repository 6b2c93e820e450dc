/** Where glossary and taxonomy pages live (site-absolute, without the deployment base). */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

export function glossaryPath(lang: Locale, term?: string): string {
  return localePath(lang, "glossary", term ?? "");
}

export function risksPath(lang: Locale, scheme?: string, node?: string): string {
  return localePath(lang, "risks", scheme ?? "", node ?? "");
}

/** A node page from its reference "<scheme>/<node>". */
export function nodePath(lang: Locale, ref: string): string {
  const [scheme, node] = ref.split("/");
  return risksPath(lang, scheme, node);
}

/** Id of the hidden definition a term link's preview shows ("gloss-<term>"); chapter ids never start so. */
export const DEFINITION_ID_PREFIX = "gloss-";
export const definitionId = (term: string) => `${DEFINITION_ID_PREFIX}${term}`;
