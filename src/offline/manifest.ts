/**
 * The web app manifest of one language: what a phone shows when the reader
 * installs the library. Colours are the site's page background in light mode
 * (the manifest has one theme colour; <meta name="theme-color"> gives dark).
 */
import { HTML_LANG, type Locale } from "../i18n/locales.ts";
import { withBase } from "../i18n/urls.ts";
import { ICON_SIZES, iconPath } from "./paths.ts";

export const THEME_COLOR = "#fbfaf7";
export const BACKGROUND_COLOR = "#fbfaf7";

export interface ManifestText {
  name: string;
  shortName: string;
  description: string;
}

export function webManifest(lang: Locale, base: string, text: ManifestText) {
  const home = withBase(`/${lang}/`, base);
  return {
    id: home,
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: HTML_LANG[lang],
    dir: "ltr",
    start_url: home,
    scope: withBase("/", base),
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICON_SIZES.flatMap((size) => [
      { src: withBase(iconPath(size), base), sizes: `${size}x${size}`, type: "image/png", purpose: "any" },
      { src: withBase(iconPath(size, true), base), sizes: `${size}x${size}`, type: "image/png", purpose: "maskable" },
    ]),
  };
}
