import { describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { readCorrections } from "../../src/forum/paths.ts";
import { FIX_CLASS, ORIGINAL_CLASS } from "../../src/forum/corrections.ts";
import { findAll, hasClass, isEditorNote, renderTalk, textOf } from "./render-talk.ts";

/**
 * The corrections of every forum event, checked on the real transcripts as the
 * site renders them: each recognition error is gone from the Chinese text a reader
 * sees (replaced and marked), and each English form is there to be marked.
 */
const ROOT = "content/forum";
const events = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

describe.each(events)("corrections of %s", (event) => {
  const dir = `${ROOT}/${event}`;
  const corrections = readCorrections(dir);
  const rendered = new Map<string, ReturnType<typeof renderTalk>>();
  const talk = (lang: string, slug: string) => {
    const path = `${dir}/${lang}/${slug}.mdx`;
    if (!rendered.has(path)) rendered.set(path, renderTalk(path));
    return rendered.get(path)!;
  };

  it("every correction says why it is safe (evidence, and a note for readers in both languages) and where it applies", () => {
    for (const c of corrections) {
      expect(c.evidence.trim(), c.wrong).not.toBe("");
      expect(c.note.zh, c.wrong).toMatch(/\p{Script=Han}/u);
      expect(c.note.en, c.wrong).toMatch(/[A-Za-z]/);
      expect(`${c.note.zh} ${c.note.en}`, c.wrong).not.toMatch(/seed\s*\d{3}|\bL\d{2,}/i);
      expect(c.wrong.trim(), c.wrong).not.toBe("");
      expect(c.talks.length, c.wrong).toBeGreaterThan(0);
    }
  });

  it.each(corrections.map((c) => [`${c.wrong} → ${c.right}`, c] as const))("%s", (_name, c) => {
    for (const slug of c.talks) {
      expect(
        existsSync(`${dir}/zh/${slug}.mdx`) && existsSync(`${dir}/en/${slug}.mdx`),
        `${slug} exists in both languages`,
      ).toBe(true);
      // zh: the reader sees no unmarked recognition error; the marks carry the original.
      const zh = talk("zh", slug);
      const unmarked = textOf(zh, (n) => hasClass(n as never, FIX_CLASS) || isEditorNote(n));
      expect(unmarked.includes(c.wrong), `"${c.wrong}" unmarked in zh/${slug}.mdx`).toBe(false);
      const originals = findAll(zh, (el) => hasClass(el, ORIGINAL_CLASS)).map((el) => textOf(el));
      expect(
        originals.some((o) => o.includes(c.wrong)),
        `a mark in zh/${slug}.mdx shows "${c.wrong}"`,
      ).toBe(true);
      // en: the corrected form is in the translation, and marked.
      const en = talk("en", slug);
      expect(textOf(en, isEditorNote).includes(c.en), `"${c.en}" in en/${slug}.mdx`).toBe(true);
      const shown = findAll(en, (el) => hasClass(el, FIX_CLASS)).map((el) =>
        textOf(el, (n) => hasClass(n as never, ORIGINAL_CLASS)),
      );
      expect(
        shown.some((s) => s.includes(c.en)),
        `"${c.en}" marked in en/${slug}.mdx`,
      ).toBe(true);
    }
  });
});
