import { describe, expect, it } from "vitest";
import { partFile } from "../../src/documents/kinds.ts";
import { documentPath, documentPaths, onePagePath, trailThrough, trailTo } from "../../src/documents/paths.ts";

describe("documents: one set of addresses for reports and forum events", () => {
  it("puts each kind under its own URL segment", () => {
    expect(documentPath("report", "zh", "r")).toBe("/zh/reports/r/");
    expect(documentPath("report", "en", "r", "risks")).toBe("/en/reports/r/risks/");
    expect(documentPath("event", "en", "waic-2024", "bengio")).toBe("/en/forum/waic-2024/bengio/");
    expect(onePagePath("report", "zh", "r")).toBe("/zh/reports/r/all/");
    expect(onePagePath("event", "en", "waic-2024")).toBe("/en/forum/waic-2024/all/");
  });

  it("names the file a missing part would be in", () => {
    expect(partFile("report", "r", "en", "risks")).toBe("content/reports/r/en/risks.mdx");
    expect(partFile("event", "waic-2024", "zh", "bengio")).toBe("content/forum/waic-2024/zh/bengio.mdx");
  });

  it("gives the link rewriting each language's folder of the document", () => {
    expect(documentPaths("event", "e", "t")).toEqual({ roots: { zh: "/zh/forum/e/", en: "/en/forum/e/" }, slug: "t" });
  });

  it("routes a report's breadcrumbs through the list of documents, an event's straight home", () => {
    expect(trailTo("report", "en").map((c) => c.label)).toEqual(["Home", "Documents"]);
    expect(trailTo("event", "en").map((c) => c.label)).toEqual(["Home"]);
    expect(trailThrough("event", "zh", "e", "论坛").at(-1)).toEqual({ label: "论坛", href: "/zh/forum/e/" });
  });
});
