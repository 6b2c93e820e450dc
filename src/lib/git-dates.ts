/**
 * When each content file last changed, from git: the sitemap's lastmod. Read
 * once per build with one `git log`; a shallow clone (whose history stops at
 * its depth) or no git at all gives no dates, and callers fall back to the
 * content's own dates. Never the build time.
 */
import { execFileSync } from "node:child_process";

/**
 * `git log --format=%x00%cI --name-only` output → each file's newest commit
 * date (YYYY-MM-DD, in the committer's zone). Commits come newest first, so
 * the first date seen for a file is its last change.
 */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split("\0").slice(1)) {
    const [date = "", ...files] = commit.split("\n");
    const day = date.trim().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) if (!dates.has(file)) dates.set(file, day);
  }
  return dates;
}

/** Last-change dates of the files under `dir` (repository-relative paths), or undefined without full git history. */
export function gitFileDates(dir = "content", cwd = process.cwd()): Map<string, string> | undefined {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  try {
    if (git("rev-parse", "--is-shallow-repository").trim() !== "false") return undefined;
    const prefix = git("rev-parse", "--show-prefix").trim();
    const dates = parseGitLog(git("log", "--format=%x00%cI", "--name-only", "--no-renames", "--", dir));
    // git names files from the repository's root; callers name them from cwd.
    if (!prefix) return dates;
    return new Map([...dates].filter(([f]) => f.startsWith(prefix)).map(([f, d]) => [f.slice(prefix.length), d]));
  } catch {
    return undefined;
  }
}

/**
 * The newest date among the files that make a page: a listed file, or any file
 * under a listed folder (ending in "/"). Without git dates, or when none of them
 * is committed yet, the content's own date (`fallback`), else none.
 */
export function lastModified(
  sources: readonly string[],
  dates: ReadonlyMap<string, string> | undefined,
  fallback?: string,
): string | undefined {
  if (!dates) return fallback;
  let newest: string | undefined;
  for (const [file, date] of dates) {
    const used = sources.some((s) => (s.endsWith("/") ? file.startsWith(s) : file === s));
    if (used && (!newest || date > newest)) newest = date;
  }
  return newest ?? fallback;
}
