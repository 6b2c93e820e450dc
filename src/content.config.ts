import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { reportSchema } from "./schemas/report.ts";
import { chapterSchema } from "./schemas/chapter.ts";
import { contributorsSchema } from "./schemas/contributors.ts";

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

export const collections = { reports, chapters, contributors };
