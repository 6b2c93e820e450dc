import { describe, expect, it } from "vitest";
import { headersFile, mergePolicies, nginxSnippet, type HostLayout } from "../../scripts/postbuild/host-headers.ts";

const layout: HostLayout = {
  base: "/kb/",
  policy: "default-src 'self'; script-src 'self' 'sha256-a'",
  sections: ["reports", "forum"],
  charts: ["compute-growth"],
  langs: ["zh", "en"],
};

describe("headers files for static hosts", () => {
  it("merges the pages' policies source by source", () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
    );
  });

  it("_headers: the CSP on every page, no framing except the chart embeds, a year's cache for hashed assets", () => {
    const file = headersFile(layout);
    expect(file).toContain("/kb/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'\n");
    expect(file).toContain("/kb/zh/reports/*\n  Content-Security-Policy: frame-ancestors 'none'");
    expect(file).toContain("/kb/en/charts/compute-growth/\n  Content-Security-Policy: frame-ancestors 'none'");
    // No rule that forbids framing matches an embed page.
    const unframed = [...file.matchAll(/^(\S+)\n  Content-Security-Policy: frame-ancestors 'none'/gm)].map(
      (m) => m[1]!,
    );
    const matches = (rule: string, path: string) =>
      new RegExp(`^${rule.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`).test(path);
    expect(unframed.filter((r) => matches(r, "/kb/en/charts/compute-growth/embed/"))).toEqual([]);
    expect(unframed.filter((r) => matches(r, "/kb/en/reports/x/"))).not.toEqual([]);
    expect(file).toContain("/kb/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(file).toContain("/kb/pagefind/*.pf_fragment\n  Content-Type: application/octet-stream");
  });

  it("nginx: the embed location allows framing, the rest forbids it", () => {
    const conf = nginxSnippet(layout);
    expect(conf).toContain("location ~ ^\\/kb\\/(zh|en)/charts/[^/]+/embed/ {");
    expect(conf).toMatch(
      /location \/kb\/ \{\n {4}add_header Content-Security-Policy "[^"]*frame-ancestors 'none'" always;/,
    );
    expect(conf).toMatch(
      /location ~ \^\\\/kb\\\/pagefind\/\.\*\\\.\(pagefind\|pf_\[a-z\]\+\)\$ \{\n {4}types \{ \}\n {4}default_type application\/octet-stream;/,
    );
  });
});
