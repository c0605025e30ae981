import type { ExportCase } from './export-store';
import { sumTallies, type MonthAggregate, type Tally } from './aggregate';
import { atLeastPercent, percent, score, yuan } from './format';
import { ruleDescription, type RuleDescriptions } from './rule-descriptions';
import { maskIdNumber, maskInsuredId, maskName } from './masking';

// The tables of an export: one definition each (name, sheet, columns with a Chinese header and the English
// field name), and the functions that turn aggregates and cases into rows of cells. CSV and XLSX write the
// same cells, so the two formats hold the same tables. Cells are strings or integers, never floats. Text is
// written as it is here; the writers make every cell safe (safe-cell.ts).

export type Cell = string | number;

export interface Column {
  zh: string;
  /** The English field name: stable for scripts, shown after the Chinese header. */
  en: string;
  width?: number;
}

export interface TableDef {
  /** File name (without .csv), API `table=` value and manifest key. */
  name: TableName;
  sheet: string;
  columns: readonly Column[];
}

export type TableName = 'summary' | 'by-region' | 'by-institution' | 'by-rule' | 'cases' | 'patterns';
export const TABLE_NAMES: readonly TableName[] = ['summary', 'by-region', 'by-institution', 'by-rule', 'cases', 'patterns'];

/** "申报金额 (totalClaimed)" */
export const header = (c: Column): string => `${c.zh} (${c.en})`;

/**
 * The DRG/DIP target (share of inpatient fund spending, e.g. 川办发〔2023〕38号's 70%以上) is a policy value per
 * province (rules/benefits/policies.json drgDipFundShareTarget): a percent, null where none is set, or
 * 'by-province' on a summary over provinces whose targets differ (the by-region table then shows each).
 */
export type DrgDipTarget = number | null | 'by-province';

const TALLY_COLUMNS: readonly Column[] = [
  { zh: '审核件数', en: 'claimsReviewed' },
  { zh: '疑点件数', en: 'flagged' },
  { zh: '拒付件数', en: 'rejected' },
  { zh: '疑点率', en: 'flagRate' },
  { zh: '申报总金额(元)', en: 'totalClaimed', width: 16 },
  { zh: '申报统筹金额(元)', en: 'fundClaimed', width: 16 },
  { zh: '涉及金额(元)', en: 'amountAtStake', width: 16 },
];

const DRG_COLUMNS: readonly Column[] = [
  { zh: '住院统筹金额(元)', en: 'inpatientFundClaimed', width: 16 },
  { zh: 'DRG/DIP付费统筹金额(元)', en: 'drgDipFundClaimed', width: 16 },
  { zh: 'DRG/DIP付费占住院统筹支出', en: 'drgDipShare' },
  { zh: '目标', en: 'drgDipTarget' },
  { zh: '是否达标', en: 'drgDipTargetMet' },
];

