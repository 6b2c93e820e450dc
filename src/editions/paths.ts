/** Addresses of the parallel views (site paths, without the base); one-page editions: src/documents/paths.ts. */

/** The parallel view of a page: "/en/reports/x/risks/" → "/en/reports/x/risks/parallel/". */
export function parallelOf(pagePath: string): string {
  return `${pagePath.replace(/\/?$/, "/")}parallel/`;
}

/** The normal page of a parallel view (the inverse of parallelOf). */
export function pageOfParallel(parallelPath: string): string {
  return parallelPath.replace(/parallel\/$/, "");
}
