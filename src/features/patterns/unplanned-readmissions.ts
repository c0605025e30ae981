import type { PatternClaim } from './pattern-store';
import { readmittedStays } from './readmissions';

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

/** Whether a stay is planned care (its principal diagnosis): not an unplanned readmission when it follows another. */
export const isPlannedAdmission = (c: PatternClaim): boolean => PLANNED.test(c.principalDiagnosis ?? '');

/**
 * Stays followed by an unplanned admission of the same member within UNPLANNED_READMISSION_DAYS of discharge, at
 * any institution (the fund's view: readmissions.ts); an admission by transfer is a hand-over and a planned admission a course, neither a readmission.
 */
export function unplannedReadmittedStays(claims: readonly PatternClaim[]): Set<string> {
  return readmittedStays(claims, UNPLANNED_READMISSION_DAYS, isPlannedAdmission);
}
