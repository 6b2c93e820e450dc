/** What the governance timeline draws from, in one language. */
export interface GovEvent {
  id: string;
  lane: string;
  /** The date as the data file gives it: "YYYY-MM-DD" or "YYYY-MM". */
  date: string;
  /** The date written out in the page's language. */
  dateLabel: string;
  label: string;
  /** Another document's date for the same event, and the note saying who says what. */
  disputed?: { date: string; dateLabel: string; note: string };
}

export interface GovernanceTimelineModel {
  lanes: { id: string; label: string }[];
  /** In date order. */
  events: GovEvent[];
  labels: { disputed: string; day: string; month: string; scale: string };
}
