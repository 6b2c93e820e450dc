/**
 * Content checks that run before every build and in the tests. Each problem
 * names the file (and line) and says what is wrong, so a bad edit fails the
 * build with a message an editor can act on instead of shipping a broken page.
 */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { SLUG_PATTERN } from "../../src/schemas/common.ts";
import { reportSchema } from "../../src/schemas/report.ts";
import { contributorsSchema, type Contributors } from "../../src/schemas/contributors.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { readYamlFile, zodProblems } from "../../src/lib/yaml-file.ts";
import { checkParity } from "./parity.ts";
import { checkLinks } from "./links.ts";
import type { Problem } from "./problems.ts";
import { redirectsSchema } from "../../src/schemas/redirects.ts";
import { expandRedirects } from "../../src/lib/redirects.ts";
import { checkChapter, checkComponents, exists, type ChapterInfo } from "./pages.ts";
import { validateForum } from "./forum.ts";
import { validateGlossary } from "./glossary.ts";
import { validateCharts } from "./charts.ts";
import { validateSources } from "./sources.ts";
import { validateSearch } from "./search.ts";
import { validateOrganisations } from "./organisations.ts";

export { formatProblems, type Problem } from "./problems.ts";
export type { ChapterInfo } from "./pages.ts";

/** Check every report under contentRoot/reports and every forum event under contentRoot/forum. Returns all problems found (empty when the content is sound). */
export async function validateContent(contentRoot: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const root = join(contentRoot, "reports");
  const relTo = (p: string) => relative(join(contentRoot, ".."), p);
  const reports = (await exists(root))
    ? (await readdir(root, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const chapters: ChapterInfo[] = [];

  for (const report of reports) {
    const dir = join(root, report);
    if (!SLUG_PATTERN.test(report))
      problems.push({
        file: relTo(dir),
        message: "report folder names must be lowercase ASCII words joined by hyphens",
      });
    const reportFile = join(dir, "report.yaml");
    if (!(await exists(reportFile))) {
      problems.push({ file: relTo(dir), message: "missing report.yaml" });
      continue;
    }
    const data = readYamlFile(reportFile, relTo(reportFile), problems);
    if (data !== undefined) {
      const parsed = reportSchema.safeParse(data);
      if (!parsed.success) problems.push(...zodProblems(relTo(reportFile), parsed.error));
    }
    let contributors: Contributors | undefined;
    const contributorsFile = join(dir, "contributors.yaml");
    if (await exists(contributorsFile)) {
      const raw = readYamlFile(contributorsFile, relTo(contributorsFile), problems);
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
        const info: ChapterInfo = { section: "reports", dir: relTo(dir), report, lang, slug, file: relTo(path) };
        if (!SLUG_PATTERN.test(slug))
          problems.push({
            file: info.file,
            message: "chapter file names must be lowercase ASCII words joined by hyphens (they become URLs)",
          });
        await checkChapter(path, info.file, info, problems);
        checkComponents(info, info.file, contributors, problems);
        chapters.push(info);
      }
    }
  }
  const forum = await validateForum(contentRoot, relTo);
  problems.push(...forum.problems);
  const pages = [...chapters, ...forum.talks];
  problems.push(
    ...checkParity(pages),
    ...checkLinks(pages),
    ...(await checkRedirects(contentRoot, relTo, chapters, forum.paths)),
  );
  problems.push(...validateGlossary(contentRoot, pages));
  problems.push(...validateCharts(contentRoot, pages));
  problems.push(...validateSources(contentRoot, pages));
  problems.push(...validateSearch(contentRoot, pages));
  problems.push(...validateOrganisations(contentRoot, pages));
  return problems;
}

/** content/redirects.yaml: valid rules whose targets exist and whose sources hide no page. */
async function checkRedirects(
  contentRoot: string,
  relTo: (p: string) => string,
  chapters: readonly ChapterInfo[],
  forumPaths: readonly string[],
): Promise<Problem[]> {
  const file = join(contentRoot, "redirects.yaml");
  if (!(await exists(file))) return [];
  const problems: Problem[] = [];
  const raw = readYamlFile(file, relTo(file), problems);
  if (raw === undefined) return problems;
  const parsed = redirectsSchema.safeParse(raw ?? []);
  if (!parsed.success) return zodProblems(relTo(file), parsed.error);
  const pages = new Set([
    ...chapters.flatMap((c) => [`reports/${c.report}/`, `reports/${c.report}/${c.slug}/`]),
    ...forumPaths,
  ]);
  try {
    expandRedirects(parsed.data, pages);
  } catch (error) {
    problems.push({ file: relTo(file), message: (error as Error).message.replace(/^content\/redirects\.yaml: /, "") });
  }
  return problems;
}
