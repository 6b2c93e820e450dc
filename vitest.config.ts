import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          // Some unit tests run the whole content check or parse every chapter;
          // that is seconds of work on a busy machine, not a hang.
          testTimeout: 60_000,
          // Files share a worker's module cache (as the site project's do): several
          // run the whole content check or read every chapter, and with isolation
          // each imported and parsed it anew (122 s for the project instead of 66 s).
          // Unit tests keep no state beyond read-only caches.
          isolate: false,
        },
      },
      {
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
          // Test files share a worker's module cache: each would otherwise import
          // playwright, axe and the page index anew (about 1.5 s a file). They keep
          // no state between them beyond read-only caches (see test/helpers/).
          isolate: false,
        },
      },
    ],
  },
});
