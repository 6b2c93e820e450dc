// Progressive enhancement for every page. Each feature is small and optional:
// the page is complete without this script.
import { initTheme } from "./theme.ts";
import { initLanguageSwitch } from "./lang-switch.ts";
import { initPermalinks } from "./permalinks.ts";
import { initPreviews } from "./previews.ts";
import { footnotePreviews } from "./footnotes.ts";
import { termPreviews } from "./terms.ts";
import { initCopyButtons } from "./copy.ts";
import { initSearchTriggers } from "./search-trigger.ts";
import { initPrintButtons, initShare } from "./share.ts";
import { initFolds } from "./fold.ts";
import { initReadingBar } from "./reading-bar.ts";

initTheme();
initLanguageSwitch();
initPermalinks();
initPreviews([footnotePreviews, termPreviews]);
initCopyButtons();
initSearchTriggers();
initShare();
initPrintButtons();
initFolds();
initReadingBar();

// Arriving from a search result: highlight the searched terms (loaded only then).
if (new URLSearchParams(location.search).has("highlight")) {
  void import("./highlight.ts").then((m) => m.highlightFromUrl());
}

// Offline reading: the service worker registers once the page is idle, never before the reader's first look.
const whenIdle = (run: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 3000);
whenIdle(() => void import("./offline/register.ts").then((m) => m.registerServiceWorker()));
