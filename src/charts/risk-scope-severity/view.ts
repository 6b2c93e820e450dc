/**
 * The scope/severity map on a page, in one language: a row per mark with its
 * document, each axis's band and quotation (or "not stated"), the probability
 * where a document gives one, each linked to its passage; the mark links to its
 * risk node or glossary term.
 */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import { href } from "../../lib/page-locale.ts";
import { glossaryPath, nodePath } from "../../glossary/links.ts";
import type { Family } from "../../palette/colours.ts";
import { documentOfRef } from "../../search/facets.ts";
import type { Cell, ChartParts } from "../definition.ts";
import { passageHref } from "../cells.ts";
import type { RiskMapModel, RiskMark } from "./model.ts";
import { AXES, quotations, type Axis, type RiskMapData } from "./schema.ts";

/** The documents the filter offers, in this order. */
export const DOCUMENT_IDS = [
  "frontier-models-2023",
  "best-practices-2024",
  "international-ai-safety-report-2025",
  "waic-2024",
] as const;

export function riskMapView(d: RiskMapData, lang: Locale): ChartParts<RiskMapModel> {
  const grid = { scope: d.scope, severity: d.severity };
  const index = (axis: Axis, [from, to]: [string, string]): [number, number] => [
    grid[axis].findIndex((c) => c.id === from),
    grid[axis].findIndex((c) => c.id === to),
  ];
  const bandName = (axis: Axis, [from, to]: [string, string]) => {
    const name = (id: string) => grid[axis].find((c) => c.id === id)!.name[lang];
    return from === to ? name(from) : t(lang, "rss.band", { from: name(from), to: name(to) });
  };
  const axisName = (axis: Axis | "probability") => t(lang, `rss.${axis}`);
  const quoted = (s: string) => t(lang, "rss.quoted", { quote: s });
  const docName = (id: string) => t(lang, `rss.doc.${id as (typeof DOCUMENT_IDS)[number]}`);
  const familyName = (f: string) => t(lang, `family.${f as Family}`);
  const pageOf = (m: RiskMapData["marks"][number]) =>
    href(m.node ? nodePath(lang, m.node) : glossaryPath(lang, m.term));

  const marks: RiskMark[] = d.marks.map((m, i) => {
    const quotes = quotations(m).map((q) => ({
      axis: q.axis,
      axisName: axisName(q.axis),
      quote: q.quote[lang],
      passage: q.passage,
      href: passageHref(q.passage, lang),
    }));
    const docs = DOCUMENT_IDS.filter((doc) => quotes.some((q) => documentOfRef(q.passage) === doc));
    const axisTip = (axis: Axis) => {
      const p = m[axis];
      return `${axisName(axis)}: ${bandName(axis, p.at)} (${p.stated && p.quote ? quoted(p.quote[lang]) : t(lang, "rss.notStated")})`;
    };
    const tip = [
      `${i + 1}. ${m.label[lang]}`,
      ...AXES.map(axisTip),
      ...(m.probability ? [`${axisName("probability")}: ${quoted(m.probability.quote[lang])}`] : []),
      docs.map(docName).join(", "),
    ].join(" · ");
    return {
      id: m.id,
      n: i + 1,
      label: m.label[lang],
      family: m.family as Family,
      docs: [...docs],
      scope: index("scope", m.scope.at),
      severity: index("severity", m.severity.at),
      quotes,
      href: pageOf(m),
      tip,
    };
  });

  const axisCell = (m: RiskMapData["marks"][number], axis: Axis): Cell => {
    const p = m[axis];
    if (!p.stated || !p.passage || !p.quote) return { text: `${bandName(axis, p.at)}: ${t(lang, "rss.notStated")}` };
    return { text: `${bandName(axis, p.at)}: ${quoted(p.quote[lang])}`, href: passageHref(p.passage, lang) };
  };
  const families = [...new Set(d.marks.map((m) => m.family as Family))];
  return {
    table: {
      head: [
        t(lang, "rss.col.mark"),
        t(lang, "rss.col.document"),
        axisName("scope"),
        axisName("severity"),
        axisName("probability"),
        t(lang, "rss.col.family"),
      ],
      rows: d.marks.map((m, i) => ({
        cells: [
          { text: `${i + 1}. ${m.label[lang]}`, href: marks[i]!.href },
          { text: marks[i]!.docs.map(docName).join(", ") },
          axisCell(m, "scope"),
          axisCell(m, "severity"),
          m.probability
            ? { text: quoted(m.probability.quote[lang]), href: passageHref(m.probability.passage, lang) }
            : { text: "" },
          { text: familyName(m.family) },
        ],
      })),
    },
    records: d.marks.map((m, i) => ({
      n: i + 1,
      id: m.id,
      label: m.label[lang],
      family: m.family,
      document: marks[i]!.docs.join(" "),
      link: m.node ?? `glossary/${m.term}`,
      scope_from: m.scope.at[0],
      scope_to: m.scope.at[1],
      scope_stated: m.scope.stated ? "yes" : "no",
      scope_quote: m.scope.quote?.[lang] ?? "",
      scope_passage: m.scope.passage ?? "",
      severity_from: m.severity.at[0],
      severity_to: m.severity.at[1],
      severity_stated: m.severity.stated ? "yes" : "no",
      severity_quote: m.severity.quote?.[lang] ?? "",
      severity_passage: m.severity.passage ?? "",
      probability_quote: m.probability?.quote[lang] ?? "",
      probability_passage: m.probability?.passage ?? "",
    })),
    model: {
      scope: d.scope.map((c) => ({ id: c.id, name: c.name[lang], faded: c.faded })),
      severity: d.severity.map((c) => ({ id: c.id, name: c.name[lang], faded: c.faded })),
      regions: d.regions.map((r) => ({
        id: r.id,
        name: r.name[lang],
        scope: index("scope", r.scope),
        severity: index("severity", r.severity),
      })),
      marks,
      documents: DOCUMENT_IDS.filter((doc) => marks.some((m) => m.docs.includes(doc))).map((id) => ({
        id,
        name: docName(id),
      })),
      families: families.map((id) => ({ id, name: familyName(id) })),
      labels: {
        scope: axisName("scope"),
        severity: axisName("severity"),
        key: t(lang, "rss.key"),
        notStated: t(lang, "rss.notStated"),
      },
    },
  };
}
