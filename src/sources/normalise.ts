/**
 * Keys that tell whether two citations are the same work: a normalised URL, a
 * DOI, an arXiv id, else a normalised title. Pure functions.
 */

/** Query parameters that only track a click and never change what a page is. */
const TRACKING =
  /^(utm_[a-z]+|_ga|_gl|gclid|fbclid|mc_cid|mc_eid|ref|ref_src|source|spm|from|isappinstalled|scene|sessionid|clicktime|enterid|chksm|mpshare|srcid|sharer_.*|ust|usg|sa|ved)$/i;

/**
 * A URL with what does not name a different document taken away: the scheme,
 * "www.", a trailing slash, the fragment, tracking parameters, an index file.
 * "https://www.Example.org/a/?utm_source=x#top" → "example.org/a".
 * Text that is not an http(s) URL is returned trimmed, unchanged.
 */
export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return url.trim();
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? "?" + new URLSearchParams(params).toString() : "";
  let path = u.pathname.replace(/\/(index\.html?)?$/, "");
  try {
    path = decodeURI(path);
  } catch {
    /* keep it encoded */
  }
  return `${host}${path}${query}`;
}

/** The arXiv id of an arXiv URL (abs, pdf, html; any version): "https://arxiv.org/pdf/2305.15324v2.pdf" → "2305.15324". */
export function arxivId(url: string): string | undefined {
  const m =
    /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([a-z-]+\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?(?:[?#].*)?$/i.exec(
      url.trim(),
    );
  return m?.[1]?.toLowerCase();
}

/** A DOI in a URL or text ("https://doi.org/10.1038/s41586-023-06291-2" → "10.1038/s41586-023-06291-2"), lower-cased. */
export function doiOf(text: string): string | undefined {
  const m = /\b(10\.\d{4,9}\/[^\s"<>#?]+)/.exec(decodeURIComponentSafe(text));
  return m?.[1]
    ?.replace(/[.,;)\]]+$/, "")
    .replace(/\/(full|abstract|pdf)$/i, "")
    .toLowerCase();
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A title reduced to its letters and digits, lower-cased: quotes, punctuation and spacing do not count. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, "");
}

/**
 * Every key a citation is known by, strongest first: "arxiv:…", "doi:…",
 * "url:…", and "title:…" (only when there is no URL: a URL names a work more
 * surely than its title, which different pages can share).
 */
export function workKeys(citation: { url?: string; title?: string }): string[] {
  const keys: string[] = [];
  if (citation.url) {
    const arxiv = arxivId(citation.url);
    if (arxiv) keys.push(`arxiv:${arxiv}`);
    const doi = doiOf(citation.url);
    if (doi) keys.push(`doi:${doi}`);
    keys.push(`url:${normaliseUrl(citation.url)}`);
  } else if (citation.title) keys.push(`title:${normaliseTitle(citation.title)}`);
  return keys;
}
