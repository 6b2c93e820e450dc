/** Distinct footnote labels defined in Markdown text ("[^12]: …" at a line start), in order. */
export function footnoteLabels(body: string): string[] {
  return [...new Set([...body.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!))];
}
