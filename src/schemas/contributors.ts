import { z } from "astro/zod";
import { localized, slug } from "./common.ts";

/** A person's name: one string for Latin script, or both forms for names written in Chinese characters. */
const name = z.union([z.string().trim().min(1), localized]);

/** One contributor. */
const person = z
  .object({
    /** Name as printed. */
    name,
    /** Title printed before or after the name (教授 / Professor). */
    honorific: localized.optional(),
    /** A descriptor printed in parentheses after the name, e.g. (generalist writer). */
    role: localized.optional(),
    /** Institution or role. */
    affiliation: localized.optional(),
    /** Government or organisation that nominated this panel member. */
    nominatedBy: localized.optional(),
    /** Editor's note, e.g. a corrected spelling; shown beside the entry. */
    note: localized.optional(),
  })
  .strict();

/** A titled list of people inside a group (the secretariat's two institutions). */
const subgroup = z.object({ title: localized, members: z.array(person).min(1) }).strict();

/** A contributor group, referenced from MDX as <Contributors group="id" />. */
const group = z
  .object({
    /** Id used in MDX, e.g. expert-advisory-panel. */
    id: slug,
    /** Members, when the group is one flat list. */
    members: z.array(person).min(1).optional(),
    /** Sub-lists, when the group is divided by institution. */
    subgroups: z.array(subgroup).min(1).optional(),
  })
  .strict()
  .refine((g) => Boolean(g.members) !== Boolean(g.subgroups), {
    message: "a group needs either members or subgroups, not both",
  });

/** content/reports/<id>/contributors.yaml */
export const contributorsSchema = z
  .object({ groups: z.array(group).min(1) })
  .strict()
  .refine((c) => new Set(c.groups.map((g) => g.id)).size === c.groups.length, {
    message: "group ids must be unique",
  });

export type Contributors = z.infer<typeof contributorsSchema>;
export type ContributorGroup = Contributors["groups"][number];
export type Person = z.infer<typeof person>;
