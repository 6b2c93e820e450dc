import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** All files under dir (recursively) whose name ends with one of the extensions. */
export async function filesWithExtension(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export const htmlFiles = (dir: string) => filesWithExtension(dir, [".html"]);
