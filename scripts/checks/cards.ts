/**
 * Link-preview cards: every page must carry the full set of Open Graph and
 * Twitter tags (src/sharing/card-meta.ts), with a large image of the right
 * size. A page without them previews as a bare link.
 */
import { REQUIRED_CARD_TAGS } from "../../src/sharing/card-meta.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "../../src/sharing/image-path.ts";
import type { PageInfo } from "./html-index.ts";

export function cardProblems(page: Pick<PageInfo, "file" | "card">): string[] {
  const value = (key: string) => page.card[key]?.[0]?.trim();
  const problems = REQUIRED_CARD_TAGS.filter((key) => !value(key)).map((key) => `${page.file}: no ${key} card tag`);
  const expect = (key: string, wanted: string) => {
    const v = value(key);
    if (v && v !== wanted) problems.push(`${page.file}: ${key} is "${v}", not "${wanted}"`);
  };
  expect("og:image:width", String(PREVIEW_WIDTH));
  expect("og:image:height", String(PREVIEW_HEIGHT));
  expect("twitter:card", "summary_large_image");
  return problems;
}

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
