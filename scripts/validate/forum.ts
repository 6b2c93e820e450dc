/**
 * The content check for forum events (content/forum/<event>/) and the people
 * in them (content/speakers.yaml): schemas, the transcript form of each talk
 * (numbered paragraphs, a speaker at the start of each), speaker ids, agenda
 * links, and corrections that actually apply where they say they do.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { eventSchema, type ForumEvent } from "../../src/schemas/event.ts";
import { talkSchema, type TalkFrontmatter } from "../../src/schemas/talk.ts";
import { speakersSchema } from "../../src/schemas/speaker.ts";
import { correctionsSchema, type Correction } from "../../src/schemas/corrections.ts";
import { correctionsFor, markCorrections } from "../../src/forum/corrections.ts";
import { readYamlFile, zodProblems } from "../../src/lib/yaml-file.ts";
import { checkChapter, checkComponents, exists, type ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";
import { SLUG_PATTERN as SLUG } from "../../src/schemas/common.ts";

interface TalkInfo extends ChapterInfo {
  frontmatter?: TalkFrontmatter;
}

export interface ForumResult {
  problems: Problem[];
  /** Every talk file, for the shared parity and link checks. */
  talks: ChapterInfo[];
  /** Language-neutral paths of every forum and speaker page ("forum/<event>/", "speakers/<id>/"). */
  paths: string[];
  /** Some event has talks, so the forum and speaker pages exist. */
  published: boolean;
}

/** content/speakers.yaml: the ids of everyone, or undefined when the file is missing or invalid. */
async function readSpeakers(
  contentRoot: string,
  relTo: (p: string) => string,
  problems: Problem[],
): Promise<Set<string> | undefined> {
  const file = join(contentRoot, "speakers.yaml");
  if (!(await exists(file))) {
    problems.push({ file: relTo(file), message: "missing: forum talks name their speakers from this file" });
    return undefined;
  }
  const raw = readYamlFile(file, relTo(file), problems);
  if (raw === undefined) return undefined;
  const parsed = speakersSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(relTo(file), parsed.error));
    // Still check references against the ids that are there, so one typo does not hide the rest.
    return new Set(Array.isArray(raw) ? raw.map((s: { id?: unknown }) => String(s?.id)) : []);
  }
  return new Set(parsed.data.map((s) => s.id));
}

/** The transcript form: paragraphs p-1, p-2 … in order; with several people, each paragraph says who speaks. */
function checkTranscript(talk: TalkInfo, speakers: Set<string> | undefined, problems: Problem[]): void {
  const s = talk.structure;
  if (!s) return;
  const listed = new Set(talk.frontmatter?.speakers.map((p) => p.id));
  for (const use of s.components.filter((c) => c.name === "Speaker")) {
    const id = use.props.id;
    if (!id || id === "{expression}")
      problems.push({
        file: talk.file,
        line: use.line,
        message: '<Speaker> needs an id from content/speakers.yaml, e.g. <Speaker id="kwan-yee-ng" />',
      });
    else if (speakers && !speakers.has(id))
      problems.push({
        file: talk.file,
        line: use.line,
        message: `<Speaker id="${id}">: no such person in content/speakers.yaml`,
      });
    else if (talk.frontmatter && !listed.has(id))
      problems.push({
        file: talk.file,
        line: use.line,
        message: `<Speaker id="${id}"> is not in this talk's speakers list (frontmatter)`,
      });
  }
  const several = (talk.frontmatter?.speakers.length ?? 0) > 1;
  s.topParagraphs.forEach((p, i) => {
    const expected = `p-${i + 1}`;
    if (!p.id)
      problems.push({
        file: talk.file,
        line: p.line,
        message: `paragraph without an id: every transcript paragraph ends with \\{#${expected}\\}`,
      });
    else if (p.id !== expected)
      problems.push({
        file: talk.file,
        line: p.line,
        message: `paragraph id "${p.id}" is out of sequence: expected "${expected}" (paragraphs are numbered p-1, p-2 … in order)`,
      });
    if (several && p.speaker === undefined)
      problems.push({
        file: talk.file,
        line: p.line,
        message: `paragraph ${p.id ?? expected} does not start with <Speaker id="…" />; a page with several people names the speaker of every paragraph`,
      });
  });
}

/** An editor's pointer into the source files ("seed 004", "L49"): it belongs in `evidence`, never in a reader's note. */
const LINE_REFERENCE = /seed\s*\d{3}|\bL\d{2,}/i;

/**
 * Each correction: its reader's note carries no seed or line reference, its talks exist,
 * its wording occurs in each zh talk and its English form in each en talk.
 */
