import { describe, expect, it } from "vitest";
import { h, num, render } from "../../src/charts/svg.ts";
import { clip, pct, unitsFor, wrap } from "../../src/charts/format.ts";
import { MIN_TARGET, tapTarget, targetBox } from "../../src/charts/hit.ts";
import { toCsv } from "../../src/charts/csv.ts";
import { svgStyles } from "../../src/charts/standalone.ts";

describe("chart markup", () => {
  it("rounds numbers to two decimals and escapes text", () => {
    expect(num(1 / 3)).toBe("0.33");
    expect(num(-0.001)).toBe("0");
    expect(render(h("text", { x: 1.005, "data-tip": 'a "b"' }, "<&>"))).toBe(
      '<text x="1" data-tip="a &quot;b&quot;">&lt;&amp;&gt;</text>',
    );
  });

  it("formats percentages and wraps labels by width, a Chinese character counting double", () => {
    expect(pct(5.1376)).toBe("5.1%");
    expect(pct(40)).toBe("40%");
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrap("一二三四五", 4)).toEqual(["一二", "三四", "五"]);
    expect(wrap("概率大于10%", 9)).toEqual(["概率大于", "10%"]);
  });

  it("wraps to the room a label has, and cuts a long one at its last line with an ellipsis", () => {
    // 332 units at 12 px hold 49 Latin characters (0.56 em each); 162 at 10.5 px hold 27.
    expect(unitsFor(332)).toBe(49);
    expect(unitsFor(162, 10.5)).toBe(27);
    const lines = wrap("Evaluate models against multiple sources of risk and potential negative impacts", 20);
    expect(clip(lines, 2, 20)).toEqual([lines[0], `${lines[1]!.slice(0, 19).trimEnd()}…`]);
    expect(clip(["短标签"], 3, 20)).toEqual(["短标签"]);
    for (const l of clip(wrap("针对多种风险来源和潜在负面影响对模型进行评测", 12), 1, 12))
      expect(l.length).toBeLessThanOrEqual(6);
  });

  it("makes a small mark a tap target of 26 units around its centre, and leaves a large one as it is", () => {
    expect(targetBox({ x: 10, y: 10, width: 8, height: 8 })).toEqual({ x: 1, y: 1, width: 26, height: 26 });
    expect(targetBox({ x: 0, y: 0, width: 100, height: 30 })).toEqual({ x: 0, y: 0, width: 100, height: 30 });
    const mark = render(tapTarget({ "data-tip": "t" }, { x: 0, y: 0, width: 4, height: 4 }, h("circle", { r: 2 })));
    expect(mark).toBe(
      `<g data-tip="t"><rect x="-11" y="-11" width="${MIN_TARGET}" height="${MIN_TARGET}" class="chart-hit" aria-hidden="true"/><circle r="2"/></g>`,
    );
  });

  it("writes CSV that quotes commas and quotes", () => {
    expect(toCsv([{ a: "x,y", b: 'say "hi"' }])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n');
  });
});

describe("the downloadable SVG's styles", () => {
  it("writes the light palette in place of the custom properties", () => {
    const css = svgStyles("/* svg:start x */ .a { fill: var(--chart-bar); color: var(--text); } /* svg:end */");
    expect(css).toBe(".a { fill: #2f6f9f; color: #1c1d1f; }");
  });
});
