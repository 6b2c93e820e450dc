/**
 * An offline pack: every file a document needs to be read and searched without
 * the network, in one language. The build writes one per document and language
 * (packPath); "Save for offline" fetches its files into the document's cache.
 */
import type { Locale } from "../i18n/locales.ts";
import type { DocKey } from "./paths.ts";

export interface PackFile {
  /** Site path with the base, as the page requests it. */
  url: string;
  /** Size on disk. */
  bytes: number;
  /** Size compressed with gzip, about what the download costs (Pagefind's files are already compressed). */
  gzipBytes: number;
}

export interface OfflinePack {
  lang: Locale;
  doc: DocKey;
  /** The document's title in this language. */
  title: string;
  /** Site path (with base) of the document's overview. */
  home: string;
  files: PackFile[];
  /** Sums over files. */
  bytes: number;
  gzipBytes: number;
}

/** Put files together into a pack, each URL once, sorted, with the totals. */
export function makePack(head: Omit<OfflinePack, "files" | "bytes" | "gzipBytes">, files: PackFile[]): OfflinePack {
  const byUrl = new Map(files.map((f) => [f.url, f]));
  const unique = [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    ...head,
    files: unique,
    bytes: unique.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: unique.reduce((n, f) => n + f.gzipBytes, 0),
  };
}

/** Megabytes with one decimal (at least 0.1), for "Save for offline (2.3 MB)". */
export function formatMegabytes(bytes: number): string {
  return Math.max(0.1, bytes / 1024 / 1024).toFixed(1);
}

/** Whether a value read from a cache or the network is a pack (the page script trusts nothing else). */
export function isOfflinePack(value: unknown): value is OfflinePack {
  if (!value || typeof value !== "object") return false;
  const p = value as Partial<OfflinePack>;
  return (
    (p.lang === "zh" || p.lang === "en") &&
    typeof p.doc === "string" &&
    typeof p.title === "string" &&
    typeof p.home === "string" &&
    Array.isArray(p.files) &&
    p.files.every((f) => f && typeof f.url === "string" && typeof f.bytes === "number")
  );
}
