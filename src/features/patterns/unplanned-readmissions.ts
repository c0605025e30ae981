import type { PatternClaim } from './pattern-store';

// 出院后31天内非计划再住院率: the national quality indicator of a hospital's readmissions (国家卫生健康委
// 《三级医院评审标准（2022年版）》第二部分 医疗服务能力与质量安全监测数据, 住院患者出院后0～31天非预期再住院率).
// A split stay (分解住院) timed just past the 15-day window of history.split-hospitalisation is still a readmission
// here; a planned one is not: a chemotherapy or radiotherapy session (Z51), the care a first stay scheduled (Z47
// orthopaedic, Z48 surgical follow-up care), dialysis (Z49) and rehabilitation (Z50) are courses, not failures of
// the first stay (as the indicator and the CMS/Yale planned-readmission algorithm leave them out).

/** 以内: the 31st day after discharge counts (the indicator's 0–31 days). */
export const UNPLANNED_READMISSION_DAYS = 31;

/** Principal-diagnosis categories of a planned admission (ICD-10 Z47–Z51). */
const PLANNED = /^Z(4[789]|5[01])/i;

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const byDate = (a: PatternClaim, b: PatternClaim) => a.serviceDate.localeCompare(b.serviceDate) || a.claimId.localeCompare(b.claimId);

/** Whether a stay is planned care (its principal diagnosis): not an unplanned readmission when it follows another. */
export const isPlannedAdmission = (c: PatternClaim): boolean => PLANNED.test(c.principalDiagnosis ?? '');

/**
 * Stays followed by an unplanned admission of the same member within UNPLANNED_READMISSION_DAYS of discharge, at
 * any institution; an admission by transfer is a hand-over and a planned admission a course, neither a readmission.
 */
export function unplannedReadmittedStays(claims: readonly PatternClaim[]): Set<string> {
  const byMember = new Map<string, PatternClaim[]>();
  for (const c of claims) {
    if (c.visitType !== 'inpatient' || c.insuredId === null || c.endDate === null) continue;
    const mine = byMember.get(c.insuredId);
    if (mine) mine.push(c);
    else byMember.set(c.insuredId, [c]);
  }
  const out = new Set<string>();
  for (const stays of byMember.values()) {
    stays.sort(byDate);
    for (let i = 0; i < stays.length; i++) {
      for (let j = i + 1; j < stays.length; j++) {
        const next = stays[j];
        const gap = days(stays[i].endDate!, next.serviceDate);
        if (gap > UNPLANNED_READMISSION_DAYS) break;
        if (gap >= 0 && next.admissionRoute !== 'transfer' && !isPlannedAdmission(next)) {
          out.add(stays[i].claimId);
          break;
        }
      }
    }
  }
  return out;
}
