import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { splitOnePage } from "../../scripts/postbuild/epub/split.ts";
import { rewriteLinks, stripChrome, toEpubNotes } from "../../scripts/postbuild/epub/clean.ts";
import { dropDanglingRefs, xhtmlOf } from "../../scripts/postbuild/epub/xhtml.ts";
import { epubParts, makeEpub } from "../../scripts/postbuild/epub/make.ts";
import { bookMeta } from "../../scripts/postbuild/epub/meta.ts";
import { modifiedStamp, stableUuid } from "../../scripts/postbuild/epub/index.ts";
import { epubPath, formatFileSize } from "../../src/editions/epub.ts";
import { parseFragment } from "../../src/editions/html.ts";
import type { ElementContent } from "hast";

/** A one-page edition as the site renders it, cut down to what the EPUB step reads. */
const ONE_PAGE = `<!DOCTYPE html><html lang="en"><head><title>x</title><script>1</script></head><body>
<header class="site-header"><a href="/en/">Home</a></header><main>
<article class="prose edition" data-footnote-preview="Note {n}">
 <header class="chapter-header edition__front"><h1>A Report</h1><p class="subtitle">On things</p>
  <div class="edition-actions" data-pagefind-ignore><button type="button" data-print>Print or save as PDF</button></div></header>
 <dl class="report-meta"><dt>Organisation</dt><dd>Some Institute<span class="inferred-mark">inferred</span></dd>
  <dt>Published</dt><dd><time datetime="2024-05-01">1 May 2024</time></dd></dl>
 <div role="note" class="editor-note"><span class="editor-note__label">Editor’s note</span> Evidence.</div>
 <nav class="edition-contents"><h2 id="edition-contents">Contents</h2><ol>
  <li><a href="#one">One</a><ol><li><a href="#one--s">Section</a></li></ol></li><li><a href="#two">Two</a></li></ol></nav>
 <section class="edition-chapter" id="one" data-id-prefix="one--"><h2 class="edition-chapter__title">One</h2>
  <div class="heading level-h2"><h3 id="one--s">Section</h3><a class="anchor" href="#one--s"><span class="sr-only">Link</span></a></div>
  <p id="one--p-1" data-pagefind-title="x" tabindex="0">Text<sup><a href="#one--user-content-fn-1" id="one--user-content-fnref-1" data-footnote-ref="" aria-describedby="one--footnote-label">1</a></sup>
   see <a href="#two--p-1">two</a> and <a href="/en/glossary/ai/" class="term">AI</a> and <a href="https://example.org/">the source</a>.<br>
   <a class="para-link" href="#one--p-1"><span aria-hidden="true">¶</span></a></p>
  <p>A fix: <span class="asr-fix" tabindex="0">Name<span class="asr-fix__orig"><span class="sr-only"> (</span>Transcript: <span lang="zh-CN">名</span><span class="sr-only">)</span></span></span></p>
  <div class="discussed-in"><a href="/en/risks/x/">Risk</a></div><div class="term-defs" hidden><div id="one--gloss-ai">AI is…</div></div>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><pattern id="one--hatch"></pattern></defs><rect fill="url(#hatch)" width="1" height="1"></rect></svg>
  <section data-footnotes="" class="footnotes"><h3 class="footnotes-title" id="one--footnote-label">Notes</h3><ol>
   <li id="one--user-content-fn-1"><p>A note. <a href="#one--user-content-fnref-1" data-footnote-backref="" class="data-footnote-backref">↩</a></p></li></ol></section>
 </section>
 <section class="edition-chapter" id="two" data-id-prefix="two--"><h2 class="edition-chapter__title">Two</h2><p id="two--p-1">Back to <a href="#one">one</a>.</p></section>
</article></main><footer>site footer</footer></body></html>`;

const html = (nodes: ElementContent[]) => xhtmlOf(nodes);

