import { z } from "astro/zod";
import { localized, slug } from "./common.ts";
import { passageRef } from "./glossary.ts";

/** What kind of body an organisation is. */
export const ORGANISATION_KINDS = ["company", "government", "research", "nonprofit", "international"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Where an organisation is based: a country or region code, or "international". */
export const ORGANISATION_REGIONS = ["cn", "hk", "sg", "us", "ca", "uk", "fr", "eu", "international"] as const;
export type OrganisationRegion = (typeof ORGANISATION_REGIONS)[number];

const names = z
  .object({
    /** Other Chinese names the documents use, e.g. 中国信通院 beside 中国信息通信研究院. */
    zh: z.array(z.string().trim().min(1)).default([]),
    /** Other English names, including abbreviations (CAICT). */
    en: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

/** content/organisations/<id>.yaml: one organisation the documents name; its id is the file name. */
export const organisationSchema = z
  .object({
    /** Its name in each language, as the documents (and our translation) write it. */
    name: localized,
    /** Other names the documents use: matched in the text like the name and listed on its page. */
    aliases: names.default({ zh: [], en: [] }),
    /** Longer Chinese words that contain a name but do not mention it (联合国家 in 联合国家发展改革委): never matched. */
    notIn: z.array(z.string().trim().min(1)).default([]),
    /** What kind of body it is. */
    kind: z.enum(ORGANISATION_KINDS),
    /** Where it is based (a country or region), or "international" for an intergovernmental body. */
    region: z.enum(ORGANISATION_REGIONS),
    /** Where a name, kind or region is inferred rather than printed in the documents: the evidence, in one sentence. */
    evidence: localized.optional(),
    /** Its column in the 2024 best-practices assessment (a company id of content/data/cfi-scores.yaml), if it is one of the six companies scored there. */
    assessed: slug.optional(),
    /** Passages that mention it (checked in both languages). */
    passages: z.array(passageRef).min(1, "needs at least one passage that mentions it"),
    /** Link its name where it occurs in the text (false: never link it automatically). */
    link: z.boolean().default(true),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema> & { id: string };

/** content/organisations/exceptions.yaml: passages whose English does not use an entry's English name, with the reason. */
export const nameExceptionsSchema = z.array(
  z
    .object({
      /** "organisation:<id>", "term:<id>" or "speaker:<id>": the entry whose Chinese name the passages use. */
      entry: z
        .string()
        .regex(
          /^(organisation|term|speaker):[a-z0-9]+(-[a-z0-9]+)*$/,
          'must be "organisation:<id>", "term:<id>" or "speaker:<id>"',
        ),
      /** The passages ("<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>"). */
      passages: z.array(passageRef).min(1),
      /** Why the English may say it otherwise (a pronoun, a paraphrase the translation keeps…). */
      reason: z.string().trim().min(1),
    })
    .strict(),
);
export type NameException = z.infer<typeof nameExceptionsSchema>[number];
