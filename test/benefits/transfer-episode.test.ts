import { isTransfer, lateralTransfer, referredUpForTreatment, returnAfterTreatment, transferPair } from '../../src/benefits/transfer-episode';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

// The shipped knowledge: related-conditions.json courseStays names the rehabilitation categories.
const k = shippedRules.current().refs.history!;

const stay = (claimId: string, hospitalId: string, serviceDate: string, endDate: string, extra: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType: 'inpatient', serviceDate, endDate, hospitalId,
  principalCategory: 'I21', mdc: 'F', totalFen: 100_000, policyFen: 100_000, fundClaimedFen: 80_000, itemsSignature: claimId,
  serviceCodes: [], ...extra,
});

describe('a transfer between hospitals', () => {
  const sender = stay('A', 'H1', '2025-03-01', '2025-03-06', { dischargeMode: 'transfer' });

  it('hands the patient on the same or the next day', () => {
    expect(isTransfer(sender, stay('B', 'H2', '2025-03-06', '2025-03-10', { admissionRoute: 'transfer' }), 0)).toBe(true);
    expect(isTransfer(sender, stay('B', 'H2', '2025-03-07', '2025-03-10', { admissionRoute: 'transfer' }), 1)).toBe(true);
    expect(isTransfer(sender, stay('B', 'H2', '2025-03-09', '2025-03-12', { admissionRoute: 'transfer' }), 3)).toBe(false);
  });

  it('is not a stay that began before the sender ended (two beds at once)', () => {
    const overlapping = stay('B', 'H2', '2025-03-04', '2025-03-10', { admissionRoute: 'transfer', transferFromHospitalId: 'H1' });
    expect(isTransfer(sender, overlapping, -2)).toBe(false);
    expect(transferPair(sender, overlapping)).toBe(false);
  });
});

describe('a round trip up and back (双向转诊)', () => {
  // A rehabilitation stay (level 2) transferred up for a deep-vein thrombosis (level 3) and back to rehabilitation.
  const rehab = stay('A', 'H1', '2026-05-01', '2026-05-14', { principalCategory: 'I69', hospitalLevel: 2, codes: ['I69.300', 'G81.900', 'I10.x00'], dischargeMode: 'transfer' });
  const up = (extra: Partial<MemberClaim>) => stay('B', 'H2', '2026-05-14', '2026-05-22', { admissionRoute: 'transfer', transferFromHospitalId: 'H1', dischargeMode: 'transfer', ...extra });
  const back = stay('C', 'H1', '2026-05-22', '2026-06-07', { principalCategory: 'I69', hospitalLevel: 2, admissionRoute: 'transfer', transferFromHospitalId: 'H2' });

  it('is a return after treatment when a higher-level hospital treated a condition the first stay did not have', () => {
    const dvt = up({ principalCategory: 'I80', hospitalLevel: 3 });
    expect(returnAfterTreatment(rehab, back, [rehab, dvt], k)?.claimId).toBe('B');
  });

  it('is not when the other hospital is of the same level or treated the same condition (ping-pong transfers)', () => {
    expect(returnAfterTreatment(rehab, back, [rehab, up({ principalCategory: 'I80', hospitalLevel: 2 })], k)).toBeNull();
    expect(returnAfterTreatment(rehab, back, [rehab, up({ principalCategory: 'I69', hospitalLevel: 3 })], k)).toBeNull();
  });
});

describe('a round trip to another specialty at the same level (精神科住院并发肺炎转综合医院后转回)', () => {
  const ward = stay('A', 'H1', '2025-02-15', '2025-03-14', { principalCategory: 'F20', hospitalLevel: 3, department: 'psychiatry', codes: ['F20.501'], dischargeMode: 'transfer' });
  const general = (extra: Partial<MemberClaim>) => stay('B', 'H2', '2025-03-14', '2025-03-24', { hospitalLevel: 3, admissionRoute: 'transfer', transferFromHospitalId: 'H1', dischargeMode: 'transfer', ...extra });
  const back = stay('C', 'H1', '2025-03-24', '2025-04-10', { principalCategory: 'F20', hospitalLevel: 3, department: 'psychiatry', admissionRoute: 'transfer', transferFromHospitalId: 'H2' });

  it('is a return when another specialty treated a condition the first stay did not have', () => {
    expect(returnAfterTreatment(ward, back, [ward, general({ principalCategory: 'J18', department: 'internal_medicine' })], k)?.claimId).toBe('B');
  });

  it('is not when the other hospital took the same condition, or the same specialty, or its department is unknown', () => {
    expect(returnAfterTreatment(ward, back, [ward, general({ principalCategory: 'F20', department: 'psychiatry' })], k)).toBeNull();
    expect(returnAfterTreatment(ward, back, [ward, general({ principalCategory: 'J18', department: 'psychiatry' })], k)).toBeNull();
    expect(returnAfterTreatment(ward, back, [ward, general({ principalCategory: 'J18' })], k)).toBeNull();
  });
});

