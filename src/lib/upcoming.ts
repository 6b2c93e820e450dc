import type { Localized } from "../schemas/common.ts";

/**
 * Documents being prepared (not yet published, so never linked). Listed on the
 * home page so readers know what is coming; remove an entry when its report lands.
 */
export const upcoming: readonly Localized[] = [
  { zh: "前沿人工智能安全的最佳实践（2024年1月）", en: "Best Practices for Frontier AI Safety (January 2024)" },
  { zh: "前沿大模型的风险、安全与治理（2023年）", en: "Frontier Large Models: Risks, Safety and Governance (2023)" },
  { zh: "世界人工智能大会 2024 前沿人工智能安全与治理论坛：议程与实录", en: "WAIC 2024 Frontier AI Safety and Governance Forum: agenda and transcript" },
];
