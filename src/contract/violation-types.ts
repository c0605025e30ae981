// The national fund-supervision violation categories (《医疗保障基金使用监督管理条例》 and the NHSA's yearly 专项整治
// lists), as listed in issue 20: what a confirmed case and an inspection point record. The values are the Chinese
// names themselves: they are what exports, reports and the audit trail show.

export const VIOLATION_TYPES = [
  '重复收费', '超标准收费', '串换项目', '分解收费', '超限定支付范围', '过度诊疗/检查', '虚记/虚构服务',
  '分解住院', '挂床住院', '低标准入院', '高套病组', '冒名就医', '倒卖药品', '其他',
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];
