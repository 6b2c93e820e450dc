import { describe, expect, it } from "vitest";
import { h, num, render } from "../../src/charts/svg.ts";
import { pct, wrap } from "../../src/charts/format.ts";
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
