import * as pagefind from "pagefind";
import { slimFragments } from "../search/slim-fragments.ts";

/**
 * Index dist/ with Pagefind (the npm package runs the extended binary, which
 * segments Chinese). One index per <html lang>; only [data-pagefind-body] is
 * indexed, so headers, footers and navigation stay out of results.
 */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await pagefind.close();
  // Paragraph anchors carried their text twice: see scripts/search/slim-fragments.ts.
  slimFragments(`${outDir}/pagefind`);
  return { pages: added.page_count };
}
