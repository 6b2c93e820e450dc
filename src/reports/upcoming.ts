import type { Localized } from "../schemas/common.ts";

/**
 * Documents being prepared (not yet published, so never linked). Listed on the
 * home page so readers know what is coming; remove an entry when its report lands.
 * Forum events need no entry: an event folder without transcripts is listed as
 * coming soon automatically (src/forum/data.ts upcomingEvents).
 */
export const upcoming: readonly Localized[] = [];
