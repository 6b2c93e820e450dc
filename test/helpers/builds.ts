/**
 * The two builds the site tests read: the default one served at the root and
 * the /kb/ sub-path one. `npm test` makes both (dist/, dist-subpath/);
 * SITE_DIR and SITE_DIR_SUBPATH point the tests at other output directories,
 * e.g. a build of one's own while someone else's is in progress.
 */
export interface Build {
  dir: string;
  base: string;
  /** SITE_URL the build was made with: canonical URLs and og:url start with it. */
  site: string;
}

export const ROOT_BUILD: Build = { dir: process.env.SITE_DIR ?? "dist", base: "/", site: "http://localhost:4321" };
export const SUBPATH_BUILD: Build = {
  dir: process.env.SITE_DIR_SUBPATH ?? "dist-subpath",
  base: "/kb/",
  site: "https://reports.example.org",
};
export const BUILDS: readonly Build[] = [ROOT_BUILD, SUBPATH_BUILD];
