// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkCjkFriendly from "remark-cjk-friendly";
import { remarkExplicitIds } from "./src/plugins/explicit-ids.ts";
import { remarkSourceHosts } from "./src/plugins/source-hosts.ts";
import { rehypeHeadingAnchors } from "./src/plugins/heading-anchors.ts";
import { rehypeFootnotesI18n } from "./src/plugins/footnotes-i18n.ts";
import { rehypeHeadingText } from "./src/plugins/heading-text.ts";
import { rehypeExternalLinks } from "./src/plugins/external-links.ts";
import { siteConfig } from "./src/lib/site-config.ts";

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? "dist",
  // Pages are written as directories (/zh/reports/); a shared link missing the final slash still works.
  trailingSlash: "ignore",
  build: { format: "directory" },
  // Keep scripts as files: a strict CSP then only needs hashes for the one
  // tiny inline theme script, which scripts/postbuild/csp.ts adds.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkCjkFriendly, remarkExplicitIds, remarkSourceHosts],
    rehypePlugins: [rehypeFootnotesI18n, rehypeHeadingAnchors, rehypeHeadingText, rehypeExternalLinks],
    smartypants: false,
  },
  devToolbar: { enabled: false },
});
