/**
 * Every link in the built site must lead somewhere: internal hrefs and srcs to
 * a file that exists, #fragments to an id on the target page, and a page's
 * og:url and og:image (absolute, as link previews need) to a page and an image of this site. External links
 * must not hand the opener to the other site (rel="noopener"), and link text
 * must make sense out of context.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PageInfo } from "./html-index.ts";

export interface LinkProblem {
  file: string;
  problem: string;
}

/** Link text that says nothing about where the link goes. */
const VAGUE_TEXT = /^(click here|here|this link|link|more|read more|点击这里|点击此处|这里|此处|更多|链接)$/i;

/** The file a URL path is served from, or undefined when nothing would be served. */
export function fileFor(outDir: string, base: string, pathname: string): string | undefined {
  const b = base.replace(/\/?$/, "/");
  if (!pathname.startsWith(b) && pathname + "/" !== b) return undefined;
  const rel = decodeURIComponent(pathname.slice(b.length));
  const candidates = rel === "" || rel.endsWith("/") ? [join(rel, "index.html")] : [rel, join(rel, "index.html")];
  for (const c of candidates) {
    const abs = join(outDir, c);
    if (existsSync(abs) && statSync(abs).isFile()) return c;
  }
  return undefined;
}

export function checkSiteLinks(pages: readonly PageInfo[], outDir: string, base: string, site: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const byFile = new Map(pages.map((p) => [p.file, p]));
  for (const page of pages) {
    const pageUrl = new URL(page.path, site);
    for (const link of page.links) {
      const where =
        link.tag === "meta"
          ? `<meta property="${link.attr}" content="${link.url}">`
          : `<${link.tag} ${link.attr}="${link.url}">`;
      if (link.tag === "meta" && !/^https?:\/\//.test(link.url)) {
        problems.push({ file: page.file, problem: `${where} is not an absolute URL` });
        continue;
      }
      if (link.tag === "a") {
        if (!link.text)
          problems.push({ file: page.file, problem: `${where} has no text a screen reader could announce` });
        else if (VAGUE_TEXT.test(link.text))
          problems.push({ file: page.file, problem: `${where} text "${link.text}" does not say where it goes` });
      }
      if (link.url === "" || link.url === "#") {
        problems.push({ file: page.file, problem: `${where} points nowhere` });
        continue;
      }
      if (/^javascript:/i.test(link.url)) {
        problems.push({ file: page.file, problem: `${where} uses a javascript: URL` });
        continue;
      }
      let target: URL;
      try {
        target = new URL(link.url, pageUrl);
      } catch {
        problems.push({ file: page.file, problem: `${where} is not a valid URL` });
        continue;
      }
      if (target.protocol === "mailto:" || target.protocol === "data:") continue;
      if (target.origin !== new URL(site).origin) {
        if (link.tag !== "a")
          problems.push({ file: page.file, problem: `${where} loads a resource from another site (${target.origin})` });
        else if (!/\bnoopener\b/.test(link.rel ?? ""))
          problems.push({ file: page.file, problem: `${where} is an external link without rel="noopener"` });
        continue;
      }
      const file = fileFor(outDir, base, target.pathname);
      if (!file) {
        problems.push({ file: page.file, problem: `${where} leads to ${target.pathname}, which does not exist` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith(".html")) {
        const targetPage = byFile.get(file);
        if (targetPage && !targetPage.ids.has(fragment))
          problems.push({
            file: page.file,
            problem: `${where}: ${target.pathname} has no element with id "${fragment}"`,
          });
      }
    }
  }
  return problems;
}
