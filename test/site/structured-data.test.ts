/**
 * JSON-LD as a JSON-LD processor reads it: every block of every page expands
 * with the `jsonld` package against a local copy of schema.org's context (no
 * network), in safe mode, so a term the context does not define or a value
 * that does not expand fails. What each type may carry is checked when the
 * builders compile (src/sharing/json-ld.ts is typed with schema-dts).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import jsonld from "jsonld";
import { siteIndex } from "../helpers/site-index.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

const CONTEXT_FILE = "test/fixtures/schemaorg/context-29.4.jsonld";
const context = JSON.parse(readFileSync(CONTEXT_FILE, "utf8")) as { "@context": Record<string, unknown> };
const SCHEMA_URLS = new Set(["https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"]);

const documentLoader = async (url: string) => {
  if (!SCHEMA_URLS.has(url))
    throw new Error(`JSON-LD asked for ${url}: only schema.org's context is available offline`);
  return { contextUrl: null, documentUrl: url, document: context };
};

/** Every key and @type in a compacted block that schema.org's context does not define. */
function unknownTerms(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => unknownTerms(n, out));
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("@") && !(key in context["@context"])) out.add(key);
      if (key === "@type")
        for (const t of [value].flat()) if (!(String(t) in context["@context"])) out.add(`@type ${t}`);
      unknownTerms(value, out);
    }
  return out;
}

describe("structured data", () => {
  const pages = siteIndex(ROOT_BUILD);
  const blocks = pages.flatMap((p) => p.jsonLd.map((text) => ({ file: p.file, text })));

  it("every JSON-LD block expands against schema.org's context, using only terms it defines", async () => {
    expect(blocks.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { file, text } of blocks) {
      const data = JSON.parse(text) as unknown;
      const unknown = [...unknownTerms(data)];
      if (unknown.length) problems.push(`${file}: ${unknown.join(", ")} not in schema.org's context`);
      try {
        const expanded = await jsonld.expand(data, { documentLoader, safe: true });
        if (expanded.length === 0) problems.push(`${file}: expands to nothing`);
      } catch (e) {
        problems.push(`${file}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("risk, chart, speaker, glossary and forum pages each describe themselves", () => {
    const types = (pattern: RegExp) =>
      new Set(
        pages
          .filter((p) => pattern.test(p.file))
          .flatMap((p) => p.jsonLd.map((t) => (JSON.parse(t) as { "@type": string })["@type"])),
      );
    expect(types(/^en\/risks\/[^/]+\/[^/]+\/index\.html$/)).toEqual(new Set(["DefinedTerm"]));
    expect(types(/^en\/glossary\/[^/]+\/index\.html$/)).toEqual(new Set(["DefinedTerm"]));
    expect(types(/^en\/charts\/[^/]+\/index\.html$/)).toEqual(new Set(["Dataset"]));
    expect(types(/^en\/speakers\/[^/]+\/index\.html$/)).toEqual(new Set(["Person"]));
    expect(types(/^en\/forum\/[^/]+\/index\.html$/)).toEqual(new Set(["Event"]));
  });

  it("the forum is at a PostalAddress and starts at the first agenda slot, in the venue's zone", () => {
    const forum = pages.find((p) => /^en\/forum\/[^/]+\/index\.html$/.test(p.file))!;
    const event = JSON.parse(forum.jsonLd[0]!) as { startDate: string; location: { address: unknown } };
    expect(event.startDate).toBe("2024-07-05T09:00+08:00");
    expect(event.location.address).toEqual({ "@type": "PostalAddress", addressLocality: "Shanghai" });
  });

  it("a chart's Dataset offers its CSV and JSON files", () => {
    const chart = pages.find((p) => p.file === "en/charts/compute-growth/index.html")!;
    const dataset = JSON.parse(chart.jsonLd[0]!) as { distribution: { encodingFormat: string; contentUrl: string }[] };
    expect(dataset.distribution.map((d) => d.encodingFormat)).toEqual(["text/csv", "application/json"]);
    for (const d of dataset.distribution)
      expect(d.contentUrl).toMatch(
        /^http:\/\/localhost:4321\/en\/charts\/compute-growth\/compute-growth-en\.(csv|json)$/,
      );
  });
});
