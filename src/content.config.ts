import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { reportSchema } from "./schemas/report.ts";
import { chapterSchema } from "./schemas/chapter.ts";
import { contributorsSchema } from "./schemas/contributors.ts";
import { eventSchema } from "./schemas/event.ts";
import { talkSchema } from "./schemas/talk.ts";
import { speakerSchema } from "./schemas/speaker.ts";

const base = "./content/reports";

/** One entry per report folder: content/reports/<id>/report.yaml, id = folder name. */
const reports = defineCollection({
  loader: glob({ pattern: "*/report.yaml", base, generateId: ({ entry }) => entry.split("/")[0]! }),
  schema: reportSchema,
});

/** Chapters: content/reports/<report>/<lang>/<chapter>.mdx, id = "<report>/<lang>/<chapter>". */
const chapters = defineCollection({
  loader: glob({
    pattern: "*/{zh,en}/*.mdx",
    base,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: chapterSchema,
});

/** Structured contributor lists: content/reports/<report>/contributors.yaml, id = report. */
const contributors = defineCollection({
  loader: glob({ pattern: "*/contributors.yaml", base, generateId: ({ entry }) => entry.split("/")[0]! }),
  schema: contributorsSchema,
});

const forum = "./content/forum";

/** One entry per forum event: content/forum/<id>/event.yaml, id = folder name. */
const events = defineCollection({
  loader: glob({ pattern: "*/event.yaml", base: forum, generateId: ({ entry }) => entry.split("/")[0]! }),
  schema: eventSchema,
});

/** Talk transcripts: content/forum/<event>/<lang>/<talk>.mdx, id = "<event>/<lang>/<talk>". */
const talks = defineCollection({
  loader: glob({ pattern: "*/{zh,en}/*.mdx", base: forum, generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: talkSchema,
});

/** Everyone who speaks in a forum transcript: content/speakers.yaml, id = the entry's id. */
const speakers = defineCollection({
  loader: file("./content/speakers.yaml"),
  schema: speakerSchema,
});

export const collections = { reports, chapters, contributors, events, talks, speakers };
