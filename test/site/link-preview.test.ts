/**
 * A real link-preview client reads the card: open-graph-scraper fetches each
 * kind of page from the served build, as a chat app or social site would, and
 * the image it finds is fetched too.
 */
import { describe, expect, inject, it } from "vitest";
import ogs from "open-graph-scraper";
import { pngSize } from "../../scripts/checks/cards.ts";
import { REPORT } from "../helpers/pages.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";

const origin = inject("origin");

/** One page of each kind, with the title, the start of the description and the JSON-LD type a preview should show. */
const KINDS: { kind: string; path: string; title: RegExp; description: RegExp; type?: string }[] = [
  { kind: "home", path: "/zh/", title: /^前沿人工智能安全文献库$/, description: /^中英双语/, type: "WebSite" },
  {
    kind: "documents",
    path: "/en/reports/",
    title: /^Documents \| Frontier AI Safety Library$/,
    description: /^Every document/,
  },
  {
    kind: "report",
    path: `/en/reports/${REPORT}/`,
    title: /^International AI Safety Report 2025 \| Frontier AI Safety Library$/,
    description: /.{30,}/,
    type: "Report",
  },
  {
    kind: "chapter",
    path: `/zh/reports/${REPORT}/part-2-risks/`,
    title: /^第 2 部分：风险 \| 国际人工智能安全报告 2025$/,
    description: /风险/,
    type: "Chapter",
  },
  {
    kind: "talk",
    path: "/en/forum/waic-2024/dawn-song-ai-safety-challenges/",
    title: /^Dawn Song: .+ \| WAIC 2024 Frontier AI Safety Forum$/,
    description: /.{30,}/,
    type: "Event",
  },
  {
    kind: "event",
    path: "/zh/forum/waic-2024/",
    title: /前沿人工智能安全与治理论坛/,
    description: /\S{10}/,
    type: "Event",
  },
  {
    kind: "glossary term",
    path: "/en/glossary/agi/",
    title: /^Artificial general intelligence \| /,
    description: /.{30,}/,
    type: "DefinedTerm",
  },
  { kind: "risk node", path: "/zh/risks/iasr-risks/bias/", title: /^偏见 \| /, description: /.{10,}/ },
  {
    kind: "search",
    path: "/en/search/",
    title: /^Search \| Frontier AI Safety Library$/,
    description: /^Search the full text/,
  },
];

describe("a link-preview client (open-graph-scraper) reads each kind of page", () => {
  it.each(KINDS)("$kind: $path", async ({ path, title, description, type }) => {
    const { result, error } = await ogs({ url: origin + path });
    expect(error).toBe(false);
    expect(result.ogTitle).toMatch(title);
    expect(result.ogDescription).toMatch(description);
    expect(result.ogUrl).toBe(ROOT_BUILD.site + path);
    expect(result.twitterCard).toBe("summary_large_image");
    const [image] = result.ogImage ?? [];
    expect(image?.url).toMatch(new RegExp(`^${ROOT_BUILD.site}/og/.+\\.png$`));
    expect([image?.width, image?.height]).toEqual(["1200", "630"]);
    expect(image?.alt).toContain(" | ");
    if (type) expect((result.jsonLD ?? []).map((j) => (j as { "@type": string })["@type"])).toContain(type);
    // The image is there: fetched from the served build, as the client would from the site.
    const response = await fetch(image!.url.replace(ROOT_BUILD.site, origin));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/png/);
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});
