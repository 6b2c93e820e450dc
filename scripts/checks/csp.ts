import { sha256 } from "../postbuild/csp.ts";
import type { PageInfo } from "./html-index.ts";

/** Problems with a page's Content-Security-Policy; empty when it is strict and complete. */
export function cspProblems(page: Pick<PageInfo, "file" | "csp" | "inlineScripts">): string[] {
  if (page.csp.length === 0) return [`${page.file}: no Content-Security-Policy meta tag`];
  if (page.csp.length > 1) return [`${page.file}: ${page.csp.length} Content-Security-Policy meta tags`];
  const policy = page.csp[0]!;
  const directive = (name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `));
  const scriptSrc = directive("script-src") ?? directive("default-src");
  const problems: string[] = [];
  if (!scriptSrc) problems.push(`${page.file}: the policy does not restrict scripts`);
  else {
    if (/'unsafe-inline'/.test(scriptSrc)) problems.push(`${page.file}: script-src allows 'unsafe-inline'`);
    if (/'unsafe-eval'/.test(scriptSrc)) problems.push(`${page.file}: script-src allows 'unsafe-eval'`);
    if (/(^|\s)(\*|https?:|data:)(\s|$)/.test(scriptSrc))
      problems.push(`${page.file}: script-src allows scripts from anywhere`);
    for (const script of page.inlineScripts) {
      if (!scriptSrc.includes(sha256(script)))
        problems.push(`${page.file}: an inline script is not covered by a hash: ${script.trim().slice(0, 60)}`);
    }
  }
  if (!/object-src 'none'/.test(policy)) problems.push(`${page.file}: object-src is not 'none'`);
  if (!/base-uri 'self'/.test(policy)) problems.push(`${page.file}: base-uri is not restricted`);
  return problems;
}
