/** What the pause-survey chart draws from, in one language. */
export interface PauseSurveyModel {
  answers: { id: string; label: string; percent: number }[];
  remainder: { label: string; percent: number };
}
