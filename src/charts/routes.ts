/** Static paths for the chart routes (the routes in src/pages stay thin). */
import { LOCALES } from "../i18n/locales.ts";
import { CHART_IDS } from "./registry.ts";

/** /{lang}/charts/{chart}/ and its embed and downloads. */
export function chartStaticPaths() {
  return LOCALES.flatMap((lang) => CHART_IDS.map((chart) => ({ params: { lang, chart }, props: { chart } })));
}

/** /{lang}/charts/{chart}/{chart}-{lang}.{csv|json|svg} */
export function downloadStaticPaths() {
  return LOCALES.flatMap((lang) =>
    CHART_IDS.map((chart) => ({ params: { lang, chart, file: `${chart}-${lang}` }, props: { chart } })),
  );
}
