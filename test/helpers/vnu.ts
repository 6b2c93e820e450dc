import { execFile, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The Nu Html Checker's jar, from the vnu-jar package (the package's own launcher would download a JRE when Java is missing). */
export const VNU_JAR: string = String(require("vnu-jar"));

export const JAVA = process.env.JAVA ?? "java";

/** Why Java cannot run, in one line with what to do, or undefined when it can. */
export function javaProblem(java = JAVA): string | undefined {
  const run = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (!run.error && run.status === 0) return undefined;
  return `Java not found (${java}): the W3C Nu checker (vnu-jar) needs it. Install it with "sudo apt-get install -y default-jre-headless" (or set JAVA to a java binary), then run the tests again. .ci/run installs it for CI.`;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Run the checker once (one JVM) over built HTML files and return its errors,
 * each as "file:line: message «extract»" with the file relative to `root`.
 * `--errors-only` drops warnings and notes; a file it could not read comes back
 * as an error too. The JVM runs its quick compiler only and a serial collector:
 * a run over a few dozen files is over before the optimising compiler would pay
 * off (half the CPU time: 4.4 s instead of 8.6 s for 65 pages).
 */
export async function vnuErrors(files: readonly string[], root = process.cwd()): Promise<string[]> {
  const problem = javaProblem();
  if (problem) throw new Error(problem);
  const args = [
    "-Xss4m", // the schema's recursion needs more stack than the default (it says 512k at least)
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    "-jar",
    VNU_JAR,
    "--format",
    "json",
    "--errors-only",
    "--stdout",
    "--exit-zero-always",
    ...files,
  ];
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(JAVA, args, { maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
      error ? reject(new Error(`vnu failed: ${err || error.message}`)) : resolve(out),
    ),
  );
  const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type !== "info")
    .map((m) => {
      const file = m.url?.startsWith("file:") ? relative(root, fileURLToPath(m.url)) : (m.url ?? "?");
      const extract = m.extract ? ` «${m.extract.replace(/\s+/g, " ").trim()}»` : "";
      return `${file}:${m.lastLine ?? "?"}: ${m.message}${extract}`;
    });
}
