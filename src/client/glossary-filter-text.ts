/** How the glossary filter compares text: lower case, no spaces (so "shi kong" and "shikong" both find 失控). */
export function normalizeQuery(q: string): string {
  return q.toLowerCase().replace(/\s+/g, "");
}
