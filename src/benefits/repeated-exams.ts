import { admissionRouteName } from '../contract/claim';
import { daysBetween } from '../contract/dates';
import { toYuan } from '../money/fen';
import type { BenefitItem } from './benefit-claim';
import type { HistoryKnowledge } from './history-knowledge';
import type { MemberClaim } from './member-claim';

// 检查检验结果互认 (《医疗机构检查检验结果互认管理办法》国卫医发〔2022〕6号): results that meet the conditions and serve the
// diagnosis are recognised and not repeated — above all within the one institution that produced them. The 办法
// tells 检查 (images and data from 超声、X线、核磁共振、电生理、核医学: 第二条) from 检验 (laboratory values) and lets a test be
// repeated when the condition changed, when the result changes fast in the course of the disease (the admission
// blood count, CRP, electrolytes of an acute illness), before an operation or transfusion, and in an emergency. An
// examination of a stable patient seen at the clinic days before a planned admission, done again on the admission
// day at the same hospital, is none of these: 重复检查、重复收费.

export interface RepeatedExams {
  /** The first outpatient visit whose examinations the stay repeats; every such visit; their dates. */
  visitClaimId: string;
  visits: string;
  dates: string;
  /** Days from the latest such visit to admission. */
  daysBeforeAdmission: number;
  /** Names of the repeated examinations. */
  names: string;
  /** 入院途径 as the investigator reads it (a claim without the field is judged as a planned admission and says so). */
  route: string;
  /** The stay's lines repeating them, and their money (yuan). */
  lineIds: string[];
  amount: number;
}

const key = (code: string, row: string | undefined | null) => row ?? code;

/**
 * A planned stay (not an emergency admission) billing on its admission day an examination (catalogue subcategory
 * exam) that an outpatient visit at the same hospital billed 1 to windowDays days before (limits.json
 * repeatedExam; the examinations it lists as serial, such as fetal monitoring, are not counted). Laboratory tests
 * are not judged: their values change in acute illness and before an operation. Later days of the stay are its
 * follow-up. Read on the stay, which settles after the visits (settlement order); a visit arriving after its stay
 * is not compared (the stay's ledger entry keeps no dates of its examinations).
 */
export function repeatedExams(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RepeatedExams | null {
  const cfg = k.limits.repeatedExam;
  if (!cfg || me.visitType !== 'inpatient' || me.admissionRoute === 'emergency') return null;
  const serial = new Set(cfg.notCounted);
  const visits = prior
    .filter((e) => e.visitType === 'outpatient' && e.hospitalId === me.hospitalId)
    .map((e) => ({ e, gap: daysBetween(e.serviceDate, me.serviceDate) }))
    .filter((v) => v.gap >= 1 && v.gap <= cfg.windowDays)
    // The latest visit first, whatever order the visits arrived in: its exams are the ones the stay repeats.
    .sort((x, y) => x.gap - y.gap || (x.e.claimId < y.e.claimId ? -1 : x.e.claimId > y.e.claimId ? 1 : 0));
  if (!visits.length) return null;
  const examsBefore = new Map<string, MemberClaim>();
  for (const { e } of visits) {
    for (const l of e.lines ?? []) {
      const code = key(l.code, l.row);
      if (l.exam && !serial.has(code) && !examsBefore.has(code)) examsBefore.set(code, e);
    }
  }
  const repeated = items.filter((i) => i.date === me.serviceDate && i.catalogue?.subcategory === 'exam' && examsBefore.has(key(i.code, i.catalogue.code)));
  if (!repeated.length) return null;
  const from = [...new Set(repeated.map((i) => examsBefore.get(key(i.code, i.catalogue?.code))!))].sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : 1));
  return {
    visitClaimId: from[0].claimId,
    visits: from.map((e) => e.claimId).join('、'),
    dates: from.map((e) => e.serviceDate).join('、'),
    daysBeforeAdmission: daysBetween(from[from.length - 1].serviceDate, me.serviceDate),
    names: [...new Set(repeated.map((i) => i.name))].join('、'),
    route: admissionRouteName(me.admissionRoute) ?? '未填写（按非急诊入院判断）',
    lineIds: repeated.map((i) => i.lineId),
    amount: toYuan(repeated.reduce((s, i) => s + i.amountFen, 0)),
  };
}
