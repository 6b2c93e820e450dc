/** What the practice heatmap draws from, in one language. */
export interface PracticeScoresModel {
  companies: { id: string; name: string; total: number; percent: number }[];
  categories: {
    id: string;
    name: string;
    href: string;
    practices: { id: string; name: string; scores: Record<string, number> }[];
  }[];
  /** Words for 0, 1, 2 and the labels of the totals rows. */
  scoreNames: [string, string, string];
  labels: { total: string; percent: string; tip: string };
}
