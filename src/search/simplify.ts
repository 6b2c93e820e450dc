/**
 * Traditional → Simplified Chinese with opencc-js, loaded on demand: the search
 * code imports this module dynamically, and only when a query has a Han
 * character outside GB2312 or a Taiwan phrase (see mayBeTraditional), so
 * English and Simplified queries never download the dictionaries.
 *
 * Dictionaries: ./taiwan-phrases.ts, OpenCC's Taiwan variants (裡 → 裏 …) and its
 * Traditional → Simplified characters and phrases (opencc-js/to/cn).
 * Size: see docs/search.md.
 */
import type { Simplify } from "./normalize-query.ts";
import { TAIWAN_PHRASES } from "./taiwan-phrases.ts";

let loading: Promise<Simplify> | undefined;

export function loadSimplifier(): Promise<Simplify> {
  loading ??= Promise.all([
    import("opencc-js/core"),
    import("opencc-js/dict/TWVariantsRev"),
    import("opencc-js/to/cn"),
  ]).then(
    ([core, twVariants, toCn]) =>
      core.ConverterFactory([[TAIWAN_PHRASES, twVariants.default]], toCn.default) as Simplify,
  );
  return loading;
}
