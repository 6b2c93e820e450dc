/**
 * A strict Content-Security-Policy for every page, as a <meta> tag because
 * static hosts may not let us set headers. Scripts may only come from this site
 * or be inline scripts whose exact SHA-256 is listed; Pagefind's WebAssembly
 * needs 'wasm-unsafe-eval' (compiling wasm, not JavaScript eval).
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { htmlFiles } from "../lib/files.ts";

/**
 * Whether a <script type> runs as JavaScript. Data blocks (JSON, JSON-LD) are
 * never executed, so CSP does not govern them.
 */
export function isExecutableScriptType(type: string | undefined): boolean {
  const t = type?.trim().toLowerCase();
  return !t || t === "module" || t === "text/javascript" || t === "application/javascript";
}

/** Inline <script> and <style> bodies that the browser would execute or apply. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    if (/\bsrc\s*=/.test(attrs)) continue;
    if (!isExecutableScriptType(/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1])) continue;
    scripts.push(m[2] ?? "");
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? "");
  return { scripts, styles };
}

export function sha256(source: string): string {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

export function policyFor(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  const scriptHashes = [...new Set(scripts.map(sha256))];
  const styleHashes = [...new Set(styles.map(sha256))];
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(" "),
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/** Insert (or replace) the CSP meta right after <meta charset>, before any script. */
export function withCsp(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html.replace(META, ""))}">`;
  if (META.test(html)) return html.replace(META, tag);
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(html)) throw new Error("page has no <meta charset>; cannot place the CSP before scripts");
  return html.replace(charset, (m) => m + tag);
}

export async function applyCsp(outDir: string): Promise<{ files: number }> {
  const files = await htmlFiles(outDir);
  for (const file of files) {
    const html = await readFile(file, "utf8");
    try {
      await writeFile(file, withCsp(html));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
  return { files: files.length };
}
