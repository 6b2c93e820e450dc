import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { useAxePage } from "../helpers/axe.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";
import { CHART_IDS } from "../../src/charts/registry.ts";

const origin = inject("origin");
const browser = useBrowser();
const axe = useAxePage(origin);
const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } };
const PAGES = CHART_IDS.flatMap((id) => (["zh", "en"] as const).map((lang) => `/${lang}/charts/${id}/`));
/** Rounded boxes of what the drawing shows at this size: text (unrotated), and each tappable mark with its hit area. */
function drawingLayout(svg: SVGSVGElement) {
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll("text")]
    .filter((t) => !t.closest("[transform]"))
    .map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
  const overlaps: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i]!.r, texts[j]!.r];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) overlaps.push(`"${texts[i]!.text}" × "${texts[j]!.text}"`);
    }
  const outside = texts.filter((t) => t.r.left < box.left - 1 || t.r.right > box.right + 1).map((t) => t.text);
  const small = [...svg.querySelectorAll<SVGGraphicsElement>("[data-tip]")]
    .map((m) => {
      const r = m.getBoundingClientRect();
      // A link's hit area is a stroke along it, outside its geometric box.
      const stroke = Number(m.querySelector(".chart-hit-line")?.getAttribute("stroke-width") ?? 0) * scale;
      return { tip: m.dataset.tip!, w: r.width + stroke, h: r.height + stroke };
    })
    .filter((m) => m.w < 24 || m.h < 24)
    .map((m) => `${m.tip} (${m.w.toFixed(1)} × ${m.h.toFixed(1)} px)`);
  return { overlaps, outside, small };
}
const csvRows = (path: string) => readFileSync(`${ROOT_BUILD.dir}${path}`, "utf8").trim().split(/\r\n/).length - 1;

