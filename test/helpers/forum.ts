import { existsSync, readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import type { Correction } from "../../src/schemas/corrections.ts";

export const FORUM_EVENT = "waic-2024";
const DIR = `content/forum/${FORUM_EVENT}`;

/** Talk file names of the event, in the order of the day (empty until the transcripts land). */
export function forumTalks(): string[] {
  if (!existsSync(`${DIR}/zh`)) return [];
  const order = (f: string) => Number(/^order:\s*(\d+)/m.exec(readFileSync(`${DIR}/zh/${f}`, "utf8"))?.[1] ?? 0);
  return readdirSync(`${DIR}/zh`)
    .filter((f) => f.endsWith(".mdx"))
    .sort((a, b) => order(a) - order(b))
    .map((f) => f.slice(0, -4));
}

/** The forum has pages (and the header links to it) once it has transcripts. */
export const forumPublished = () => forumTalks().length > 0;

export function forumCorrections(): Correction[] {
  return existsSync(`${DIR}/corrections.yaml`)
    ? ((parse(readFileSync(`${DIR}/corrections.yaml`, "utf8")) as Correction[] | null) ?? [])
    : [];
}

/** A talk long enough to link to paragraph 12 with a paragraph after it, preferring one with corrections. */
export function talkWithParagraph(n: number): { talk: string; corrections: Correction[] } | undefined {
  const long = forumTalks().filter((t) => readFileSync(`${DIR}/zh/${t}.mdx`, "utf8").includes(`\\{#p-${n + 1}\\}`));
  const withFix = long.find((t) => forumCorrections().some((c) => c.talks.includes(t)));
  const talk = withFix ?? long[0];
  return talk ? { talk, corrections: forumCorrections().filter((c) => c.talks.includes(talk)) } : undefined;
}
