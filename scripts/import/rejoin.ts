/**
 * Undo PDF-extraction damage at the line level: stray page numbers, words split
 * one glyph per line, and sentences wrapped onto the next line (often with a blank
 * line in between). Pure functions over arrays of lines so each rule is testable.
 */

const TERMINAL = /[。！？；：…」』”’）)\].!?;:：]$/u;
const CJK = /[\p{Script=Han}]/u;
const BULLET = /^\s*(?:[●○•▪◦\-*]|\d+[.)、])\s/u;
const URL = /^\s*https?:\/\//;
const CLOSING_PUNCT = /^[，。、；：！？）」』”’,;:)]/u;
/** A figure caption such as "GPT-4 System Card (OpenAI, 2023)". */
const CAPTION = /\([^()]*\b(?:19|20)\d{2}[a-z]?\)\s*$/;

/** A line holding only a slide/page number, e.g. "11", or "3333" (page 33 printed twice). */
export function isPageNumberLine(line: string): boolean {
  const t = line.trim();
  return /^\d{1,3}$/.test(t) || /^(\d{1,2})\1$/.test(t);
}

/**
 * Remove stray page numbers: standalone number lines and a number left after the
 * final punctuation of a line ("…选择。 58").
 */
export function dropPageNumbers(lines: readonly string[]): string[] {
  return lines.filter((l) => !isPageNumberLine(l)).map((l) => l.replace(/([。！？.!?])\s+\d{1,3}\s*$/u, "$1"));
}

/**
 * Strip a page number fused to the start of a slide title ("6涌现能力" → "涌现能力").
 * Only 1–2 digits directly before a Han character that is not a counting unit, so
 * "2023年" and "3个月" survive.
 */
export function stripFusedPageNumber(line: string): string {
  return line.replace(/^(\s?)\d{1,2}(?=\p{Script=Han})(?![年月日号个位倍种项条次层类%])/u, "$1");
}

/** Join glyphs printed one per line by vertical text ("潜","在","伤","害" → "潜在伤害"). */
export function joinVerticalText(lines: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(run.join(""));
    else out.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (/^\p{Script=Han}$/u.test(line.trim())) run.push(line.trim());
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

export interface RejoinOptions {
  /** A line at least this long that ends mid-sentence is taken as wrapped. */
  minWrapLength?: number;
}

function joinPair(a: string, b: string): string {
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  const lastA = left.slice(-1);
  const firstB = right.slice(0, 1);
  // Han text has no spaces between words; Latin words need one.
  const needsSpace = /[A-Za-z0-9]/.test(lastA) && /[A-Za-z0-9]/.test(firstB);
  return left + (needsSpace ? " " : "") + right;
}

function canContinue(line: string): boolean {
  const t = line.trim();
  return t !== "" && !BULLET.test(line) && !URL.test(line) && !isPageNumberLine(line) && !CAPTION.test(t);
}

function endsMidSentence(line: string): boolean {
  const t = line.trimEnd();
  if (t === "" || URL.test(t) || CAPTION.test(t)) return false;
  return !TERMINAL.test(t) && (CJK.test(t.slice(-1)) || /[A-Za-z0-9,，、]$/.test(t));
}

/**
 * Rejoin sentences that PDF extraction wrapped onto the next line, possibly
 * across one or more blank lines. A join happens when the next non-blank line
 * starts with closing punctuation, or when the previous line is long, ends
 * mid-sentence and the next line is ordinary text (not a bullet, URL, caption).
 */
export function rejoinLines(lines: readonly string[], options: RejoinOptions = {}): string[] {
  const minWrap = options.minWrapLength ?? 30;
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let current = lines[i]!;
    i++;
    for (;;) {
      let j = i;
      while (j < lines.length && lines[j]!.trim() === "") j++;
      if (j >= lines.length) break;
      const next = lines[j]!;
      const punctuationWrap = CLOSING_PUNCT.test(next.trim()) && current.trim() !== "";
      const lengthWrap = endsMidSentence(current) && [...current.trim()].length >= minWrap && canContinue(next);
      if (!punctuationWrap && !lengthWrap) break;
      current = joinPair(current, next);
      i = j + 1;
    }
    out.push(current);
  }
  return out;
}
