import { describe, expect, it } from "vitest";
import { groupByInitial, initialOf, pinyinOf } from "../../src/glossary/initials.ts";
import { firstSentence } from "../../src/lib/sentences.ts";

describe("grouping terms by initial", () => {
  it("groups Chinese names by the first letter of their pinyin, reading polyphones in context", () => {
    expect(pinyinOf("失控")).toBe("shi kong");
    expect(initialOf("阿谀奉承", "zh")).toBe("E"); // 阿 is ē here, not ā
    expect(initialOf("重新思考", "zh")).toBe("C");
    expect(initialOf("AI安全级别", "zh")).toBe("A");
  });

  it("sorts groups A–Z with '#' last, and items by pinyin within a group", () => {
    const groups = groupByInitial(["失控", "红队测试", "生存风险", "45度平衡律", "基础模型"], (x) => x, "zh");
    expect(groups.map((g) => g.initial)).toEqual(["H", "J", "S", "#"]);
    expect(groups.find((g) => g.initial === "S")!.items).toEqual(["生存风险", "失控"]);
  });

  it("groups English names by their first letter, ignoring case", () => {
    const groups = groupByInitial(["red teaming", "AGI", "Alignment", "RSP"], (x) => x, "en");
    expect(groups).toEqual([
      { initial: "A", items: ["AGI", "Alignment"] },
      { initial: "R", items: ["red teaming", "RSP"] },
    ]);
  });

  it("takes the first sentence of a definition for the index", () => {
    expect(firstSentence("第一句。第二句。", "zh")).toBe("第一句。");
    expect(firstSentence("One sentence, e.g. this. Another one.", "en")).toBe("One sentence, e.g. this.");
  });
});
