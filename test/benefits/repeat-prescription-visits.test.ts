import { repeatPrescriptionVisits } from '../../src/benefits/cross-claim/repeat-prescription-visits';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { genericDrugKey } from '../../src/benefits/history-knowledge';
import { shippedRules } from '../helpers/shipped-rules';

const k = shippedRules.current().refs.history!;
const PARACETAMOL = 'XN02BED510A001010164042';
const LIANHUA = 'ZA01BAL514A001010128638';
const item = (lineId: string, code: string, category: string, subcategory: string | undefined, amountFen: number) =>
  ({ lineId, code, name: code, category, date: '2025-05-10', quantity: 1, unitPrice: amountFen / 100, amountFen, longPrescription: false, catalogue: { code: code.slice(0, 14), subcategory } }) as BenefitItem;
const consult = item('1', '001102000040001', 'service', 'consult', 800);
const drugs = [item('2', PARACETAMOL, 'drug', undefined, 30), item('3', LIANHUA, 'drug', undefined, 1008)];
const dressing = item('4', '001205000010001', 'service', 'treatment', 1000);
const lineOf = (i: BenefitItem): LedgerLine =>
  ({ lineId: i.lineId, code: i.code, date: i.date, kind: i.category === 'drug' ? 'drug' : i.catalogue?.subcategory === 'consult' ? 'consult' : 'service', amountFen: i.amountFen, drug: i.category === 'drug' ? genericDrugKey(i.code, i.catalogue) : undefined }) as LedgerLine;
const visit = (claimId: string, serviceDate: string, items: BenefitItem[], over: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P', claimId, insuranceType: 'resident', visitType: 'outpatient', serviceDate, endDate: serviceDate, hospitalId: 'H06', hospitalLevel: 1,
  principalCategory: 'J06', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 1, itemsSignature: claimId, serviceCodes: [], codes: ['J06.900'],
  lines: items.map(lineOf), ...over,
});
const me = visit('V3', '2025-05-10', [consult, ...drugs]);

describe('the same prescription settled visit after visit at a grassroots clinic (history.repeat-prescription-visits)', () => {
  it('judges the third consultation-and-drugs visit within 14 days whose drugs the earlier two dispensed, whatever their codes', () => {
    const prior = [visit('V1', '2025-05-01', [consult, ...drugs], { codes: ['M54.500'] }), visit('V2', '2025-05-06', [consult, ...drugs], { codes: ['I10.x00x002'] })];
    expect(repeatPrescriptionVisits(me, [consult, ...drugs], prior, k)).toMatchObject({ claims: 'V1、V2', visitCount: 3, lineIds: ['1', '2', '3'], amount: 18.38 });
  });

  it('stays quiet on a weekly refill, a second visit, a treatment course, a changed prescription and a hospital clinic', () => {
    const two = [visit('V1', '2025-05-06', [consult, ...drugs])];
    expect(repeatPrescriptionVisits(me, [consult, ...drugs], two, k)).toBeNull();
    const weekly = [visit('V1', '2025-04-26', [consult, ...drugs]), visit('V2', '2025-05-03', [consult, ...drugs])];
    expect(repeatPrescriptionVisits(me, [consult, ...drugs], weekly, k)).toBeNull();
    const course = [visit('V1', '2025-05-06', [consult, dressing, ...drugs]), visit('V2', '2025-05-08', [consult, dressing, ...drugs])];
    expect(repeatPrescriptionVisits(me, [consult, dressing, ...drugs], course, k)).toBeNull();
    const changed = [visit('V1', '2025-05-06', [consult, drugs[0]]), visit('V2', '2025-05-08', [consult, ...drugs])];
    expect(repeatPrescriptionVisits(me, [consult, ...drugs], changed, k)).toBeNull();
    const hospital = [visit('V1', '2025-05-06', [consult, ...drugs], { hospitalLevel: 2 }), visit('V2', '2025-05-08', [consult, ...drugs], { hospitalLevel: 2 })];
    expect(repeatPrescriptionVisits({ ...me, hospitalLevel: 2 }, [consult, ...drugs], hospital, k)).toBeNull();
  });

  it('leaves week-long refills collected a day or two early to the supply checks (days 0, 6, 12)', () => {
    const week = (v: MemberClaim) => ({ ...v, lines: v.lines!.map((l) => (l.kind === 'drug' ? { ...l, days: 7 } : l)) });
    const early = [visit('V1', '2025-04-28', [consult, ...drugs]), visit('V2', '2025-05-04', [consult, ...drugs])];
    expect(repeatPrescriptionVisits(me, [consult, ...drugs], early, k)).not.toBeNull();
    expect(repeatPrescriptionVisits(me, [consult, ...drugs], early.map(week), k)).toBeNull();
  });
});
