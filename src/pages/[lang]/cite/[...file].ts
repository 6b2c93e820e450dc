import type { APIRoute, GetStaticPaths } from "astro";
import { citablePages, type CitablePage } from "../../../citations/pages.ts";
import { CITATION_FORMATS, citationFile, citationFileParam, type CitationExt } from "../../../citations/files.ts";

// BibTeX, RIS and CSL-JSON of every report, chapter and talk: /{lang}/cite/reports/x/chapter.ris
export const getStaticPaths = (async () =>
  (await citablePages(new URL(import.meta.env.SITE))).flatMap((page) =>
    CITATION_FORMATS.map((f) => ({
      params: { lang: page.lang, file: citationFileParam(page.path, f.ext) },
      props: { page, ext: f.ext, type: f.type },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  page: CitablePage;
  ext: CitationExt;
  type: string;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationFile(props.page.work, props.ext), { headers: { "Content-Type": props.type } });
