import { describe, expect, it } from "vitest";
import { gunzipSync, gzipSync } from "node:zlib";
import { markedWords, rankSections, sectionScore } from "../../src/search/sections.ts";
import { interleave } from "../../src/search/interleave.ts";
import { slimAnchors, slimFragment, type Anchor } from "../../scripts/search/slim-fragments.ts";

const section = (title: string, excerpt: string, hits = 1) => ({
  title,
  excerpt,
  weighted_locations: Array.from({ length: hits }, () => ({})),
});

describe("rankSections", () => {
  it("puts the section whose heading names the query before one that mentions every word in passing", () => {
    const passing = section(
      "Frontier AI labs have published safety policies",
      "the <mark>UK</mark> <mark>AI</mark> <mark>Safety</mark> <mark>Summit</mark> asked labs",
      9,
    );
    const uk = section(
      "UK Prime Minister Rishi Sunak wants the UK to become the global centre for AI development, safety and regulation",
      "hosted the first global <mark>AI</mark> <mark>Safety</mark> <mark>Summit</mark>",
      2,
    );
    const ranked = rankSections([passing, uk], ["uk", "ai", "safety", "summit"]);
    expect(ranked[0]).toBe(uk);
  });

  it("does not let a passage whose label opens with one query word outrank the passage with every word", () => {
    const opening = section(
      "As general-purpose AI becomes more capable, evidence of add…",
      "more capable, <mark>evidence</mark> of additional risks … the existing <mark>evidence</mark> on these",
      3,
    );
    const whole = section(
      "The pace and unpredictability of general-purpose AI develop…",
      "scientific <mark>evidence.</mark> In doing so, they face a <mark>dilemma.</mark> On the one hand",
      9,
    );
    expect(rankSections([opening, whole], ["evidence", "dilemma"])[0]).toBe(whole);
  });

  it("counts the distinct marked words and the query words in the heading", () => {
    const s = section(
      "英国首相苏纳克希望英国成为全球AI开发、安全和监管的中心",
      "举办首届<mark>安全</mark><mark>峰会</mark>",
    );
    expect(sectionScore(s, ["英国", "安全峰会"])).toBe(4); // 安全 and 峰会 marked (1 each), 英国 in the heading (2)
  });

  it("matches Latin words in headings at word starts only, and keeps page order on ties", () => {
    const various = section("Various parties have views", "text");
    const us = section("The US has no strong regulation yet", "text");
    expect(sectionScore(various, ["us"])).toBe(0);
    expect(sectionScore(us, ["us"])).toBe(2);
    const a = section("A", "x");
    const b = section("B", "x");
    expect(rankSections([a, b], ["q"])).toEqual([a, b]);
  });

  it("matches a heading's words by their stem", async () => {
    const { sameStem } = await import("../../src/search/sections.ts");
    expect(sameStem("regulation", "regulate")).toBe(true);
    expect(sameStem("safety", "safe")).toBe(true);
    expect(sameStem("deception", "deceive")).toBe(false);
    expect(sameStem("regional", "regulate")).toBe(false);
    const us = section(
      "Various parties have put AI governance on the agenda, but there is no strong regulation yet",
      "x",
    );
    expect(sectionScore(us, ["regulate"])).toBe(2);
  });

  it("reads the marked words of an excerpt once each, folded", () => {
    expect(markedWords("<mark>AI</mark> and <mark>ai</mark>, <mark>Safety.</mark>")).toEqual(["ai", "safety"]);
  });
});

describe("interleave", () => {
  const same = (a: string, b: string) => a === b;
  it("puts added pages at the given places and the rest after, skipping pages already there", () => {
    expect(interleave(["a", "b", "c", "d"], ["x", "b", "y", "z"], [1, 3], same)).toEqual({
      items: ["a", "x", "b", "y", "c", "d", "z"],
      addedAt: [1, 3, 6],
    });
  });
  it("appends when the list is shorter than a place", () => {
    expect(interleave(["a"], ["x", "y"], [1, 3], same)).toEqual({ items: ["a", "x", "y"], addedAt: [1, 2] });
    expect(interleave([], ["x"], [1, 3], same)).toEqual({ items: ["x"], addedAt: [0] });
  });
});

describe("slimming Pagefind fragments", () => {
  const anchors: Anchor[] = [
    { element: "h2", id: "summary", text: "Summary", location: 1 },
    { element: "p", id: "p-1", text: "A long paragraph of the talk…", title: "A long paragraph", location: 5 },
    { element: "li", id: "fn-1", text: "A footnote", location: 9 },
    { element: "h3", id: "empty", text: " ", location: 12 },
  ];

  it("keeps headings and titled passages (without their unused text) and drops anchors Pagefind ignores", () => {
    expect(slimAnchors(anchors)).toEqual([
      { element: "h2", id: "summary", text: "Summary", location: 1 },
      { element: "p", id: "p-1", text: "", title: "A long paragraph", location: 5 },
    ]);
  });

  it("rewrites a fragment file in Pagefind's format and refuses anything else, naming the file", () => {
    const page = { url: "/en/x/", content: "text", anchors };
    const out = slimFragment(gzipSync(`pagefind_dcd${JSON.stringify(page)}`), "x.pf_fragment");
    const back = JSON.parse(gunzipSync(out).toString().slice("pagefind_dcd".length)) as typeof page;
    expect(back.content).toBe("text");
    expect(back.anchors.map((a) => a.id)).toEqual(["summary", "p-1"]);
    expect(() => slimFragment(Buffer.from("plain"), "y.pf_fragment")).toThrow(/y\.pf_fragment: not a gzip file/);
    expect(() => slimFragment(gzipSync("{}"), "z.pf_fragment")).toThrow(/z\.pf_fragment: does not start/);
    expect(() => slimFragment(gzipSync('pagefind_dcd{"url":"/"}'), "w.pf_fragment")).toThrow(
      /w\.pf_fragment: no "anchors"/,
    );
  });
});

describe("sinkTypes", () => {
  it("moves the bibliography after every other page, keeping both orders", async () => {
    const { sinkTypes } = await import("../../src/search/rank.ts");
    const items = ["chapter:a", "source:s", "glossary:g", "talk:t"];
    expect(sinkTypes(items, (x) => x.split(":")[0])).toEqual(["chapter:a", "glossary:g", "talk:t", "source:s"]);
    expect(sinkTypes(["source:s"], (x) => x.split(":")[0])).toEqual(["source:s"]);
  });
});
