/**
 * Synthetic copies of the reports for the scale benchmark (scripts/bench/scale.ts).
 * Pure and deterministic: text in, text out, seeded by the copy number and a
 * salt the caller passes (the chapter's path), with no file-system access.
 *
 * A copy keeps everything the content check compares between languages and
 * everything that carries meaning for the build — frontmatter, headings and
 * their ids, lists, tables, components, footnote definitions — line for line.
 * Only plain top-level paragraphs change:
 *  - sentences are reshuffled within each paragraph, independently per language
 *    (Chinese splits on 。！？, English on sentence ends); a sentence holding a
 *    link to another page or a component stays in place, so the order of links
 *    and components (which the check compares) is unchanged, and so do a bold
 *    lead-in (a passage's search label) and an unfinished last sentence (“…如下：”);
 *  - within a run of consecutive plain paragraphs, the movable ones are rotated
 *    by k, with the same rotation in both languages, and only where the two
 *    languages' runs line up (same lengths, same passage ids, same pinned places).
 * A paragraph keeps its trailing id marker (` \{#id\}`), so passages keep their
 * ids; glossary terms are plain words and stay as they are.
 */
import { parseDocument } from "yaml";

export type Lang = "zh" | "en";

/** mulberry32: a small, fast 32-bit seeded generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any parts (FNV-1a over their joined text). */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The folder name of synthetic copy k of a report. */
export function copyId(reportId: string, k: number): string {
  return `${reportId}-x${k}`;
}

// ---------------------------------------------------------------------------
// Sentences

/** A paragraph's trailing explicit-id marker, as written in MDX: ` \{#id\}`. */
const ID_MARKER = /\s*\\\{#[^{}]*\\\}\s*$/;
const ZH_END = new Set(["。", "！", "？"]);
const EN_END = new Set([".", "!", "?"]);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", '"', "'", "]"]);
const OPENERS: Record<string, string> = { "“": "”", "（": "）", "「": "」", "『": "』", "(": ")" };
/** Words before a full stop that do not end an English sentence. */
const ABBREVIATIONS = new Set(
  "e.g i.e etc al vs cf dr mr ms mrs prof no nos fig figs st inc ltd co jr sr approx u.s u.k e.u p pp vol ed eds op jan feb mar apr jun jul aug sep sept oct nov dec"
    .split(" ")
    .map((w) => w.toLowerCase()),
);

/** One piece of a paragraph: an inline construct that is never split, or one character. */
interface Token {
  text: string;
  atom: boolean;
}

