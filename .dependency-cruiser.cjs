/**
 * The import layers of src/ (docs/architecture.md): each folder may import only
 * the folders below it. `npm test` fails on a cycle or an import that points up
 * (test/unit/architecture.test.ts).
 *
 *   pages/                      routes only
 *   layouts/ components/        page pieces
 *   site/                       every page, the sitemap and the redirects (imported only by pages/)
 *   features: citations/ documents/ reports/ forum/ glossary/ risks/ organisations/ charts/ editions/ passages/ sharing/ search/ markdown/ sources/ offline/
 *   core: lib/ i18n/ palette/ schemas/
 *   client/                     browser code: may import core and the pure parts of features, never pages or components
 */
const FEATURES =
  "^src/(citations|documents|reports|forum|glossary|risks|organisations|charts|editions|passages|sharing|search|markdown|sources|offline)/";
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: { path: "^src/" }, to: { circular: true } },
    {
      name: "core-imports-only-core",
      comment:
        "lib/, i18n/, palette/ and schemas/ are the bottom layer: they may not import features, components or pages.",
      severity: "error",
      from: { path: "^src/(lib|i18n|palette|schemas)/" },
      to: { path: "^src/(?!lib/|i18n/|palette/|schemas/)[^/]+/" },
    },
    {
      name: "schemas-are-leaves",
      comment: "A schema describes a file; it may use i18n's locales, the palette and other schemas only.",
      severity: "error",
      from: { path: "^src/schemas/" },
      to: { path: "^src/(?!schemas/|i18n/locales|palette/)" },
    },
    {
      name: "features-not-ui",
      comment: "Feature folders compute data; they never import components, layouts or pages.",
      severity: "error",
      from: { path: FEATURES },
      to: { path: "^src/(components|layouts|pages)/" },
    },
    {
      name: "site-only-from-pages",
      severity: "error",
      from: { path: "^src/(?!pages/|site/)" },
      to: { path: "^src/site/" },
    },
    {
      name: "nothing-imports-pages",
      severity: "error",
      from: { path: "^src/(?!pages/)" },
      to: { path: "^src/pages/" },
    },
    {
      name: "client-stays-in-the-browser",
      comment: "Client code may not import UI templates or Node-only build code.",
      severity: "error",
      from: { path: "^src/client/" },
      to: { path: "^src/(components|layouts|pages|site|markdown)/|^node:|^scripts/" },
    },
    {
      name: "src-not-scripts",
      comment: "The site does not import the build scripts (astro.config.mjs may).",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^scripts/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    extraExtensionsToScan: [".astro"],
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js", ".astro"] },
  },
};
