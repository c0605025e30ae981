// Code tables of the national 3101/3103 interface (医保信息平台 明细审核事前事中分析服务) as this service maps
// them. One place, documented in README "National 3101/3103 interface".

/** insutype → scheme. */
export const INSUTYPE: Record<string, 'employee' | 'resident'> = { '310': 'employee', '390': 'resident' };

/** med_type → visit type (41 定点药店购药 added beside the three the issue names). */
export const MED_TYPE: Record<string, 'outpatient' | 'chronic' | 'inpatient' | 'pharmacy'> = {
  '11': 'outpatient',
  '14': 'chronic',
  '21': 'inpatient',
  '41': 'pharmacy',
};

/** adm_way 入院途径 (医保结算清单): 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他. */
export const ADM_WAY: Record<string, 'emergency' | 'outpatient' | 'transfer' | 'other'> = { '1': 'emergency', '2': 'outpatient', '3': 'transfer', '9': 'other' };

/** dscg_way 离院方式 (医保结算清单): 1 医嘱离院, 2 医嘱转院, 3 医嘱转社区/乡镇卫生院, 4 非医嘱离院, 5 死亡, 9 其他. */
export const DSCG_WAY: Record<string, 'ordered' | 'transfer' | 'community' | 'against_advice' | 'death' | 'other'> = {
  '1': 'ordered',
  '2': 'transfer',
  '3': 'community',
  '4': 'against_advice',
  '5': 'death',
  '9': 'other',
};

export const GEND: Record<string, 'M' | 'F'> = { '1': 'M', '2': 'F' };

/** hilist_type → item category (101 西药, 102 中成药, 201 医疗服务项目, 301 医用耗材). */
export const HILIST_TYPE: Record<string, 'drug' | 'service' | 'consumable'> = {
  '101': 'drug',
  '102': 'drug',
  '201': 'service',
  '301': 'consumable',
};

export type TriggerStage = 'reminder' | 'review';

/**
 * trig_scen → what is checked and kept. At ordering time the findings are reminders (事前提醒) kept on the
 * encounter; at settlement and pre-settlement the full review runs and flagged encounters become cases.
 */
export const TRIG_SCEN: Record<string, { name: string; stage: TriggerStage }> = {
  '1': { name: '门诊挂号', stage: 'reminder' },
  '2': { name: '门诊收费登记', stage: 'reminder' },
  '3': { name: '住院登记', stage: 'reminder' },
  '4': { name: '住院收费登记', stage: 'reminder' },
  '5': { name: '住院执行医嘱', stage: 'reminder' },
  '6': { name: '门诊结算', stage: 'review' },
  '7': { name: '门诊预结算', stage: 'review' },
  '8': { name: '住院结算', stage: 'review' },
  '9': { name: '住院预结算', stage: 'review' },
  '10': { name: '购药结算', stage: 'review' },
};

/** Our severity → sev_deg (违规程度): 1 明确违规, 2 高度可疑, 3 提醒. */
export const SEV_DEG: Record<string, { code: string; name: string }> = {
  block: { code: '1', name: '明确违规' },
  warn: { code: '2', name: '高度可疑' },
  info: { code: '3', name: '提醒' },
};

/** Our hit family → vola_bhvr_type (违规行为类型), this service's own code list. */
export const VOLA_BHVR_TYPE: Record<string, { code: string; name: string }> = {
  grouping: { code: '11', name: '高套分组/编码' },
  catalogue: { code: '12', name: '超目录限定支付范围/超标准收费' },
  benefits: { code: '13', name: '超待遇/等待期内就医' },
  history: { code: '14', name: '分解住院/重复就诊/重复报销' },
  anomaly: { code: '15', name: '费用结构异常' },
};

/** 3103 dspo_way: 1 继续执行, 2 返回修改. */
export const DSPO_WAY: Record<string, string> = { '1': '继续执行', '2': '返回修改' };
