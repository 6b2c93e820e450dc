/**
 * Rules that infer what a citation does not say: the kind of work (from its
 * link and title) and, when no date is given, a year (from the link). Every
 * value set here is marked `inferred` in the bibliography. Pure functions.
 */
import type { SourceKind } from "../schemas/sources.ts";
import { arxivId } from "./normalise.ts";

function host(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

const PAPER_HOSTS =
  /(^|\.)(arxiv\.org|openreview\.net|aclanthology\.org|proceedings\.neurips\.cc|papers\.nips\.cc|proceedings\.mlr\.press|dl\.acm\.org|ieeexplore\.ieee\.org|nature\.com|science\.org|sciencedirect\.com|springer\.com|link\.springer\.com|pnas\.org|ssrn\.com|papers\.ssrn\.com|biorxiv\.org|cell\.com|jstor\.org|aaai\.org|ojs\.aaai\.org|ijcai\.org|cnki\.net|semanticscholar\.org)$/;
const NEWS_HOSTS =
  /(^|\.)(reuters\.com|nytimes\.com|ft\.com|bbc\.co\.uk|bbc\.com|theguardian\.com|washingtonpost\.com|bloomberg\.com|cnbc\.com|cnn\.com|theverge\.com|techcrunch\.com|wired\.com|axios\.com|politico\.com|politico\.eu|economist\.com|time\.com|forbes\.com|news\.un\.org|xinhuanet\.com|news\.cn|people\.com\.cn|chinadaily\.com\.cn|thepaper\.cn|36kr\.com|caixin\.com|yicai\.com|sina\.com\.cn|163\.com|semafor\.com|venturebeat\.com|zdnet\.com|technologyreview\.com|apnews\.com|scmp\.com|fortune\.com|businessinsider\.com|telegraph\.co\.uk|spectrum\.ieee\.org|lawfaremedia\.org|hackernoon\.com|techbriefly\.com|esecurityplanet\.com|makeuseof\.com)$/;
const POLICY_HOSTS =
  /(^|\.)(gov\.cn|gov\.uk|whitehouse\.gov|congress\.gov|federalregister\.gov|europa\.eu|oecd\.ai|legislation\.gov\.uk|tc260\.org\.cn|npc\.gov\.cn|un\.org|unesco\.org|g7germany\.de|mofa\.go\.jp|state\.gov|commerce\.gov|nist\.gov|iso\.org)$/;
const BLOG_HOSTS =
  /(^|\.)(mp\.weixin\.qq\.com|medium\.com|substack\.com|lesswrong\.com|alignmentforum\.org|zhihu\.com|zhuanlan\.zhihu\.com|blog\.google|x\.com|twitter\.com|ai-alignment\.com|bounded-regret\.ghost\.io|astralcodexten\.com|forum\.effectivealtruism\.org|lilianweng\.github\.io)$/;

/** The kind of work, by the first rule that matches (the order is the rules' priority). */
export function inferKind(url: string, title: string, publisher = ""): SourceKind {
  const h = host(url);
  const path = (() => {
    try {
      return new URL(url).pathname.toLowerCase();
    } catch {
      return "";
    }
  })();
  if (arxivId(url) || PAPER_HOSTS.test(h) || /\bdoi\.org$/.test(h) || /\bet al\b|等人?$/.test(publisher))
    return "paper";
  if (/huggingface\.co$/.test(h) && path.startsWith("/datasets/")) return "dataset";
  if (/\b(dataset|benchmark)\b|数据集/i.test(title) && /github\.com$|huggingface\.co$/.test(h)) return "dataset";
  if (
    POLICY_HOSTS.test(h) ||
    /\.gov$|\.gov\.[a-z]{2}$/.test(h) ||
    /\b(act|bill|executive order|declaration|regulation|directive|law|statute|commitments?)\b/i.test(title) ||
    /(法|办法|规定|条例|宣言|意见|通知|倡议|原则|标准|指南|框架公约|决议|措施)(\s|（|$|—|——|：)/.test(title)
  )
    return "policy";
  if (NEWS_HOSTS.test(h) || /(^|\/)news(\/|$)/.test(path)) return "news";
  if (BLOG_HOSTS.test(h) || /(^|\/)(blog|posts?|index|research)(\/|$)/.test(path) || /^blogs?\./.test(h)) return "blog";
  if (
    /\.pdf$/.test(path) ||
    /\b(report|white ?paper|system card|model card|framework|policy)\b|报告|白皮书|蓝皮书|蓝皮报告/i.test(title)
  )
    return "report";
  return "website";
}

/**
 * A year read from the link when the citation gives no date: an arXiv id
 * (2305.15324 → 2023) or a /2023/ or /2023-10/ segment of the path. Undefined when neither is there.
 */
export function inferYear(url: string): number | undefined {
  const arxiv = arxivId(url);
  if (arxiv && /^\d{4}\./.test(arxiv)) return 2000 + Number(arxiv.slice(0, 2));
  let path = "";
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})(?:[-/]\d{2}|\/|$|\d{2}\/)/.exec(path);
  return m ? Number(m[1]) : undefined;
}
