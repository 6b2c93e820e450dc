import { z } from "astro/zod";

/** Text that must exist in both site languages. */
export const localized = z
  .object({
    /** Chinese text. */
    zh: z.string().trim().min(1, "Chinese text is empty"),
    /** English text. */
    en: z.string().trim().min(1, "English text is empty"),
  })
  .strict();
export type Localized = z.infer<typeof localized>;

/** Lowercase ASCII words joined by hyphens: every id and URL segment (report, chapter, talk, term, section). */
export const SLUG_SOURCE = "[a-z0-9]+(?:-[a-z0-9]+)*";
export const SLUG_PATTERN = new RegExp(`^${SLUG_SOURCE}$`);

/** A URL-safe identifier: lowercase ASCII words joined by hyphens. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, "must be lowercase ASCII words joined by hyphens, e.g. part-2-risks");

/** A calendar date at year, month or day precision: 2025, 2025-01 or 2025-01-29. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
