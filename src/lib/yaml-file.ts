/**
 * Reading content YAML files with their schemas, for the content check and the
 * build alike: a syntax error or a schema problem becomes a problem naming the
 * file (and the field), never an exception.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SLUG_PATTERN } from "../schemas/common.ts";
import type { ZodError, ZodTypeAny, z } from "astro/zod";

export interface FileProblem {
  file: string;
  message: string;
}

/** Parsed files by text: the content-check tests read unchanged copies of content/ many times. */
const parsed = new Map<string, unknown>();

/** The parsed file (YAML 1.1, as the content is written), or undefined with a problem. */
export function readYamlFile(path: string, rel: string, problems: FileProblem[]): unknown {
  try {
    const text = readFileSync(path, "utf8");
    if (!parsed.has(text)) parsed.set(text, parse(text, { version: "1.1" }));
    return structuredClone(parsed.get(text));
  } catch (error) {
    problems.push({ file: rel, message: `malformed YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
}

/** One problem per zod issue, naming the field path ("citation.year: Expected number, received string"). */
export function zodProblems(file: string, error: ZodError): FileProblem[] {
  return error.issues.map((issue) => ({
    file,
    message: `${issue.path.length ? issue.path.join(".") : "(top level)"}: ${issue.message}`,
  }));
}

/** The file's data if it parses and matches the schema; otherwise undefined, with every problem recorded. */
export function readValidYaml<S extends ZodTypeAny>(
  path: string,
  rel: string,
  schema: S,
  problems: FileProblem[],
): z.infer<S> | undefined {
  const raw = readYamlFile(path, rel, problems);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(rel, parsed.error));
  return undefined;
}

/** The .yaml files in a folder, sorted; none when the folder does not exist. */
export function yamlFilesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];
}

/**
 * A folder of one-item files whose names are their ids (and URLs):
 * content/glossary/terms/red-teaming.yaml → { id: "red-teaming", data }. A
 * name that is not a URL slug is a problem; files listed in `except` are left
 * to the caller. `rel` turns a path into the name a problem gives.
 */
export function readIdFiles<S extends ZodTypeAny>(
  dir: string,
  rel: (path: string) => string,
  schema: S,
  noun: string,
  problems: FileProblem[],
  except: readonly string[] = [],
): { id: string; data: z.infer<S> }[] {
  const out: { id: string; data: z.infer<S> }[] = [];
  for (const name of yamlFilesIn(dir)) {
    if (except.includes(name)) continue;
    const path = join(dir, name);
    const id = name.slice(0, -".yaml".length);
    if (!SLUG_PATTERN.test(id))
      problems.push({
        file: rel(path),
        message: `${noun} file names must be lowercase ASCII words joined by hyphens (they become URLs)`,
      });
    const data = readValidYaml(path, rel(path), schema, problems);
    if (data !== undefined) out.push({ id, data });
  }
  return out;
}
