import Contributors from "./Contributors.astro";
import Figure from "./Figure.astro";
import EditorNote from "./EditorNote.astro";

/** Components chapters may use without importing them. scripts/validate checks MDX against this list. */
export const mdxComponents = { Contributors, Figure, EditorNote };
