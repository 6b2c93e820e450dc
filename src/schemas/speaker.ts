import { z } from "astro/zod";
import { localized, slug } from "./common.ts";

/**
 * One person in content/speakers.yaml: everyone who speaks in, or is introduced
 * in, a forum transcript. Names and affiliations only as the sources give them.
 */
export const speakerSchema = z
  .object({
    /** Stable id used in talk frontmatter and <Speaker id="…" />; also the URL segment (/speakers/<id>/). */
    id: slug,
    /** Name in each language; for unidentified people, the label readers see ("Unidentified speaker"). */
    name: localized,
    /**
     * Other English spellings of the name: the person's own published romanisation (Yi Zeng for
     * Zeng Yi, Ya-Qin Zhang for Zhang Yaqin), listed only where it is certain. The English name
     * itself writes a mainland Chinese name in pinyin, family name first (README, "Names of people").
     */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Affiliation or role as the sources give it (the printed guest list or the host's introduction). */
    affiliation: localized.optional(),
    /** Where the name and affiliation come from, in one sentence. */
    evidence: localized.optional(),
    /** Editor's note shown on the person's page, e.g. why a full name is not given. */
    note: localized.optional(),
    /** The name or identity is inferred (e.g. from a garbled transcription), not printed in the sources. */
    inferred: z.boolean().default(false),
    /** The sources do not establish who this is; we never guess a real name. */
    unidentified: z.boolean().default(false),
  })
  .strict()
  .refine((s) => !s.unidentified || s.note, {
    message: "an unidentified speaker needs a note saying what the transcript does (not) tell us",
    path: ["note"],
  })
  .refine((s) => s.unidentified || s.evidence, {
    message: "say where the name and affiliation come from (evidence)",
    path: ["evidence"],
  });

/** content/speakers.yaml: a list of people with unique ids. */
export const speakersSchema = z.array(speakerSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((s, i) => {
    if (seen.has(s.id))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "id"], message: `duplicate speaker id "${s.id}"` });
    seen.add(s.id);
  });
});

export type Speaker = z.infer<typeof speakerSchema>;
