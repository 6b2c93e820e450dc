import Contributors from "./Contributors.astro";
import Figure from "./Figure.astro";
import EditorNote from "./EditorNote.astro";
import Sources from "./Sources.astro";
import Note from "./Note.astro";
import Speaker from "../forum/Speaker.astro";
import Chart from "../charts/Chart.astro";
import ChartLink from "../charts/ChartLink.astro";
import type { MdxComponentName } from "../../schemas/mdx-components.ts";

/** Components chapters may use without importing them; the type keeps this in step with schemas/mdx-components.ts. */
export const mdxComponents = {
  Contributors,
  Figure,
  EditorNote,
  Sources,
  Note,
  Speaker,
  Chart,
  ChartLink,
} satisfies Record<MdxComponentName, unknown>;
