import { describe, expect, it } from "vitest";
import { inlineBlocks, policyFor, sha256, withCsp } from "../../scripts/postbuild/csp.ts";

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("CSP post-build step", () => {
  it("hashes inline scripts and styles but not external scripts or JSON data blocks", () => {
    const html = page(
      `<script>a()</script><script type="module" src="/x.js"></script><style>p{}</style><script type="application/ld+json">{}</script>`,
    );
    expect(inlineBlocks(html)).toEqual({ scripts: ["a()"], styles: ["p{}"] });
  });

  it("allows scripts from the site and exact hashes only: no unsafe-inline, no eval", () => {
    const policy = policyFor(page("<script>a()</script>"));
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha256("a()")}`);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it("lets the site's own web app manifest and service worker load, and no one else's", () => {
    const policy = policyFor(page(""));
    expect(policy).toContain("manifest-src 'self'");
    expect(policy).toContain("worker-src 'self'");
  });

  it("puts the policy right after <meta charset>, before any script", () => {
    const out = withCsp(page("<script>a()</script>"));
    expect(out.indexOf("Content-Security-Policy")).toBeLessThan(out.indexOf("<script>"));
    expect(out.indexOf("Content-Security-Policy")).toBeGreaterThan(out.indexOf("<meta charset"));
  });

  it("is idempotent: a second run replaces the policy instead of adding another", () => {
    const once = withCsp(page("<script>a()</script>"));
    expect(withCsp(once)).toBe(once);
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it("matches the hash browsers compute (sha256 of the exact script text, base64)", () => {
    expect(sha256("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it("refuses a page without <meta charset>", () => {
    expect(() => withCsp("<html><head><script>x</script></head></html>")).toThrow(/no <meta charset>/);
  });
});
