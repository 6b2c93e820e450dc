/**
 * The address as people read it aloud or type it from a slide: no scheme, no
 * trailing slash. "https://reports.example.org/kb/zh/" → "reports.example.org/kb/zh"
 */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}
