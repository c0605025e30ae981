// Chinese labels for the domain words the API speaks in English codes.
// Evidence field names (the 3101 response's), violation types (the routes') and the rendering of an evidence value:
// the server's, served by the console router from src/contract/evidence-labels.ts and violation-types.ts.
import { EVIDENCE, VIOLATION_TYPES, evidenceText as valueText } from './contract-labels.js';

export { EVIDENCE, VIOLATION_TYPES };
export const STATUS = { new: '待分配', assigned: '已分配', investigating: '调查中', confirmed: '确认违规', dismissed: '已排除' };
export const DECISION = { pass: '通过', review: '人工复核', reject: '拒付', invalid: '无效' };
export const FAMILY = { grouping: '分组/高套', catalogue: '目录限定', benefits: '待遇支付', history: '就诊历史', anomaly: '统计异常' };
export const SEVERITY = { info: '提示', warn: '警告', block: '拦截' };
export const ACTION = { assign: '领取', start: '开始调查', confirm: '确认违规', dismiss: '排除', reopen: '重新打开' };
export const DISMISSAL_REASONS = ['合理诊疗', '政策允许', '资料已补正', '系统误报', '其他'];
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
/** Why a case is related to the one on screen. */
export const RELATION = { member: '同一参保人', pair: '规则配对', 'doctor-item': '同一医生同一项目' };
/** An evidence value in words, as 3101's vola_evid writes it (evidence-labels.ts evidenceText). */
export const evidenceText = (v) => valueText(v, EVIDENCE);
