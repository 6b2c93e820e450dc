import { describe, expect, it } from "vitest";
import { parseFeed } from "@rowanmanning/feed-parser";
import { atomDate, atomXml } from "../../src/lib/atom.ts";

describe("Atom feeds", () => {
  const xml = atomXml({
    self: "https://x.org/kb/en/feed.xml",
    home: "https://x.org/kb/en/",
    title: "Library & <friends>",
    subtitle: "Documents",
    lang: "en",
    entries: [
      {
        url: "https://x.org/kb/en/reports/a/",
        title: "Older",
        summary: "S1",
        date: "2023-10-29",
        authors: ["Concordia AI"],
      },
      { url: "https://x.org/kb/en/reports/b/", title: "Newer", summary: "S2 & more", date: "2025-01", authors: [] },
    ],
  });

  it("parses with a feed reader's parser: newest first, links, dates and authors intact", () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Library & <friends>");
    expect(feed.self).toBe("https://x.org/kb/en/feed.xml");
    expect(feed.items.map((i) => [i.title, i.url, i.published?.toISOString()])).toEqual([
      ["Newer", "https://x.org/kb/en/reports/b/", "2025-01-01T00:00:00.000Z"],
      ["Older", "https://x.org/kb/en/reports/a/", "2023-10-29T00:00:00.000Z"],
    ]);
    expect(feed.items[1]!.authors.map((a) => a.name)).toEqual(["Concordia AI"]);
    expect(feed.updated?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("dates partial dates to their first day and rejects anything else", () => {
    expect(atomDate("2024")).toBe("2024-01-01T00:00:00Z");
    expect(() => atomDate("July 2024")).toThrow(/not YYYY/);
  });
});
