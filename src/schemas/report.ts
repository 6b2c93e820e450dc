import { z } from "astro/zod";
import { localized, partialDate } from "./common.ts";

/** One person named as an author in a citation. */
const person = z
  .object({
    /** Family name, as printed in citations ("Bengio"). */
    family: z.string().min(1),
    /** Given names ("Yoshua"). */
    given: z.string().min(1),
  })
  .strict();

/** An organisation as author ("Concordia AI"), cited under its name in each language. */
const corporateAuthor = z
  .object({
    /** The organisation's name. */
    organisation: localized,
  })
  .strict();

/** One author in a citation: a person or an organisation. */
const author = z.union([person, corporateAuthor]);
export type CitationAuthor = z.infer<typeof author>;

/** Metadata the source does not state, shown as inferred with the evidence. */
const inferred = z
  .object({
    /** Which overview fields are inferred rather than printed in the source. */
    fields: z.array(z.enum(["title", "date", "organisation"])).min(1),
    /** The evidence, in one sentence per language. */
    evidence: localized,
  })
  .strict();

/** Data for "Cite this report": enough for BibTeX and a plain-text reference. */
const citation = z
  .object({
    /** BibTeX key, e.g. bengio2025iasr. */
    key: z.string().regex(/^[a-z][a-z0-9]*$/, "must be lowercase letters and digits"),
    /** Named authors, in order. */
    authors: z.array(author).min(1),
    /** Add "et al." after the named authors. */
    etAl: z.boolean().default(false),
    /** Publishing institution, shown in both languages. */
    institution: localized,
    /** Report or series number, e.g. DSIT 2025/001. */
    number: z.string().optional(),
    /** Publication year. */
    year: z.number().int().min(1900).max(2100),
    /** Publication month, 1–12. */
    month: z.number().int().min(1).max(12).optional(),
    /** Address of the original publication (cited, never fetched at runtime). */
    url: z.string().url().optional(),
  })
  .strict();

/** content/reports/<id>/report.yaml: one published document and its metadata. */
export const reportSchema = z
  .object({
    /** Full title. */
    title: localized,
    /** Subtitle, if the document has one. */
    subtitle: localized.optional(),
    /** Short title for navigation, breadcrumbs and page titles. */
    shortTitle: localized,
    /** Author organisation(s), as readers should see them. */
    organisation: localized,
    /** Publication date of the source document. */
    date: partialDate,
    /** Seed file the Chinese text was imported from (in ../shared/seeds/). */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a seed file name such as 002_6fd1d0693c8d5ff6.txt"),
    /** What the Chinese source text is, e.g. "Chinese edition of an English original". */
    edition: localized,
    /** Abstract shown on the overview page, home page and in search results. */
    abstract: localized,
    /** Citation data. */
    citation,
    /** Editorial interventions readers should know about (corrections, supplied titles, missing figures). */
    editorialNotes: z.array(localized).default([]),
    /** Fields the source does not state, and the evidence for what we show. */
    inferred: inferred.optional(),
    /** Where and how the document was first released, if the source says. */
    provenance: localized.optional(),
    /** Licence of the source text. */
    licence: localized.optional(),
  })
  .strict();

export type Report = z.infer<typeof reportSchema>;