function checkCorrections(
  file: string,
  corrections: readonly Correction[],
  talks: readonly TalkInfo[],
  problems: Problem[],
): void {
  const byKey = new Map(talks.map((t) => [`${t.lang}/${t.slug}`, t]));
  corrections.forEach((c, i) => {
    for (const lang of LOCALES) {
      const ref = LINE_REFERENCE.exec(c.note[lang]);
      if (ref)
        problems.push({
          file,
          message: `${i}.note.${lang}: the note on "${c.wrong}" contains the line reference "${ref[0]}"; readers see the note, so keep references in evidence and say what the source is ("the printed agenda", "the same speaker earlier in this talk")`,
        });
    }
    for (const slug of c.talks) {
      for (const lang of LOCALES)
        if (!byKey.has(`${lang}/${slug}`))
          problems.push({
            file,
            message: `${i}.talks: no talk "${slug}" (${lang}/${slug}.mdx) for the correction of "${c.wrong}"`,
          });
    }
  });
  for (const t of talks) {
    const tree = t.structure?.tree;
    if (!tree) continue;
    const mine = correctionsFor(t.slug, corrections);
    const counts = markCorrections(structuredClone(tree), mine, t.lang);
    for (const c of mine) {
      if (counts.get(c)) continue;
      const i = corrections.indexOf(c);
      const what = t.lang === "zh" ? `wrong "${c.wrong}" does not occur in` : `en "${c.en}" does not occur in`;
      problems.push({ file, message: `${i}: ${what} ${t.file} (listed in talks)` });
    }
  }
}

async function checkEvent(
  contentRoot: string,
  event: string,
  relTo: (p: string) => string,
  speakers: Set<string> | undefined,
  result: ForumResult,
): Promise<void> {
  const { problems } = result;
  const dir = join(contentRoot, "forum", event);
  if (!SLUG.test(event))
    problems.push({ file: relTo(dir), message: "event folder names must be lowercase ASCII words joined by hyphens" });
  const eventFile = join(dir, "event.yaml");
  let data: ForumEvent | undefined;
  if (!(await exists(eventFile))) problems.push({ file: relTo(dir), message: "missing event.yaml" });
  else {
    const raw = readYamlFile(eventFile, relTo(eventFile), problems);
    const parsed = eventSchema.safeParse(raw);
    if (parsed.success) data = parsed.data;
    else if (raw !== undefined) problems.push(...zodProblems(relTo(eventFile), parsed.error));
  }

  const talks: TalkInfo[] = [];
  for (const lang of LOCALES) {
    const langDir = join(dir, lang);
    if (!(await exists(langDir))) continue;
    for (const name of (await readdir(langDir)).sort()) {
      const path = join(langDir, name);
      if (!name.endsWith(".mdx")) {
        problems.push({ file: relTo(path), message: "only .mdx talk files belong in a language folder" });
        continue;
      }
      const info: TalkInfo = {
        section: "forum",
        dir: relTo(dir),
        report: event,
        lang: lang as Locale,
        slug: name.slice(0, -4),
        file: relTo(path),
      };
      if (!SLUG.test(info.slug))
        problems.push({
          file: info.file,
          message: "talk file names must be lowercase ASCII words joined by hyphens (they become URLs)",
        });
      info.frontmatter = await checkChapter(path, info.file, info, problems, talkSchema);
      checkComponents(info, info.file, undefined, problems);
      info.frontmatter?.speakers.forEach((p, i) => {
        if (speakers && !speakers.has(p.id))
          problems.push({
            file: info.file,
            message: `speakers.${i}.id: unknown speaker "${p.id}"; add them to content/speakers.yaml or fix the id`,
          });
      });
      checkTranscript(info, speakers, problems);
      talks.push(info);
    }
  }
  result.talks.push(...talks);
  // An event without any talk files yet is in preparation: its data is checked, but it has no pages to link to.
  if (!talks.length) return;
  result.published = true;
  result.paths.push(
    `forum/${event}/`,
    ...[...new Set(talks.map((t) => t.slug))].map((slug) => `forum/${event}/${slug}/`),
  );

  if (data) {
    const rel = relTo(eventFile);
    const seen = new Map<string, number>();
    data.agenda.forEach((row, i) => {
      if (!row.talk) return;
      for (const lang of LOCALES) {
        if (!talks.some((t) => t.lang === lang && t.slug === row.talk))
          problems.push({ file: rel, message: `agenda.${i}.talk: no talk "${row.talk}" (${lang}/${row.talk}.mdx)` });
      }
      if (seen.has(row.talk))
        problems.push({
          file: rel,
          message: `agenda.${i}.talk: "${row.talk}" is already the talk of agenda row ${seen.get(row.talk)}`,
        });
      seen.set(row.talk, i);
    });
    data.guests.forEach((id, i) => {
      if (speakers && !speakers.has(id)) problems.push({ file: rel, message: `guests.${i}: unknown speaker "${id}"` });
    });
  }

  const correctionsFile = join(dir, "corrections.yaml");
  if (await exists(correctionsFile)) {
    const rel = relTo(correctionsFile);
    const raw = readYamlFile(correctionsFile, rel, problems);
    const parsed = correctionsSchema.safeParse(raw ?? []);
    if (!parsed.success) problems.push(...zodProblems(rel, parsed.error));
    else checkCorrections(rel, parsed.data, talks, problems);
  }
}

/** Check every event under contentRoot/forum, and content/speakers.yaml when there is a forum. */
export async function validateForum(contentRoot: string, relTo: (p: string) => string): Promise<ForumResult> {
  const result: ForumResult = { problems: [], talks: [], paths: [], published: false };
  const root = join(contentRoot, "forum");
  if (!(await exists(root))) return result;
  const events = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const speakers = await readSpeakers(contentRoot, relTo, result.problems);
  for (const event of events) await checkEvent(contentRoot, event, relTo, speakers, result);
  if (speakers && result.published) result.paths.push("speakers/", ...[...speakers].map((id) => `speakers/${id}/`));
  return result;
}
