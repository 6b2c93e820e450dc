import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, type Message } from "html-validate";
import { htmlFiles } from "../lib/files.ts";
import { indexPage } from "./html-index.ts";
import { cardProblems } from "./cards.ts";

/** html-validate with the project's .htmlvalidate.json (recommended + document rules). */
const validator = () => new HtmlValidate(new FileSystemConfigLoader());

export interface MarkupError {
  file: string;
  line: number;
  rule: string;
  message: string;
}

function toErrors(file: string, messages: readonly Message[]): MarkupError[] {
  return messages.filter((m) => m.severity === 2).map((m) => ({ file, line: m.line, rule: m.ruleId, message: m.message }));
}

/** A page without its link-preview card tags is a markup error too. */
function cardErrors(file: string, html: string): MarkupError[] {
  return cardProblems(indexPage(html, file)).map((message) => ({ file, line: 1, rule: "social-card", message }));
}

export async function validateMarkup(outDir: string): Promise<MarkupError[]> {
  const hv = validator();
  const errors: MarkupError[] = [];
  for (const file of await htmlFiles(outDir)) {
    const report = await hv.validateFile(file);
    for (const r of report.results) errors.push(...toErrors(file, r.messages));
    if (!relative(outDir, file).startsWith("pagefind")) errors.push(...cardErrors(file, await readFile(file, "utf8")));
  }
  return errors;
}

export async function validateMarkupString(html: string, name = "fixture.html"): Promise<MarkupError[]> {
  const report = await validator().validateString(html, name);
  return [...report.results.flatMap((r) => toErrors(name, r.messages)), ...cardErrors(name, html)];
}
