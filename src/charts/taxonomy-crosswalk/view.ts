/** The crosswalk on a page, in one language: every link with both nodes linked to their pages. */
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/t.ts";
import { href } from "../../lib/page-locale.ts";
import { siteGlossary } from "../../glossary/site.ts";
import { nodePath } from "../../glossary/links.ts";
import type { LinkType } from "../../schemas/taxonomy.ts";
import type { ChartParts } from "../definition.ts";
import { crosswalkModel } from "./layout.ts";
import type { CrosswalkModel } from "./model.ts";
import type { CrosswalkChartData } from "./schema.ts";

export function crosswalkView(d: CrosswalkChartData, lang: Locale): ChartParts<CrosswalkModel> {
  const risks = siteGlossary().risks;
  const name = (ref: string) => risks.node(ref)!.name[lang];
  const types = Object.fromEntries(
    (["equivalent", "broader", "narrower", "related"] as const).map((k) => [k, t(lang, `risks.link.${k}`)]),
  ) as Record<LinkType, string>;
  const model = crosswalkModel(risks, d.schemes, {
    name,
    schemeName: (id) => risks.scheme(id)!.shortName[lang],
    href: (ref) => href(nodePath(lang, ref)),
    says: (type, a, b) => t(lang, `xwalk.says.${type}`, { a, b }),
    types,
    ordered: t(lang, "xwalk.legend.ordered"),
    family: (f) => t(lang, `family.${f}`),
  });
  const nodeCell = (ref: string) => ({ text: name(ref), href: href(nodePath(lang, ref)) });
  return {
    table: {
      head: [t(lang, "xwalk.node"), t(lang, "xwalk.link"), t(lang, "xwalk.counterpart")],
      rows: model.panels.flatMap((p) => [
        { group: true, cells: [{ text: t(lang, "xwalk.pair", { a: p.left.name, b: p.right.name }) }] },
        ...p.links.map((l) => ({ cells: [nodeCell(l.left), { text: l.says }, nodeCell(l.right)] })),
      ]),
    },
    records: model.panels.flatMap((p) =>
      p.links.map((l) => ({
        from: l.left,
        from_name: name(l.left),
        type: l.type,
        to: l.right,
        to_name: name(l.right),
        from_passage: risks.node(l.left)!.passages[0] ?? "",
        to_passage: risks.node(l.right)!.passages[0] ?? "",
      })),
    ),
    model,
  };
}
