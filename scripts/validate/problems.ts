/** A content problem: which file, where, and what is wrong, in words an editor can act on. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n");
}