/** Index just past the bracket that closes the one at `start` (nesting counted), or -1. */
function matchBracket(s: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Split a line into tokens: links, footnote references, inline components and
 * HTML, inline code, emphasis and escapes are atoms; everything else is one
 * character a token.
 */
function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const atom = (end: number) => {
    out.push({ text: s.slice(i, end), atom: true });
    i = end;
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) {
      atom(i + 2);
      continue;
    }
    if (c === "[") {
      const close = matchBracket(s, i, "[", "]");
      if (close > 0) {
        const end = s[close] === "(" ? matchBracket(s, close, "(", ")") : close;
        if (end > 0) {
          atom(end);
          continue;
        }
      }
    }
    if (c === "`") {
      const run = /^`+/.exec(s.slice(i))![0];
      const end = s.indexOf(run, i + run.length);
      if (end > 0) {
        atom(end + run.length);
        continue;
      }
    }
    if (c === "<" && /[A-Za-z/]/.test(s[i + 1] ?? "")) {
      const tag = /^<([A-Za-z][\w.]*)[^>]*?(\/?)>/.exec(s.slice(i));
      if (tag) {
        if (tag[2] === "/") {
          atom(i + tag[0].length);
          continue;
        }
        const closing = `</${tag[1]}>`;
        const end = s.indexOf(closing, i + tag[0].length);
        if (end > 0) {
          atom(end + closing.length);
          continue;
        }
        atom(i + tag[0].length);
        continue;
      }
    }
    if (c === "*" || c === "_") {
      const run = new RegExp(`^\\${c}+`).exec(s.slice(i))![0];
      // Emphasis opens before a non-space; "_" only at a word start (snake_case is text).
      const opens = !/\s/.test(s[i + run.length] ?? " ") && (c === "*" || !/\w/.test(s[i - 1] ?? ""));
      const end = opens ? s.indexOf(run, i + run.length) : -1;
      if (end > 0) {
        atom(end + run.length);
        continue;
      }
    }
    out.push({ text: c, atom: false });
    i++;
  }
  return out;
}

/** The visible text of an emphasis atom without its markers ("**a。**" → "a。"). */
function emphasisInner(text: string): string | undefined {
  const m = /^([*_]+)([\s\S]*)\1$/.exec(text);
  return m ? m[2] : undefined;
}

function endsSentence(text: string, lang: Lang): boolean {
  const ends = lang === "zh" ? ZH_END : EN_END;
  let j = text.length - 1;
  while (j >= 0 && CLOSERS.has(text[j]!)) j--;
  return j >= 0 && ends.has(text[j]!);
}

/** An English full stop after an abbreviation or an initial ("et al.", "Y. Bengio") ends nothing. */
function abbreviationBefore(sentence: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(sentence)?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word);
}

/** Can an English sentence start here (after a sentence end and a space)? */
function startsEnSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return t.atom || /[A-Z0-9“"‘'(\p{Script=Han}]/u.test(t.text);
}

function splitWith(paragraph: string, lang: Lang, trackQuotes: boolean): { sentences: string[]; balanced: boolean } {
  const tokens = tokenize(paragraph);
  const sentences: string[] = [];
  let current = "";
  const stack: string[] = [];
  const ends = lang === "zh" ? ZH_END : EN_END;
  let i = 0;
  const flush = () => {
    if (current.trim()) sentences.push(current.trim());
    current = "";
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    current += t.text;
    i++;
    if (!t.atom && trackQuotes) {
      if (OPENERS[t.text]) stack.push(OPENERS[t.text]!);
      else if (stack.length && t.text === stack[stack.length - 1]) stack.pop();
    }
    const inner = t.atom ? emphasisInner(t.text) : undefined;
    // A sentence end, or a closing quote after one once the quote is closed (“……。”).
    const isEnd = t.atom
      ? inner !== undefined && endsSentence(inner, lang)
      : ends.has(t.text) || (CLOSERS.has(t.text) && endsSentence(current, lang));
    if (!isEnd || (trackQuotes && stack.length)) continue;
    // Closing quotes and brackets, then footnote references and components right after, belong to this sentence.
    while (i < tokens.length && !tokens[i]!.atom && CLOSERS.has(tokens[i]!.text)) {
      if (trackQuotes && stack.length && tokens[i]!.text === stack[stack.length - 1]) stack.pop();
      current += tokens[i]!.text;
      i++;
    }
    if (trackQuotes && stack.length) continue;
    for (;;) {
      let j = i;
      while (j < tokens.length && tokens[j]!.text === " ") j++;
      const next = tokens[j];
      if (next?.atom && (next.text.startsWith("[^") || next.text.startsWith("<"))) {
        current += tokens
          .slice(i, j + 1)
          .map((x) => x.text)
          .join("");
        i = j + 1;
      } else break;
    }
    if (lang === "en") {
      if (tokens[i] && tokens[i]!.text !== " ") continue;
      if (t.text === "." && abbreviationBefore(current.trimEnd().replace(/[”’)"'\]]+$/, ""))) continue;
      let j = i;
      while (j < tokens.length && tokens[j]!.text === " ") j++;
      if (j < tokens.length && !startsEnSentence(tokens, j)) continue;
    }
    flush();
  }
  flush();
  return { sentences, balanced: stack.length === 0 };
}

/**
 * Split one paragraph (without its id marker) into sentences. Links, footnote
 * references, components, code and emphasis are never split; a sentence keeps
 * the closing quotes, footnote references and inline components that follow its
 * end. A sentence end inside “quotes” or （brackets） ends nothing, unless the
 * quotes do not balance.
 */
export function splitSentences(paragraph: string, lang: Lang): string[] {
  const tracked = splitWith(paragraph, lang, true);
  return tracked.balanced ? tracked.sentences : splitWith(paragraph, lang, false).sentences;
}

function joinSentences(sentences: readonly string[], lang: Lang): string {
  return sentences.join(lang === "zh" ? "" : " ");
}

/** A link to another page or section of the site (the content check compares their order). */
function hasRelativeLink(text: string): boolean {
  for (const m of text.matchAll(/\]\(([^)\s]*)/g)) if (!/^[a-z][a-z0-9+.-]*:/i.test(m[1]!)) return true;
  return false;
}

/** Starts that would make a paragraph line something else (a list, heading, table, footnote, component…). */
const UNSAFE_START = /^(\s|#|>|\||<|\{|[-+*](\s|$)|\d+[.)](\s|$)|\[\^[^\]]*\]:|import\s|export\s|---|===|```|~~~)/;

/** Fisher–Yates over the free places; the pinned ones stay. */
function permuteFree<T>(items: readonly T[], pinned: readonly boolean[], rng: () => number): T[] {
  const free = items.map((_, i) => i).filter((i) => !pinned[i]);
  const values = free.map((i) => items[i]!);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  const out = [...items];
  free.forEach((at, n) => (out[at] = values[n]!));
  return out;
}

/**
 * Reshuffle the sentences of one plain paragraph line; the id marker stays at
 * the end. A paragraph of one sentence, or whose sentences are all pinned, is
 * returned as it is.
 */
export function shuffleParagraph(line: string, lang: Lang, rng: () => number): string {
  const marker = ID_MARKER.exec(line);
  const body = marker ? line.slice(0, marker.index) : line;
  const suffix = marker ? marker[0] : "";
  const sentences = splitSentences(body, lang);
  if (sentences.length < 2) return line;
  const pinned = sentences.map(
    (s, i) =>
      hasRelativeLink(s) ||
      /<[A-Za-z]/.test(s) ||
      (i === 0 && /^(\*\*|__)/.test(s)) ||
      (i === sentences.length - 1 && !endsSentence(s.replace(/(\s*(\[\^[^\]]+\]|<[\s\S]*>))+$/, ""), lang)),
  );
  if (pinned.filter((p) => !p).length < 2) return line;
  const same = (xs: readonly string[]) => xs.every((x, i) => x === sentences[i]);
  for (let attempt = 0; attempt < 12; attempt++) {
    const next = permuteFree(sentences, pinned, rng);
    if (same(next) || UNSAFE_START.test(next[0]!)) continue;
    return joinSentences(next, lang) + suffix;
  }
  return line;
}

