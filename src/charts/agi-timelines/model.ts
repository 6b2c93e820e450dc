/** What the AGI-timelines chart draws from, in one language. */
export interface AgiForecast {
  id: string;
  series?: string;
  who: string;
  made: number;
  madeLabel: string;
  year?: number;
  from?: number;
  to?: number;
  openEnd?: boolean;
  note?: string;
}

export interface AgiTimelinesModel {
  chatgpt: { date: number; label: string };
  series: { id: string; label: string }[];
  forecasts: AgiForecast[];
  labels: { made: string; predicted: string; unassigned: string };
}
