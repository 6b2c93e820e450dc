/**
 * Citations as reference managers read them: every format offered on every
 * kind of page (report overview, chapter, talk of each kind) in both
 * languages is parsed back by citation-js, a real BibTeX/RIS/CSL reader,
 * and must keep its authors, title, date and URL.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { reportSchema, type Report } from "../../src/schemas/report.ts";
import { eventSchema } from "../../src/schemas/event.ts";
import { speakersSchema } from "../../src/schemas/speaker.ts";
import { talkSchema, TALK_KINDS } from "../../src/schemas/talk.ts";
import { chapterWork, reportWork, talkWork } from "../../src/citations/from-content.ts";
import { bibtexEscape, toBibtex } from "../../src/citations/bibtex.ts";
import { toRis } from "../../src/citations/ris.ts";
import { toCslJson } from "../../src/citations/csl.ts";
import { toPlainCitation } from "../../src/citations/plain.ts";
import { highwireTags } from "../../src/citations/highwire.ts";
import { citationFilePath } from "../../src/citations/files.ts";
import type { CitedWork, Creator, DateParts } from "../../src/citations/work.ts";
import { buildDay } from "../../src/lib/build-date.ts";
import { formatDate } from "../../src/lib/dates.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

const SITE = "https://reports.example.org/kb";
const ACCESSED = { year: 2026, month: 12, day: 7 };
const page = (path: string) => ({ url: `${SITE}${path}`, accessed: ACCESSED });
const yamlFile = (f: string) => parse(readFileSync(f, "utf8")) as unknown;
const frontmatter = (f: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(f, "utf8"))![1]!) as unknown;

const reports = readdirSync("content/reports").map((id) => ({
  id,
  data: reportSchema.parse(yamlFile(`content/reports/${id}/report.yaml`)),
}));
const report = (id: string): Report => reports.find((r) => r.id === id)!.data;
const EVENT = "waic-2024";
const event = eventSchema.parse(yamlFile(`content/forum/${EVENT}/event.yaml`));
const people = new Map(speakersSchema.parse(yamlFile("content/speakers.yaml")).map((s) => [s.id, s]));
const talkFiles = readdirSync(`content/forum/${EVENT}/en`).map((f) => f.replace(/\.mdx$/, ""));
const talk = (id: string, lang: "zh" | "en") => ({
  id,
  data: talkSchema.parse(frontmatter(`content/forum/${EVENT}/${lang}/${id}.mdx`)),
});

/** Every page type in both languages: each overview, the first chapter of each report, one talk of each kind. */
function sampleWorks(): { label: string; work: CitedWork }[] {
  const works: { label: string; work: CitedWork }[] = [];
  for (const lang of LOCALES) {
    for (const r of reports) {
      works.push({ label: `${lang} ${r.id}`, work: reportWork(r.data, lang, page(`/${lang}/reports/${r.id}/`)) });
      const first = readdirSync(`content/reports/${r.id}/${lang}`)
        .map((f) => ({
          id: f.replace(/\.mdx$/, ""),
          fm: frontmatter(`content/reports/${r.id}/${lang}/${f}`) as { order: number; title: string },
        }))
        .sort((a, b) => a.fm.order - b.fm.order)[0]!;
      works.push({
        label: `${lang} ${r.id}/${first.id}`,
        work: chapterWork(
          r.data,
          { id: first.id, title: first.fm.title },
          lang,
          page(`/${lang}/reports/${r.id}/${first.id}/`),
        ),
      });
    }
    for (const kind of TALK_KINDS) {
      const id = talkFiles.find((f) => talk(f, "en").data.kind === kind);
      if (!id) continue;
      works.push({
        label: `${lang} talk (${kind}) ${id}`,
        work: talkWork(event, talk(id, lang), people, lang, page(`/${lang}/forum/${EVENT}/${id}/`)),
      });
    }
  }
  return works;
}

/** What a CSL reader keeps of a name: the whole name, or family and given. */
const readName = (n: { literal?: string; family?: string; given?: string }) =>
  n.literal ?? (n.given ? `${n.family}, ${n.given}` : n.family);
const offeredName = (c: Creator) => ("literal" in c ? c.literal : `${c.family}, ${c.given}`);
const parts = (d: DateParts) => [d.year, d.month, d.day].filter((x) => x !== undefined);

const FORMATS = { BibTeX: toBibtex, RIS: toRis, "CSL-JSON": toCslJson } as const;

