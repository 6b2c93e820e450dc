/**
 * The content check for the glossary (content/glossary/) and the risk
 * taxonomies (content/taxonomies/): schemas, then every cross-reference — a
 * related term, a node's parent, a crosswalk end, a passage and its anchor in
 * both languages — and crosswalk links that contradict each other. Each
 * problem names the file and the field.
 */
import { LOCALES } from "../../src/i18n/locales.ts";
import { readGlossaryFiles } from "../../src/glossary/files.ts";
import { isAcronym } from "../../src/glossary/match.ts";
import { DEFINITION_ID_PREFIX } from "../../src/glossary/links.ts";
import { checkCrosswalk } from "../../src/risks/crosswalk.ts";
import { cfiNameMap, PRACTICES_SCHEME } from "../../src/risks/cfi-names.ts";
import { passageRefChecker } from "./passage-refs.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

export function validateGlossary(contentRoot: string, pages: readonly ChapterInfo[]): Problem[] {
  const files = readGlossaryFiles(contentRoot);
  const problems: Problem[] = [...files.problems];
  const { checkRefs } = passageRefChecker(pages, problems);

  // Terms.
  const termIds = new Set(files.terms.map((t) => t.id));
  const termFile = (id: string) => `content/glossary/terms/${id}.yaml`;
  const claimed = new Map<string, string>();
  for (const t of files.terms) {
    const file = termFile(t.id);
    checkRefs(file, "defines", t.defines);
    checkRefs(file, "passages", t.passages);
    checkRefs(file, "noLinkIn", t.noLinkIn);
    t.related.forEach((r, i) => {
      if (r === t.id) problems.push({ file, message: `related.${i}: a term is not related to itself` });
      else if (!termIds.has(r))
        problems.push({ file, message: `related.${i}: no term "${r}" (content/glossary/terms/${r}.yaml)` });
    });
    for (const lang of LOCALES) {
      const names: [string, string][] = [
        [`name.${lang}`, t.name[lang]],
        ...t.aliases[lang].map((a, i): [string, string] => [`aliases.${lang}.${i}`, a]),
        ...t.forms[lang].map((a, i): [string, string] => [`forms.${lang}.${i}`, a]),
      ];
      names.forEach(([field, name]) => {
        const key = `${lang}:${isAcronym(name) ? name : name.toLowerCase()}`;
        const owner = claimed.get(key);
        if (owner && owner !== t.id)
          problems.push({
            file,
            message: `${field}: "${name}" is already a name of term "${owner}"; the text could not tell them apart`,
          });
        else claimed.set(key, t.id);
      });
    }
  }
  checkRefs("content/glossary/no-links.yaml", "(list)", files.noLinks);

  // Schemes and nodes.
  const nodes = new Set<string>();
  const parents = new Map<string, string>();
  const cfiNames = cfiNameMap(files.cfi);
  for (const [scheme, data] of files.schemes) {
    const file = `content/taxonomies/schemes/${scheme}.yaml`;
    checkRefs(file, "passages", data.passages);
    const local = new Set<string>();
    data.nodes.forEach((n, i) => {
      const field = `nodes.${i}`;
      if (local.has(n.id)) problems.push({ file, message: `${field}.id: "${n.id}" is used twice in this scheme` });
      if (n.parent && !local.has(n.parent))
        problems.push({ file, message: `${field}.parent: no node "${n.parent}" before this one in the scheme` });
      if (n.parent) parents.set(`${scheme}/${n.id}`, `${scheme}/${n.parent}`);
      local.add(n.id);
      nodes.add(`${scheme}/${n.id}`);
      if (!n.name && !(scheme === PRACTICES_SCHEME && cfiNames.has(n.id)))
        problems.push({
          file,
          message: `${field}.name: required (only the practices of content/data/cfi-scores.yaml may omit it)`,
        });
      checkRefs(file, `${field}.passages`, n.passages);
      n.terms.forEach((id, j) => {
        if (!termIds.has(id)) problems.push({ file, message: `${field}.terms.${j}: no term "${id}"` });
      });
    });
    if (scheme === PRACTICES_SCHEME) {
      for (const c of files.cfi?.categories ?? []) {
        for (const id of [c.id, ...c.practices.map((p) => p.id)]) {
          const node = data.nodes.find((n) => n.id === id);
          const parent = id === c.id ? undefined : c.id;
          if (!node)
            problems.push({
              file,
              message: `nodes: no node for "${id}" of content/data/cfi-scores.yaml (reuse its ids)`,
            });
          else if (node.parent !== parent)
            problems.push({
              file,
              message: `nodes.${data.nodes.indexOf(node)}.parent: "${id}" belongs under ${parent ? `"${parent}"` : "no parent"}, as in content/data/cfi-scores.yaml`,
            });
        }
      }
    }
  }
  for (const p of checkCrosswalk(files.crosswalk, nodes, parents))
    problems.push({ file: "content/taxonomies/crosswalk.yaml", message: `${p.index}: ${p.message}` });

  // The definitions a page carries use ids of their own.
  for (const page of pages) {
    for (const id of page.structure?.ids ?? []) {
      if (id.id.startsWith(DEFINITION_ID_PREFIX))
        problems.push({
          file: page.file,
          line: id.line,
          message: `id "${id.id}": ids starting with "${DEFINITION_ID_PREFIX}" are kept for glossary definitions`,
        });
    }
  }
  return problems;
}
