import { addDays } from '../../../src/contract/dates';
import type { ReviewedClaim } from '../../../src/features/reviews/review-store';
import { makeClaim, makeHit, makeItem, makeOutpatientClaim, makeReviewed } from '../../helpers/fixtures';

// Reviewed claims with provider patterns in them, for the pattern tests (store contract, service, CLI):
// six neurology doctors of level-3 hospitals in 510100 seeing outpatients, one of whom orders the costly
// head MRI (002401010010001, ¥450 in the sample catalogue) on 12 of 20 claims where the others order it on 2 of
// 20, and a doctor with a single claim that carries it (100%, the case shrinkage is for). Inpatient stays at
// two hospitals give readmission and upcoding.

export const COSTLY = '002401010010001';
export const PERIOD = { from: '2025-03-01', to: '2025-03-31' };
/** The quarter of the admission cluster (集中诱导住院): level-1 hospitals, elderly members, vague diagnoses. */
export const CLUSTER_PERIOD = { from: '2025-01-01', to: '2025-03-31' };

const visit = (id: string, hospitalId: string, doctorId: string, day: number, mri: boolean): ReviewedClaim => {
  const date = addDays('2025-03-01', day % 28);
  const items = [
    makeItem({ lineId: '1', code: '001102000010001', name: '普通门诊诊察费', category: 'service', date, quantity: 1, unitPrice: 10 }),
    ...(mri ? [makeItem({ lineId: '2', code: COSTLY, name: '头颅MRI平扫', category: 'service', date, quantity: 1, unitPrice: 450 })] : []),
  ];
  return makeReviewed(
    makeOutpatientClaim({
      claimId: id,
      visitDate: date,
      items,
      patient: { insuredId: `INS-${id}`, gender: 'F', birthDate: '1970-01-01' },
      provider: { hospitalId, level: 3, department: '神经内科', doctorId },
    }),
  );
};

const stay = (id: string, hospitalId: string, doctorId: string, insuredId: string, admission: string, days: number, ruleIds: string[] = []): ReviewedClaim =>
  makeReviewed(
    makeClaim({
      claimId: id,
      admissionDate: admission,
      dischargeDate: addDays(admission, days),
      patient: { insuredId, gender: 'M', birthDate: '1958-06-12' },
      provider: { hospitalId, level: 3, department: '心内科', doctorId },
    }),
    ruleIds.length ? { decision: 'review', hits: ruleIds.map((ruleId) => makeHit({ ruleId, amount: 100 })) } : {},
  );

/** A level-1 stay of a member aged 74 with a vague principal diagnosis (头晕, 脑供血不足). */
const lightStay = (id: string, hospitalId: string, admission: string): ReviewedClaim =>
  makeReviewed(
    makeClaim({
      claimId: id,
      admissionDate: admission,
      dischargeDate: addDays(admission, 7),
      patient: { insuredId: `INS-${id}`, gender: 'F', birthDate: '1950-05-05' },
      provider: { hospitalId, level: 1, department: '内科', doctorId: `${hospitalId}-D` },
      diagnoses: [{ code: id.endsWith('1') ? 'I67.800x002' : 'R42.x00', principal: true }, { code: 'I10.x00' }],
      procedures: [],
    }),
  );

/**
 * Four township hospitals admit 20 such stays each, spread over the quarter; HC-CLUSTER admits 6 spread and 12
 * within five days from 2025-02-10 (the cluster's claims are IP-HC-CLUSTER-Cxx).
 */
export function clusterClaims(): ReviewedClaim[] {
  const out: ReviewedClaim[] = [];
  for (const h of ['HC-1', 'HC-2', 'HC-3', 'HC-4']) for (let i = 0; i < 20; i++) out.push(lightStay(`IP-${h}-${i}`, h, addDays(CLUSTER_PERIOD.from, Math.floor((i * 90) / 20))));
  for (let i = 0; i < 6; i++) out.push(lightStay(`IP-HC-CLUSTER-S${i}`, 'HC-CLUSTER', addDays(CLUSTER_PERIOD.from, i * 15)));
  for (let i = 0; i < 12; i++) out.push(lightStay(`IP-HC-CLUSTER-C${String(i).padStart(2, '0')}`, 'HC-CLUSTER', addDays('2025-02-10', i % 5)));
  return out;
}

export function patternClaims(): ReviewedClaim[] {
  const out: ReviewedClaim[] = [];
  const doctors: [string, string, number][] = [
    ['H1', 'D-MRI', 12],
    ['H1', 'D11', 2],
    ['H2', 'D21', 2],
    ['H2', 'D22', 2],
    ['H3', 'D31', 2],
    ['H3', 'D32', 2],
  ];
  for (const [hospitalId, doctorId, withMri] of doctors) {
    for (let i = 0; i < 20; i++) out.push(visit(`OP-${doctorId}-${String(i).padStart(2, '0')}`, hospitalId, doctorId, i, i < withMri));
  }
  out.push(visit('OP-D-ONE-00', 'H3', 'D-ONE', 3, true));
  // Inpatient: H4 readmits 4 of its 12 stays within 15 days (the 15th day included); H5 and H6 none of theirs.
  // H4's stays also carry upcoding on 5 of 12.
  for (let i = 0; i < 12; i++) {
    const member = `M4-${i}`;
    out.push(stay(`IP-H4-${i}`, 'H4', 'D41', member, addDays('2025-03-01', i), 4, i < 5 ? ['grouping.upcoding-drg'] : []));
    if (i < 4) out.push(stay(`IP-H4-${i}-R`, 'H7', 'D71', member, addDays('2025-03-01', i + 4 + (i === 0 ? 15 : 3)), 3));
  }
  for (const h of ['H5', 'H6']) for (let i = 0; i < 12; i++) out.push(stay(`IP-${h}-${i}`, h, `D${h}`, `M${h}-${i}`, addDays('2025-03-01', i), 4));
  out.push(...clusterClaims());
  return out;
}
