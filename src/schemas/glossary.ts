import { z } from "astro/zod";
import { localized, slug } from "./common.ts";
import { PASSAGE_REF } from "./passage-ref.ts";

/** A passage of a document: "<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>". */
export const passageRef = z
  .string()
  .regex(
    PASSAGE_REF,
    'must be "<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>", e.g. international-ai-safety-report-2025/part-2-risks#loss-of-control',
  );

/** Other names a term goes by in each language: abbreviations, other renderings. */
const aliases = z
  .object({
    /** Other Chinese names, e.g. 通用型人工智能 beside 通用人工智能. */
    zh: z.array(z.string().trim().min(1)).default([]),
    /** Other English names, including abbreviations (AGI) and plurals the text uses. */
    en: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

/** content/glossary/terms/<id>.yaml: one term; its id is the file name. */
export const termSchema = z
  .object({
    /** The term's name in each language, as the documents use it. */
    name: localized,
    /** Other names, matched in the text like the name and listed on the term's page. */
    aliases: aliases.default({ zh: [], en: [] }),
    /** Other forms the text uses (inflections, hyphenation: "losing control"): matched, not listed. */
    forms: aliases.default({ zh: [], en: [] }),
    /** A short definition in our words, faithful to how the documents use the term. */
    definition: localized,
    /** Passages where a document defines the term. */
    defines: z.array(passageRef).default([]),
    /** Other passages that discuss the term. */
    passages: z.array(passageRef).default([]),
    /** Ids of related terms. */
    related: z.array(slug).default([]),
    /** Link the term where it occurs in the text (false: never link it automatically). */
    link: z.boolean().default(true),
    /** Passages where this term is not linked, though it occurs there. */
    noLinkIn: z.array(passageRef).default([]),
  })
  .strict()
  .refine((t) => t.defines.length + t.passages.length > 0, {
    message: "needs at least one passage (defines or passages) to link to",
    path: ["passages"],
  });

export type Term = z.infer<typeof termSchema> & { id: string };

/** content/glossary/no-links.yaml: passages where no term is linked (quotations, lists of names…). */
export const noLinksSchema = z.array(passageRef);
