/**
 * Names of the components chapters may use without importing them. Plain data,
 * so the content check (plain Node, which cannot load .astro files) and the
 * site (components/mdx/index.ts) share one list.
 */
export const MDX_COMPONENT_NAMES = [
  "Contributors",
  "Figure",
  "EditorNote",
  "Sources",
  "Note",
  "Speaker",
  "Chart",
  "ChartLink",
] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