// ---------------------------------------------------------------------------
// Chapters

interface Block {
  /** Line index. */
  line: number;
  /** A top-level, one-line plain paragraph that may be reshuffled and moved. */
  plain: boolean;
}

/** Lines of a chapter grouped into blocks (runs of non-blank lines), with the plain paragraphs marked. */
function blocks(lines: readonly string[]): Block[] {
  const kind: ("blank" | "fixed" | "text")[] = [];
  let i = 0;
  if (lines[0] === "---") {
    const close = lines.indexOf("---", 1);
    for (; i <= close; i++) kind.push("fixed");
  }
  let fence: string | undefined;
  const jsx: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      kind.push("fixed");
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      fence = f[1];
      kind.push("fixed");
      continue;
    }
    const open = /^\s*<([A-Za-z][\w.]*)(?=[\s>/]|$)/.exec(line);
    const close = /^\s*<\/([A-Za-z][\w.]*)\s*>/.exec(line);
    if (jsx.length) {
      kind.push("fixed");
      if (close && close[1] === jsx[jsx.length - 1]) jsx.pop();
      else if (open && !/\/>\s*$/.test(line) && !line.includes(`</${open[1]}>`)) jsx.push(open[1]!);
      continue;
    }
    if (open) {
      kind.push("fixed");
      if (!/\/>\s*$/.test(line) && !line.includes(`</${open[1]}>`)) jsx.push(open[1]!);
      continue;
    }
    kind.push(line.trim() === "" ? "blank" : "text");
  }
  const out: Block[] = [];
  for (let j = 0; j < lines.length; j++) {
    if (kind[j] === "blank") continue;
    let end = j;
    while (end + 1 < lines.length && kind[end + 1] !== "blank") end++;
    const one = end === j && kind[j] === "text" && !UNSAFE_START.test(lines[j]!);
    out.push({ line: j, plain: one });
    j = end;
  }
  return out;
}

