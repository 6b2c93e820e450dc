import { describe, expect, it } from "vitest";
import {
  hasHan,
  mapRadicals,
  mayBeTraditional,
  normalizeQuery,
  toHalfWidth,
} from "../../src/search/normalize-query.ts";
import { loadSimplifier } from "../../src/search/simplify.ts";
import { RADICAL_SUPPLEMENT } from "../../scripts/import/normalize.ts";
import { RADICAL_SUPPLEMENT as SHARED } from "../../src/lib/cjk-radicals.ts";

describe("normalizeQuery", () => {
  it("folds full-width letters, digits and the ideographic space", () => {
    expect(toHalfWidth("ＲＳＰ　ＡＳＬ－３")).toBe("RSP ASL-3");
    expect(normalizeQuery("  ＲＬＨＦ　 对齐 ")).toBe("RLHF 对齐");
  });

  it("maps radical look-alikes with the import pipeline's table (one table, not a copy)", () => {
    expect(RADICAL_SUPPLEMENT).toBe(SHARED);
    expect(mapRadicals("⻛险")).toBe("风险");
    expect(mapRadicals("⼈⼯智能")).toBe("人工智能"); // Kangxi radicals through NFKC
    expect(mapRadicals("⽤⼾")).toBe("用户"); // the override, not NFKC's 戶
  });

  it("converts Traditional to Simplified only through the converter it is given", async () => {
    expect(normalizeQuery("負責任擴展策略")).toBe("負責任擴展策略");
    const simplify = await loadSimplifier();
    expect(normalizeQuery("負責任擴展策略", simplify)).toBe("负责任扩展策略");
    expect(normalizeQuery("紅隊測試", simplify)).toBe("红队测试");
    expect(normalizeQuery("人工智慧的失控風險", simplify)).toBe("人工智能的失控风险"); // Taiwan usage too
    expect(normalizeQuery("red teaming", simplify)).toBe("red teaming");
  });

  it("loads the converter only for characters outside the Simplified set", () => {
    expect(mayBeTraditional("负责任扩展策略 RSP")).toBe(false);
    expect(mayBeTraditional("負責任擴展策略")).toBe(true);
    expect(mayBeTraditional("人工智慧")).toBe(false); // all in GB2312: the Taiwan phrase is not converted without the converter
  });

  it("needs the converter only for Han text", () => {
    expect(hasHan("alignment RSP")).toBe(false);
    expect(hasHan("RSP 對齊")).toBe(true);
  });
});
