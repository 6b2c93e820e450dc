// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkCjkFriendly from "remark-cjk-friendly";
import { remarkExplicitIds } from "./src/plugins/explicit-ids.ts";
import { remarkSourceHosts } from "./src/plugins/source-hosts.ts";
import { rehypeHeadingAnchors } from "./src/plugins/heading-anchors.ts";
import { rehypeFootnotesI18n } from "./src/plugins/footnotes-i18n.ts";
import { remarkAsrCorrections } from "./src/plugins/asr-corrections.ts";
import { rehypeParagraphLinks } from "./src/plugins/paragraph-links.ts";
import { rehypeHeadingText } from "./src/plugins/heading-text.ts";
import { rehypeExternalLinks } from "./src/plugins/external-links.ts";
import { siteConfig } from "./src/lib/site-config.ts";
import { palettePlugin } from "./src/palette/vite-plugin.ts";
import { rehypeGlossaryTerms } from "./src/plugins/glossary-terms.ts";
import { rehypeDiscussedIn } from "./src/plugins/discussed-in.ts";
import { remarkMdxComponentLang } from "./src/plugins/mdx-component-lang.ts";
import { postbuild } from "./scripts/postbuild/integration.ts";

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? "dist",
  // Pages are written as directories (/zh/reports/); a shared link missing the final slash still works.
  trailingSlash: "ignore",
  build: { format: "directory" },
  // Keep scripts as files: a strict CSP then only needs hashes for the one
  // tiny inline theme script, which the postbuild integration adds.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [palettePlugin()] },
  // postbuild() last: it checks the content before the build and, once the pages
  // are written, adds preview images, the Pagefind index and the CSP.
  integrations: [mdx(), postbuild()],
  markdown: {
    // Corrections run before the ids, so a passage's search label shows the corrected wording.
    remarkPlugins: [
      remarkCjkFriendly,
      remarkAsrCorrections,
      remarkExplicitIds,
      remarkSourceHosts,
      remarkMdxComponentLang,
    ],
    // Glossary links come last, once headings, footnotes and paragraph links are in place (they are never linked inside).
    rehypePlugins: [
      rehypeFootnotesI18n,
      rehypeHeadingAnchors,
      rehypeHeadingText,
      rehypeParagraphLinks,
      rehypeGlossaryTerms,
      rehypeDiscussedIn,
      rehypeExternalLinks,
    ],
    smartypants: false,
  },
  devToolbar: { enabled: false },
});
