/**
 * The EPUB editions (scripts/postbuild/epub/): one per document and language,
 * linked from the overview with its size, and valid by epubcheck (Debian's
 * package, installed by .ci/run). epubcheck starts a JVM per file (about 5 s of
 * CPU each), so the books run two at a time with the JIT kept to its first tier,
 * and npm test checks four of the eight (see `checked` below).
 */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { ROOT_BUILD } from "../helpers/builds.ts";
import { sitemapPaths } from "../helpers/pages.ts";
import { epubPath, formatFileSize } from "../../src/editions/epub.ts";
import { t } from "../../src/i18n/t.ts";
import { HTML_LANG, type Locale } from "../../src/i18n/locales.ts";

const EPUBCHECK = process.env.EPUBCHECK_JAR ?? "/usr/share/java/epubcheck.jar";
const OVERVIEW = /^\/(zh|en)\/(reports|forum)\/([^/]+)\/$/;
const documents = sitemapPaths()
  .map((p) => OVERVIEW.exec(p))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([overview, lang, segment, id]) => ({
    overview: overview!,
    lang: lang as Locale,
    segment: segment as "reports" | "forum",
    id: id!,
    epub: epubPath(segment as "reports" | "forum", lang as Locale, id!),
  }))
  // An overview has a one-page edition; the list of documents (/zh/reports/) is no document.
  .filter((d) => existsSync(`${ROOT_BUILD.dir}${d.overview}all/index.html`));

interface Check {
  file: string;
  fatals: number;
  errors: number;
  output: string;
}

function epubcheck(file: string): Promise<Check> {
  return new Promise((done, fail) => {
    const java = spawn("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", EPUBCHECK, file], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    java.stdout.on("data", (d: Buffer) => (output += d.toString()));
    java.stderr.on("data", (d: Buffer) => (output += d.toString()));
    java.on("error", fail);
    java.on("close", () => {
      const m = /Messages: (\d+) fatals? \/ (\d+) errors?/.exec(output);
      if (!m) return fail(new Error(`epubcheck gave no summary for ${file}:\n${output}`));
      done({ file, fatals: Number(m[1]), errors: Number(m[2]), output });
    });
  });
}

/** Run the checks two at a time (the machine has two cores). */
async function checkAll(files: readonly string[]): Promise<Check[]> {
  const results: Check[] = [];
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) results.push(await epubcheck(f));
  };
  await Promise.all([worker(), worker()]);
  return results;
}

describe("EPUB editions", () => {
  it("exist for every document in both languages", () => {
    expect(documents.map((d) => `${d.lang} ${d.segment}/${d.id}`).sort()).toEqual(
      ["best-practices-2024", "frontier-models-2023", "international-ai-safety-report-2025"]
        .flatMap((id) => [`en reports/${id}`, `zh reports/${id}`])
        .concat(["en forum/waic-2024", "zh forum/waic-2024"])
        .sort(),
    );
    for (const d of documents) expect(existsSync(`${ROOT_BUILD.dir}${d.epub}`), d.epub).toBe(true);
  });

  it("are linked from each overview with their size", () => {
    for (const d of documents) {
      const html = readFileSync(`${ROOT_BUILD.dir}${d.overview}index.html`, "utf8");
      const size = formatFileSize(statSync(`${ROOT_BUILD.dir}${d.epub}`).size, d.lang);
      const link = new RegExp(
        `<a href="${d.epub}" type="application/epub\\+zip" download[^>]*>${t(d.lang, "epub.link").replace(/[()（）]/g, "\\$&")}</a>`,
      );
      expect(html, d.overview).toMatch(link);
      expect(html, d.overview).toContain(`>${t(d.lang, "epub.size", { size })}</span>`);
      expect(html, d.overview).not.toContain("data-epub-size");
    }
  });

  it("keep the reader's text: contents, notes, editor's notes, inferred marks and corrections, without the site's controls", () => {
    const book = (d: (typeof documents)[number]) => unzipSync(readFileSync(`${ROOT_BUILD.dir}${d.epub}`));
    const text = (files: Record<string, Uint8Array>) =>
      Object.entries(files)
        .filter(([name]) => name.endsWith(".xhtml"))
        .map(([, bytes]) => strFromU8(bytes))
        .join("\n");
    for (const d of documents) {
      const files = book(d);
      const opf = strFromU8(files["EPUB/package.opf"]!);
      expect(opf, d.epub).toContain(`<dc:language>${HTML_LANG[d.lang]}</dc:language>`);
      expect(opf, d.epub).toContain('properties="cover-image"');
      const all = text(files);
      expect(all, d.epub).toContain('class="editor-note');
      for (const gone of ["<script", "<button", "para-link", "data-pagefind", 'href="/'])
        expect(all, `${d.epub}: ${gone}`).not.toContain(gone);
      // Each chapter or talk of the one-page edition is in the contents.
      const onePage = readFileSync(`${ROOT_BUILD.dir}${d.overview}all/index.html`, "utf8");
      const chapters = [...onePage.matchAll(/<section class="edition-chapter" id="([^"]+)"/g)].map((m) => m[1]);
      const nav = strFromU8(files["EPUB/nav.xhtml"]!);
      for (const id of chapters) expect(nav, `${d.epub}: ${id}`).toContain(`href="part-${id}.xhtml#${id}"`);
    }
    const reports = documents.filter((d) => d.segment === "reports").map((d) => text(book(d)));
    expect(reports.some((r) => r.includes('epub:type="noteref"') && r.includes('epub:type="footnote"'))).toBe(true);
    expect(reports.some((r) => r.includes('class="inferred-mark"'))).toBe(true);
    expect(reports.some((r) => /<svg[^>]*class="chart-svg/.test(r))).toBe(true);
    const forum = documents.filter((d) => d.segment === "forum").map((d) => text(book(d)));
    expect(forum.every((f) => f.includes('class="asr-fix__orig"'))).toBe(true);
  });

  // The eight books come from one template: npm test checks each document once, in
  // Chinese and English in turn (half the JVMs); EPUBCHECK_ALL=1 checks all eight.
  const checked = process.env.EPUBCHECK_ALL
    ? documents
    : [...new Set(documents.map((d) => `${d.segment}/${d.id}`))]
        .sort()
        .map((doc, i) => documents.find((d) => `${d.segment}/${d.id}` === doc && d.lang === (i % 2 ? "en" : "zh"))!);

  it(
    `pass epubcheck with no errors (${process.env.EPUBCHECK_ALL ? "all eight" : "each document once, languages in turn"})`,
    { timeout: 300_000 },
    async () => {
      expect(existsSync(EPUBCHECK), `${EPUBCHECK} is missing: apt-get install epubcheck (.ci/run does)`).toBe(true);
      const checks = await checkAll(checked.map((d) => `${ROOT_BUILD.dir}${d.epub}`));
      expect(checks).toHaveLength(process.env.EPUBCHECK_ALL ? 8 : 4);
      for (const c of checks)
        expect({ file: c.file, fatals: c.fatals, errors: c.errors }, c.output).toEqual({
          file: c.file,
          fatals: 0,
          errors: 0,
        });
    },
  );
});
