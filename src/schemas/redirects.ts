import { z } from "astro/zod";

const path = z
  .string()
  .regex(
    /^[a-z0-9-]+(?:\/[a-z0-9-]+)*(?:\/\*)?$/,
    "must be a language-neutral path such as reports/old-name or reports/old-name/*",
  );

/** content/redirects.yaml: paths that keep working after a rename. */
export const redirectsSchema = z.array(
  z
    .object({
      /** Old path, without the /zh/ or /en/ prefix; a trailing /* covers every page below it. */
      from: path,
      /** New path, same form; must end in /* exactly when `from` does. */
      to: path,
      /** Why the redirect exists (kept for editors; not shown to readers). */
      reason: z.string().min(1),
    })
    .strict()
    .refine((r) => r.from.endsWith("/*") === r.to.endsWith("/*"), {
      message: "from and to must both end in /* or neither",
    }),
);

export type RedirectRule = z.infer<typeof redirectsSchema>[number];
