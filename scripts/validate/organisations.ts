/**
 * The content check for content/organisations/: schemas; every passage
 * resolves in both languages and its Chinese text really names the
 * organisation; no two organisations claim one name; the one-name exceptions
 * name existing organisations and terms. Each problem names the file and field.
 */
import { resolve } from "node:path";
import type { Root } from "mdast";
import { correctionsFor, markCorrections } from "../../src/forum/corrections.ts";
import { readCorrections, talkFileOf } from "../../src/forum/paths.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { readOrganisationFiles, EXCEPTIONS_FILE } from "../../src/organisations/files.ts";
import { readGlossaryFiles } from "../../src/glossary/files.ts";
import { isAcronym } from "../../src/glossary/match.ts";
import { parsePassageRef, pageKey } from "../../src/passages/refs.ts";
import { ownTexts, type OwnText } from "../../src/passages/own-text.ts";
import { chineseMatcher, entriesIn } from "../../src/organisations/one-name.ts";
import { organisationEntries } from "../../src/organisations/entries.ts";
import { passageRefChecker } from "./passage-refs.ts";
import { readCfiScores } from "../../src/lib/cfi-scores-file.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

/** A talk's tree with the forum's corrections applied, as the page shows it (the check parses talks as written). */
function asShown(tree: Root, path: string): Root {
  const talk = talkFileOf(path);
  if (!talk) return tree;
  const copy = structuredClone(tree);
  markCorrections(copy, correctionsFor(talk.talk, readCorrections(talk.eventDir)), talk.lang);
  return copy;
}

export function validateOrganisations(contentRoot: string, pages: readonly ChapterInfo[]): Problem[] {
  const files = readOrganisationFiles(contentRoot);
  const problems: Problem[] = [...files.problems];
  const { checkRefs } = passageRefChecker(pages, problems);
  const fileOf = (id: string) => `content/organisations/${id}.yaml`;

  // The Chinese own text of each passage, read lazily from the trees the check has parsed.
  const zhPages = new Map<string, ChapterInfo>(
    pages.filter((p) => p.lang === "zh").map((p) => [`${p.section}/${p.report}/${p.slug}`, p] as const),
  );
  const texts = new Map<string, Map<string, OwnText>>();
  const zhText = (key: string) => {
    if (!texts.has(key)) {
      const page = zhPages.get(key);
      texts.set(
        key,
        page?.structure ? ownTexts(asShown(page.structure.tree, resolve(contentRoot, "..", page.file))) : new Map(),
      );
    }
    return texts.get(key)!;
  };
  const matcher = chineseMatcher(organisationEntries(files.organisations));

  const cfi = readCfiScores(resolve(contentRoot), []);
  const assessed = new Map<string, string>();
  const claimed = new Map<string, string>();
  for (const o of files.organisations) {
    const file = fileOf(o.id);
    if (o.assessed) {
      if (cfi && !cfi.companies.some((c) => c.id === o.assessed))
        problems.push({
          file,
          message: `assessed: no company "${o.assessed}" in content/data/cfi-scores.yaml (${cfi.companies.map((c) => c.id).join(", ")})`,
        });
      else if (assessed.has(o.assessed))
        problems.push({
          file,
          message: `assessed: "${o.assessed}" is already organisation "${assessed.get(o.assessed)}"`,
        });
      assessed.set(o.assessed, o.id);
    }
    checkRefs(file, "passages", o.passages);
    o.passages.forEach((ref, i) => {
      const p = parsePassageRef(ref);
      const text = p && zhText(pageKey(p)).get(p.id);
      if (text && !entriesIn(text.text, matcher).has(`organisation:${o.id}`))
        problems.push({
          file,
          message: `passages.${i}: "${ref}" does not name it in Chinese (none of ${[o.name.zh, ...o.aliases.zh].join(", ")})`,
        });
    });
    for (const lang of LOCALES) {
      const names: [string, string][] = [
        [`name.${lang}`, o.name[lang]],
        ...o.aliases[lang].map((a, i): [string, string] => [`aliases.${lang}.${i}`, a]),
      ];
      for (const [field, name] of names) {
        const key = `${lang}:${isAcronym(name) ? name : name.toLowerCase()}`;
        const owner = claimed.get(key);
        if (owner && owner !== o.id)
          problems.push({
            file,
            message: `${field}: "${name}" is already a name of organisation "${owner}"; the text could not tell them apart`,
          });
        else claimed.set(key, o.id);
      }
    }
  }

  // The one-name exceptions.
  const exceptions = `content/organisations/${EXCEPTIONS_FILE}`;
  const orgIds = new Set(files.organisations.map((o) => o.id));
  const termIds = new Set(readGlossaryFiles(contentRoot).terms.map((t) => t.id));
  files.exceptions.forEach((e, i) => {
    const [kind, id] = e.entry.split(":") as [string, string];
    if (kind === "organisation" ? !orgIds.has(id) : !termIds.has(id))
      problems.push({
        file: exceptions,
        message: `${i}.entry: no ${kind} "${id}" (${kind === "organisation" ? fileOf(id) : `content/glossary/terms/${id}.yaml`})`,
      });
    checkRefs(exceptions, `${i}.passages`, e.passages);
  });
  return problems;
}
