import { dischargeSupplyMoved } from '../../src/benefits/cross-claim/discharge-supply-moved';
import { DEFAULT_LIMITS, type HistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import type { BenefitItem } from '../../src/benefits/benefit-claim';

const k = { limits: { ...DEFAULT_LIMITS, movedDischargeSupply: { windowDays: 1, lookbackDays: 180, minDrugs: 1 }, continuedCourse: { administration: ['001204000010001'] }, newEvent: { carriers: ['XNACL'] } } } as unknown as HistoryKnowledge;
const drug = (lineId: string, key: string, date: string, extra: Partial<LedgerLine> = {}): LedgerLine => ({ lineId, code: key, date, kind: 'drug', amountFen: 1000, drug: key, ...extra });
const claim = (claimId: string, visitType: string, serviceDate: string, endDate: string, lines: LedgerLine[], extra: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType, serviceDate, endDate, hospitalId: 'H1', department: 'cardiology', doctorId: 'D1',
  principalCategory: 'I25', mdc: null, totalFen: 10_000, policyFen: 10_000, fundClaimedFen: 8_000, itemsSignature: claimId, serviceCodes: [], lines, ...extra,
});
const items = (lines: LedgerLine[]) => lines.map((l) => ({ lineId: l.lineId, code: l.code, name: `药${l.lineId}`, category: 'drug', date: l.date, quantity: 1, amountFen: l.amountFen })) as unknown as BenefitItem[];

describe('a stay\'s take-home drugs dispensed outside it (出院带药转门诊/药店)', () => {
  const stay = claim('S', 'inpatient', '2025-05-25', '2025-05-29', [drug('1', 'XTICA', '2025-05-28', { courseEnd: true }), drug('2', 'XATOR', '2025-05-28', { courseEnd: true })]);
  const visitLines = [drug('1', 'XTICA', '2025-05-30'), drug('2', 'XATOR', '2025-05-30'), drug('3', 'XOTHER', '2025-05-30')];
  // A claim of other drugs the lookback (180 days) before the admission: the record covers the span it reads.
  const old = claim('O', 'pharmacy', '2024-11-01', '2024-11-01', [drug('1', 'XCOLD', '2024-11-01')], { hospitalId: 'Y1' });

  it('is found on the ward clinic\'s visit the day after discharge, naming the stay and the stay\'s drugs only', () => {
    const visit = claim('V', 'outpatient', '2025-05-30', '2025-05-30', visitLines);
    const f = dischargeSupplyMoved(visit, items(visitLines), [old, stay], k);
    expect(f).toMatchObject({ stayClaimId: 'S', daysAfterDischarge: 1, lineIds: ['1', '2'], amount: 20 });
  });

  it('is found on the stay when its discharge-day visit arrived first, the visit a suspect', () => {
    const visit = claim('V', 'outpatient', '2025-05-29', '2025-05-29', visitLines);
    const f = dischargeSupplyMoved(stay, items(stay.lines ?? []), [old, visit], k);
    expect(f?.suspects).toEqual([{ claimId: 'V', lineIds: ['1', '2'], amount: 20 }]);
    expect(f?.lineIds).toEqual([]);
  });

  it('is not a regimen the member was dispensed before the stay, a later visit, another department, or a visit elsewhere', () => {
    const refill = claim('R', 'pharmacy', '2025-04-28', '2025-04-28', [drug('1', 'XTICA', '2025-04-28'), drug('2', 'XATOR', '2025-04-28')], { hospitalId: 'Y1' });
    const visit = (date: string, extra: Partial<MemberClaim> = {}) => claim('V', 'outpatient', date, date, visitLines, extra);
    expect(dischargeSupplyMoved(visit('2025-05-30'), items(visitLines), [old, refill, stay], k)).toBeNull();
    expect(dischargeSupplyMoved(visit('2025-06-12'), items(visitLines), [old, stay], k)).toBeNull();
    expect(dischargeSupplyMoved(visit('2025-05-30', { department: 'dermatology', doctorId: 'D9' }), items(visitLines), [old, stay], k)).toBeNull();
    expect(dischargeSupplyMoved(visit('2025-05-30', { hospitalId: 'H2' }), items(visitLines), [old, stay], k)).toBeNull();
  });

  it('is not a visit infusing the drugs (the continued course\'s matter), nor counts a carrier fluid', () => {
    const infusion: LedgerLine = { lineId: '9', code: '001204000010001', date: '2025-05-30', kind: 'service', amountFen: 900 };
    const infused = [...visitLines, infusion];
    expect(dischargeSupplyMoved(claim('V', 'outpatient', '2025-05-30', '2025-05-30', infused), items(infused), [old, stay], k)).toBeNull();
    const saline = claim('S', 'inpatient', '2025-05-25', '2025-05-29', [drug('1', 'XNACL', '2025-05-28', { courseEnd: true })]);
    const fluid = [drug('1', 'XNACL', '2025-05-30')];
    expect(dischargeSupplyMoved(claim('V', 'outpatient', '2025-05-30', '2025-05-30', fluid), items(fluid), [old, saline], k)).toBeNull();
  });

  it('is found at a pharmacy the day after discharge', () => {
    const purchase = claim('P', 'pharmacy', '2025-05-30', '2025-05-30', visitLines, { hospitalId: 'Y1', department: 'pharmacy', doctorId: 'RPH1' });
    expect(dischargeSupplyMoved(purchase, items(visitLines), [old, stay], k)?.stayClaimId).toBe('S');
  });

  it('is not judged when the ledger does not reach the lookback before the admission (go-live, a member from another region)', () => {
    const visit = claim('V', 'outpatient', '2025-05-30', '2025-05-30', visitLines);
    expect(dischargeSupplyMoved(visit, items(visitLines), [stay], k)).toBeNull();
    const recent = claim('O', 'pharmacy', '2025-03-01', '2025-03-01', [drug('1', 'XCOLD', '2025-03-01')], { hospitalId: 'Y1' });
    expect(dischargeSupplyMoved(visit, items(visitLines), [recent, stay], k)).toBeNull();
  });
});
