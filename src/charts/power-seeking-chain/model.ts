/** What the power-seeking chart draws from: the data and its words in one language (JSON, so the browser can redraw). */
export interface PowerSeekingModel {
  premises: { id: string; label: string; percent: number }[];
  /** The product as the document states it, and the author's later estimate, in percent. */
  stated: number;
  update: number;
  labels: {
    /** "{n}. {label}" pieces and the words on the marks. */
    premise: string;
    runningProduct: string;
    product: string;
    stated: string;
    update: string;
    axis: string;
  };
}
