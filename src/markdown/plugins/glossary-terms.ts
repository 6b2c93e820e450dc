/**
 * rehype plugin: link glossary terms and organisations in chapters and talks,
 * at build time.
 *
 * In each section (the text between two headings), the first occurrence of
 * each term becomes a link to its glossary page, and of each organisation a
 * link to its page; the names and aliases of the page's language are matched
 * together, longest first (src/glossary/match.ts), so a link never nests in
 * another and a longer name wins (谷歌DeepMind over 谷歌); on a name that is
 * both, the glossary term keeps it. Nothing
 * is linked inside headings, links, code, footnote markers and notes, editor's
 * notes, figures, source lists or speech-recognition corrections; a term with
 * `link: false` is never linked, nor one listed in a passage it names in
 * `noLinkIn`, nor anything in a passage of content/glossary/no-links.yaml (a
 * heading there, or in `noLinkIn`, stands for its whole section).
 *
 * The definitions of the linked terms (and a line on each linked organisation)
 * are appended, hidden, to the page: with JavaScript a link opens its note in
 * the footnote preview popover (src/client/previews.ts); without it, the link
 * leads to the glossary or organisation page.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import type { VFile } from "vfile";
import { siteGlossary } from "../../glossary/site.ts";
import { buildMatcher, findMatches, type Matcher } from "../../glossary/match.ts";
import { siteOrganisations } from "../../organisations/site.ts";
import { organisationNoteId, organisationPath } from "../../organisations/links.ts";
import { NOT_A_MENTION } from "../../organisations/one-name.ts";
import { definitionId, glossaryPath } from "../../glossary/links.ts";
import { firstSentence } from "../../lib/sentences.ts";
import { refForFile } from "../../passages/refs.ts";
import { withBase } from "../../i18n/urls.ts";
import { siteConfig } from "../../lib/site-config.ts";
import { t } from "../../i18n/t.ts";
import type { Locale } from "../../i18n/locales.ts";

const SKIP_TAGS = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
  "code",
  "pre",
  "kbd",
  "samp",
  "sup",
  "script",
  "style",
  "button",
  "figure",
  "figcaption",
  "svg",
  "math",
]);
const SKIP_CLASSES = ["heading", "footnotes", "editor-note", "asr-fix", "sources", "discussed-in", "term-defs"];
const SKIP_COMPONENTS = new Set(["EditorNote", "Speaker", "Sources", "Contributors", "Figure"]);

type Node = Root | RootContent;

function classes(el: Element): string[] {
  const c: unknown = el.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(/\s+/) : [];
}

function skipped(node: Node): boolean {
  if (node.type === "element")
    return (
      SKIP_TAGS.has(node.tagName) ||
      "dataFootnotes" in node.properties ||
      classes(node).some((c) => SKIP_CLASSES.includes(c))
    );
  const jsx = node as { type: string; name?: string | null };
  return (jsx.type === "mdxJsxFlowElement" || jsx.type === "mdxJsxTextElement") && SKIP_COMPONENTS.has(jsx.name ?? "");
}

function isSectionStart(node: Node): boolean {
  return node.type === "element" && (/^h[2-4]$/.test(node.tagName) || classes(node).includes("heading"));
}

/** Match keys: "t:<term>" or "o:<organisation>" (NOT_A_MENTION for Chinese words that only contain a name). */
const matchers = new Map<Locale, Matcher>();

/** Terms and organisations in one matcher per language, terms first (a name both claim stays a term). */
function linkMatcher(lang: Locale): Matcher {
  let m = matchers.get(lang);
  if (!m) {
    const { terms } = siteGlossary();
    const { organisations } = siteOrganisations();
    m = buildMatcher(
      [
        ...terms
          .filter((t) => t.link)
          .map((t) => ({ id: `t:${t.id}`, names: [t.name[lang], ...t.aliases[lang], ...t.forms[lang]] })),
        ...(lang === "zh" ? [{ id: NOT_A_MENTION, names: organisations.flatMap((o) => o.notIn) }] : []),
        ...organisations
          .filter((o) => o.link)
          .map((o) => ({ id: `o:${o.id}`, names: [o.name[lang], ...o.aliases[lang]], exactCase: true })),
      ],
      { plurals: lang === "en" },
    );
    matchers.set(lang, m);
  }
  return m;
}

