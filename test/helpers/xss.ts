import type { Page } from "playwright-core";

/** Payloads that would set window.__xss if any page inserted them as markup or followed them as a URL. */
export const PAYLOADS = [
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload="window.__xss=1">`,
  `javascript:window.__xss=1`,
  `</script><script>window.__xss=1</script>`,
  `' onfocus='window.__xss=1' autofocus='`,
];

/**
 * Load url and report whether a payload ran: the flag was set, a dialog
 * opened, or markup from the payload appeared in the document.
 */
export async function payloadRan(
  page: Page,
  url: string,
  settle: () => Promise<void> = async () => undefined,
): Promise<string | undefined> {
  let dialog = "";
  const onDialog = (d: { message: () => string; dismiss: () => Promise<void> }) => {
    dialog = d.message();
    void d.dismiss();
  };
  page.on("dialog", onDialog);
  await page.goto(url);
  await settle();
  await page.waitForTimeout(150);
  page.off("dialog", onDialog);
  const state = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: number }).__xss === 1,
    injected: document.querySelectorAll("img[src='x'], svg[onload], [onerror], [onfocus]").length,
  }));
  if (state.flag) return "the payload's script ran";
  if (dialog) return `a dialog opened: ${dialog}`;
  if (state.injected) return "payload markup was inserted into the page";
  return undefined;
}
