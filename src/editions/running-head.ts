/**
 * The print stylesheet's running head: the document's title at the top of each
 * printed page and the page number at the foot, in CSS margin boxes (browsers
 * without them print neither). The title is page data, so this small sheet is
 * written per page; the build hashes it into the CSP like any inline style.
 */
export function cssString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, " ")
    .replace(/</g, "\\3c ")}"`;
}

export function runningHeadCss(title: string): string {
  return `@media print { @page { margin: 18mm 16mm 20mm; @top-center { content: ${cssString(title)}; font-size: 9pt; color: #444; } @bottom-right { content: counter(page); font-size: 9pt; color: #444; } } @page :first { @top-center { content: none; } } }`;
}
