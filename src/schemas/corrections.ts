import { z } from "astro/zod";
import { localized, slug } from "./common.ts";

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);

/**
 * One speech-recognition correction in content/forum/<event>/corrections.yaml.
 * The Chinese transcript keeps the recognised wording; the build shows `right`
 * in its place (zh) and marks `en` (en), each with the original on tap or focus.
 */
export const correctionSchema = z
  .object({
    /** The wording exactly as it appears in the zh transcript (specific enough never to occur in a correct sense). */
    wrong: text("wrong"),
    /** The corrected Chinese form shown to zh readers. */
    right: text("right"),
    /** The corrected form exactly as written in the en translation of the listed talks. */
    en: text("en"),
    /** The editor's record of why the correction is safe, with line references into the seeds; never shown to readers. */
    evidence: text("evidence"),
    /** The evidence as readers see it under the correction, in each language: the same facts, no seed or line references. */
    note: localized,
    /** Talks (file names without .mdx) where the correction applies. */
    talks: z.array(slug).min(1, "list at least one talk"),
  })
  .strict()
  .refine((c) => c.wrong !== c.right, { message: "right is the same as wrong", path: ["right"] });

/** content/forum/<event>/corrections.yaml: every correction of the event's transcript. */
export const correctionsSchema = z.array(correctionSchema);

export type Correction = z.infer<typeof correctionSchema>;
