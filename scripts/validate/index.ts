/**
 * Content checks that run before every build and in the tests. Each problem
 * names the file (and line) and says what is wrong, so a bad edit fails the
 * build with a message an editor can act on instead of shipping a broken page.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { reportSchema } from "../../src/schemas/report.ts";
import { chapterSchema } from "../../src/schemas/chapter.ts";
import { contributorsSchema, type Contributors } from "../../src/schemas/contributors.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { MDX_COMPONENT_NAMES as MDX_COMPONENTS } from "../../src/components/mdx-names.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { readStructure, type MdxStructure } from "./mdx-structure.ts";
import { zodProblems } from "./schema-errors.ts";
import { checkParity } from "./parity.ts";
import { checkLinks } from "./links.ts";
import type { Problem } from "./problems.ts";
import { redirectsSchema } from "../../src/schemas/redirects.ts";
import { expandRedirects } from "../../src/lib/redirects.ts";

export { formatProblems, type Problem } from "./problems.ts";

export interface ChapterInfo {
  report: string;
  lang: Locale;
  slug: string;
  file: string;
  order?: number;
  structure?: MdxStructure;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readYaml(path: string, rel: string, problems: Problem[]): Promise<unknown> {
  try {
    return parseYaml(await readFile(path, "utf8"), { version: "1.1" });
  } catch (error) {
    problems.push({ file: rel, message: `malformed YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
}

async function checkChapter(path: string, rel: string, info: ChapterInfo, problems: Problem[]): Promise<void> {
  const source = await readFile(path, "utf8");
  let fm;
  try {
    fm = splitFrontmatter(source);
  } catch (error) {
    problems.push({ file: rel, line: (error as { line?: number }).line, message: (error as Error).message });
    return;
  }
  const parsed = chapterSchema.safeParse(fm.data);
  if (!parsed.success) problems.push(...zodProblems(rel, parsed.error));
  else info.order = parsed.data.order;
  try {
    // Keep line numbers right by parsing the whole file with the frontmatter blanked out.
    info.structure = readStructure("\n".repeat(fm.bodyLine - 1) + fm.body, path);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    problems.push({ file: rel, line: e.line ?? e.place?.line, message: e.reason ?? e.message });
  }
}

function checkComponents(c: ChapterInfo, rel: string, contributors: Contributors | undefined, problems: Problem[]): void {
  for (const use of c.structure?.components ?? []) {
    if (!(MDX_COMPONENTS as readonly string[]).includes(use.name)) {
      problems.push({ file: rel, line: use.line, message: `unknown component <${use.name}>; available: ${MDX_COMPONENTS.join(", ")}` });
    }
    if (use.name === "Contributors") {
      const group = use.props.group;
      if (!contributors) problems.push({ file: rel, line: use.line, message: `<Contributors> needs content/reports/${c.report}/contributors.yaml` });
      else if (!contributors.groups.some((g) => g.id === group)) {
        problems.push({ file: rel, line: use.line, message: `unknown contributor group "${group}"; groups: ${contributors.groups.map((g) => g.id).join(", ")}` });
      }
    }
  }
  const refs = new Set(c.structure?.footnoteRefs);
  const defs = new Set(c.structure?.footnoteDefs);
  for (const r of refs) if (!defs.has(r)) problems.push({ file: rel, message: `footnote [^${r}] is referenced but never defined` });
  for (const d of defs) if (!refs.has(d)) problems.push({ file: rel, message: `footnote [^${d}] is defined but never referenced` });
}

/** Check every report under contentRoot/reports. Returns all problems found (empty when the content is sound). */
export async function validateContent(contentRoot: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const root = join(contentRoot, "reports");
  const relTo = (p: string) => relative(join(contentRoot, ".."), p);
  const reports = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const chapters: ChapterInfo[] = [];

  for (const report of reports) {
    const dir = join(root, report);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(report)) problems.push({ file: relTo(dir), message: "report folder names must be lowercase ASCII words joined by hyphens" });
    const reportFile = join(dir, "report.yaml");
    if (!(await exists(reportFile))) {
      problems.push({ file: relTo(dir), message: "missing report.yaml" });
      continue;
    }
    const data = await readYaml(reportFile, relTo(reportFile), problems);
    if (data !== undefined) {
      const parsed = reportSchema.safeParse(data);
      if (!parsed.success) problems.push(...zodProblems(relTo(reportFile), parsed.error));
    }
    let contributors: Contributors | undefined;
    const contributorsFile = join(dir, "contributors.yaml");
    if (await exists(contributorsFile)) {
      const raw = await readYaml(contributorsFile, relTo(contributorsFile), problems);
      const parsed = contributorsSchema.safeParse(raw);
      if (parsed.success) contributors = parsed.data;
      else if (raw !== undefined) problems.push(...zodProblems(relTo(contributorsFile), parsed.error));
    }
    for (const lang of LOCALES) {
      const langDir = join(dir, lang);
      if (!(await exists(langDir))) {
        problems.push({ file: relTo(langDir), message: `missing the ${lang} edition folder` });
        continue;
      }
      for (const name of (await readdir(langDir)).sort()) {
        const path = join(langDir, name);
        if (!name.endsWith(".mdx")) {
          problems.push({ file: relTo(path), message: "only .mdx chapter files belong in a language folder" });
          continue;
        }
        const slug = name.slice(0, -4);
        const info: ChapterInfo = { report, lang, slug, file: relTo(path) };
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push({ file: info.file, message: "chapter file names must be lowercase ASCII words joined by hyphens (they become URLs)" });
        await checkChapter(path, info.file, info, problems);
        checkComponents(info, info.file, contributors, problems);
        chapters.push(info);
      }
    }
  }
  problems.push(...checkParity(chapters), ...checkLinks(chapters), ...(await checkRedirects(contentRoot, relTo, chapters)));
  return problems;
}

/** content/redirects.yaml: valid rules whose targets exist and whose sources hide no page. */
async function checkRedirects(contentRoot: string, relTo: (p: string) => string, chapters: readonly ChapterInfo[]): Promise<Problem[]> {
  const file = join(contentRoot, "redirects.yaml");
  if (!(await exists(file))) return [];
  const problems: Problem[] = [];
  const raw = await readYaml(file, relTo(file), problems);
  if (raw === undefined) return problems;
  const parsed = redirectsSchema.safeParse(raw ?? []);
  if (!parsed.success) return zodProblems(relTo(file), parsed.error);
  const pages = new Set(chapters.flatMap((c) => [`reports/${c.report}/`, `reports/${c.report}/${c.slug}/`]));
  try {
    expandRedirects(parsed.data, pages);
  } catch (error) {
    problems.push({ file: relTo(file), message: (error as Error).message.replace(/^content\/redirects\.yaml: /, "") });
  }
  return problems;
}
