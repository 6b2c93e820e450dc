/**
 * Reading content/organisations/ (synchronously, so the Markdown plugins can
 * use it too). Returns the valid data and, separately, every schema problem
 * with its file and field; the content check reports them, the site refuses to
 * build with any.
 */
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  nameExceptionsSchema,
  organisationSchema,
  type NameException,
  type Organisation,
} from "../schemas/organisations.ts";
import { readIdFiles, readValidYaml, type FileProblem } from "../lib/yaml-file.ts";

export const EXCEPTIONS_FILE = "exceptions.yaml";

export interface OrganisationFiles {
  organisations: Organisation[];
  /** Listed exceptions to the one-name check. */
  exceptions: NameException[];
  problems: FileProblem[];
}

export function readOrganisationFiles(contentRoot: string): OrganisationFiles {
  const root = resolve(contentRoot);
  const rel = (p: string) => relative(join(root, ".."), p);
  const dir = join(root, "organisations");
  const out: OrganisationFiles = { organisations: [], exceptions: [], problems: [] };
  const exceptions = join(dir, EXCEPTIONS_FILE);
  if (existsSync(exceptions))
    out.exceptions = readValidYaml(exceptions, rel(exceptions), nameExceptionsSchema, out.problems) ?? [];
  for (const { id, data } of readIdFiles(dir, rel, organisationSchema, "organisation", out.problems, [EXCEPTIONS_FILE]))
    out.organisations.push({ ...data, id });
  return out;
}

let cached: OrganisationFiles | undefined;

/** The site's organisations (content/ under the working directory), read once per build. */
export function siteOrganisationFiles(): OrganisationFiles {
  if (!cached) {
    cached = existsSync("content/organisations")
      ? readOrganisationFiles("content")
      : { organisations: [], exceptions: [], problems: [] };
    if (cached.problems.length)
      throw new Error(
        `The organisation files have problems (run npm run check:content):\n${cached.problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`,
      );
  }
  return cached;
}
