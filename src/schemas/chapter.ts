import { z } from "astro/zod";

/** Frontmatter of content/reports/<report>/<lang>/<chapter>.mdx. */
export const chapterSchema = z
  .object({
    /** Chapter title in this file's language (the page's <h1>). */
    title: z.string().trim().min(1),
    /** Short title for the contents list, breadcrumbs and previous/next links. */
    shortTitle: z.string().trim().min(1).optional(),
    /** Position in the report, 1-based; must match across languages. */
    order: z.number().int().positive(),
    /** One-sentence summary for search engines and link previews. */
    description: z.string().trim().min(20, "is too short for a useful summary (20 characters minimum)").max(220),
    /** The source has no heading here; the title was supplied by the editors. */
    titleSupplied: z.boolean().default(false),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
