import { describe, expect, it } from "vitest";
import { displayTime, forumPath, speakerPath } from "../../src/forum/urls.ts";
import { groupSpeakers } from "../../src/forum/people.ts";
import { talkPageTitle } from "../../src/forum/titles.ts";
import { switchLocale } from "../../src/i18n/urls.ts";
import type { Speaker } from "../../src/schemas/speaker.ts";

const person = (id: string, zh: string, en: string, extra: Partial<Speaker> = {}): Speaker => ({
  id,
  name: { zh, en },
  aliases: [],
  inferred: false,
  unidentified: false,
  ...extra,
});
const people = new Map(
  [
    person("dawn-song", "宋晓冬", "Dawn Song"),
    person("kwan-yee-ng", "吴君仪", "Kwan Yee Ng"),
    person("yawen-duan", "段雅文", "Yawen Duan"),
    person("unidentified-x", "身份未确认的发言人", "Unidentified speaker", { unidentified: true }),
  ].map((p) => [p.id, p]),
);

describe("forum URLs", () => {
  it("event, talk, paragraph and speaker paths", () => {
    expect(forumPath("zh", "waic-2024")).toBe("/zh/forum/waic-2024/");
    expect(forumPath("en", "waic-2024", "dawn-song-ai-safety-challenges", 12)).toBe(
      "/en/forum/waic-2024/dawn-song-ai-safety-challenges/#p-12",
    );
    expect(speakerPath("en")).toBe("/en/speakers/");
    expect(speakerPath("zh", "dawn-song")).toBe("/zh/speakers/dawn-song/");
  });

  it("the language switch keeps a paragraph link", () => {
    expect(switchLocale("/zh/forum/waic-2024/dawn-song-ai-safety-challenges/#p-12", "en", "/")).toBe(
      "/en/forum/waic-2024/dawn-song-ai-safety-challenges/#p-12",
    );
    expect(switchLocale("/kb/en/speakers/dawn-song/", "zh", "/kb/")).toBe("/kb/zh/speakers/dawn-song/");
  });

  it("agenda times read as a range", () => {
    expect(displayTime("09:05 - 09:25")).toBe("09:05–09:25");
  });
});

describe("talk page titles work out of context", () => {
  const keynote = {
    title: "Challenges and future directions of AI safety",
    kind: "keynote" as const,
    speakers: [
      { id: "kwan-yee-ng", role: "host" as const },
      { id: "dawn-song", role: "speaker" as const },
    ],
  };

  it("a talk by one person is prefixed with their name", () => {
    expect(talkPageTitle(keynote, people, "en", "WAIC 2024 Frontier AI Safety Forum")).toBe(
      "Dawn Song: Challenges and future directions of AI safety | WAIC 2024 Frontier AI Safety Forum",
    );
    expect(talkPageTitle({ ...keynote, title: "人工智能安全的挑战和未来方向" }, people, "zh", "WAIC 2024 论坛")).toBe(
      "宋晓冬：人工智能安全的挑战和未来方向 | WAIC 2024 论坛",
    );
  });

  it("a panel, or a talk by an unidentified speaker, is not", () => {
    const panel = {
      title: "Roundtable",
      kind: "roundtable" as const,
      speakers: [
        { id: "yawen-duan", role: "moderator" as const },
        { id: "dawn-song", role: "panelist" as const },
      ],
    };
    expect(talkPageTitle(panel, people, "en", "Forum")).toBe("Roundtable | Forum");
    expect(
      talkPageTitle(
        { title: "A talk", kind: "talk", speakers: [{ id: "unidentified-x", role: "speaker" }] },
        people,
        "en",
        "Forum",
      ),
    ).toBe("A talk | Forum");
  });
});

describe("speakers page groups", () => {
  it("guests in printed order, others in order of appearance, unidentified apart", () => {
    const groups = groupSpeakers(people, ["dawn-song"], ["kwan-yee-ng", "unidentified-x", "dawn-song", "yawen-duan"]);
    expect(groups.guests.map((p) => p.id)).toEqual(["dawn-song"]);
    expect(groups.others.map((p) => p.id)).toEqual(["kwan-yee-ng", "yawen-duan"]);
    expect(groups.unidentified.map((p) => p.id)).toEqual(["unidentified-x"]);
  });
});