describe("splitting the one-page edition", () => {
  const book = splitOnePage(ONE_PAGE, "all/index.html");

  it("finds the language, title, front matter, contents and chapters", () => {
    expect(book.lang).toBe("en");
    expect(book.title).toBe("A Report");
    expect(book.subtitle).toBe("On things");
    expect(book.chapters.map((c) => [c.id, c.title])).toEqual([
      ["one", "One"],
      ["two", "Two"],
    ]);
    expect(book.contents).toEqual([
      { id: "one", title: "One", children: [{ id: "one--s", title: "Section", children: [] }] },
      { id: "two", title: "Two", children: [] },
    ]);
    const front = html(book.front);
    expect(front).toContain("report-meta");
    expect(front).toContain("Evidence.");
    expect(front).not.toContain("Contents");
    expect(front).not.toContain("Print or save");
  });

  it("names the file and the problem when the page is not a one-page edition", () => {
    expect(() => splitOnePage("<html lang=en><body><p>x</p></body></html>", "dist/en/x/all/index.html")).toThrow(
      /dist\/en\/x\/all\/index.html: no <article class=edition>/,
    );
    const noContents = ONE_PAGE.replace(/<nav class="edition-contents">[^]*?<\/nav>/, "");
    expect(() => splitOnePage(noContents, "f.html")).toThrow(/f.html: .*no contents/);
  });

  it("reads the author and date from the metadata, without the inferred mark", () => {
    expect(bookMeta(book, "en")).toEqual({
      title: "A Report: On things",
      creator: "Some Institute",
      date: "2024-05-01",
    });
  });
});

describe("cleaning a chapter for the e-book", () => {
  const body = (s: string) => parseFragment(s).children as ElementContent[];

  it("removes controls, permalinks, glossary pop-ups and data attributes, and keeps the text and notes", () => {
    const out = html(stripChrome(splitOnePage(ONE_PAGE, "f").chapters[0]!.body));
    for (const gone of ["para-link", "anchor", "term-defs", "discussed-in", "data-pagefind", "tabindex", "¶"]) {
      expect(out).not.toContain(gone);
    }
    expect(out).toContain('<h3 id="one--s">Section</h3>');
    expect(out).toContain("<br />");
  });

  it("shows a correction's original wording with its parentheses", () => {
    const out = html(stripChrome(body(ONE_PAGE.match(/<p>A fix:.*?<\/p>/)![0])));
    expect(out).toBe(
      '<p>A fix: <span class="asr-fix">Name<span class="asr-fix__orig"> (Transcript: <span lang="zh-CN">名</span>)</span></span></p>',
    );
  });

  it("makes footnotes EPUB notes: noterefs and one numbered aside per note", () => {
    const out = html(toEpubNotes(stripChrome(splitOnePage(ONE_PAGE, "f").chapters[0]!.body)));
    expect(out).toContain('<a href="#one--user-content-fn-1" id="one--user-content-fnref-1" epub:type="noteref">1</a>');
    expect(out).toMatch(
      /<section class="footnotes" epub:type="footnotes">.*<aside id="one--user-content-fn-1" class="footnote" epub:type="footnote"><p><span class="note-number">1\. <\/span>A note\./,
    );
    expect(out).not.toContain("<ol>");
  });

  it("points links into the e-book's files, keeps web links and unlinks the website's pages", () => {
    const files: Record<string, string> = { "two--p-1": "part-two.xhtml", "one--p-1": "part-one.xhtml" };
    const out = html(
      rewriteLinks(
        body(
          `<p><a href="#two--p-1">a</a><a href="#one--p-1">b</a><a href="https://x.org/">c</a><a href="/en/g/" class="term">d</a><a href="#nowhere">e</a></p>`,
        ),
        (id) => files[id],
        "part-one.xhtml",
      ),
    );
    expect(out).toBe(
      '<p><a href="part-two.xhtml#two--p-1">a</a><a href="#one--p-1">b</a><a href="https://x.org/">c</a><span class="term">d</span><span>e</span></p>',
    );
  });

  it("drops aria references to ids that are not in the file", () => {
    const out = html(
      dropDanglingRefs(body(`<p aria-describedby="gone">x</p><p id="here" aria-labelledby="here">y</p>`)),
    );
    expect(out).toBe('<p>x</p><p id="here" aria-labelledby="here">y</p>');
  });
});

