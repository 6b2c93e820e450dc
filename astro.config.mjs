// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { siteConfig } from "./src/lib/site-config.ts";
import { remarkPlugins, rehypePlugins } from "./src/markdown/pipeline.ts";
import { palettePlugin } from "./src/palette/vite-plugin.ts";
import { postbuild } from "./scripts/postbuild/integration.ts";

const { site, base, local } = siteConfig(process.env);
if (local)
  console.warn(
    `SITE_URL is not set: canonical links, previews and citations point at ${site} (set SITE_URL to deploy).`,
  );

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
  // One Markdown pipeline (src/markdown/pipeline.ts): the passage library and
  // the content check read chapters with the same plugins.
  markdown: { remarkPlugins, rehypePlugins, smartypants: false },
  devToolbar: { enabled: false },
});
