/** `npm run check:content`: run the content checks on content/ and print every problem. */
import { resolve } from "node:path";
import { validateContent, formatProblems } from "./validate/index.ts";

const problems = await validateContent(resolve(process.argv[2] ?? "content"));
if (problems.length) {
  console.error(
    `Content check failed (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${formatProblems(problems)}`,
  );
  process.exit(1);
}
console.log("Content check passed.");
