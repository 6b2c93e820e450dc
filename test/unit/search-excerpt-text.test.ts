import { describe, expect, it } from "vitest";
import { cleanExcerpt, markWords, runsOf } from "../../src/client/search/excerpt-text.ts";

describe("cleanExcerpt", () => {
  it("drops the section title Pagefind repeats at the start and reads the join as a Chinese full stop", () => {
    expect(
      cleanExcerpt(
        "支持<mark>模型评测</mark>科学的进步. 支持<mark>模型评测</mark>方法的开发和测试。对于模型的许多相关属性，尚不存在公认的评测方法。当前的评",
        "支持模型评测科学的进步",
      ),
    ).toBe("支持<mark>模型评测</mark>方法的开发和测试。对于模型的许多相关属性，尚不存在公认的评测方法。");
  });

  it("drops a broken first sentence that holds no hit", () => {
    expect(
      cleanExcerpt("风险. 考虑的因素包括但不限于：<mark>模型评测</mark>和红队测试，以及先前模型的影响和能力的证据。"),
    ).toBe("考虑的因素包括但不限于：<mark>模型评测</mark>和红队测试，以及先前模型的影响和能力的证据。");
  });

  it("keeps a first sentence with a hit, and marks a sentence that runs on with …", () => {
    expect(
      cleanExcerpt("个全面的多模态<mark>评测</mark>体系。报告总共有四百多页，涵盖四种模态。我们发现单独的维度"),
    ).toBe("个全面的多模态<mark>评测</mark>体系。报告总共有四百多页，涵盖四种模态。");
    expect(cleanExcerpt("the <mark>marginal</mark> risk of open models is what matters and")).toBe(
      "the <mark>marginal</mark> risk of open models is what matters and…",
    );
  });

  it("removes footnote back-link arrows and risk-family shapes, which are decoration on the page", () => {
    const out = cleanExcerpt(
      "Artist and Creative Content. ↩ ↩ OpenAI, <mark>Frontier</mark> risk. ▬Governance ✚ text.",
    );
    expect(out).not.toMatch(/[↩▬✚]/);
    expect(out).toContain("<mark>Frontier</mark>");
    expect(out).not.toMatch(/ {2}/);
  });

  it("never cuts a hit: a marked last fragment stays, with …", () => {
    expect(cleanExcerpt("A full sentence here that is long. Then the <mark>hit</mark> at the end")).toBe(
      "A full sentence here that is long. Then the <mark>hit</mark> at the end…",
    );
  });

  it("keeps only <mark> tags", () => {
    expect(runsOf("a <b>b</b> <mark>c</mark>")).toEqual([
      { text: "a b ", mark: false },
      { text: "c", mark: true },
    ]);
  });
});

describe("markWords", () => {
  it("marks the query's words in plain text and escapes it", () => {
    expect(markWords("Model evaluation & <red teaming>", ["evaluation", "red"])).toBe(
      "Model <mark>evaluation</mark> &amp; &lt;<mark>red</mark> teaming&gt;",
    );
    expect(markWords("以可量化的方式评估人工智能系统", [])).toBe("以可量化的方式评估人工智能系统");
  });
});

describe("cleanExcerpt, headings", () => {
  it("drops a numbered section's title and reads a join after a hit as a full stop", () => {
    expect(
      cleanExcerpt(
        "在<mark>模型</mark>整个生命周期进行<mark>模型评测</mark>和红队<mark>测试</mark>. 在训练前沿<mark>模型</mark>之前，",
        "2. 在模型整个生命周期进行模型评测和红队测试",
      ),
    ).toBe("在训练前沿<mark>模型</mark>之前，…");
    expect(cleanExcerpt("进行<mark>模型评测</mark>. 允许受信任的外部评测方进行评测", "摘要")).toBe(
      "进行<mark>模型评测</mark>。允许受信任的外部评测方进行评测…",
    );
  });
});