describe("citation-js reads back every citation offered", () => {
  const works = sampleWorks();

  it("samples every page type in both languages", () => {
    expect(works.filter((w) => w.work.kind === "report")).toHaveLength(reports.length * 2);
    expect(works.filter((w) => w.work.kind === "chapter")).toHaveLength(reports.length * 2);
    expect(new Set(works.filter((w) => w.work.kind === "talk").map((w) => w.label.split(" ")[2]))).toEqual(
      new Set(TALK_KINDS.filter((k) => talkFiles.some((f) => talk(f, "en").data.kind === k)).map((k) => `(${k})`)),
    );
  });

  for (const { label, work } of works)
    for (const [format, render] of Object.entries(FORMATS))
      it(`${format}: ${label}`, () => {
        const items = new Cite(render(work)).data as Record<string, any>[];
        expect(items).toHaveLength(1);
        const item = items[0]!;
        expect(item.title).toBe(work.title);
        expect(item.URL).toBe(work.url);
        // BibTeX says "et al." as the name "others".
        const etAl = format === "BibTeX" && work.etAl ? ["others"] : [];
        expect((item.author ?? []).map(readName)).toEqual([...work.authors.map(offeredName), ...etAl]);
        const issued = item.issued["date-parts"][0] as number[];
        // citation-js reads a RIS chapter's year only (PY); the full date is in DA, which Zotero reads.
        const expected = format === "RIS" && work.kind === "chapter" ? [work.issued.year] : parts(work.issued);
        expect(issued).toEqual(expected);
        if (work.container && format !== "RIS")
          expect(item["container-title"] ?? item["event-title"] ?? item.publisher).toContain(work.container);
      });

  it("a talk by identified speakers names them; the host is not an author", () => {
    const bengio = talkWork(event, talk("bengio-advanced-ai-safety", "en"), people, "en", page("/en/forum/x/"));
    expect(bengio.authors).toEqual([{ literal: "Yoshua Bengio", kind: "person" }]);
  });
});

