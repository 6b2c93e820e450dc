import { readFileSync } from "node:fs";
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from "html-validate";
import { htmlFiles } from "../lib/files.ts";
import { kbPlugin } from "./html-validate-plugin.ts";

/**
 * html-validate with the project's .htmlvalidate.json (recommended + document
 * rules), with `no-missing-references` replaced by our one-pass equivalent
 * (scripts/checks/html-validate-plugin.ts). Link-preview card tags are checked
 * from the shared page index (scripts/checks/cards.ts), not here.
 */
export function markupConfig(): ConfigData {
  const base = JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as ConfigData;
  return {
    ...base,
    plugins: [...(base.plugins ?? []), kbPlugin],
    rules: { ...base.rules, "no-missing-references": "off", "kb/no-missing-references": "error" },
  };
}

const validator = () => new HtmlValidate(new StaticConfigLoader(markupConfig()));

export interface MarkupError {
  file: string;
  line: number;
  rule: string;
  message: string;
}

function toErrors(file: string, messages: readonly Message[]): MarkupError[] {
  return messages
    .filter((m) => m.severity === 2)
    .map((m) => ({ file, line: m.line, rule: m.ruleId, message: m.message }));
}

/** Validate the given HTML files (default: every one in outDir). */
export async function validateMarkup(outDir: string, files?: readonly string[]): Promise<MarkupError[]> {
  const hv = validator();
  const errors: MarkupError[] = [];
  for (const file of files ?? (await htmlFiles(outDir))) {
    const report = await hv.validateFile(file);
    for (const r of report.results) errors.push(...toErrors(file, r.messages));
  }
  return errors;
}

export async function validateMarkupString(html: string, name = "fixture.html"): Promise<MarkupError[]> {
  const report = await validator().validateString(html, name);
  return report.results.flatMap((r) => toErrors(name, r.messages));
}