describe("chart pages, as a reader sees them", () => {
  it.each(PAGES)(
    "%s works with JavaScript off: a named SVG image, one mark per data row, a table and downloads",
    async (path) => {
      const { page, log, close } = await openPage(browser(), origin, {
        javaScriptEnabled: false,
        viewport: { width: 360, height: 740 },
      });
      await page.goto(origin + path);
      const svg = page.locator("figure.chart svg[role=img]");
      await expect(svg.count()).resolves.toBe(1);
      const title = await page.locator("h1").innerText();
      const name = await svg.evaluate(
        (el) => document.getElementById(el.getAttribute("aria-labelledby")!)?.textContent,
      );
      expect(name).toBe(title);
      const [id, lang] = [path.split("/")[3]!, path.split("/")[1]!];
      const marks = await svg.locator("[data-mark]").count();
      expect(marks).toBe(csvRows(`/${lang}/charts/${id}/${id}-${lang}.csv`));
      // At 360 px no two labels overlap and none is cut at the drawing's edge; every mark is a
      // tap target of 24 px at least (WCAG 2.5.8), or, on the risk map, whose lanes are narrower,
      // the controls list every mark to select it (the criterion's "equivalent" exception).
      const layout = await svg.evaluate(drawingLayout);
      expect(layout.overlaps).toEqual([]);
      expect(layout.outside).toEqual([]);
      if (id === "risk-scope-severity")
        await expect(page.locator("select[data-pick] option[value]:not([value=''])").count()).resolves.toBe(marks);
      else expect(layout.small).toEqual([]);
      await page.getByText(lang === "zh" ? "数据" : "Data", { exact: true }).click();
      const table = page.locator(".chart-data table").first();
      await expect.poll(() => table.isVisible()).toBe(true);
      for (const ext of ["csv", "json", "svg"])
        await expect(page.locator(`a[href$="${id}-${lang}.${ext}"]`).count()).resolves.toBe(1);
      // The controls need scripts, so they stay hidden without them; the chart itself does not.
      await expect.poll(() => page.locator("[data-controls]").isVisible()).toBe(false);
      // Fits the phone: the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(log.errors).toEqual([]);
      await close();
    },
  );

  it("the power-seeking sliders change the product and the address, by keyboard, and the state survives a reload", async () => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/charts/power-seeking-chain/`);
    const product = page.locator("[data-product]");
    await expect(product.innerText()).resolves.toBe("Product: 5.1%");
    const slider = page.getByRole("slider", { name: /Premise 3/ });
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await expect(product.innerText()).resolves.toBe("Product: 7.7%");
    expect(new URL(page.url()).search).toBe("?alignment-hard=60");
    await expect(page.locator("figure.chart svg").innerHTML()).resolves.toContain("Product: 7.7%");
    await page.reload();
    await expect(page.locator("[data-product]").innerText()).resolves.toBe("Product: 7.7%");
    await expect(page.getByRole("slider", { name: /Premise 3/ }).inputValue()).resolves.toBe("60");
    await page.getByRole("button", { name: "Back to the source's values" }).click();
    expect(new URL(page.url()).search).toBe("");
    expect(log.errors).toEqual([]);
    await close();
  });

  it("an invalid value in the address is ignored, and the page says so", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/charts/power-seeking-chain/?possible=150`);
    await expect(page.locator("[data-invalid]").innerText()).resolves.toContain("possible=150");
    await expect(page.locator("[data-product]").innerText()).resolves.toBe("Product: 5.1%");
    await close();
  });

  it("the heatmap sorts by a company, keeps it in the address and after a reload", async () => {
    const { page, log, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/charts/safety-practice-scores/`);
    const firstInGroup = () =>
      page
        .locator('svg .heat-group[data-category="data-input-controls-audits"] .heat-row')
        .first()
        .getAttribute("data-practice");
    await expect(firstInGroup()).resolves.toBe("responsible-data-collection");
    await page.getByLabel("Sort by company").selectOption("deepmind");
    expect(new URL(page.url()).search).toBe("?sort=deepmind");
    await expect(firstInGroup()).resolves.toBe("audit-input-data");
    await expect(page.locator("svg .heat-head text").first().textContent()).resolves.toBe("DeepMind");
    await page.reload();
    await expect(firstInGroup()).resolves.toBe("audit-input-data");
    expect(log.errors).toEqual([]);
    await close();
  });

  it("a tap on a mark opens its tooltip at 360 px, and so does focusing the plot, with arrow keys moving on", async () => {
    const { page, close } = await openPage(browser(), origin, PHONE);
    await page.goto(`${origin}/zh/charts/pause-letter-survey/`);
    // A touch screen is told to tap, not to use arrow keys it does not have.
    await expect(page.locator("[data-help]").innerText()).resolves.toBe("轻触标记可查看其数值。");
    const tip = page.locator("[data-tip-box]");
    await page.locator("svg [data-mark]").nth(1).tap();
    await expect(tip.innerText()).resolves.toContain("30.57%");
    await page.locator("[data-plot]").focus();
    await page.keyboard.press("ArrowRight");
    await expect(tip.innerText()).resolves.toContain("5.65%");
    await close();
  });

  it("the embed page shows the chart alone, is not indexed, and links to the full page", async () => {
    const { page, close } = await openPage(browser(), origin, { locale: "en-GB" });
    await page.goto(`${origin}/en/charts/pause-letter-survey/embed/`);
    await expect(page.locator("meta[name=robots]").getAttribute("content")).resolves.toBe("noindex");
    await expect(page.locator("header").count()).resolves.toBe(0);
    await expect(page.locator("svg[role=img]").count()).resolves.toBe(1);
    await expect(page.locator('a[href="/en/charts/pause-letter-survey/"]').count()).resolves.toBe(1);
    const code = await (
      await browser().newContext()
    ).request
      .get(`${origin}/en/charts/pause-letter-survey/`)
      .then((r) => r.text());
    expect(code).toContain("&lt;iframe src=&quot;http://localhost:4321/en/charts/pause-letter-survey/embed/&quot;");
    await close();
  });

  it("a chapter shows its chart as static SVG and loads no chart script", async () => {
    const { page, close } = await openPage(browser(), origin);
    await page.goto(`${origin}/zh/reports/frontier-models-2023/risks/`);
    await expect(page.locator("#power-seeking-chain svg[role=img] [data-mark]").count()).resolves.toBe(8);
    await expect(page.locator("chart-view").count()).resolves.toBe(0);
    await close();
  });

  // Every chart page as loaded is in the shared axe sample; here, with the plot focused (its tooltip open) and a sort chosen.
  it.each([
    "/en/charts/safety-practice-scores/?sort=meta",
    "/zh/charts/power-seeking-chain/",
    "/en/charts/pause-letter-survey/embed/",
  ])("axe is clean with the plot of %s focused", async (path) => {
    const result = await axe().check(origin + path, async (page) => {
      await page.locator("[data-plot]").first().focus();
      await page.locator("[data-tip-box]").first().waitFor();
    });
    expect(result).toEqual({ light: [], dark: [] });
  });
});
