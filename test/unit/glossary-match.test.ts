import { describe, expect, it } from "vitest";
import { buildMatcher, englishForms, findMatches, isAcronym } from "../../src/glossary/match.ts";

const terms = (list: Record<string, string[]>) => Object.entries(list).map(([id, names]) => ({ id, names }));
const found = (text: string, m: ReturnType<typeof buildMatcher>) =>
  findMatches(text, m).map((x) => `${x.term}:${text.slice(x.start, x.end)}`);

describe("finding glossary terms in text", () => {
  it("prefers the longest name at a position: 通用人工智能 over 人工智能", () => {
    const m = buildMatcher(terms({ agi: ["通用人工智能"], ai: ["人工智能"] }));
    expect(found("发展通用人工智能和人工智能", m)).toEqual(["agi:通用人工智能", "ai:人工智能"]);
  });

  it("matches Han text anywhere, but Latin names only as whole words", () => {
    const m = buildMatcher(terms({ agi: ["AGI"], loc: ["失控"] }));
    expect(found("MAGIC 与 AGI、失控AI风险", m)).toEqual(["agi:AGI", "loc:失控"]);
    expect(found("早期的AGI来生成", m)).toEqual(["agi:AGI"]);
  });

  it("keeps the case of acronyms and ignores it for other English names", () => {
    const m = buildMatcher(terms({ rlhf: ["RLHF"], rt: ["red teaming"] }), { plurals: true });
    expect(found("rlhf and RLHF; Red teaming", m)).toEqual(["rlhf:RLHF", "rt:Red teaming"]);
  });

  it("matches English plurals", () => {
    expect(englishForms("jailbreak")).toEqual(["jailbreak", "jailbreaks"]);
    expect(englishForms("policy")).toEqual(["policy", "policies"]);
    expect(englishForms("LLM")).toEqual(["LLM", "LLMs"]);
    const m = buildMatcher(terms({ llm: ["large language model", "LLM"] }), { plurals: true });
    expect(found("Large language models (LLMs) are", m)).toEqual(["llm:Large language models", "llm:LLMs"]);
  });

  it("does not match inside a longer Latin word", () => {
    const m = buildMatcher(terms({ bias: ["bias"] }), { plurals: true });
    expect(found("biased outputs show bias and biases", m)).toEqual(["bias:bias", "bias:biases"]);
  });

  it("tells acronyms from other names", () => {
    expect(isAcronym("ASL-3")).toBe(true);
    expect(isAcronym("AI")).toBe(true);
    expect(isAcronym("AI agent")).toBe(false);
    expect(isAcronym("A")).toBe(false);
  });
});
