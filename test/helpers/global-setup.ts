import type { TestProject } from "vitest/node";
import { serveBuiltSite } from "./server.ts";
import { BUILDS, ROOT_BUILD } from "./builds.ts";
import { writeSiteIndexes } from "./site-index.ts";
import { launchBrowserServer } from "./browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the built site served on loopback, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** Build directory → JSON file with its page index (see site-index.ts). */
    siteIndexes: Record<string, string>;
    /** Where test files connect to the run's one Chromium. */
    browserWs: string;
  }
}

/** Serve the root build (dist/, or SITE_DIR) once for all browser tests, start one Chromium for them, and index every build's pages once. */
export default async function setup(project: TestProject) {
  const server = await serveBuiltSite(ROOT_BUILD.dir, "/");
  project.provide("origin", server.origin);
  project.provide("siteIndexes", await writeSiteIndexes(BUILDS));
  const chromium = await launchBrowserServer();
  project.provide("browserWs", chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.stop();
  };
}
