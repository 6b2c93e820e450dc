import { ROOT_BUILD } from "./builds.ts";
import { axeSamplePaths, pageFamily } from "./pages.ts";

/**
 * Families whose markup varies from page to page (each chart writes its own
 * data table; chapters hold different tables, figures and lists): every page of
 * them in the axe sample is visited (it takes each chart and each sampled
 * chapter in one language, Chinese and English in turn). Other families share
 * one template across their pages.
 */
const EVERY_SAMPLED = new Set(["chart", "chapter"]);

/**
 * The pages the external validators (the W3C Nu checker and HTML_CodeSniffer)
 * read: the root, then from the axe sample (axeSamplePaths) the first page of
 * each template family in each section (reports, forum, risks, …) in each
 * language, and every chart and chapter of the sample. The validators look at
 * markup, which the axe sample's other pages of a template repeat.
 */
export function validatorSamplePaths(outDir = ROOT_BUILD.dir): string[] {
  const chosen = new Set<string>(["/"]);
  const firstOfKey = new Set<string>();
  for (const path of axeSamplePaths(outDir)) {
    const [, lang = "", section = ""] = path.split("/");
    const { family } = pageFamily(path);
    const key = `${lang}|${family}|${section}`;
    if (EVERY_SAMPLED.has(family) || !firstOfKey.has(key)) chosen.add(path);
    firstOfKey.add(key);
  }
  return [...chosen];
}
