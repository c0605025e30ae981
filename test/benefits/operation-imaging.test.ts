import { join } from 'node:path';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { operationImagingMissing } from '../../src/benefits/cross-claim/operation-imaging';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { loadOperationClasses, operationClassOf } from '../../src/benefits/operation-classes';
import { RULES_DIR } from '../helpers/rules-dir';

// operation-classes.json `imaging`: an elective operation (booked at the clinic) of a class whose disease imaging
// establishes, with no such imaging on the stay or on the member's claims of the half-year before, at any institution.

const operationClasses = loadOperationClasses(join(RULES_DIR, 'knowledge', 'operation-classes.json'))!;
const k = { ...loadHistoryKnowledge(RULES_DIR), operationClasses };
const stay = (over: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId: 'S', insuranceType: 'employee', visitType: 'inpatient', serviceDate: '2025-03-04', endDate: '2025-03-07',
  hospitalId: 'H1', principalCategory: 'K80', mdc: null, totalFen: 500000, policyFen: 500000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['K80.200', '51.2300'], admissionRoute: 'outpatient', ...over,
});
const line = (code: string, name: string, subcategory: string | null, date = '2025-03-05'): BenefitItem => ({
  lineId: code, code, name, category: 'service', date, quantity: 1, unitPrice: 100, amountFen: 10000, longPrescription: false,
  catalogue: subcategory ? { code, subcategory } : null,
});
const cholecystectomy = line('003302020010001', '腹腔镜下胆囊切除术', 'surgery');
const ultrasound: LedgerLine = { lineId: 'u', code: '002103010010001', date: '2025-02-10', kind: 'service', amountFen: 9000, test: true, exam: true };
const visit = (serviceDate: string, over: Partial<MemberClaim> = {}): MemberClaim =>
  stay({ claimId: `V${serviceDate}`, visitType: 'outpatient', serviceDate, endDate: serviceDate, hospitalId: 'H9', admissionRoute: null, lines: [{ ...ultrasound, date: serviceDate }], ...over });
// A hypertension visit 200 days before the admission: the member's record reaches back over the 180-day window.
const old = visit('2024-08-16', { codes: ['I10.x00'], lines: [] });
const hernia = line('003302040010001', '腹股沟疝修补术', 'surgery');

describe('an elective operation with no imaging of its class (operation-classes.json)', () => {
  it('flags a clinic-booked cholecystectomy with no abdominal imaging anywhere, naming the operation line', () => {
    expect(operationImagingMissing(stay(), [cholecystectomy], [old], k)).toMatchObject({ operation: '胆囊、胆道手术', procedureCodes: '51.2300', lineIds: ['003302020010001'] });
  });

  it("is not judged when the member's record does not reach back over the window (a first claim, a record 179 days long)", () => {
    expect(operationImagingMissing(stay(), [cholecystectomy], [], k)).toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [visit('2024-09-06', { codes: ['I10.x00'], lines: [] })], k)).toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [visit('2024-09-05', { codes: ['I10.x00'], lines: [] })], k)).not.toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [{ ...old, insuredId: 'P2' }], k)).toBeNull();
  });

  it('names only the lines of the class missing imaging, not a hernia repair done in the same stay', () => {
    const f = operationImagingMissing(stay({ codes: ['K80.200', 'K40.900', '51.2300', '53.0000'] }), [cholecystectomy, hernia], [old], k);
    expect(f).toMatchObject({ lineIds: ['003302020010001'], names: '腹腔镜下胆囊切除术', amount: 100 });
    // A local row named for the organ is the operation's line; the stay with no line of the class names nothing.
    expect(operationImagingMissing(stay({ codes: ['E04.200', '06.3900'] }), [line('L-TH', '甲状腺次全切除术', null), hernia], [old], k)).toMatchObject({ lineIds: ['L-TH'] });
    expect(operationImagingMissing(stay(), [hernia], [old], k)).toBeNull();
  });

  it('a hysterectomy for prolapse (N81) is not judged, one for fibroids is; breast reduction (85.3) is in no imaging class', () => {
    const hysterectomy = line('003305020010001', '腹腔镜下子宫切除术', 'surgery');
    expect(operationImagingMissing(stay({ codes: ['N81.200', '68.5100'] }), [hysterectomy], [old], k)).toBeNull();
    expect(operationImagingMissing(stay({ codes: ['D25.900', '68.5100'] }), [hysterectomy], [old], k)).toMatchObject({ procedureCodes: '68.5100' });
    expect(operationImagingMissing(stay({ codes: ['N62.x00', '85.3100'] }), [line('L-RM', '乳房缩小成形术', null)], [old], k)).toBeNull();
    expect(operationImagingMissing(stay({ codes: ['D24.x00', '85.2100'] }), [line('L-RM', '乳房肿物切除术', null)], [old], k)).toMatchObject({ lineIds: ['L-RM'] });
  });

  it('the operation line naming the organ is no imaging; an examination named for it (a local ultrasound row) is', () => {
    expect(operationImagingMissing(stay(), [cholecystectomy, line('L-US', '肝胆B超', null, '2025-03-04')], [old], k)).toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy, line('002103010010001', '腹部B超', 'exam', '2025-03-04')], [old], k)).toBeNull();
  });

  it('is cleared by the imaging on a claim of the member at another institution within 180 days before, not 181', () => {
    expect(operationImagingMissing(stay(), [cholecystectomy], [old, visit('2024-09-05')], k)).toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [old, visit('2024-09-04')], k)).not.toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [old, visit('2025-02-10', { insuredId: 'P2' })], k)).not.toBeNull();
  });

  it('an emergency or transfer admission is not judged', () => {
    expect(operationImagingMissing(stay({ admissionRoute: 'emergency' }), [cholecystectomy], [old], k)).toBeNull();
    expect(operationImagingMissing(stay({ admissionRoute: 'transfer' }), [cholecystectomy], [old], k)).toBeNull();
  });

  it('an operation of no class with imaging (a hernia repair) is not judged; a thyroid lobectomy is by its class', () => {
    expect(operationImagingMissing(stay({ codes: ['K40.900', '53.0000'] }), [cholecystectomy], [old], k)).toBeNull();
    expect(operationClassOf('06.2x00', operationClasses)?.name).toBe('甲状腺、甲状旁腺切除术');
    expect(operationImagingMissing(stay({ codes: ['E04.200', '06.2x00'] }), [line('003304030010001', '甲状腺腺叶切除术', 'surgery')], [old], k)).toMatchObject({ expected: '甲状腺超声（或颈部CT）' });
  });
});
