import type { RedirectRule } from "../schemas/redirects.ts";

/**
 * Turn redirect rules into concrete (from → to) pairs of language-neutral paths,
 * given the pages that exist ("reports/x/", "reports/x/chapter/"). A wildcard
 * rule yields one redirect per existing page under its target prefix.
 * Throws, naming the rule, when a target is missing or a source is a real page.
 */
export function expandRedirects(
  rules: readonly RedirectRule[],
  pages: ReadonlySet<string>,
): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const rule of rules) {
    const pairs: { from: string; to: string }[] = [];
    if (rule.from.endsWith("/*")) {
      const fromPrefix = rule.from.slice(0, -1);
      const toPrefix = rule.to.slice(0, -1);
      for (const page of pages) {
        if (page === toPrefix || page.startsWith(toPrefix))
          pairs.push({ from: fromPrefix + page.slice(toPrefix.length), to: page });
      }
      // The prefix itself (reports/x/) is listed in pages, so it is covered above.
      if (!pairs.length) throw new Error(`content/redirects.yaml: "${rule.to}" matches no page`);
    } else {
      const to = `${rule.to}/`;
      if (!pages.has(to)) throw new Error(`content/redirects.yaml: target "${rule.to}" does not exist`);
      pairs.push({ from: `${rule.from}/`, to });
    }
    for (const p of pairs) {
      if (pages.has(p.from))
        throw new Error(`content/redirects.yaml: "${p.from}" is a real page; a redirect would hide it`);
    }
    out.push(...pairs);
  }
  return out;
}