export const TABLES: Record<TableName, TableDef> = {
  summary: {
    name: 'summary',
    sheet: '汇总 summary',
    columns: [
      { zh: '险种', en: 'insuranceType' },
      { zh: '就诊类型', en: 'visitType' },
      ...TALLY_COLUMNS,
      ...DRG_COLUMNS,
    ],
  },
  'by-region': {
    name: 'by-region',
    sheet: '按统筹区 by-region',
    columns: [{ zh: '省份', en: 'province' }, { zh: '统筹区', en: 'region' }, ...TALLY_COLUMNS, ...DRG_COLUMNS],
  },
  'by-institution': {
    name: 'by-institution',
    sheet: '按机构 by-institution',
    columns: [
      { zh: '定点机构编码', en: 'hospitalId', width: 16 },
      { zh: '统筹区', en: 'region' },
      { zh: '医院等级', en: 'hospitalLevel' },
      ...TALLY_COLUMNS,
    ],
  },
  'by-rule': {
    name: 'by-rule',
    sheet: '按规则 by-rule',
    columns: [
      { zh: '规则编号', en: 'ruleId', width: 36 },
      { zh: '规则名称', en: 'title', width: 36 },
      { zh: '结果类型', en: 'resultType' },
      { zh: '政策依据', en: 'basis', width: 60 },
      { zh: '规则类别', en: 'family' },
      { zh: '严重程度', en: 'severity' },
      { zh: '命中次数', en: 'hits' },
      { zh: '命中件数', en: 'claims' },
      { zh: '命中金额(元)', en: 'hitAmount', width: 16 },
      { zh: '立案件数', en: 'cases' },
      { zh: '查实件数', en: 'confirmed' },
      { zh: '排除件数', en: 'dismissed' },
      { zh: '查实率', en: 'confirmedRate' },
    ],
  },
  cases: {
    name: 'cases',
    sheet: '疑点案件 cases',
    columns: [
      { zh: '结算单号', en: 'claimId', width: 30 },
      { zh: '就诊日期', en: 'serviceDate', width: 12 },
      { zh: '统筹区', en: 'region' },
      { zh: '定点机构编码', en: 'hospitalId', width: 16 },
      { zh: '医院等级', en: 'hospitalLevel' },
      { zh: '科室', en: 'department' },
      { zh: '医师编码', en: 'doctorId' },
      { zh: '险种', en: 'insuranceType' },
      { zh: '就诊类型', en: 'visitType' },
      { zh: '参保人编号(脱敏)', en: 'insuredIdMasked' },
      { zh: '姓名(脱敏)', en: 'patientNameMasked' },
      { zh: '身份证号(脱敏)', en: 'idNumberMasked', width: 20 },
      { zh: '审核结论', en: 'decision' },
      { zh: '案件结论', en: 'caseDecision' },
      { zh: '风险评分', en: 'riskScore' },
      { zh: '命中规则', en: 'ruleIds', width: 48 },
      { zh: '申报总金额(元)', en: 'totalClaimed', width: 16 },
      { zh: '申报统筹金额(元)', en: 'fundClaimed', width: 16 },
      { zh: '涉及金额(元)', en: 'amountAtStake', width: 16 },
      { zh: '案件状态', en: 'status' },
      { zh: '核查结果', en: 'outcome' },
      { zh: '经办人', en: 'assignee' },
      { zh: '追回金额(元)', en: 'amountToRecover', width: 16 },
    ],
  },
  // Provider-level patterns (issue 19); rows in pattern-sheet.ts.
  patterns: {
    name: 'patterns',
    sheet: '机构医师异常模式 patterns',
    columns: [
      { zh: '主体', en: 'providerKind' },
      { zh: '定点机构编码', en: 'hospitalId', width: 16 },
      { zh: '医师编码', en: 'doctorId' },
      { zh: '统筹区', en: 'region' },
      { zh: '医院等级', en: 'hospitalLevel' },
      { zh: '科室', en: 'department' },
      { zh: '指标', en: 'metric' },
      { zh: '项目编码', en: 'itemCode', width: 14 },
      { zh: '说明', en: 'title', width: 40 },
      { zh: '件数', en: 'count' },
      { zh: '样本量', en: 'volume' },
      { zh: '本身比率', en: 'rate' },
      { zh: '收缩后比率', en: 'shrunkRate' },
      { zh: '同级同区比率', en: 'peerRate' },
      { zh: '倍数', en: 'ratio' },
      { zh: '先验相当件数', en: 'priorStrength' },
      { zh: '同级主体数', en: 'peers' },
      { zh: '期间起', en: 'periodFrom', width: 12 },
      { zh: '期间止', en: 'periodTo', width: 12 },
      { zh: '证据结算单号', en: 'evidenceClaimIds', width: 60 },
    ],
  },
};

function tallyCells(t: Tally): Cell[] {
  return [t.claims, t.flagged, t.rejected, percent(t.flagged, t.claims), yuan(t.totalFen), yuan(t.fundClaimedFen), yuan(t.amountAtStakeFen)];
}

function drgCells(t: Tally, target: DrgDipTarget): Cell[] {
  if (t.inpatientClaims === 0) return ['', '', '', '', ''];
  const figures = [yuan(t.inpatientFundFen), yuan(t.groupPaidFundFen), percent(t.groupPaidFundFen, t.inpatientFundFen)];
  if (target === null) return [...figures, '', ''];
  if (target === 'by-province') return [...figures, '按省 by province', ''];
  return [...figures, `≥${target}%`, atLeastPercent(t.groupPaidFundFen, t.inpatientFundFen, target) ? '是 yes' : '否 no'];
}

