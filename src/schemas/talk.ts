import { z } from "astro/zod";
import { slug } from "./common.ts";

/** What someone does in a talk; shown as a label beside their name. */
export const SPEAKER_ROLES = ["speaker", "moderator", "panelist", "host"] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** Kinds of programme item. */
export const TALK_KINDS = ["keynote", "roundtable", "fireside", "talk"] as const;

/** Half-days of the event; the transcript runs from the morning into the afternoon. */
export const SESSIONS = ["morning", "afternoon"] as const;
export type Session = (typeof SESSIONS)[number];

/** Frontmatter of content/forum/<event>/<lang>/<talk>.mdx: one talk, panel or fireside chat. */
export const talkSchema = z
  .object({
    /** Title in this file's language: the agenda title for agenda items, else one the editors supplied. */
    title: z.string().trim().min(1),
    /** The title is not printed in the agenda; the editors supplied it from the content. */
    titleSupplied: z.boolean().default(false),
    /** Position in the transcript (the order of the day), 1-based; identical in zh and en. */
    order: z.number().int().positive(),
    /** keynote | roundtable | fireside | talk. */
    kind: z.enum(TALK_KINDS),
    /** morning | afternoon. */
    session: z.enum(SESSIONS),
    /** People on this page in order of appearance: ids from content/speakers.yaml with their role. */
    speakers: z
      .array(
        z
          .object({
            /** Id from content/speakers.yaml. */
            id: slug,
            /** speaker | moderator | panelist | host. */
            role: z.enum(SPEAKER_ROLES),
          })
          .strict(),
      )
      .min(1),
    /** The editor's summary (3–5 sentences in the editors' own words), shown in a box above the transcript. */
    summary: z.string().trim().min(20, "is too short for an editor's summary (20 characters minimum)"),
    /** One-sentence description for search engines and link previews. */
    description: z.string().trim().min(20, "is too short for a useful summary (20 characters minimum)").max(220),
  })
  .strict()
  .refine((t) => new Set(t.speakers.map((s) => s.id)).size === t.speakers.length, {
    message: "list each person once (give the role they mainly have on this page)",
    path: ["speakers"],
  });

export type TalkFrontmatter = z.infer<typeof talkSchema>;