export function rehypeGlossaryTerms() {
  const base = siteConfig(process.env).base;
  return (tree: Root, file: VFile) => {
    const page = refForFile(file.path, "x");
    if (!page) return;
    const { lang } = page;
    const pageRef = page.ref.slice(0, -2); // "<doc>/<page>"
    const site = siteGlossary();
    const matcher = linkMatcher(lang);
    const linked = new Set<string>(); // terms linked on this page, for the definitions
    const linkedOrgs = new Set<string>(); // organisations linked on this page, for their notes
    let section = new Set<string>(); // terms ("t:…") and organisations ("o:…") linked in the current section
    let sectionOff = false; // the current section is in no-links.yaml
    const passages: string[] = []; // ids of the passages enclosing the current node

    const allowed = (key: string) => {
      if (key === NOT_A_MENTION || section.has(key)) return false;
      if (key.startsWith("o:")) return true;
      const t = site.term(key.slice(2))!;
      return !passages.some((id) => t.noLinkIn.includes(`${pageRef}#${id}`));
    };

    const linkText = (text: Text): ElementContent[] => {
      const out: ElementContent[] = [];
      let last = 0;
      for (const m of findMatches(text.value, matcher)) {
        if (!allowed(m.term)) continue;
        section.add(m.term);
        const id = m.term.slice(2);
        const org = m.term.startsWith("o:");
        (org ? linkedOrgs : linked).add(id);
        if (m.start > last) out.push({ type: "text", value: text.value.slice(last, m.start) });
        out.push({
          type: "element",
          tagName: "a",
          properties: org
            ? { href: withBase(organisationPath(lang, id), base), className: ["term", "term--org"] }
            : { href: withBase(glossaryPath(lang, id), base), className: ["term"] },
          children: [{ type: "text", value: text.value.slice(m.start, m.end) }],
        });
        last = m.end;
      }
      if (!out.length) return [text];
      if (last < text.value.length) out.push({ type: "text", value: text.value.slice(last) });
      return out;
    };

    const walk = (parent: { children: Node[] }, top: boolean) => {
      const next: Node[] = [];
      for (const child of parent.children) {
        if (top && isSectionStart(child)) {
          section = new Set();
          const id =
            child.type === "element"
              ? (child.properties.id ??
                (child.children.find((c) => c.type === "element") as Element | undefined)?.properties.id)
              : undefined;
          passages.length = 0;
          if (typeof id === "string") passages.push(id);
          // A heading listed in no-links.yaml turns linking off for its whole section.
          sectionOff = typeof id === "string" && site.noLinks.has(`${pageRef}#${id}`);
        }
        if (sectionOff) {
          next.push(child);
          continue;
        }
        if (child.type === "text") {
          next.push(...linkText(child));
          continue;
        }
        const id =
          child.type === "element" && typeof child.properties.id === "string" ? child.properties.id : undefined;
        if (skipped(child) || (id && site.noLinks.has(`${pageRef}#${id}`))) {
          next.push(child);
          continue;
        }
        if ("children" in child) {
          if (id) passages.push(id);
          walk(child as { children: Node[] }, false);
          if (id) passages.pop();
        }
        next.push(child);
      }
      parent.children = next;
    };
    walk(tree as { children: Node[] }, true);
    if (linked.size) tree.children.push(definitions([...linked], lang, base));
    if (linkedOrgs.size) tree.children.push(organisationNotes([...linkedOrgs], lang, base));
  };
}

/** One hidden popover entry: its id, label, page and one line of text. */
interface PopoverEntry {
  id: string;
  label: string;
  href: string;
  text: string;
}

/**
 * A hidden block of popover entries (class term-defs), which the preview popover
 * reads: each entry's data-label, data-href and line. The popover builds the
 * "more" link from the block's data-more, to keep chapter pages light.
 */
function popoverEntries(lang: Locale, more: string, entries: PopoverEntry[]): Element {
  return {
    type: "element",
    tagName: "div",
    properties: {
      className: ["term-defs"],
      hidden: true,
      dataPagefindIgnore: "",
      dataCloseLabel: t(lang, "search.close"),
      dataMore: more,
    },
    children: entries.map((e): Element => ({
      type: "element",
      tagName: "div",
      properties: { id: e.id, dataLabel: e.label, dataHref: e.href },
      children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: e.text }] }],
    })),
  };
}

/** The hidden definitions of the terms linked on the page: the first sentence of each (the glossary page has the rest). */
function definitions(ids: string[], lang: Locale, base: string): Element {
  const site = siteGlossary();
  return popoverEntries(
    lang,
    t(lang, "glossary.more", { term: "{term}" }),
    ids.map((id) => {
      const term = site.term(id)!;
      return {
        id: definitionId(id),
        label: term.name[lang],
        href: withBase(glossaryPath(lang, id), base),
        text: firstSentence(term.definition[lang], lang),
      };
    }),
  );
}

/** The hidden notes of the organisations linked on the page: kind, region and how many passages name it. */
function organisationNotes(ids: string[], lang: Locale, base: string): Element {
  const orgs = siteOrganisations();
  return popoverEntries(
    lang,
    t(lang, "orgs.more", { term: "{term}" }),
    ids.map((id) => {
      const org = orgs.organisation(id)!;
      const kind = t(lang, "orgs.kindRegion", {
        kind: t(lang, `orgs.kind.${org.kind}`),
        region: t(lang, `orgs.region.${org.region}`),
      });
      return {
        id: organisationNoteId(id),
        label: org.name[lang],
        href: withBase(organisationPath(lang, id), base),
        text: `${kind}${lang === "zh" ? "。" : ". "}${t(lang, "orgs.passageCount", { n: org.passages.length })}`,
      };
    }),
  );
}
