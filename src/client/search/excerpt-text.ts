/**
 * Make a Pagefind excerpt read as whole sentences. Pagefind cuts a window of
 * words around the hits and joins a heading to the text after it with ". "; the
 * result shows the section title twice, starts and ends mid-sentence and keeps
 * symbols no reader sees on the page. Pure string functions (no DOM) over the
 * excerpt's HTML, which holds only text and <mark> around the hits.
 */

/** A run of excerpt text, inside a <mark> or not (entities left as Pagefind wrote them). */
export interface Run {
  text: string;
  mark: boolean;
}

/** Split an excerpt's HTML into runs; any tag other than <mark> is dropped. */
export function runsOf(html: string): Run[] {
  const runs: Run[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === "<mark>") mark = true;
    else if (part === "</mark>") mark = false;
    else {
      const text = part.replace(/<[^>]*>/g, "");
      if (text) runs.push({ text, mark });
    }
  }
  return runs;
}

export function htmlOf(runs: readonly Run[]): string {
  return runs.map((r) => (r.mark ? `<mark>${r.text}</mark>` : r.text)).join("");
}

const textOf = (runs: readonly Run[]) => runs.map((r) => r.text).join("");

/** The runs between two offsets of their text. */
function slice(runs: readonly Run[], from: number, to = Infinity): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(from - at, 0);
    const end = Math.min(to - at, run.text.length);
    if (end > start) out.push({ text: run.text.slice(start, end), mark: run.mark });
    at += run.text.length;
  }
  return out;
}

/** Whether any marked text lies between two offsets. */
function markedBetween(runs: readonly Run[], from: number, to: number): boolean {
  let at = 0;
  for (const run of runs) {
    if (run.mark && at < to && at + run.text.length > from) return true;
    at += run.text.length;
  }
  return false;
}

/**
 * Symbols the pages show only as decoration, marked aria-hidden there: the
 * footnotes' back-link arrow and the risk families' shapes (src/palette/colours.ts).
 * The templates keep them out of the index; this is for an index built before.
 */
const DECORATION = /[↩▬✚◆■▲●]\uFE0E?/g;

/** After a sentence's end: Chinese full stops, or Latin ones followed by a space. */
const SENTENCE_END = /[。！？]|[.!?](?=\s)/g;

function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length);
}

/** A Chinese heading joined to its text with ". " reads as a Chinese sentence end. */
const HAN_JOIN = /([\p{Script=Han}）」』”])\. ?/gu;

/**
 * The excerpt as whole sentences: without decorative symbols, without the
 * section title it repeats (`heading`), cut at sentence ends where that drops
 * no hit, and with "…" where a sentence still runs on.
 */
export function cleanExcerpt(html: string, heading?: string): string {
  let runs = joinedAsChinese(
    runsOf(html)
      .map((r) => ({ ...r, text: r.text.replace(DECORATION, "").replace(/\s+/g, " ") }))
      .filter((r) => r.text),
  );
  let text = textOf(runs);
  const lead = text.length - text.trimStart().length;
  runs = slice(runs, lead);
  text = text.trimStart();

  // The title as Pagefind repeats it: without the section's number ("2. ", "三、").
  const title = heading?.trim().replace(/^(\d+(\.\d+)*\.?|[一二三四五六七八九十]+、)\s*/, "");
  if (title && text.startsWith(title)) {
    const after = /^[.。:：]?\s*/.exec(text.slice(title.length))![0];
    if (after && text.length > title.length + after.length) {
      runs = slice(runs, title.length + after.length);
      text = textOf(runs);
    }
  }

  // Drop a broken first sentence if it holds no hit and enough text is left.
  const ends = sentenceEnds(text);
  const first = ends[0];
  if (first !== undefined && first < text.length && !markedBetween(runs, 0, first)) {
    const rest = text.slice(first).trimStart();
    if (rest.length >= 20 && !startsSentence(text)) {
      runs = slice(runs, text.length - rest.length);
      text = textOf(runs);
    }
  }
  // Drop a broken last sentence likewise; otherwise say that it runs on.
  const trimmed = text.trimEnd();
  if (!endsSentence(trimmed)) {
    const last = sentenceEnds(trimmed).at(-1);
    if (last !== undefined && last >= 20 && !markedBetween(runs, last, trimmed.length)) {
      runs = slice(runs, 0, last);
    } else {
      runs = [...slice(runs, 0, trimmed.length), { text: "…", mark: false }];
    }
  } else {
    runs = slice(runs, 0, trimmed.length);
  }
  return htmlOf(runs);
}

/** HAN_JOIN over runs: a join right after a marked word starts the next run. */
function joinedAsChinese(runs: Run[]): Run[] {
  let before = "";
  return runs.map((r) => {
    let text = r.text.replace(HAN_JOIN, "$1。");
    if (/^\. ?/.test(text) && /[\p{Script=Han}）」』”]$/u.test(before)) text = text.replace(/^\. ?/, "。");
    before = text;
    return { ...r, text };
  });
}

function endsSentence(text: string): boolean {
  return /[。！？.!?…”」』）)]$/.test(text);
}

/** Text that begins with a capital or a Chinese character may begin a sentence; a lower-case word does not. */
function startsSentence(text: string): boolean {
  return /^[“「《(（]?[\p{Lu}\d]/u.test(text) && !/^[\p{Script=Han}]/u.test(text);
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Plain text (a glossary definition) as excerpt HTML, with the query's words marked. */
export function markWords(text: string, words: readonly string[]): string {
  const wanted = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return escapeHtml(text);
  const pattern = new RegExp(wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
  let out = "";
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(at, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    at = m.index! + m[0].length;
  }
  return out + escapeHtml(text.slice(at));
}
