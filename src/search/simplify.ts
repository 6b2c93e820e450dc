/**
 * Traditional → Simplified Chinese with opencc-js, loaded on demand: the search
 * code imports this module dynamically, and only when a query has Han
 * characters, so English queries never download the dictionaries.
 *
 * Dictionaries: Taiwan phrases and variants (人工智慧 → 人工智能, 裡 → 里) then
 * OpenCC's Traditional→Simplified characters and phrases. About 95 KB raw, 45 KB
 * compressed (measured in docs/search.md).
 */
import type { Simplify } from "./normalize-query.ts";

let loading: Promise<Simplify> | undefined;

export function loadSimplifier(): Promise<Simplify> {
  loading ??= Promise.all([import("opencc-js/core"), import("opencc-js/from/twp"), import("opencc-js/to/cn")]).then(
    ([core, fromTw, toCn]) => core.ConverterFactory(fromTw.default, toCn.default) as Simplify,
  );
  return loading;
}