describe('back down for rehabilitation after the acute phase (下转康复)', () => {
  // A township's one-night stroke stay, the county hospital's neurology stay, the township's rehabilitation stay.
  const township = stay('A', 'H1', '2025-01-18', '2025-01-19', { principalCategory: 'I63', hospitalLevel: 1, codes: ['I63.900', 'I10.x00x002'], dischargeMode: 'transfer' });
  const county = stay('B', 'H2', '2025-01-19', '2025-01-28', { principalCategory: 'I63', hospitalLevel: 2, admissionRoute: 'transfer', transferFromHospitalId: 'H1', dischargeMode: 'transfer' });
  const back = (principalCategory: string) => stay('C', 'H1', '2025-01-28', '2025-02-08', { principalCategory, hospitalLevel: 1, admissionRoute: 'transfer', transferFromHospitalId: 'H2' });

  it('is a return when the patient comes back coded for the rehabilitation (I69, Z50) of the event the higher level treated', () => {
    expect(returnAfterTreatment(township, back('I69'), [township, county], k)?.claimId).toBe('B');
    expect(returnAfterTreatment(township, back('Z50'), [township, county], k)?.claimId).toBe('B');
    // Paralysis after the stroke (G81 偏瘫) is a rehabilitation course's coding too (related-conditions.json courseStays).
    expect(returnAfterTreatment(township, back('G81'), [township, county], k)?.claimId).toBe('B');
  });

  it('is not when the return is coded the acute event again, or the other hospital is of the same level', () => {
    expect(returnAfterTreatment(township, back('I63'), [township, county], k)).toBeNull();
    expect(returnAfterTreatment(township, back('I69'), [township, { ...county, hospitalLevel: 1 }], k)).toBeNull();
  });
});

describe('a referral up for an intervention (上转治疗: county angiography, the PCI at the chest-pain centre days later)', () => {
  const line = (lineId: string, code: string, date: string) => ({ lineId, code, date, kind: 'service', operation: true }) as unknown as NonNullable<MemberClaim['lines']>[number];
  const county = stay('A', 'H1', '2025-08-20', '2025-08-22', { principalCategory: 'I20', hospitalLevel: 2, dischargeMode: 'transfer', lines: [line('1', '003101010010001', '2025-08-21')] });
  const centre = (extra: Partial<MemberClaim> = {}) => stay('B', 'H2', '2025-08-27', '2025-08-30', {
    principalCategory: 'I25', hospitalLevel: 3, admissionRoute: 'transfer', transferFromHospitalId: 'H1', lines: [line('1', '003101010020001', '2025-08-28')], ...extra,
  });

  it('is a referral when a higher-level hospital, admitting by transfer from the first, did an intervention the first did not', () => {
    expect(referredUpForTreatment(county, centre())).toBe(true);
  });

  it('is not within one level, without both transfer fields, or with no new intervention', () => {
    expect(referredUpForTreatment(county, centre({ hospitalLevel: 2 }))).toBe(false);
    expect(referredUpForTreatment(county, centre({ transferFromHospitalId: null }))).toBe(false);
    expect(referredUpForTreatment({ ...county, dischargeMode: 'ordered' }, centre())).toBe(false);
    expect(referredUpForTreatment(county, centre({ lines: [line('1', '003101010010001', '2025-08-28')] }))).toBe(false);
  });
});

describe('a transfer within one level for the same care (同级转院)', () => {
  const sender = stay('A', 'H1', '2025-03-01', '2025-03-06', { dischargeMode: 'transfer', hospitalLevel: 2, principalCategory: 'J44', lines: [] });
  const receiver = (extra: Partial<MemberClaim>) => stay('B', 'H2', '2025-03-06', '2025-03-12', { admissionRoute: 'transfer', transferFromHospitalId: 'H1', hospitalLevel: 2, principalCategory: 'J44', lines: [], ...extra });
  const op = { lineId: '9', code: '003101010020001', date: '2025-03-07', kind: 'service' as const, amountFen: 100_000, operation: true };

  it('is lateral at the same level, the same condition, no operation at either', () => {
    expect(lateralTransfer(sender, receiver({}), k)).toBe(true);
  });

  it('is not judged for care the law sends to a designated hospital (tuberculosis, a psychosis), nor on an entry without lines', () => {
    const tb = { principalCategory: 'A15' };
    expect(lateralTransfer({ ...sender, ...tb }, receiver(tb), k)).toBe(false);
    expect(lateralTransfer({ ...sender, principalCategory: 'F20' }, receiver({ principalCategory: 'F20' }), k)).toBe(false);
    expect(lateralTransfer({ ...sender, lines: undefined }, receiver({}), k)).toBe(false);
    expect(lateralTransfer(sender, receiver({ lines: undefined }), k)).toBe(false);
  });

  it('is not lateral up a level, for another condition, or with an intervention one side gave', () => {
    expect(lateralTransfer(sender, receiver({ hospitalLevel: 3 }), k)).toBe(false);
    expect(lateralTransfer(sender, receiver({ principalCategory: 'J18' }), k)).toBe(false);
    expect(lateralTransfer(sender, receiver({ lines: [op] }), k)).toBe(false);
    expect(lateralTransfer({ ...sender, lines: [op] }, receiver({}), k)).toBe(false);
  });
});
