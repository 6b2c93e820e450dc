import { describe, expect, it } from "vitest";
import { previewImageFile } from "../../src/sharing/image-path.ts";
import { cardTags, previewAlt, REQUIRED_CARD_TAGS } from "../../src/sharing/card-meta.ts";
import { cardText, previewCardBlock, takePreviewCard, type PreviewCard } from "../../src/sharing/preview-card.ts";
import {
  chapterJsonLd,
  definedTermJsonLd,
  eventJsonLd,
  jsonLdScript,
  reportJsonLd,
  talkJsonLd,
} from "../../src/sharing/json-ld.ts";
import { displayUrl } from "../../src/sharing/short-url.ts";
import { pageOfShareView, shareViewPath } from "../../src/sharing/share-view.ts";
import { cardProblems, pngSize } from "../../scripts/checks/cards.ts";
import { startOf } from "../../src/sharing/forum-json-ld.ts";

describe("previewImageFile", () => {
  it("names the image after the page's path, without the deployment base", () => {
    expect(previewImageFile("/zh/reports/x/part-2/", "/")).toBe("og/zh/reports/x/part-2.png");
    expect(previewImageFile("/kb/en/forum/waic-2024/", "/kb/")).toBe("og/en/forum/waic-2024.png");
  });

  it("gives the root and file-like pages a name too", () => {
    expect(previewImageFile("/", "/")).toBe("og/index.png");
    expect(previewImageFile("/kb/", "/kb/")).toBe("og/index.png");
    expect(previewImageFile("/404.html", "/")).toBe("og/404.png");
    expect(previewImageFile("/zh/index.html", "/")).toBe("og/zh.png");
  });
});

describe("cardTags", () => {
  const tags = cardTags({
    lang: "zh",
    title: "T",
    description: "D",
    url: "https://x.org/zh/",
    image: "https://x.org/og/zh.png",
    imageAlt: "A",
    siteName: "S",
  });
  const value = (key: string) => tags.find((t) => t.key === key)?.content;

  it("includes every tag the markup check requires", () => {
    for (const key of REQUIRED_CARD_TAGS) expect(value(key), key).toBeTruthy();
  });

  it("asks for the large image card at 1200×630, with the page's locale and its alternate", () => {
    expect(value("twitter:card")).toBe("summary_large_image");
    expect([value("og:image:width"), value("og:image:height")]).toEqual(["1200", "630"]);
    expect([value("og:locale"), value("og:locale:alternate")]).toEqual(["zh_CN", "en_GB"]);
  });

  it("uses property= for Open Graph and name= for Twitter", () => {
    expect(tags.filter((t) => t.key.startsWith("og:")).every((t) => t.attr === "property")).toBe(true);
    expect(tags.filter((t) => t.key.startsWith("twitter:")).every((t) => t.attr === "name")).toBe(true);
  });

  it("the image's alt text is what the image shows", () => {
    expect(previewAlt({ context: "WAIC 2024", title: "Dawn Song: Challenges", site: "Library" })).toBe(
      "WAIC 2024 | Dawn Song: Challenges | Library",
    );
    expect(previewAlt({ title: "Search", site: "Library" })).toBe("Search | Library");
  });
});

describe("the preview card data block", () => {
  const card: PreviewCard = {
    lang: "en",
    context: "A </script><script>alert(1)</script>",
    title: "Title",
    site: "Site",
    file: "og/en/x.png",
  };

  it("survives the round trip and leaves the page without it", () => {
    const html = `<head><meta charset="utf-8">${previewCardBlock(card)}<title>x</title></head>`;
    const { card: back, html: rest } = takePreviewCard(html);
    expect(back).toEqual(card);
    expect(rest).toBe(`<head><meta charset="utf-8"><title>x</title></head>`);
  });

  it("cannot be closed early by a title", () => {
    expect(previewCardBlock(card).match(/<\/script>/g)).toHaveLength(1);
  });

  it("a page without a card is left alone", () => {
    expect(takePreviewCard("<p>x</p>")).toEqual({ html: "<p>x</p>" });
  });

  it("the text to draw includes the ellipsis a clamped title may end with", () => {
    expect(cardText({ title: "T", site: "S" })).toContain("…");
  });
});