describe("the EPUB file", () => {
  const bytes = makeEpub({
    html: ONE_PAGE,
    file: "f",
    lang: "en",
    identifier: "urn:uuid:0",
    cover: new Uint8Array([137, 80, 78, 71]),
    contentsHeading: "Contents",
    modified: "2026-01-02T03:04:05Z",
  });
  const files = unzipSync(bytes);

  it("starts with the mimetype, stored uncompressed", () => {
    // A local file header: name at offset 30, compression method 0 (stored) at offset 8.
    expect(strFromU8(bytes.subarray(30, 38))).toBe("mimetype");
    expect(bytes[8]).toBe(0);
    expect(strFromU8(bytes.subarray(38, 58))).toBe("application/epub+zip");
  });

  it("has a package with language, title, identifier, author, modified date, cover and reading order", () => {
    const opf = strFromU8(files["EPUB/package.opf"]!);
    expect(opf).toContain("<dc:language>en</dc:language>");
    expect(opf).toContain("<dc:title>A Report: On things</dc:title>");
    expect(opf).toContain('<dc:identifier id="uid">urn:uuid:0</dc:identifier>');
    expect(opf).toContain("<dc:creator>Some Institute</dc:creator>");
    expect(opf).toContain('<meta property="dcterms:modified">2026-01-02T03:04:05Z</meta>');
    expect(opf).toMatch(/href="cover.png" media-type="image\/png" properties="cover-image"/);
    expect(opf).toMatch(/href="part-one.xhtml" media-type="application\/xhtml\+xml" properties="svg"/);
    const spine = [...opf.matchAll(/<itemref idref="i-([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual(["cover_xhtml", "nav_xhtml", "front_xhtml", "part-one_xhtml", "part-two_xhtml"]);
  });

  it("has a contents page that links each chapter and section to its file", () => {
    const nav = strFromU8(files["EPUB/nav.xhtml"]!);
    expect(nav).toContain(
      '<nav epub:type="toc" id="toc"><h1>Contents</h1><ol><li><a href="part-one.xhtml#one">One</a><ol><li><a href="part-one.xhtml#one--s">Section</a></li></ol></li><li><a href="part-two.xhtml#two">Two</a></li></ol></nav>',
    );
  });

  it("writes each chapter as XHTML with the epub namespace, its title as <h1> and links across files", () => {
    const two = strFromU8(files["EPUB/part-two.xhtml"]!);
    expect(two).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>\n<html xmlns="http:\/\/www.w3.org\/1999\/xhtml" xmlns:epub="http:\/\/www.idpf.org\/2007\/ops" lang="en" xml:lang="en">/,
    );
    expect(two).toContain(
      '<section id="two" epub:type="chapter"><h1>Two</h1><p id="two--p-1">Back to <a href="part-one.xhtml#one">one</a>.</p></section>',
    );
    const front = strFromU8(files["EPUB/front.xhtml"]!);
    expect(front).toContain('<span class="inferred-mark">inferred</span>');
    expect(front).toContain('class="editor-note"');
    const { parts } = epubParts(splitOnePage(ONE_PAGE, "f"));
    expect(parts.map((p) => p.href)).toEqual(["front.xhtml", "part-one.xhtml", "part-two.xhtml"]);
  });
});

describe("EPUB names, sizes and stamps", () => {
  it("puts each edition in its document's folder", () => {
    expect(epubPath("reports", "en", "x")).toBe("/en/reports/x/x-en.epub");
    expect(epubPath("forum", "zh", "waic-2024")).toBe("/zh/forum/waic-2024/waic-2024-zh.epub");
  });

  it("shows sizes in KB below a megabyte and MB with one decimal above", () => {
    expect(formatFileSize(155_930, "en")).toBe("156 KB");
    expect(formatFileSize(400, "zh")).toBe("1 KB");
    expect(formatFileSize(1_234_567, "en")).toBe("1.2 MB");
  });

  it("gives a document the same identifier in every build, a different one per language", () => {
    expect(stableUuid("reports/x/en")).toBe(stableUuid("reports/x/en"));
    expect(stableUuid("reports/x/en")).not.toBe(stableUuid("reports/x/zh"));
    expect(stableUuid("reports/x/en")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("stamps dcterms:modified from SOURCE_DATE_EPOCH, to the second", () => {
    expect(modifiedStamp("1700000000")).toBe("2023-11-14T22:13:20Z");
    expect(modifiedStamp(undefined)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
