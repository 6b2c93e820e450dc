import type { APIRoute } from "astro";
import { allPages } from "../site/all-pages.ts";
import { sitemapXml } from "../lib/sitemap.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(await allPages(site!)), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
