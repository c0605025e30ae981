// Evidence field names of the rule files (the *.rules.json under rules/) in Chinese; fields already in Chinese stay as
// they are. Read by the national 3101 response (vola_evid) and by the console, which the console router serves it to
// as an ES module (/contract-labels.js): one table for both.
export const EVIDENCE_LABELS: Readonly<Record<string, string>> = {
  waitingDays: '等待期（天）', fixedDays: '固定等待期（天）', variableDays: '变动等待期（天）', benefitsFrom: '待遇享受起始日', serviceDate: '就诊日期',
  policyScope: '政策范围内费用', deductible: '起付线', ratio: '支付比例', capGroup: '限额病种', annualCap: '年度最高支付限额', capRemaining: '剩余最高支付限额', entitled: '应由统筹支付', claimed: '申报统筹支付', ceiling: '任何待遇的统筹支付上限',
  contributionYears: '缴费年限', minimum: '最低缴费年限', itemClass: '甲乙丙类', inCatalogue: '在目录内', policyClaimed: '申报政策范围金额',
  policySupported: '核定政策范围金额', limit: '限定条件', actual: '实际情况', catalogueRow: '目录编码', catalogueVersion: '目录版本',
  ageMin: '限定最小年龄', ageMax: '限定最大年龄', date: '日期', excess: '超出金额', duplicateOf: '重复于', includedIn: '已包含于',
  exclusiveWith: '互斥项目', lengthOfStay: '住院天数', billed: '超出住院天数的计费', dates: '日期', serviceFrom: '入院日期', serviceTo: '出院日期',
  reported: '申报病组', computed: '核定病组', reportedWeight: '申报权重', computedWeight: '核定权重', weightDifference: '权重差',
  baseRate: '费率', reportedScore: '申报分值', computedScore: '核定分值', paymentScheme: '支付方式', fundClaimed: '统筹申报金额',
  total: '总费用', normCost: '病组标准费用', costRatio: '费用倍率', weight: '权重', normLos: '标准住院天数', losRatio: '住院天数倍率', dailyCostRatio: '日均费用倍率',
  principalDiagnosis: '主要诊断', procedures: '手术操作', computedDrg: '核定病组', complication: '并发症/合并症', kind: '类型', expected: '应有依据',
  explainedItems: '属其他诊断常规诊疗的项目',
  previousClaim: '前次住院单据', daysSinceDischarge: '距前次出院天数', sameCategory: '诊断同类目', sameMdc: '同一主要诊断大类', relation: '两次住院的关联',
  otherClaim: '另一单据', otherFrom: '另一单据开始日期', otherTo: '另一单据结束日期', nested: '完全包含于另一住院', otherHospital: '另一医疗机构',
  sameCondition: '同一病情', codes: '相同项目编码', drugs: '相同药品', stayFrom: '住院开始', stayTo: '住院结束', claims: '相关单据',
  drug: '药品', onHandDays: '尚余用药天数', limitDays: '限定天数', earlierClaims: '此前购药单据', institutions: '购药机构数',
  hospitals: '购药机构', windowDays: '统计窗口（天）', items: '项目', otherClaims: '其他单据', detail: '情况说明',
};

/**
 * An evidence value in words, as the console shows it and 3101's vola_evid writes it: yes/no as 是/否, none as —, lists
 * joined by 、, a nested record (a pair's other claim) as its fields named by `labels`. The console router serves this
 * function's own text (Function#toString) beside the table, so it names nothing outside itself: the labels are passed.
 */
export function evidenceText(v: unknown, labels: Readonly<Record<string, string>>): string {
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map((x) => evidenceText(x, labels)).join('、');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${labels[k] ?? k}：${evidenceText(x, labels)}`).join('；');
  return String(v);
}

/** An evidence field's name as an investigator reads it. */
export function evidenceLabel(key: string): string {
  return EVIDENCE_LABELS[key] ?? key;
}
