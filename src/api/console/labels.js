// Chinese labels for the domain words the API speaks in English codes.
export const STATUS = { new: '待分配', assigned: '已分配', investigating: '调查中', confirmed: '确认违规', dismissed: '已排除' };
export const DECISION = { pass: '通过', review: '人工复核', reject: '拒付', invalid: '无效' };
export const FAMILY = { grouping: '分组/高套', catalogue: '目录限定', benefits: '待遇支付', history: '就诊历史', anomaly: '统计异常' };
export const SEVERITY = { info: '提示', warn: '警告', block: '拦截' };
export const ACTION = { assign: '领取', start: '开始调查', confirm: '确认违规', dismiss: '排除', reopen: '重新打开' };
export const DISMISSAL_REASONS = ['合理诊疗', '政策允许', '资料已补正', '系统误报', '其他'];
export const VIOLATION_TYPES = ['重复收费', '超标准收费', '串换项目', '分解收费', '超限定支付范围', '过度诊疗/检查', '虚记/虚构服务', '分解住院', '挂床住院', '低标准入院', '高套病组', '冒名就医', '倒卖药品', '其他'];
export const AUDIT = {
  status: '状态变更', assign: '分配', note: '备注', outcome: '处理结果', 'view-identity': '查看身份信息',
  'key-create': '创建密钥', 'key-revoke': '吊销密钥', 'rules-reload': '重新加载规则', 'model-reload': '重新加载模型',
  'rules-reload-refused': '规则重新加载被拒绝', 'model-reload-refused': '模型重新加载被拒绝',
  'approve-recovery': '审批超额追回',
  'inspection-create': '创建检查任务', 'inspection-record': '记录核查结果', 'inspection-close': '结束检查', 'inspection-report': '导出检查报告',
};
export const ROLE = { intake: '接入', investigator: '稽核员', supervisor: '督导员', auditor: '审计员', admin: '管理员', system: '系统' };
export const VISIT = { inpatient: '住院', outpatient: '门诊', chronic: '门诊慢特病', pharmacy: '药店购药' };
export const CATEGORY = { drug: '药品', service: '诊疗项目', consumable: '医用耗材' };
export const SORT = { amount: '涉及金额', score: '风险分', serviceDate: '就诊日期', updatedAt: '更新时间' };
export const RANK_SORT = { amount: '疑点金额', flagRate: '疑点率', peerRatio: '高于同级倍数', confirmedRate: '确认违规率', risk: '平均风险分' };
export const RESULT = { confirmed: '属实', partial: '部分属实', unfounded: '不属实' };
export const INSPECTION_STATUS = { open: '进行中', closed: '已结束' };
export const POINT_KIND = { claim: '疑点病例', provider: '机构级发现' };
export const APPLIES_TO = { claim: '整单', item: '逐项' };
export const label = (map, key) => map[key] ?? key ?? '—';
/** A from/to value of an audit line in words: case statuses, inspection statuses and point results. */
export const auditValue = (action, v) => {
  if (v === null || v === undefined) return '';
  if (action === 'status') return label(STATUS, v);
  if (action.startsWith('inspection-')) return INSPECTION_STATUS[v] ?? RESULT[v] ?? v;
  return v;
};
export const auditChange = (e) => (e.from || e.to ? `${auditValue(e.action, e.from)} → ${auditValue(e.action, e.to)}` : '');
/** Evidence field names of the rule files (the *.rules.json under rules/) in Chinese; fields already in Chinese stay as they are. */
export const EVIDENCE = {
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
/** Why a case is related to the one on screen. */
export const RELATION = { member: '同一参保人', pair: '规则配对', 'doctor-item': '同一医生同一项目' };
/** An evidence value in words: yes/no as 是/否, lists joined, anything else as text. */
export const evidenceText = (v) => {
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map(evidenceText).join('、');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${EVIDENCE[k] ?? k}：${evidenceText(x)}`).join('；');
  return String(v);
};
