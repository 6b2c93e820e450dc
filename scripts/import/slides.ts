/**
 * Slide structure for PDF-extracted slide decks (seed 000): every slide ends in
 * a block of URLs, repeats a chapter footer, marks bullets with ● and ○, and
 * often prints its figure captions before its title. Pure functions over lines,
 * each tested on real seed lines.
 */

const URL_LINE = /^\s*https?:\/\/\S+\s*$/;
/** A caption's source: "(Wei, 2022)", "GPT-4 System Card (OpenAI, 2023)". */
const CAPTION_SOURCE = /\([^()]*\b(?:19|20)\d{2}[a-z]?\)\s*$/;
/** "一  前沿大模型的趋势预测：技术解读｜扩展预测", repeated at the foot of each slide of a part. */
const FOOTER = /^\s*[一二三四五]\s+前沿大模型的[^：:]+[：:][^。]+$/u;

export function isUrlLine(line: string): boolean {
  return URL_LINE.test(line);
}

/** The chapter footer a slide repeats (after normalization of ⼀ → 一). */
export function isChapterFooter(line: string): boolean {
  return FOOTER.test(line);
}

export function dropChapterFooters(lines: readonly string[]): string[] {
  return lines.filter((l) => !isChapterFooter(l));
}

/** "● a" → "- a", "○ b" → "  - b": the deck's two bullet levels as a nested Markdown list. */
export function bulletsToMarkdown(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/^\s*●\s*/u, "- ").replace(/^\s*○\s*/u, "  - "));
}

/**
 * The deck's outline bullets separate items with blank lines; inside a list
 * those blanks would make Markdown a "loose" list, so drop blanks between items.
 */
export function tightenLists(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") {
      const prev = out[out.length - 1] ?? "";
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === "") j++;
      const next = lines[j] ?? "";
      if (/^\s*- /.test(prev) && /^\s*- /.test(next)) continue;
    }
    out.push(line);
  }
  return out;
}

export interface Slide {
  /** Text lines of the slide, URLs removed. */
  body: string[];
  /** The slide's URL block, in order, as printed. */
  urls: string[];
}

/** Cut a run of lines into slides: each slide ends with its block of URL lines. */
export function splitSlides(lines: readonly string[]): Slide[] {
  const slides: Slide[] = [];
  let body: string[] = [];
  let urls: string[] = [];
  const flush = () => {
    if (body.some((l) => l.trim() !== "") || urls.length) slides.push({ body, urls });
    body = [];
    urls = [];
  };
  for (const line of lines) {
    if (isUrlLine(line)) urls.push(line.trim());
    else {
      if (urls.length && line.trim() !== "") flush();
      body.push(line);
    }
  }
  flush();
  return slides;
}

/** Blank-line separated groups of lines. */
function groups(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

export interface SlideParts {
  /** The slide's title line, or undefined when the slide has none. */
  title?: string;
  /** Caption groups (label lines and their "(Author, Year)" source). */
  captions: string[][];
  /** Everything else, in order. */
  rest: string[];
}

/**
 * Separate a slide's leading figure captions from its title. Extraction prints
 * captions first ("LLM Powered Autonomous Agents" / "(Weng, 2023)", then the
 * title); a group of lines whose last line ends in an (Author, Year) source is
 * a caption, and the first group that is not one starts with the title.
 */
export function separateCaptions(body: readonly string[]): SlideParts {
  const all = groups(body);
  const captions: string[][] = [];
  let k = 0;
  while (k < all.length && CAPTION_SOURCE.test(all[k]!.at(-1)!.trim())) captions.push(all[k++]!);
  const remaining = all.slice(k);
  const first = remaining[0];
  if (!first) return { captions, rest: [] };
  const [title, ...after] = first;
  const rest = [after, ...remaining.slice(1)].filter((g) => g.length).flatMap((g) => [...g, ""]);
  while (rest.length && rest[rest.length - 1] === "") rest.pop();
  return { title: title!.trim(), captions, rest };
}

/**
 * Google's redirect wrapper ("https://www.google.com/url?q=TARGET&sa=D…") →
 * TARGET. Any other URL is returned unchanged.
 */
export function unwrapGoogleRedirect(url: string): string {
  try {
    const u = new URL(url);
    if (/(^|\.)google\.[a-z.]+$/.test(u.hostname) && u.pathname === "/url") {
      const target = u.searchParams.get("q") ?? u.searchParams.get("url");
      if (target && /^https?:\/\//.test(target)) return target;
    }
  } catch {
    // not a URL: leave it to the caller's checks
  }
  return url;
}

/** A slide's sources: redirects unwrapped, duplicates removed, first-seen order kept. */
export function sourceUrls(urls: readonly string[]): string[] {
  return [...new Set(urls.map((u) => unwrapGoogleRedirect(u.trim())))];
}
