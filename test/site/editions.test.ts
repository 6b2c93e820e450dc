import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { ROOT_BUILD } from "../helpers/builds.ts";
import { sitemapPaths } from "../helpers/pages.ts";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { REPORT } from "../helpers/pages.ts";

// Chapters and talks: /{lang}/reports/{report}/{chapter}/ and /{lang}/forum/{event}/{talk}/.
const PART = /^\/(zh|en)\/(reports|forum)\/([^/]+)\/([^/]+)\/$/;
const parts = sitemapPaths().filter((p) => PART.test(p));
const documents = sitemapPaths().filter((p) => /^\/(zh|en)\/(reports|forum)\/[^/]+\/$/.test(p));

const pages = new Map<string, Root>();
function page(path: string): Root {
  let tree = pages.get(path);
  if (!tree) {
    tree = fromHtml(readFileSync(`${ROOT_BUILD.dir}${path}index.html`, "utf8"));
    pages.set(path, tree);
  }
  return tree;
}

const classes = (el: Element) => ([] as unknown[]).concat(el.properties.className ?? []);
function find(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}
function findAll(node: Root | Element, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}
/** Ids in document order. */
function ids(node: Root | Element, out: string[] = []): string[] {
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    if (typeof child.properties.id === "string") out.push(child.properties.id);
    ids(child, out);
  }
  return out;
}
function toString(node: Root | Element | RootContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? (node.children as RootContent[]).map(toString).join("") : "";
}

/** The chapter's or talk's own text on its normal page. */
function text(path: string): Element {
  const tree = page(path);
  const transcript = find(tree, (el) => classes(el).includes("transcript"));
  if (transcript) return transcript;
  const article = find(tree, (el) => el.tagName === "article");
  if (!article) throw new Error(`${path}: no article`);
  return {
    ...article,
    children: article.children.filter(
      (c) => !(c.type === "element" && (c.tagName === "header" || classes(c).includes("toc"))),
    ),
  };
}
const squash = (s: string) => s.replace(/\s+/g, "");

describe("parallel views", () => {
  it("exist for every chapter and talk in both languages", () => {
    expect(parts.length).toBeGreaterThan(50);
    for (const path of parts) expect(() => page(`${path}parallel/`), path).not.toThrow();
  });

  it("hold every id of both editions, each edition in its own order (the second prefixed)", () => {
    for (const path of parts) {
      const [, lang, kind, doc, slug] = PART.exec(path)!;
      const other = lang === "zh" ? "en" : "zh";
      const view = find(page(`${path}parallel/`), (el) => classes(el).includes("parallel"))!;
      const all = ids(view);
      const prefix = `${other}--`;
      // Passages in reading order; the hidden popover definitions (gloss-…) as a set, their order is not shown.
      const ordered = (xs: string[]) => xs.filter((id) => !id.startsWith("gloss-"));
      const defs = (xs: string[]) => xs.filter((id) => id.startsWith("gloss-")).sort();
      const first = all.filter((id) => !id.startsWith(prefix));
      const second = all.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
      const own = ids(text(path));
      const others = ids(text(`/${other}/${kind}/${doc}/${slug}/`));
      expect(ordered(first), path).toEqual(ordered(own));
      expect(defs(first), path).toEqual(defs(own));
      expect(ordered(second), path).toEqual(ordered(others));
      expect(defs(second), path).toEqual(defs(others));
      expect(new Set(all).size, path).toBe(all.length);
      // Each row pairs the same passage: the first id on both sides is the same.
      for (const row of findAll(view, (el) => classes(el).includes("parallel__row"))) {
        const [a, b] = row.children.filter((c): c is Element => c.type === "element");
        expect(
          classes(a!).includes("parallel__cell--missing") || classes(b!).includes("parallel__cell--missing"),
          `${path} ${String(row.properties.dataRow)}`,
        ).toBe(false);
        expect(ids(b!)[0]?.slice(prefix.length), path).toBe(ids(a!)[0]);
      }
    }
  });

  it("carry each column's language, stay out of the search index and name the normal page as canonical", () => {
    for (const path of parts) {
      const [, lang] = PART.exec(path)!;
      const tree = page(`${path}parallel/`);
      const cells = findAll(tree, (el) => classes(el).includes("parallel__cell"));
      expect(
        new Set(cells.filter((c) => classes(c).includes("parallel__cell--primary")).map((c) => c.properties.lang)),
        path,
      ).toEqual(new Set([lang === "zh" ? "zh-CN" : "en"]));
      expect(
        new Set(cells.filter((c) => classes(c).includes("parallel__cell--secondary")).map((c) => c.properties.lang)),
        path,
      ).toEqual(new Set([lang === "zh" ? "en" : "zh-CN"]));
      expect(
        find(tree, (el) => "dataPagefindBody" in el.properties),
        path,
      ).toBeUndefined();
      expect(find(tree, (el) => el.tagName === "meta" && el.properties.name === "robots")?.properties.content).toBe(
        "noindex",
      );
      expect(
        find(tree, (el) => el.tagName === "link" && ([] as unknown[]).concat(el.properties.rel).includes("canonical"))
          ?.properties.href,
      ).toBe(`${ROOT_BUILD.site}${path}`);
    }
  });

  it("are linked from the normal page's header", () => {
    for (const path of parts) {
      const header = find(page(path), (el) => classes(el).includes("source-note"))!;
      expect(
        findAll(header, (el) => el.tagName === "a").map((a) => a.properties.href),
        path,
      ).toContain(`${path}parallel/`);
    }
  });
});

