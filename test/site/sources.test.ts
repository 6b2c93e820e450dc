import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { siteIndex } from "../helpers/site-index.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

const origin = inject("origin");
const browser = useBrowser();

interface Entry {
  id: string;
  title: string | { zh: string; en: string };
  citedIn: { ref: string; note?: number; list?: string; item?: number; link?: number; mention?: true }[];
}
const entries = (
  parse(readFileSync("content/sources/bibliography.yaml", "utf8"), { version: "1.1" }) as { entries: Entry[] }
).entries;

describe("the bibliography and the documents link to each other", () => {
  const pages = siteIndex(ROOT_BUILD);
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: every note and slide source links to its entry, and the entry links back to the citing passage`, () => {
      const sources = pages.find((p) => p.path === `/${lang}/sources/`)!;
      expect(sources, "no bibliography page").toBeDefined();
      // What the bibliography says each chapter should link to: one link per note or source-list item.
      const expected = new Map<string, Set<string>>();
      for (const e of entries)
        for (const c of e.citedIn) {
          if (c.link !== undefined || c.mention) continue; // a talk naming a work has no note to link from
          const page = `/${lang}/reports/${c.ref.slice(0, c.ref.indexOf("#"))}/`;
          expected.set(page, (expected.get(page) ?? new Set()).add(e.id));
        }
      let links = 0;
      for (const [path, ids] of expected) {
        const page = pages.find((p) => p.path === path)!;
        const linked = new Set(
          page.links
            .filter((l) => l.tag === "a" && l.url.startsWith(`/${lang}/sources/#`))
            .map((l) => l.url.slice(l.url.indexOf("#") + 1)),
        );
        links += linked.size;
        expect(
          [...ids].filter((id) => !linked.has(id)),
          path,
        ).toEqual([]);
        expect(
          [...linked].filter((id) => !sources.ids.has(id)),
          path,
        ).toEqual([]);
      }
      expect(links).toBeGreaterThan(250);
      // Each entry links back to every passage that cites it.
      const back = new Set(sources.links.map((l) => l.url));
      const missing = entries.flatMap((e) =>
        e.citedIn
          .map((c) => {
            const [page, id] = c.ref.split("#") as [string, string];
            return page.startsWith("forum/") ? `/${lang}/${page}/#${id}` : `/${lang}/reports/${page}/#${id}`;
          })
          .filter((u) => !back.has(u)),
      );
      expect(missing).toEqual([]);
    });
  }
});

describe("the bibliography page in a browser", () => {
  it("filters by text (every source citing Carlsmith), by document from the overview's link, and exports the entries shown", async () => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB", acceptDownloads: true });
    await page.goto(`${origin}/en/sources/`);
    const shown = () => page.locator(".source-entry:visible");
    const total = await page.locator(".source-entry").count();
    expect(total).toBe(entries.length);
    await page.getByRole("searchbox", { name: "Filter" }).fill("carlsmith");
    await expect.poll(() => shown().count()).toBeGreaterThan(0);
    const found = await shown().allInnerTexts();
    expect(found.every((t) => /carlsmith/i.test(t))).toBe(true);
    expect(found.join("\n")).toContain("Is Power-Seeking AI an Existential Risk?");
    expect(await page.locator("sources-filter [data-status]").innerText()).toBe(
      `Showing ${found.length} of ${total} works`,
    );
    // Its "cited in" link leads to the slide that cites it.
    const cited = shown()
      .filter({ hasText: "Is Power-Seeking AI" })
      .getByRole("link", { name: /Risk analysis/ })
      .first();
    await expect(cited.getAttribute("href")).resolves.toMatch(/^\/en\/reports\/frontier-models-2023\/risks\/#/);

    // The 2024 report's overview links here filtered to it.
    await page.goto(`${origin}/en/reports/best-practices-2024/`);
    await page.getByRole("link", { name: /^Bibliography: the \d+ works this document cites$/ }).click();
    await page.waitForURL(/\/en\/sources\/\?doc=best-practices-2024$/);
    const bp = entries.filter((e) => e.citedIn.some((c) => c.ref.startsWith("best-practices-2024/"))).length;
    await expect.poll(() => shown().count()).toBe(bp);
    expect(await page.getByRole("combobox", { name: "Document" }).inputValue()).toBe("best-practices-2024");

    await page.getByRole("combobox", { name: "Kind" }).selectOption("paper");
    const papers = await shown().count();
    expect(papers).toBeGreaterThan(0);
    expect(papers).toBeLessThan(bp);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "BibTeX" }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const bib = Buffer.concat(chunks).toString("utf8");
    expect(download.suggestedFilename()).toBe("bibliography.bib");
    expect(bib.match(/^@misc\{/gm)?.length).toBe(papers);

    // The works the forum's talks name, by document: each links back to the talk's paragraph.
    await page.getByRole("combobox", { name: "Kind" }).selectOption("");
    await page.getByRole("combobox", { name: "Document" }).selectOption("waic-2024");
    const forum = entries.filter((e) => e.citedIn.some((c) => c.ref.startsWith("forum/waic-2024/"))).length;
    expect(forum).toBeGreaterThan(15);
    await expect.poll(() => shown().count()).toBe(forum);
    const named = shown()
      .filter({ hasText: "Attention Is All You Need" })
      .getByRole("link", { name: /The role of openness in AI/ });
    await expect(named.getAttribute("href")).resolves.toBe("/en/forum/waic-2024/irene-solaiman-openness/#p-5");
    expect(log.errors).toEqual([]);
    await close();
  });
});
