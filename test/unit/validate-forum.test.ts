import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { validateContent } from "../../scripts/validate/index.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../helpers/content-fixture.ts";

/**
 * The content check on forum content: a small valid event (test/fixtures/forum)
 * with one deliberate fault at a time, as an editor might make it.
 */
const EVENT = "content/forum/demo-forum";
const TALK = "zhang-yaqin-keynote";
const contentWith = (fault: Parameters<typeof fixture>[1]) => fixture("test/fixtures/forum/content", fault, "..");

afterEach(removeFixtures);

describe("forum content check", () => {
  it("passes on a sound event", async () => {
    expect(await validateContent("test/fixtures/forum/content")).toEqual([]);
  });

  it("a talk listing an unknown speaker: names the file and the field", async () => {
    const root = contentWith((p) =>
      edit(p(`${EVENT}/zh/${TALK}.mdx`), "{ id: zhang-yaqin, role: speaker }", "{ id: zhang-ya-qin, role: speaker }"),
    );
    expect(messages(await validateContent(root))).toContain(
      `${EVENT}/zh/${TALK}.mdx: speakers.1.id: unknown speaker "zhang-ya-qin"; add them to content/speakers.yaml or fix the id`,
    );
  });

  it("<Speaker id> naming nobody in speakers.yaml: names the file and the line", async () => {
    const root = contentWith((p) =>
      edit(p(`${EVENT}/en/${TALK}.mdx`), '<Speaker id="zhang-yaqin" />', '<Speaker id="ya-qin-zhang" />'),
    );
    expect(messages(await validateContent(root))).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${EVENT}/en/${TALK}\\.mdx:\\d+: <Speaker id="ya-qin-zhang">: no such person in content/speakers\\.yaml$`,
        ),
      ),
    );
  });

  it("<Speaker id> of someone not in the talk's speakers list", async () => {
    const root = contentWith((p) =>
      edit(p(`${EVENT}/zh/${TALK}.mdx`), '<Speaker id="zhang-yaqin" />', '<Speaker id="unidentified-official" />'),
    );
    const m = messages(await validateContent(root)).join("\n");
    expect(m).toMatch(
      /zh\/zhang-yaqin-keynote\.mdx:\d+: <Speaker id="unidentified-official"> is not in this talk's speakers list/,
    );
    // …and the two languages no longer agree on who speaks where.
    expect(m).toMatch(
      /en\/zhang-yaqin-keynote\.mdx: components differ from .*: only in zh: Speaker:unidentified-official; only in en: Speaker:zhang-yaqin/,
    );
  });

  it("a bad frontmatter value: names the file and the field", async () => {
    const root = contentWith((p) => edit(p(`${EVENT}/en/${TALK}.mdx`), "kind: keynote", "kind: speech"));
    expect(messages(await validateContent(root)).join("\n")).toMatch(
      new RegExp(
        `${EVENT}/en/${TALK}\\.mdx: kind: Invalid enum value\\. Expected 'keynote' \\| 'roundtable' \\| 'fireside' \\| 'talk', received 'speech'`,
      ),
    );
  });

  it("a correction without evidence: names the file and the field", async () => {
    const root = contentWith((p) =>
      edit(p(`${EVENT}/corrections.yaml`), /  evidence: 主要嘉宾介绍 lists 张亚勤.*\n/, ""),
    );
    expect(messages(await validateContent(root))).toContain(`${EVENT}/corrections.yaml: 0.evidence: Required`);
  });

  it("a correction whose reader's note lacks a language: names the file, the entry and the language", async () => {
    const root = contentWith((p) => edit(p(`${EVENT}/corrections.yaml`), /    zh: 嘉宾名单列有高文.*\n/, ""));
    expect(messages(await validateContent(root))).toContain(`${EVENT}/corrections.yaml: 1.note.zh: Required`);
  });

  it("a reader's note with a seed or line reference: names the file, the entry and the reference", async () => {
    const root = contentWith((p) => {
      edit(p(`${EVENT}/corrections.yaml`), "（清华大学智能产业研究院院长）。", "（seed 004 第36行）。");
      edit(
        p(`${EVENT}/corrections.yaml`),
        "Laboratory, who spoke just before.",
        "Laboratory, who spoke just before (L79-107).",
      );
      edit(p(`${EVENT}/corrections.yaml`), "主要嘉宾介绍 lists 张亚勤", "主要嘉宾介绍 (seed 004 L36) lists 张亚勤");
    });
    const m = messages(await validateContent(root));
    expect(m).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${EVENT}/corrections\\.yaml: 0\\.note\\.zh: the note on "张雅琴" contains the line reference "seed 004"`,
        ),
      ),
    );
    expect(m).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${EVENT}/corrections\\.yaml: 1\\.note\\.en: the note on "高温院士" contains the line reference "L79"`,
        ),
      ),
    );
    // The editor's evidence keeps its references.
    expect(m.join("\n")).not.toMatch(/\d\.evidence/);
    expect(m).toHaveLength(2);
  });

  it("a correction with empty evidence or an empty wording, or no talks", async () => {
    const root = contentWith((p) =>
      writeFileSync(
        p(`${EVENT}/corrections.yaml`),
        [
          "- { wrong: 张雅琴, right: 张亚勤, en: Ya-Qin Zhang, evidence: '  ', note: { zh: 名单。, en: The list. }, talks: [zhang-yaqin-keynote] }",
          "- { wrong: '', right: 高文院士, en: Gao Wen, evidence: guest list, note: { zh: 名单。, en: The list. }, talks: [] }",
          "",
        ].join("\n"),
      ),
    );
    const m = messages(await validateContent(root));
    expect(m).toContain(`${EVENT}/corrections.yaml: 0.evidence: evidence is empty`);
    expect(m).toContain(`${EVENT}/corrections.yaml: 1.wrong: wrong is empty`);
    expect(m).toContain(`${EVENT}/corrections.yaml: 1.talks: list at least one talk`);
  });

  it("a correction for a talk that does not exist", async () => {
    const root = contentWith((p) =>
      edit(
        p(`${EVENT}/corrections.yaml`),
        "talks: [zhang-yaqin-keynote]\n- wrong: 高温院士",
        "talks: [zhang-yaqin-talk]\n- wrong: 高温院士",
      ),
    );
    expect(messages(await validateContent(root))).toContain(
      `${EVENT}/corrections.yaml: 0.talks: no talk "zhang-yaqin-talk" (zh/zhang-yaqin-talk.mdx) for the correction of "张雅琴"`,
    );
  });

  it("a correction that does not occur where it says, in either language", async () => {
    const root = contentWith((p) => {
      edit(p(`${EVENT}/corrections.yaml`), "wrong: 高温院士", "wrong: 高温教授");
      edit(p(`${EVENT}/corrections.yaml`), "en: Ya-Qin Zhang", "en: Zhang Yaqin");
    });
    const m = messages(await validateContent(root));
    expect(m).toContain(
      `${EVENT}/corrections.yaml: 1: wrong "高温教授" does not occur in ${EVENT}/zh/${TALK}.mdx (listed in talks)`,
    );
    expect(m).toContain(
      `${EVENT}/corrections.yaml: 0: en "Zhang Yaqin" does not occur in ${EVENT}/en/${TALK}.mdx (listed in talks)`,
    );
  });

  it("an agenda row pointing at a talk that does not exist", async () => {
    const root = contentWith((p) => edit(p(`${EVENT}/event.yaml`), "talk: zhang-yaqin-keynote", "talk: zhang-yaqin"));
    expect(messages(await validateContent(root))).toContain(
      `${EVENT}/event.yaml: agenda.1.talk: no talk "zhang-yaqin" (zh/zhang-yaqin.mdx)`,
    );
  });

  it("an agenda row that neither names a talk nor says it was not transcribed", async () => {
    const root = contentWith((p) => edit(p(`${EVENT}/event.yaml`), "    notTranscribed: true\n", ""));
    expect(messages(await validateContent(root))).toContain(
      `${EVENT}/event.yaml: agenda.0.talk: give either talk or notTranscribed: true`,
    );
  });

  it("a talk missing its translation", async () => {
    const root = contentWith((p) => unlinkSync(p(`${EVENT}/en/${TALK}.mdx`)));
    expect(messages(await validateContent(root))).toContain(
      `${EVENT}/en/${TALK}.mdx: missing translation: ${EVENT}/zh/${TALK}.mdx has no en counterpart`,
    );
  });

  it("paragraphs: an id missing, out of sequence, or a paragraph without its speaker", async () => {
    const root = contentWith((p) => {
      const file = p(`${EVENT}/zh/${TALK}.mdx`);
      edit(file, " \\{#p-2\\}", " \\{#p-3\\}");
      edit(file, '<Speaker id="kwan-yee-ng" />', "");
    });
    const m = messages(await validateContent(root)).join("\n");
    expect(m).toMatch(/zh\/zhang-yaqin-keynote\.mdx:\d+: paragraph id "p-3" is out of sequence: expected "p-2"/);
    expect(m).toMatch(/zh\/zhang-yaqin-keynote\.mdx:\d+: paragraph p-1 does not start with <Speaker id="…" \/>/);
    expect(m).toMatch(/en\/zhang-yaqin-keynote\.mdx: section ids differ from .*: only in zh: p-3; only in en: p-2/);
  });

  it("a paragraph dropped from the English: a translation is not a summary", async () => {
    const root = contentWith((p) =>
      edit(p(`${EVENT}/en/${TALK}.mdx`), /\n\n<Speaker id="zhang-yaqin" \/>[^\n]*\n$/, "\n"),
    );
    expect(messages(await validateContent(root))).toContain(
      `${EVENT}/en/${TALK}.mdx: has 2 paragraphs, ${EVENT}/zh/${TALK}.mdx has 3`,
    );
  });

  it("speakers.yaml: an unidentified person needs a note; ids are unique", async () => {
    const root = contentWith((p) => {
      edit(p("content/speakers.yaml"), /  note: \{ zh: 转录文本只提到.*\n/, "");
      writeFileSync(
        p("content/speakers.yaml"),
        readFileSync(p("content/speakers.yaml"), "utf8") +
          "- { id: zhang-yaqin, name: { zh: 张亚勤, en: Ya-Qin Zhang }, evidence: { zh: 名单。, en: The list. } }\n",
      );
    });
    const m = messages(await validateContent(root));
    expect(m).toContain(
      "content/speakers.yaml: 2.note: an unidentified speaker needs a note saying what the transcript does (not) tell us",
    );
    expect(m).toContain('content/speakers.yaml: 3.id: duplicate speaker id "zhang-yaqin"');
  });

  it("an event without transcripts yet is in preparation: its data is checked, its agenda links are not", async () => {
    const root = contentWith((p) => {
      rmSync(p(`${EVENT}/zh`), { recursive: true });
      rmSync(p(`${EVENT}/en`), { recursive: true });
      rmSync(p(`${EVENT}/corrections.yaml`));
    });
    expect(await validateContent(root)).toEqual([]);
    writeFileSync(
      join(root, "forum/demo-forum/event.yaml"),
      readFileSync(join(root, "forum/demo-forum/event.yaml"), "utf8").replace(
        'date: "2024-07-05"',
        'date: "5 July 2024"',
      ),
    );
    expect(messages(await validateContent(root))).toContain(`${EVENT}/event.yaml: date: must be YYYY-MM-DD`);
  });
});
