import type { Locale } from "../i18n/locales.ts";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Format a YYYY[-MM[-DD]] date for readers: "2025年1月" / "January 2025". */
export function formatDate(date: string, lang: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  if (lang === "zh") return `${y}年` + (m ? `${m}月` : "") + (d ? `${d}日` : "");
  if (!m) return String(y);
  return (d ? `${d} ` : "") + `${EN_MONTHS[m - 1]} ${y}`;
}
