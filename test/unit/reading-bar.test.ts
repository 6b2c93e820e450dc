import { describe, expect, it } from "vitest";
import { lastAbove } from "../../src/client/place.ts";
import { barShown } from "../../src/client/reading-bar.ts";

describe("the reader's place (client/place.ts)", () => {
  it("is the last block whose top has passed the reading line", () => {
    expect(lastAbove([-400, -20, 150, 900], 185)).toBe(2);
    expect(lastAbove([-400, -20, 186], 185)).toBe(1);
    expect(lastAbove([185], 185)).toBe(0);
  });
  it("is nothing while every block is still below the line (the top of the page)", () => {
    expect(lastAbove([300, 900], 185)).toBe(-1);
    expect(lastAbove([], 185)).toBe(-1);
  });
  it("skips blocks that are not laid out (a closed disclosure's heading)", () => {
    expect(lastAbove([-400, NaN, 900], 185)).toBe(0);
    expect(lastAbove([NaN], 185)).toBe(-1);
  });
});

describe("when the reading bar shows (client/reading-bar.ts)", () => {
  it("never while the page header is in view", () => {
    expect(barShown(true, false, 500, 100)).toBe(false);
    expect(barShown(false, false, 100, 50)).toBe(false);
  });
  it("hides on the way down and shows on the way up", () => {
    expect(barShown(true, true, 1000, 1200)).toBe(false);
    expect(barShown(false, true, 1200, 1000)).toBe(true);
  });
  it("does not flicker when the page barely moves", () => {
    expect(barShown(true, true, 1000, 1003)).toBe(true);
    expect(barShown(false, true, 1000, 997)).toBe(false);
  });
});