describe("BibTeX", () => {
  it("keeps a corporate author whole: escaped first, then wrapped", () => {
    const bib = toBibtex(reportWork(report("best-practices-2024"), "en", page("/en/reports/best-practices-2024/")));
    expect(bib).toBe(
      [
        "@techreport{concordia2024bestpractices,",
        "  author = {{Concordia AI}},",
        "  title = {{Best Practices for Frontier AI Safety}},",
        "  institution = {{Concordia AI}},",
        "  year = {2024},",
        "  month = jan,",
        "  url = {https://reports.example.org/kb/en/reports/best-practices-2024/},",
        "  urldate = {2026-12-07},",
        "  language = {english}",
        "}",
      ].join("\n"),
    );
    const [item] = new Cite(bib).data as Record<string, any>[];
    expect(item!.author).toEqual([expect.objectContaining({ family: "Concordia AI" })]);
    expect(new Cite(bib).format("bibliography", { template: "apa" })).toMatch(/^Concordia AI\. \(2024\)/);
  });

  it("protects the institution, so its “and” does not split it into two", () => {
    const bib = toBibtex(reportWork(report("international-ai-safety-report-2025"), "en", page("/en/reports/iasr/")));
    expect(bib).toContain("  author = {Bengio, Yoshua and Mindermann, Sören and Privitera, Daniel and others},");
    expect(bib).toContain("  institution = {{Department for Science, Innovation and Technology}},");
    expect(bib).toContain("  number = {DSIT 2025/001},");
    const [item] = new Cite(bib).data as Record<string, any>[];
    expect(item!.publisher).toBe("Department for Science, Innovation and Technology");
  });

  it("cites a chapter within its report, and this edition's page in its language", () => {
    const w = chapterWork(
      report("best-practices-2024"),
      { id: "summary", title: "摘要" },
      "zh",
      page("/zh/reports/best-practices-2024/summary/"),
    );
    const bib = toBibtex(w);
    expect(bib).toMatch(/^@incollection\{concordia2024bestpracticessummaryzh,/);
    expect(bib).toContain("  author = {{安远AI}},");
    expect(bib).toContain("  booktitle = {{前沿人工智能安全的最佳实践}},");
    expect(bib).toContain("  url = {https://reports.example.org/kb/zh/reports/best-practices-2024/summary/},");
  });

  it("escapes specials, including backslashes and tildes", () => {
    expect(bibtexEscape("R&D 100% {x} a_b #1 $2 \\ ~")).toBe(
      "R\\&D 100\\% \\{x\\} a\\_b \\#1 \\$2 \\textbackslash{} \\textasciitilde{}",
    );
  });
});

describe("Highwire tags (Zotero's Embedded Metadata, Google Scholar)", () => {
  const tags = (w: CitedWork) => highwireTags(w).map((t) => `${t.name}=${t.content}`);

  it("a corporate author carries a trailing comma, which Zotero reads as one single-field name", () => {
    const w = reportWork(report("frontier-models-2023"), "en", page("/en/reports/frontier-models-2023/"));
    expect(tags(w)).toContain("citation_author=Concordia AI,");
    expect(tags(w)).toContain("citation_publication_date=2023/10/29");
    expect(tags(w)).toContain("citation_technical_report_institution=Concordia AI");
  });

  it("a chapter names its report as the book; a talk its speaker and the event", () => {
    const ch = chapterWork(
      report("international-ai-safety-report-2025"),
      { id: "x", title: "Foreword" },
      "en",
      page("/en/x/"),
    );
    expect(tags(ch)).toEqual(
      expect.arrayContaining([
        "citation_title=Foreword",
        "citation_author=Bengio, Yoshua",
        "citation_inbook_title=International AI Safety Report",
        "citation_book_title=International AI Safety Report",
        "citation_publication_date=2025/01",
      ]),
    );
    const tk = talkWork(event, talk("bengio-advanced-ai-safety", "en"), people, "en", page("/en/forum/x/"));
    expect(tags(tk)).toEqual(
      expect.arrayContaining([
        "citation_author=Yoshua Bengio,",
        "citation_conference_title=Frontier AI Safety and Governance Forum, WAIC 2024",
        "citation_publication_date=2024/07/05",
      ]),
    );
  });
});

describe("plain-text references", () => {
  it("English author–date and Chinese GB/T 7714 with the access date", () => {
    const iasr = report("international-ai-safety-report-2025");
    expect(toPlainCitation(reportWork(iasr, "en", page("/en/reports/iasr/")))).toBe(
      "Bengio, Y., Mindermann, S., Privitera, D., et al. (2025). International AI Safety Report (DSIT 2025/001). Department for Science, Innovation and Technology. https://reports.example.org/kb/en/reports/iasr/",
    );
    expect(toPlainCitation(reportWork(iasr, "zh", page("/zh/reports/iasr/")))).toBe(
      "Bengio Y, Mindermann S, Privitera D, 等. 国际人工智能安全报告[R/OL]: DSIT 2025/001. 英国科学、创新和技术部, 2025[2026-12-07]. https://reports.example.org/kb/zh/reports/iasr/.",
    );
    const tk = talkWork(event, talk("bengio-advanced-ai-safety", "en"), people, "en", page("/en/forum/x/"));
    expect(toPlainCitation(tk)).toBe(
      "Yoshua Bengio (2024, July 5). Advanced AI Safety: Recent Progress and Open Problems [Talk]. Frontier AI Safety and Governance Forum, WAIC 2024, Shanghai. https://reports.example.org/kb/en/forum/x/",
    );
  });
});

describe("citation files and dates", () => {
  it("files sit under /{lang}/cite/ beside the page's path", () => {
    expect(citationFilePath("/en/reports/x/", "ris")).toBe("/en/cite/reports/x.ris");
    expect(citationFilePath("/zh/forum/waic-2024/t/", "json")).toBe("/zh/cite/forum/waic-2024/t.json");
    expect(() => citationFilePath("/fr/x/", "bib")).toThrow(/not a \/\{lang\}/);
  });

  it("the access date is the build's day, or SOURCE_DATE_EPOCH's", () => {
    expect(buildDay({}, new Date("2026-12-07T23:59:00Z"))).toBe("2026-12-07");
    expect(buildDay({ SOURCE_DATE_EPOCH: "1700000000" })).toBe("2023-11-14");
    expect(() => buildDay({ SOURCE_DATE_EPOCH: "soon" })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe("formatDate", () => {
  it("formats partial dates per language", () => {
    expect(formatDate("2025-01", "zh")).toBe("2025年1月");
    expect(formatDate("2025-01", "en")).toBe("January 2025");
    expect(formatDate("2024-07-05", "en")).toBe("5 July 2024");
    expect(formatDate("2023", "zh")).toBe("2023年");
  });
});
