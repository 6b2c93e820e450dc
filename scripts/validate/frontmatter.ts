import { parse as parseYaml, YAMLParseError } from "yaml";

/** Split "---\nyaml\n---\nbody" into its parts. Throws with a line number when the YAML is malformed. */
export function splitFrontmatter(source: string): { data: unknown; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) throw new Error("missing frontmatter: the file must start with a --- block");
  const yaml = m[1] ?? "";
  let data: unknown;
  try {
    // YAML 1.1 reads 2024-01-05 as a date, as Astro's loader does, so the check sees what the build sees.
    data = parseYaml(yaml, { version: "1.1" });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + 1; // +1 for the opening ---
      throw Object.assign(new Error(`malformed frontmatter: ${error.message.split("\n")[0]}`), { line });
    }
    throw error;
  }
  return { data, body: source.slice(m[0].length), bodyLine: m[0].split("\n").length };
}
