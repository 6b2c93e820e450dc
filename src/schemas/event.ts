import { z } from "astro/zod";
import { localized, slug } from "./common.ts";

/** One row of the agenda as published; links to the talk page that transcribes it, if any. */
const agendaRow = z
  .object({
    /** Time as printed, e.g. "09:05 - 09:25". */
    time: z.string().regex(/^\d{2}:\d{2} - \d{2}:\d{2}$/, 'must be "HH:MM - HH:MM" as printed'),
    /** Title as printed (zh, verbatim) and our translation (en). */
    title: localized,
    /** The talk page (file name without .mdx) that transcribes this item. */
    talk: slug.optional(),
    /** The item is in the agenda but not in the transcript. */
    notTranscribed: z.boolean().default(false),
  })
  .strict()
  .refine((r) => Boolean(r.talk) !== r.notTranscribed, {
    message: "give either talk or notTranscribed: true",
    path: ["talk"],
  });

/** The organiser, which the source may only imply. */
const organiser = z
  .object({
    /** Organisation name in each language. */
    name: localized,
    /** The source does not state the organiser; we infer it. */
    inferred: z.boolean().default(false),
    /** One sentence saying what the inference rests on. */
    evidence: localized.optional(),
  })
  .strict()
  .refine((o) => !o.inferred || o.evidence, { message: "an inferred organiser needs evidence", path: ["evidence"] });

/** content/forum/<event>/event.yaml: one event (a forum at a conference) and its published programme. */
export const eventSchema = z
  .object({
    /** Full title of the event. */
    title: localized,
    /** Short title for navigation, breadcrumbs and page titles ("WAIC 2024 Frontier AI Safety Forum"). */
    shortTitle: localized,
    /** Seed file the transcript was taken from (in ../shared/seeds/). */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must be a seed file name such as 004_7ff6ee9301368a93.txt"),
    /** Date of the event, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "must be YYYY-MM-DD"),
    /** The conference the forum was part of. */
    conference: z
      .object({
        /** Conference name in each language. */
        name: localized,
        /** Edition label used in both languages, e.g. "WAIC 2024". */
        edition: z.string().trim().min(1),
        /** City. */
        city: localized,
      })
      .strict(),
    /** Venue as printed (zh) and translated (en). */
    venue: localized,
    /** Who organised the event. */
    organiser,
    /** The published introduction, paragraph by paragraph (zh verbatim, en translated). */
    introduction: z.array(localized).min(1),
    /** The agenda as published, in printed order. */
    agenda: z.array(agendaRow).min(1),
    /** Why the speakers shown beside the agenda are inferred (the printed speaker column is empty). */
    agendaNote: localized.optional(),
    /** The printed guest list (主要嘉宾介绍), as speaker ids in printed order. */
    guests: z.array(slug).default([]),
    /** Editorial interventions readers should know about (order, placement, omissions, how the text was made). */
    editorialNotes: z.array(localized).default([]),
  })
  .strict();

export type ForumEvent = z.infer<typeof eventSchema>;
export type AgendaRow = ForumEvent["agenda"][number];
