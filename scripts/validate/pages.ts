/**
 * Reading one content page for the checks: frontmatter against its schema,
 * structure (ids, paragraphs, components, links), and the components it uses.
 * Shared by report chapters and forum talks.
 */
import { readFile, stat } from "node:fs/promises";
import type { z, ZodTypeAny } from "astro/zod";
import { chapterSchema } from "../../src/schemas/chapter.ts";
import type { Contributors } from "../../src/schemas/contributors.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { MDX_COMPONENT_NAMES as MDX_COMPONENTS } from "../../src/schemas/mdx-components.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { readStructure, type MdxStructure } from "./mdx-structure.ts";
import { zodProblems } from "../../src/lib/yaml-file.ts";
import type { Problem } from "./problems.ts";

export interface ChapterInfo {
  /** Where the page lives: a report chapter or a forum talk. */
  section: "reports" | "forum";
  /** The report or event folder, relative to the repository ("content/reports/<report>"). */
  dir: string;
  /** Report id, or event id for a talk. */
  report: string;
  lang: Locale;
  slug: string;
  file: string;
  order?: number;
  structure?: MdxStructure;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Read one MDX page: frontmatter against its schema, then its structure. Returns the valid frontmatter. */
export async function checkChapter<S extends ZodTypeAny>(
  path: string,
  rel: string,
  info: ChapterInfo,
  problems: Problem[],
  schema: S = chapterSchema as unknown as S,
): Promise<z.infer<S> | undefined> {
  const source = await readFile(path, "utf8");
  let fm;
  try {
    fm = splitFrontmatter(source);
  } catch (error) {
    problems.push({ file: rel, line: (error as { line?: number }).line, message: (error as Error).message });
    return undefined;
  }
  const parsed = schema.safeParse(fm.data);
  if (!parsed.success) problems.push(...zodProblems(rel, parsed.error));
  else info.order = (parsed.data as { order: number }).order;
  try {
    // Keep line numbers right by parsing the whole file with the frontmatter blanked out.
    info.structure = readStructure("\n".repeat(fm.bodyLine - 1) + fm.body, path);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    problems.push({ file: rel, line: e.line ?? e.place?.line, message: e.reason ?? e.message });
  }
  return parsed.success ? parsed.data : undefined;
}

export function checkComponents(
  c: ChapterInfo,
  rel: string,
  contributors: Contributors | undefined,
  problems: Problem[],
): void {
  for (const use of c.structure?.components ?? []) {
    if (!(MDX_COMPONENTS as readonly string[]).includes(use.name)) {
      problems.push({
        file: rel,
        line: use.line,
        message: `unknown component <${use.name}>; available: ${MDX_COMPONENTS.join(", ")}`,
      });
    }
    if (use.name === "Speaker" && c.section !== "forum") {
      problems.push({ file: rel, line: use.line, message: "<Speaker> belongs in forum transcripts (content/forum/…)" });
    }
    if (use.name === "Contributors" && c.section !== "reports") {
      problems.push({
        file: rel,
        line: use.line,
        message: "<Contributors> belongs in report chapters (content/reports/…)",
      });
    } else if (use.name === "Contributors") {
      const group = use.props.group;
      if (!contributors)
        problems.push({
          file: rel,
          line: use.line,
          message: `<Contributors> needs content/reports/${c.report}/contributors.yaml`,
        });
      else if (!contributors.groups.some((g) => g.id === group)) {
        problems.push({
          file: rel,
          line: use.line,
          message: `unknown contributor group "${group}"; groups: ${contributors.groups.map((g) => g.id).join(", ")}`,
        });
      }
    }
  }
  const refs = new Set(c.structure?.footnoteRefs);
  const defs = new Set(c.structure?.footnoteDefs);
  for (const r of refs)
    if (!defs.has(r)) problems.push({ file: rel, message: `footnote [^${r}] is referenced but never defined` });
  for (const d of defs)
    if (!refs.has(d)) problems.push({ file: rel, message: `footnote [^${d}] is defined but never referenced` });
}
