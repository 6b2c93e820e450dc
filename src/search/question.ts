/**
 * What a reader types around the words that matter: question words and
 * particles (什么是, 如何, 为什么, 哪些, 吗, 呢; what is, how, should, does…)
 * and titles before or after a name (高文院士, Prof. Yoshua Bengio). Pagefind
 * would require every one of them to occur on a page, so they are taken out
 * before searching. Pure; the lists are data, below.
 */

/** Chinese question phrases and particles, removed wherever they occur (longest first). */
export const ZH_QUESTION_WORDS: readonly string[] = [
  "是怎么回事",
  "是什么意思",
  "有什么影响",
  "什么意思",
  "怎么回事",
  "会不会",
  "是不是",
  "什么样的",
  "什么叫",
  "什么是",
  "是什么",
  "为什么",
  "有哪些",
  "有什么",
  "怎么样",
  "哪些",
  "什么",
  "请问",
  "何谓",
  "何为",
  "为何",
  "如何",
  "怎样",
  "怎么",
  "是否",
  "能否",
  "可以",
  "应该",
  "需要",
  "有何",
  "能不能",
  "有没有",
  "被用来",
  "用来",
  "可能",
  "还是",
  "到底",
  "吗",
  "呢",
  "吧",
  "呀",
].sort((a, b) => b.length - a.length);

/** English question and function words, removed as whole words. */
export const EN_QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    "what whats what's which who whom whose why when where how is are was were be been being am a an the " +
    "should shall does do did can could will would may might must of to for in on by about it its this " +
    "that these those there their they i we you me my our mean means meaning explain tell define " +
    "definition please and or with from as into any some really actually also just very have has had"
  ).split(" "),
);

/** Titles written after a Chinese name: 高文院士, 曾毅教授, 杨耀东老师. Longest first. */
export const ZH_TITLES: readonly string[] = [
  "助理教授",
  "副研究员",
  "副教授",
  "研究员",
  "院士",
  "教授",
  "博士",
  "老师",
  "主任",
  "院长",
  "校长",
  "所长",
  "先生",
  "女士",
].sort((a, b) => b.length - a.length);

/** Titles written before a name, compared without their full stop: Prof. Dawn Song, Dr He Ruimin. */
export const EN_TITLES: ReadonlySet<string> = new Set(["prof", "professor", "dr", "doctor", "mr", "mrs", "ms", "sir"]);

const HAN = /\p{Script=Han}/u;

/**
 * Take question words and particles out of a stretch of query text. Chinese
 * phrases go wherever they are; English words only as whole words. Question
 * marks and other punctuation become spaces.
 */
export function stripQuestion(text: string): string {
  let out = text.replace(/[?？!！。，,、;；:："“”'‘’「」《》()（）]/g, " ");
  for (const w of ZH_QUESTION_WORDS) out = out.split(w).join(" ");
  return out
    .split(/\s+/)
    .filter((w) => w && !EN_QUESTION_WORDS.has(w.toLowerCase()))
    .join(" ");
}

/**
 * Take titles off names: a Chinese title right after a name
 * (高文院士 → 高文, Song老师 → Song) and an English title word before another word
 * (Prof. Dawn Song → Dawn Song). A title alone is left as typed.
 */
export function stripTitles(text: string): string {
  let out = text;
  for (const t of ZH_TITLES) {
    out = out.replace(new RegExp(`([\\p{Script=Han}\\p{L}])${t}`, "gu"), "$1 ");
  }
  const words = out.split(/\s+/).filter(Boolean);
  return words
    .filter((w, i) => !(EN_TITLES.has(w.toLowerCase().replace(/\.$/, "")) && i + 1 < words.length))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Both, titles first ("Professor" is not a question word, but "Prof." keeps its full stop until then). */
export function stripAsked(text: string): string {
  return stripQuestion(stripTitles(text));
}

/** Is there anything left to search once the asking is taken away? (A query of only question words keeps itself.) */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && (HAN.test(text) || text.trim().length > 1);
}