describe("one-page editions", () => {
  it("hold every chapter's text and ids, in order, ids prefixed with the chapter", () => {
    for (const docPath of documents) {
      const tree = page(`${docPath}all/`);
      const sections = findAll(tree, (el) => classes(el).includes("edition-chapter"));
      const chapters = parts.filter((p) => p.startsWith(docPath));
      expect(
        sections.map((s) => `${docPath}${String(s.properties.id)}/`),
        docPath,
      ).toEqual(chapters);
      for (const [i, section] of sections.entries()) {
        const source = text(chapters[i]!);
        expect(squash(toString(section)), chapters[i]).toContain(squash(toString(source)));
        const prefix = `${String(section.properties.id)}--`;
        expect(ids(section), chapters[i]).toEqual(ids(source).map((id) => prefix + id));
      }
      expect(
        find(tree, (el) => "dataPagefindBody" in el.properties),
        docPath,
      ).toBeUndefined();
      expect(
        find(tree, (el) => el.tagName === "link" && ([] as unknown[]).concat(el.properties.rel).includes("canonical"))
          ?.properties.href,
      ).toBe(`${ROOT_BUILD.site}${docPath}`);
      // A table of contents with links on the page, and every #link lands on an id of the page.
      const onPage = new Set(ids(tree));
      const hashes = findAll(
        tree,
        (el) => el.tagName === "a" && typeof el.properties.href === "string" && el.properties.href.startsWith("#"),
      ).map((a) => String(a.properties.href).slice(1));
      expect(
        hashes.filter((h) => !onPage.has(decodeURIComponent(h))),
        docPath,
      ).toEqual([]);
    }
  });

  it("are linked from the document's overview page", () => {
    for (const docPath of documents) {
      expect(
        findAll(page(docPath), (el) => el.tagName === "a").map((a) => a.properties.href),
        docPath,
      ).toContain(`${docPath}all/`);
    }
  });
});

const origin = inject("origin");
const browser = useBrowser();

describe("a parallel view in the browser", () => {
  for (const width of [360, 1280]) {
    it(`at ${width} px, a #link shows the passage highlighted in both languages`, async () => {
      const { page: tab, log, close } = await openPage(browser(), origin, { viewport: { width, height: 800 } });
      await tab.goto(`${origin}/en/reports/${REPORT}/part-2-risks/parallel/#cyber-offence`);
      for (const id of ["cyber-offence", "zh--cyber-offence"]) {
        const passage = tab.locator(`[id="${id}"]`);
        await expect.poll(() => passage.isVisible(), { message: id }).toBe(true);
        const box = (await passage.boundingBox())!;
        expect(box.y + box.height, id).toBeGreaterThan(0);
        expect(box.y, id).toBeLessThan(800);
        // Highlighted: the row that holds the passage takes the target colour.
        const background = await passage.evaluate(
          (el) => getComputedStyle(el.closest(".parallel__row")!).backgroundColor,
        );
        expect(background, id).not.toBe("rgba(0, 0, 0, 0)");
      }
      await expect(
        tab.locator(`[id="zh--cyber-offence"]`).evaluate((el) => el.closest("[lang]")!.getAttribute("lang")),
      ).resolves.toBe("zh-CN");
      expect(log.errors).toEqual([]);
      await close();
    });
  }

  it("at 360 px the toggle shows one language only; the language switch keeps the view and the place", async () => {
    const { page: tab, close } = await openPage(browser(), origin, {
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    await tab.goto(`${origin}/zh/reports/${REPORT}/part-2-risks/parallel/#cyber-offence`);
    await tab.getByRole("radio", { name: "中文" }).check();
    await expect.poll(() => tab.locator(`[id="en--cyber-offence"]`).isVisible()).toBe(false);
    await expect.poll(() => tab.locator(`[id="cyber-offence"]`).isVisible()).toBe(true);
    await tab.locator(".site-header [data-lang-switch]").click();
    await tab.waitForURL(`${origin}/en/reports/${REPORT}/part-2-risks/parallel/#cyber-offence`);
    await close();
  });

  it("footnotes and glossary terms of the second column preview that column's note and definition", async () => {
    const {
      page: tab,
      log,
      close,
    } = await openPage(browser(), origin, {
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
      locale: "en-GB",
    });
    await tab.goto(`${origin}/en/reports/best-practices-2024/executive-summary/parallel/`);
    const chinese = tab.locator('.parallel__cell--secondary[lang="zh-CN"]');
    await chinese.locator("a[data-footnote-ref]").first().tap();
    const note = tab.getByRole("dialog", { name: "Note 1" });
    await note.waitFor();
    await expect(note.innerText()).resolves.toContain("全球人工智能治理倡议");
    // A fresh page for the term, so the closed note plays no part.
    await tab.goto(`${origin}/en/reports/best-practices-2024/executive-summary/parallel/`);
    // The Chinese definition (the English one is on the same page, under the unprefixed id).
    const expected = (await tab.locator('[id="zh--gloss-frontier-ai"] p').textContent()) ?? "missing";
    await chinese.locator("a.term", { hasText: "前沿人工智能" }).first().tap();
    const definition = tab.getByRole("dialog", { name: "前沿人工智能" });
    await definition.waitFor();
    await expect(definition.locator(".fn-popover__body").textContent()).resolves.toContain(expected);
    expect(new URL(tab.url()).hash).toBe("");
    expect(log.errors).toEqual([]);
    await close();
  });
});
