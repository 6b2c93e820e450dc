/**
 * Links between chapters are relative ("../contributors/#scientific-lead"), so
 * they work in both languages and under any deployment base. Each must resolve
 * to a chapter that exists and, with a #fragment, to an id on that page. Forum
 * talks link the same way, within their event ("../other-talk/#p-3").
 */
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

/** Resolve a relative link from a chapter (or talk) page to { report, chapter, hash }; isReports is false when it leaves the page's section. */
export function resolveChapterLink(
  from: { lang: string; report: string; slug: string; section?: "reports" | "forum" },
  url: string,
) {
  const area = from.section ?? "reports";
  const base = new URL(`https://site.invalid/${from.lang}/${area}/${from.report}/${from.slug}/`);
  const target = new URL(url, base);
  const parts = target.pathname.split("/").filter(Boolean);
  return {
    lang: parts[0],
    report: parts[2],
    chapter: parts[3],
    section: decodeURIComponent(target.hash.slice(1)) || undefined,
    path: target.pathname,
    isReports: parts[1] === area,
  };
}

export function checkLinks(chapters: readonly ChapterInfo[]): Problem[] {
  const problems: Problem[] = [];
  const index = new Map(chapters.map((c) => [`${c.section}/${c.lang}/${c.report}/${c.slug}`, c]));
  const reports = new Set(chapters.map((c) => `${c.section}/${c.report}`));
  for (const c of chapters) {
    for (const link of c.structure?.links ?? []) {
      const url = link.url;
      if (/^(https?:|mailto:)/i.test(url)) continue;
      if (url.startsWith("/")) {
        problems.push({
          file: c.file,
          line: link.line,
          message: `link "${url}" is site-absolute; write it relative (e.g. ../part-2-risks/#malicious-use) so it works in both languages and under any base path`,
        });
        continue;
      }
      if (url === "" || url === "#") {
        problems.push({ file: c.file, line: link.line, message: "empty link target" });
        continue;
      }
      if (url.startsWith("#")) {
        const id = decodeURIComponent(url.slice(1));
        if (!c.structure?.ids.some((i) => i.id === id) && !id.startsWith("user-content-")) {
          problems.push({ file: c.file, line: link.line, message: `link "${url}": no id "${id}" on this page` });
        }
        continue;
      }
      const r = resolveChapterLink(c, url);
      if (!r.isReports || r.lang !== c.lang || !r.report) {
        problems.push({
          file: c.file,
          line: link.line,
          message: `link "${url}" leads outside this edition's ${c.section === "forum" ? "forum" : "reports"} (${r.path})`,
        });
        continue;
      }
      if (!r.chapter) {
        if (!reports.has(`${c.section}/${r.report}`))
          problems.push({ file: c.file, line: link.line, message: `link "${url}": no report "${r.report}"` });
        continue;
      }
      const target = index.get(`${c.section}/${c.lang}/${r.report}/${r.chapter}`);
      if (!target) {
        problems.push({
          file: c.file,
          line: link.line,
          message: `link "${url}": no chapter "${r.report}/${r.chapter}"`,
        });
      } else if (r.section && !target.structure?.ids.some((i) => i.id === r.section)) {
        problems.push({
          file: c.file,
          line: link.line,
          message: `link "${url}": chapter "${r.chapter}" has no section "#${r.section}"`,
        });
      }
    }
  }
  return problems;
}
