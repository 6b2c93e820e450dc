import { createServer } from "node:http";
import { freePort } from "./server.ts";

/**
 * A pass-through to a served build that can pretend a new deployment went out:
 * after nextDeployment(), the service worker script differs by a comment, as
 * it does when a new build is published (scripts/postbuild/offline/service-worker.ts).
 */
export async function deployProxy(
  upstream: string,
): Promise<{ origin: string; nextDeployment: () => void; stop: () => Promise<void> }> {
  let deployment = 0;
  const server = createServer(async (req, res) => {
    try {
      const response = await fetch(upstream + (req.url ?? "/"), { headers: { accept: req.headers.accept ?? "*/*" } });
      let body = Buffer.from(await response.arrayBuffer());
      if (deployment && new URL(req.url ?? "/", upstream).pathname.endsWith("/sw.js")) {
        body = Buffer.concat([body, Buffer.from(`\n// deployment ${deployment}\n`)]);
      }
      const headers: Record<string, string> = {};
      for (const name of ["content-type", "location"]) {
        const value = response.headers.get(name);
        if (value) headers[name] = value;
      }
      res.writeHead(response.status, headers).end(body);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    nextDeployment: () => void deployment++,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
