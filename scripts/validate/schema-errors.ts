import type { ZodError } from "astro/zod";
import type { Problem } from "./problems.ts";

/** One problem per zod issue, naming the field path ("citation.year: Expected number, received string"). */
export function zodProblems(file: string, error: ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    message: `${issue.path.length ? issue.path.join(".") : "(top level)"}: ${issue.message}`,
  }));
}
