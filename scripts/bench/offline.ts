import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isOfflinePack, type OfflinePack } from "../../src/offline/pack.ts";

/** The offline packs a build wrote (dist/offline/packs/<lang>/<kind>/<id>.json), sorted by name. */
export function offlinePacks(outDir: string): OfflinePack[] {
  const root = join(outDir, "offline", "packs");
  if (!existsSync(root)) return [];
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
  return files.sort().map((f) => {
    const value: unknown = JSON.parse(readFileSync(join(root, f), "utf8"));
    if (!isOfflinePack(value)) throw new Error(`${join(root, f)}: not an offline pack`);
    return value;
  });
}
