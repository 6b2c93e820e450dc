/**
 * The first sentence of a paragraph, for one-line summaries (the home page's
 * document cards): up to the first 。！？ in Chinese or ". ", "! ", "? " in
 * English. The text is the document's own; nothing is shortened mid-sentence.
 */
export function firstSentence(text: string): string {
  const t = text.trim();
  const m = /^.+?(?:[。！？]|[.!?](?=\s+[A-Z“"(]))/su.exec(t);
  return (m ? m[0] : t).trim();
}
