import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** Rasterise an inline QR SVG (as a projector would show it) and read it back with a QR reader. */
export function decodeQrSvg(svg: string, width = 480): string | undefined {
  const img = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    font: { loadSystemFonts: false },
  }).render();
  return jsQR(new Uint8ClampedArray(img.pixels), img.width, img.height)?.data;
}

/** Read a QR code from a PNG, e.g. a browser's screenshot of the page. */
export function decodeQrPng(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data;
}