describe("JSON-LD", () => {
  const base = { lang: "en" as const, url: "https://x.org/en/a/", name: "N", description: "D" };

  it("is safe to inline: no value can close the script element", () => {
    const data = {
      "@context": "https://schema.org",
      "@type": "Person",
      name: "</script><script>alert(1)</script>",
    } as const;
    const out = jsonLdScript(data);
    expect(out).not.toContain("</script>");
    expect(JSON.parse(out)).toEqual(data);
  });

  it("describes a report with its authors, publisher and date", () => {
    const r = reportJsonLd({
      ...base,
      authors: [{ person: "Yoshua Bengio" }, { organisation: "Concordia AI" }],
      publisher: "DSIT",
      datePublished: "2025-01",
      reportNumber: "DSIT 2025/001",
    });
    expect(r).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Report",
      inLanguage: "en",
      datePublished: "2025-01",
      reportNumber: "DSIT 2025/001",
    });
    expect(r.author).toEqual([
      { "@type": "Person", name: "Yoshua Bengio" },
      { "@type": "Organization", name: "Concordia AI" },
    ]);
  });

  it("places a chapter in its report, a talk in its event, and a term in its glossary", () => {
    expect(chapterJsonLd({ ...base, report: { name: "R", url: "https://x.org/en/r/" } }).isPartOf).toEqual({
      "@type": "Report",
      name: "R",
      url: "https://x.org/en/r/",
    });
    const talk = talkJsonLd({
      ...base,
      startDate: "2024-07-05T09:40+08:00",
      speakers: [{ name: "Dawn Song", affiliation: "UC Berkeley" }],
      event: { name: "E", url: "https://x.org/en/e/" },
      location: { name: "Room 1A" },
    });
    expect(talk).toMatchObject({
      "@type": "Event",
      superEvent: { "@type": "Event", name: "E" },
      performer: [{ "@type": "Person", name: "Dawn Song", affiliation: { name: "UC Berkeley" } }],
    });
    const term = definedTermJsonLd({
      ...base,
      termSet: { name: "Glossary", url: "https://x.org/en/glossary/", lang: "zh" },
    });
    expect(term).toMatchObject({
      "@type": "DefinedTerm",
      inDefinedTermSet: { "@type": "DefinedTermSet", name: "Glossary", inLanguage: "zh-CN" },
    });
    // schema.org's DefinedTerm has no inLanguage; the set (a CreativeWork) carries it.
    expect(term).not.toHaveProperty("inLanguage");
  });

  it("describes the forum as an event at a place, with its talks", () => {
    const e = eventJsonLd({
      ...base,
      startDate: "2024-07-05",
      location: { name: "World Expo Exhibition Hall", locality: "Shanghai" },
      organizer: "Concordia AI",
      subEvents: [{ name: "T", url: "https://x.org/en/e/t/" }],
    });
    expect(e).toMatchObject({
      "@type": "Event",
      startDate: "2024-07-05",
      location: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Shanghai" } },
      organizer: { name: "Concordia AI" },
    });
    expect(e.subEvent).toHaveLength(1);
  });
});

describe("talk times", () => {
  it("a talk in the printed agenda starts at its slot, in the venue's time zone", () => {
    expect(startOf("2024-07-05", "09:40 - 09:55")).toBe("2024-07-05T09:40+08:00");
  });

  it("a talk outside the agenda is dated by the day alone", () => {
    expect(startOf("2024-07-05")).toBe("2024-07-05");
  });
});

describe("share view paths and display URLs", () => {
  it("the share view mirrors the page's path under /{lang}/share/", () => {
    expect(shareViewPath("/zh/forum/waic-2024/dawn-song/")).toBe("/zh/share/forum/waic-2024/dawn-song/");
    expect(pageOfShareView("/en/share/forum/waic-2024/")).toBe("/en/forum/waic-2024/");
    expect(() => shareViewPath("/forum/x/")).toThrow(/language/);
  });

  it("shows an address without scheme or trailing slash", () => {
    expect(displayUrl("https://reports.example.org/kb/zh/forum/waic-2024/")).toBe(
      "reports.example.org/kb/zh/forum/waic-2024",
    );
    expect(displayUrl("http://localhost:4321/")).toBe("localhost:4321");
  });
});

describe("the card check", () => {
  it("names each missing tag and a wrong size or card type", () => {
    const problems = cardProblems({
      file: "x.html",
      card: { "og:title": ["T"], "og:image:width": ["600"], "twitter:card": ["summary"] },
    });
    expect(problems).toContain("x.html: no og:image card tag");
    expect(problems).toContain('x.html: og:image:width is "600", not "1200"');
    expect(problems).toContain('x.html: twitter:card is "summary", not "summary_large_image"');
    expect(problems).not.toContain("x.html: no og:title card tag");
  });

  it("reads a PNG's size from its header, and refuses what is not a PNG", () => {
    const header = Buffer.from("89504e470d0a1a0a0000000d49484452000004b000000276", "hex");
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from("GIF89a............."))).toBeUndefined();
  });
});
