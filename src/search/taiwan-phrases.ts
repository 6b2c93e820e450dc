/**
 * Taiwan and Hong Kong usage → mainland usage, in OpenCC's "from to|from to" form, applied
 * before OpenCC's Traditional → Simplified tables (after them these would not
 * match). OpenCC's full Taiwan phrase table (TWPhrasesRev, 17 KB compressed) is
 * mostly software vocabulary; these are the ones a reader of AI policy types.
 * Kept apart from ./simplify.ts so the query check can use it without loading OpenCC.
 */
export const TAIWAN_PAIRS: readonly (readonly [string, string])[] = [
  ["人工智慧", "人工智能"],
  ["演算法", "算法"],
  ["資料", "数据"],
  ["數據", "数据"],
  ["網路", "网络"],
  ["網際網路", "互联网"],
  ["軟體", "软件"],
  ["硬體", "硬件"],
  ["晶片", "芯片"],
  ["資訊", "信息"],
  ["程式", "程序"],
  ["模組", "模块"],
  ["影片", "视频"],
  ["資安", "网络安全"],
  ["開源碼", "开源代码"],
  ["機器學習", "机器学习"],
  ["深偽", "深度伪造"],
  ["大型語言模型", "大语言模型"],
  // Hong Kong and more Taiwan usage (issue 20): words, not characters, differ.
  ["私隱", "隐私"],
  ["個人資料", "个人信息"],
  ["資料外洩", "数据泄露"],
  ["資通安全", "网络安全"],
  ["資訊保安", "信息安全"],
  ["數碼", "数字"],
  ["數位", "数字"],
  ["駭客", "黑客"],
  ["伺服器", "服务器"],
  ["雲端", "云"],
  ["訊息", "信息"],
  ["自駕車", "自动驾驶汽车"],
  ["網絡", "网络"],
] as const;

export const TAIWAN_PHRASES = TAIWAN_PAIRS.map(([from, to]) => `${from} ${to}`).join("|");

/** Does the text use one of these Taiwan phrases? */
export const hasTaiwanPhrase = (text: string) => TAIWAN_PAIRS.some(([from]) => text.includes(from));