const ALL = '合计 all';
const sorted = <V>(m: Map<string, V>): [string, V][] => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Each scheme × visit type, each scheme's subtotal, each visit type's subtotal, and the grand total last. */
export function summaryRows(a: MonthAggregate, target: DrgDipTarget): Cell[][] {
  const rows: Cell[][] = [];
  const split = sorted(a.byScheme).map(([k, t]) => ({ scheme: k.split('|')[0], visit: k.split('|')[1], t }));
  const schemes = [...new Set(split.map((s) => s.scheme))];
  const visits = [...new Set(split.map((s) => s.visit))].sort();
  for (const scheme of schemes) {
    const mine = split.filter((s) => s.scheme === scheme);
    for (const s of mine) rows.push([scheme, s.visit, ...tallyCells(s.t), ...drgCells(s.t, target)]);
    const sub = sumTallies(mine.map((s) => s.t));
    rows.push([scheme, ALL, ...tallyCells(sub), ...drgCells(sub, target)]);
  }
  for (const visit of visits) {
    const sub = sumTallies(split.filter((s) => s.visit === visit).map((s) => s.t));
    rows.push([ALL, visit, ...tallyCells(sub), ...drgCells(sub, target)]);
  }
  rows.push([ALL, ALL, ...tallyCells(a.total), ...drgCells(a.total, target)]);
  return rows;
}

/** `targetFor`: the province's DRG/DIP target percent, null where none is set. */
export function regionRows(a: MonthAggregate, targetFor: (province: string) => number | null): Cell[][] {
  return sorted(a.byRegion).map(([region, t]) => [region.slice(0, 2), region, ...tallyCells(t), ...drgCells(t, targetFor(region.slice(0, 2)))]);
}

export function institutionRows(a: MonthAggregate): Cell[][] {
  return sorted(a.byInstitution).map(([id, t]) => [id, t.region, t.level, ...tallyCells(t)]);
}

export function ruleRows(a: MonthAggregate, rules?: RuleDescriptions): Cell[][] {
  return sorted(a.byRule).map(([ruleId, r]) => [
    ruleId,
    ruleDescription(rules, ruleId)?.title ?? '',
    ruleDescription(rules, ruleId)?.resultType ?? '',
    ruleDescription(rules, ruleId)?.basis.join('；') ?? '',
    r.family,
    [...r.severities].sort().join('/'),
    r.hits,
    r.claims,
    yuan(r.amountFen),
    r.cases,
    r.confirmed,
    r.dismissed,
    percent(r.confirmed, r.confirmed + r.dismissed),
  ]);
}

/** What case work says about a case (CaseWorkStore.getCaseWork), when the store has it. */
export interface CaseWorkFacts {
  assignee: string | null;
  amountToRecoverFen: number | null;
}

const OUTCOME: Record<string, string> = { confirmed: '查实 confirmed', dismissed: '排除 dismissed' };

/** One case-list row; patient identifiers masked, never whole. */
export function caseRow(c: ExportCase, work: CaseWorkFacts | null): Cell[] {
  const s = c.summary;
  return [
    c.claimId,
    s.serviceDate,
    s.region,
    s.hospitalId,
    s.hospitalLevel,
    s.department ?? '',
    s.doctorId ?? '',
    s.insuranceType,
    s.visitType,
    maskInsuredId(c.patient.insuredId),
    c.patient.name ? maskName(c.patient.name) : '',
    c.patient.idNumber ? maskIdNumber(c.patient.idNumber) : '',
    s.decision,
    c.caseDecision,
    score(s.riskScore),
    s.ruleIds.join(';'),
    yuan(s.totalFen),
    yuan(s.fundClaimedFen),
    yuan(s.amountAtStakeFen),
    c.status,
    OUTCOME[c.status] ?? '',
    work?.assignee ?? '',
    work?.amountToRecoverFen == null ? '' : yuan(work.amountToRecoverFen),
  ];
}
