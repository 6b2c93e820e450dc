import { z } from "astro/zod";
import { localized, slug } from "./common.ts";
import { passageRef } from "./glossary.ts";
import { FAMILY_IDS, type Family } from "../palette/colours.ts";

/** A risk family: the colour and shape a node shows everywhere (see src/palette/colours.ts). */
export const family = z.enum(FAMILY_IDS as [Family, ...Family[]]);

/** One node of a scheme. */
export const nodeSchema = z
  .object({
    /** Stable id, unique in its scheme (the URL segment). */
    id: slug,
    /** Id of the parent node in the same scheme; absent for a top-level node. */
    parent: slug.optional(),
    /** Name in each language. Optional only for the practices named in content/data/cfi-scores.yaml. */
    name: localized.optional(),
    /** A short definition in our words, faithful to how the documents use it. */
    definition: localized,
    /** Risk family (colour and shape); a node without one takes its parent's. */
    family: family.optional(),
    /** Passages that present or discuss this node. */
    passages: z.array(passageRef).default([]),
    /** Glossary terms for this node's concept. */
    terms: z.array(slug).default([]),
  })
  .strict();

/** content/taxonomies/schemes/<id>.yaml: one classification scheme; its id is the file name. */
export const schemeSchema = z
  .object({
    /** Name of the scheme in each language. */
    name: localized,
    /** A short name for page titles and labels beside other text, when the name is long. */
    shortName: localized.optional(),
    /** What the scheme classifies and where it comes from, in a sentence or two. */
    description: localized,
    /** The work that proposed the scheme, as the documents cite it. */
    origin: localized,
    /** Position in the explorer. */
    order: z.number().int().positive(),
    /** Passages where the documents present the scheme as a whole. */
    passages: z.array(passageRef).min(1, "name at least one passage that presents the scheme"),
    /** The nodes, parents before their children. */
    nodes: z.array(nodeSchema).min(1),
  })
  .strict();

export type SchemeData = z.infer<typeof schemeSchema>;
export type NodeData = z.infer<typeof nodeSchema>;

/** How `to` relates to `from`: the same concept, a broader one, a narrower one, or related. */
export const linkType = z.enum(["equivalent", "broader", "narrower", "related"]);
export type LinkType = z.infer<typeof linkType>;

/** A node anywhere: "<scheme>/<node>". */
export const nodeRef = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be "<scheme>/<node>", e.g. iasr-risks/loss-of-control',
  );

/** content/taxonomies/crosswalk.yaml: each link between schemes, stored once and shown from both ends. */
export const crosswalkSchema = z.array(
  z
    .object({
      from: nodeRef,
      to: nodeRef,
      /** What `to` is to `from`: "broader" means `to` is the broader concept. */
      type: linkType,
    })
    .strict(),
);
export type CrosswalkLink = z.infer<typeof crosswalkSchema>[number];
