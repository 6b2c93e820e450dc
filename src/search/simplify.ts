/**
 * Traditional → Simplified Chinese with opencc-js, loaded on demand: the search
 * code imports this module dynamically, and only when a query has Han
 * characters, so English queries never download the dictionaries.
 *
 * Dictionaries: OpenCC's Taiwan variants (裡 → 裏 …) and its Traditional →
 * Simplified characters and phrases (opencc-js/to/cn), plus the Taiwan phrases
 * below. OpenCC's full Taiwan phrase table (TWPhrasesRev, 17 KB compressed) is
 * mostly software vocabulary; these are the ones a reader of AI policy types.
 * Size: see docs/search.md.
 */
import type { Simplify } from "./normalize-query.ts";

/** Taiwan usage → mainland usage, in OpenCC's "from to|from to" form (after T→S they would not match). */
export const TAIWAN_PHRASES = [
  ["人工智慧", "人工智能"],
  ["演算法", "算法"],
  ["資料", "数据"],
  ["數據", "数据"],
  ["網路", "网络"],
  ["網際網路", "互联网"],
  ["軟體", "软件"],
  ["硬體", "硬件"],
  ["晶片", "芯片"],
  ["資訊", "信息"],
  ["程式", "程序"],
  ["模組", "模块"],
  ["影片", "视频"],
  ["資安", "网络安全"],
  ["開源碼", "开源代码"],
  ["機器學習", "机器学习"],
  ["深偽", "深度伪造"],
  ["大型語言模型", "大语言模型"],
]
  .map(([from, to]) => `${from} ${to}`)
  .join("|");

let loading: Promise<Simplify> | undefined;

export function loadSimplifier(): Promise<Simplify> {
  loading ??= Promise.all([import("opencc-js/core"), import("opencc-js/dict/TWVariantsRev"), import("opencc-js/to/cn")]).then(
    ([core, twVariants, toCn]) => core.ConverterFactory([[TAIWAN_PHRASES, twVariants.default]], toCn.default) as Simplify,
  );
  return loading;
}
