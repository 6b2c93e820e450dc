import { createServer } from "node:net";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { preview } from "astro";

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

/** Serve a built site with `astro preview` (what `npm start` runs) on loopback. */
export async function serveBuiltSite(
  outDir = "dist",
  base = "/",
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const dir = resolve(outDir);
  if (!existsSync(resolve(dir, "index.html"))) {
    throw new Error(`${outDir}/ has no built site: run "npm run build" first (npm test does this for you).`);
  }
  const port = await freePort();
  const server = await preview({
    root: process.cwd(),
    outDir: dir,
    base,
    logLevel: "error",
    server: { host: "127.0.0.1", port },
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
