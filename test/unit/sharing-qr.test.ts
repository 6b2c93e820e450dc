import { describe, expect, it } from "vitest";
import { qrMatrix, qrPath, qrSvg, QUIET_ZONE } from "../../src/sharing/qr.ts";
import { liveUrl, shareUrl } from "../../src/client/share.ts";
import { decodeQrSvg } from "../helpers/qr.ts";

describe("qrPath", () => {
  it("draws each horizontal run of dark modules as one rectangle", () => {
    // 3×3:  ■■□ / □□□ / ■□■
    const m = { size: 3, data: [1, 1, 0, 0, 0, 0, 1, 0, 1] };
    expect(qrPath(m)).toBe("M0 0h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z");
  });
});

describe("qrSvg", () => {
  const url = "https://reports.example.org/kb/zh/forum/waic-2024/dawn-song-ai-safety-challenges/";

  it("decodes back to the address it was made from", () => {
    expect(decodeQrSvg(qrSvg(url, "QR"))).toBe(url);
  });

  it("still decodes when scaled down to a small screen", () => {
    expect(decodeQrSvg(qrSvg(url, "QR"), 160)).toBe(url);
  });

  it("carries its own white quiet zone and an accessible name", () => {
    const svg = qrSvg(url, 'QR code: "x" <y>');
    const side = qrMatrix(url).size + 2 * QUIET_ZONE;
    expect(svg).toContain(`viewBox="-4 -4 ${side} ${side}"`);
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('role="img" aria-label="QR code: &quot;x&quot; &lt;y>"');
  });
});

describe("liveUrl", () => {
  it("shares the address the page is served at, whatever host the build named", () => {
    expect(liveUrl("http://localhost:4321/zh/forum/e/t/", "https://kb.example.org")).toBe(
      "https://kb.example.org/zh/forum/e/t/",
    );
    expect(liveUrl("https://x.org/kb/en/r/?a=1", "https://x.org")).toBe("https://x.org/kb/en/r/?a=1");
  });
});

describe("shareUrl", () => {
  it("adds the passage the reader is at to the canonical address", () => {
    expect(shareUrl("https://x.org/zh/reports/r/c/", "malicious-use")).toBe(
      "https://x.org/zh/reports/r/c/#malicious-use",
    );
  });

  it("replaces any fragment, and shares the plain address when there is no passage", () => {
    expect(shareUrl("https://x.org/zh/r/#old", undefined)).toBe("https://x.org/zh/r/");
    expect(shareUrl("https://x.org/zh/r/#old", "p-3")).toBe("https://x.org/zh/r/#p-3");
  });
});
