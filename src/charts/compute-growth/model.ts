/** What the compute-growth chart draws from, in one language. */
export interface ComputeGrowthModel {
  groups: {
    id: string;
    label: string;
    items: { id: string; label: string; factor: number; kind: "estimate" | "statement" | "projection" }[];
  }[];
  /** Words for the kinds, shown in the key and the tooltips. */
  kinds: { estimate: string; statement: string; projection: string };
}
