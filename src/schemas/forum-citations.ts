/**
 * content/sources/forum-citations.yaml: the works the forum's talks name in
 * their words (a paper, a report, a declaration), with no link to follow.
 * `npm run sources` adds each to the bibliography (a new entry, or the places
 * of an entry the reports cite by link); the content check resolves every
 * passage and finds the quoted words in it, in both languages.
 */
import { z } from "astro/zod";
import { localized, partialDate, slug } from "./common.ts";
import { passageRef } from "./glossary.ts";
import { SOURCE_KINDS } from "./sources.ts";

/** Text the same in both languages, or different in each. */
const text = z.union([z.string().trim().min(1), localized]);

export const namedPlaceSchema = z
  .object({
    /** The talk's paragraph: forum/<event>/<talk>#p-<n>. */
    ref: passageRef.refine((r) => r.startsWith("forum/"), "must be a forum passage (forum/<event>/<talk>#p-<n>)"),
    /** The words that name the work, as the passage writes them (zh as transcribed, en as translated). */
    quote: localized,
  })
  .strict();

export const namedWorkSchema = z
  .object({
    /** A new entry's id (its anchor on /{lang}/sources/). */
    id: slug.refine((s) => /^[a-z]/.test(s), "must begin with a letter (it is an HTML id)").optional(),
    /** Instead of a new entry: the id of the bibliography entry this is (a work the reports cite by link). */
    entry: slug.optional(),
    /** Why the talk's words name that entry's work, in one sentence (with `entry`). */
    evidence: z.string().trim().min(1).optional(),
    /** The title as the talk gives it (zh and en where they differ). */
    title: text.optional(),
    /** Author or publisher, only as the talk names them. */
    publisher: text.optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    /** Only as the talk says it. */
    year: z.number().int().min(1900).max(2100).optional(),
    date: partialDate.optional(),
    citedIn: z.array(namedPlaceSchema).min(1, "name the passage that names the work"),
  })
  .strict()
  .superRefine((w, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (w.entry !== undefined) {
      if (w.id !== undefined || w.title !== undefined || w.kind !== undefined || w.publisher || w.year || w.date)
        issue(
          "entry",
          "an `entry` takes its id, title, kind, publisher and date from the bibliography: give only citedIn and evidence",
        );
      if (w.evidence === undefined) issue("evidence", "say why the talk's words name this entry's work");
    } else {
      if (w.id === undefined) issue("id", "give the new entry's id (or `entry`: the id of an entry it is)");
      if (w.title === undefined) issue("title", "give the title as the talk says it");
      if (w.kind === undefined) issue("kind", `give the kind: ${SOURCE_KINDS.join(", ")}`);
    }
    if (w.date !== undefined && w.year !== undefined && Number(w.date.slice(0, 4)) !== w.year)
      issue("year", "the year differs from the date's");
  });
export type NamedWork = z.infer<typeof namedWorkSchema>;

export const forumCitationsSchema = z.array(namedWorkSchema);
