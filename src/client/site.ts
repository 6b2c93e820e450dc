// Progressive enhancement for every page. Each feature is small and optional:
// the page is complete without this script.
import { initTheme } from "./theme.ts";
import { initLanguageSwitch } from "./lang-switch.ts";
import { initPermalinks } from "./permalinks.ts";
import { initFootnotes } from "./footnotes.ts";
import { initCopyButtons } from "./copy.ts";
import { initSearchTriggers } from "./search-trigger.ts";

initTheme();
initLanguageSwitch();
initPermalinks();
initFootnotes();
initCopyButtons();
initSearchTriggers();

// Arriving from a search result: highlight the searched terms (loaded only then).
if (new URLSearchParams(location.search).has("highlight")) {
  void import("./highlight.ts").then((m) => m.highlightFromUrl());
}
