/**
 * Footnotes written with Unicode superscript digits (¹²³) become MDX/GFM
 * footnotes: in-text markers become [^n] references and definition lines
 * ("¹ text") become "[^n]: text" definitions, moved to the end of the text so a
 * sentence the page break split in two can be joined again.
 */

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  "\u2070": "0",
  "\u00B9": "1",
  "\u00B2": "2",
  "\u00B3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
};
const SUPERSCRIPT_RUN = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+/gu;

/** "¹³⁶" → 136 */
export function superscriptToNumber(run: string): number {
  return Number([...run].map((c) => SUPERSCRIPT_DIGITS[c] ?? "").join(""));
}

export interface FootnoteOptions {
  /** Source numbers that are misprints, mapped to the intended number (002: ²¹ → 2). */
  renumber?: Readonly<Record<number, number>>;
}

/** A footnote definition line: a superscript number at the start, then the text. */
const DEFINITION = /^\s*([\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+)\s*(.*)$/u;

function label(n: number, options: FootnoteOptions): number {
  return options.renumber?.[n] ?? n;
}

/**
 * Convert footnotes in a list of lines. Definition lines (and URL lines that
 * continue them) are removed from the flow and appended, in number order, at the
 * end. Paragraphs separated only by a removed definition are joined when the first
 * one ends mid-sentence.
 */
export function convertFootnotes(lines: readonly string[], options: FootnoteOptions = {}): string[] {
  const body: string[] = [];
  const definitions = new Map<number, string>();
  let splitPoint = -1; // index in body where a definition interrupted the text
  const at = (k: number): string => lines[k] ?? "";
  for (let i = 0; i < lines.length; i++) {
    const m = DEFINITION.exec(at(i));
    if (m && m[2]!.trim() !== "") {
      const n = label(superscriptToNumber(m[1]!), options);
      let text = m[2]!.trim();
      // Definitions wrap onto URL lines after a blank line: "…，" / "" / "http://….htm."
      let j = i + 1;
      while (j + 1 < lines.length && at(j).trim() === "" && /^\s*<?https?:\/\//.test(at(j + 1))) {
        text += " " + at(j + 1).trim();
        j += 2;
      }
      if (definitions.has(n)) throw new Error(`footnote ${n} is defined twice`);
      definitions.set(n, text);
      while (body.length && body.at(-1)!.trim() === "") body.pop();
      splitPoint = body.length;
      i = j - 1;
      // Skip blank lines after the definition; the join below decides the spacing.
      while (i + 1 < lines.length && at(i + 1).trim() === "") i++;
      continue;
    }
    const converted = at(i).replace(SUPERSCRIPT_RUN, (run) => `[^${label(superscriptToNumber(run), options)}]`);
    if (splitPoint === body.length && splitPoint > 0) {
      const prev = body[splitPoint - 1]!;
      if (/[\p{Script=Han}A-Za-z0-9，,]$/u.test(prev.trimEnd()) && converted.trim() !== "") {
        body[splitPoint - 1] = prev.trimEnd() + converted.trimStart();
        splitPoint = -1;
        continue;
      }
      body.push("");
    }
    splitPoint = -1;
    body.push(converted);
  }
  if (definitions.size) {
    while (body.length && body.at(-1)!.trim() === "") body.pop();
    body.push("");
    for (const n of [...definitions.keys()].sort((a, b) => a - b)) {
      body.push(`[^${n}]: ${definitions.get(n)}`, "");
    }
    body.pop();
  }
  return body;
}
