/** Where organisation pages live (site-absolute, without the deployment base). */
import type { Locale } from "../i18n/locales.ts";
import { localePath } from "../i18n/urls.ts";

export function organisationPath(lang: Locale, id?: string): string {
  return localePath(lang, "organisations", id ?? "");
}

/** Id of the hidden note an organisation link's preview shows; it shares the glossary's prefix, which chapter ids never use. */
export const organisationNoteId = (id: string) => `gloss-org-${id}`;
