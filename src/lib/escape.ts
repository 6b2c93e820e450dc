/** Escaping, in one place: text into XML/HTML, and text into a regular expression. Plain functions, for Node and the browser. */

const XML: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** Text made safe inside XML or HTML, in element content and in quoted attributes. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => XML[c]!);
}

/** Text matched literally inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