/** Runs of plain paragraphs that follow each other with nothing but blank lines between: line numbers. */
function plainRuns(lines: readonly string[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const b of blocks(lines)) {
    if (b.plain) run.push(b.line);
    else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** What must not change when a paragraph moves: its passage id, and whether it may move at all. */
function paragraphSignature(line: string): { id: string; pinned: boolean } {
  const id = /\\\{#([^{}]*)\\\}\s*$/.exec(line)?.[1] ?? "";
  return { id, pinned: hasRelativeLink(line) || /<[A-Za-z]/.test(line) };
}

/** Reshuffle the sentences of every plain paragraph of one chapter in one language. */
export function synthesizeChapter(text: string, lang: Lang, k: number, salt = ""): string {
  const lines = text.split("\n");
  for (const b of blocks(lines)) {
    if (!b.plain) continue;
    lines[b.line] = shuffleParagraph(lines[b.line]!, lang, mulberry32(hashSeed("sentences", salt, lang, k, b.line)));
  }
  return lines.join("\n");
}

/**
 * Synthetic copy k of one chapter in both languages: sentences reshuffled in
 * each, and runs of plain paragraphs rotated by k in both where the languages'
 * runs line up. Returns the two texts, how many runs were rotated, and how many
 * plain paragraph lines there are (both languages) and how many now read differently.
 */
export function synthesizeChapterPair(
  zh: string,
  en: string,
  k: number,
  salt = "",
): { zh: string; en: string; rotatedRuns: number; plain: number; changed: number } {
  const zhLines = zh.split("\n");
  const enLines = en.split("\n");
  const zhRuns = plainRuns(zhLines);
  const enRuns = plainRuns(enLines);
  const rotations: { zh: number[]; en: number[]; pinned: boolean[] }[] = [];
  const aligned =
    zhRuns.length === enRuns.length &&
    zhRuns.every((run, r) => {
      const other = enRuns[r]!;
      if (run.length !== other.length) return false;
      const a = run.map((l) => paragraphSignature(zhLines[l]!));
      const b = other.map((l) => paragraphSignature(enLines[l]!));
      return a.every((s, i) => s.id === b[i]!.id && s.pinned === b[i]!.pinned);
    });
  if (aligned) {
    zhRuns.forEach((run, r) => {
      const pinned = run.map((l) => paragraphSignature(zhLines[l]!).pinned);
      if (pinned.filter((p) => !p).length >= 2) rotations.push({ zh: run, en: enRuns[r]!, pinned });
    });
  }
  const rotate = (lines: string[], run: number[], pinned: boolean[]) => {
    const free = run.filter((_, i) => !pinned[i]);
    const texts = free.map((l) => lines[l]!);
    const by = k % texts.length;
    free.forEach((l, i) => (lines[l] = texts[(i + by) % texts.length]!));
  };
  let rotatedRuns = 0;
  for (const r of rotations) {
    const free = r.pinned.filter((p) => !p).length;
    if (k % free === 0) continue;
    rotate(zhLines, r.zh, r.pinned);
    rotate(enLines, r.en, r.pinned);
    rotatedRuns++;
  }
  const out = {
    zh: synthesizeChapter(zhLines.join("\n"), "zh", k, salt),
    en: synthesizeChapter(enLines.join("\n"), "en", k, salt),
  };
  let plain = 0;
  let changed = 0;
  for (const [before, after] of [
    [zh, out.zh],
    [en, out.en],
  ] as const) {
    const a = before.split("\n");
    const b = after.split("\n");
    for (const block of blocks(a).filter((x) => x.plain)) {
      plain++;
      if (a[block.line] !== b[block.line]) changed++;
    }
  }
  return { ...out, rotatedRuns, plain, changed };
}

// ---------------------------------------------------------------------------
// Reports

/**
 * report.yaml of copy k: titles suffixed (“ · 合成副本 k” / “ · synthetic copy k”)
 * and the citation key made unique; comments and every other field kept.
 */
export function synthesizeReportYaml(source: string, k: number): string {
  const doc = parseDocument(source, { version: "1.1" });
  for (const field of ["title", "shortTitle"]) {
    const zh = doc.getIn([field, "zh"]);
    const en = doc.getIn([field, "en"]);
    if (typeof zh === "string") doc.setIn([field, "zh"], `${zh} · 合成副本 ${k}`);
    if (typeof en === "string") doc.setIn([field, "en"], `${en} · synthetic copy ${k}`);
  }
  const key = doc.getIn(["citation", "key"]);
  if (typeof key === "string") doc.setIn(["citation", "key"], `${key}x${k}`);
  return doc.toString({ lineWidth: 0 });
}
