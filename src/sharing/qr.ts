/**
 * QR codes as inline SVG, made at build time with the qrcode library. Dark
 * modules are drawn as one path of row runs; the quiet zone (four modules) is
 * part of the image so it survives any page background, dark mode included.
 */
import QRCode from "qrcode";

export interface QrMatrix {
  size: number;
  /** Row-major, truthy for a dark module. */
  data: ArrayLike<number | boolean>;
}

export const QUIET_ZONE = 4;

/** The matrix for a text. Level M survives a glare spot or a projector's blur. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, data: modules.data };
}

/** SVG path data for the dark modules: one "M x y h n v1 h -n z" per horizontal run. */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.data[y * m.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.data[y * m.size + x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  }
  return parts.join("");
}

/** A self-contained SVG: white square with quiet zone, black modules, an accessible name. */
export function qrSvg(text: string, label: string): string {
  const m = qrMatrix(text);
  const side = m.size + 2 * QUIET_ZONE;
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}" role="img" aria-label="${escape(label)}" shape-rendering="crispEdges" data-qr="${escape(text)}">` +
    `<rect x="${-QUIET_ZONE}" y="${-QUIET_ZONE}" width="${side}" height="${side}" fill="#fff"/>` +
    `<path d="${qrPath(m)}" fill="#000"/></svg>`
  );
}
