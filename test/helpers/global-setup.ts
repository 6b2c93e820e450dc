import type { TestProject } from "vitest/node";
import { serveBuiltSite } from "./server.ts";
import { ROOT_BUILD } from "./builds.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the built site served on loopback, e.g. http://127.0.0.1:41234 */
    origin: string;
  }
}

/** Serve the root build (dist/, or SITE_DIR) once for all browser tests. */
export default async function setup(project: TestProject) {
  const server = await serveBuiltSite(ROOT_BUILD.dir, "/");
  project.provide("origin", server.origin);
  return () => server.stop();
}
