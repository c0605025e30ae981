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

describe('an elective operation with no imaging of its class (operation-classes.json)', () => {
  it('flags a clinic-booked cholecystectomy with no abdominal imaging anywhere, naming the operation line', () => {
    expect(operationImagingMissing(stay(), [cholecystectomy], [], k)).toMatchObject({ operation: '胆囊、胆道手术', procedureCodes: '51.2300', lineIds: ['003302020010001'] });
  });

  it('the operation line naming the organ is no imaging; an examination named for it (a local ultrasound row) is', () => {
    expect(operationImagingMissing(stay(), [cholecystectomy, line('L-US', '肝胆B超', null, '2025-03-04')], [], k)).toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy, line('002103010010001', '腹部B超', 'exam', '2025-03-04')], [], k)).toBeNull();
  });

  it('is cleared by the imaging on a claim of the member at another institution within 180 days before, not 181', () => {
    expect(operationImagingMissing(stay(), [cholecystectomy], [visit('2024-09-05')], k)).toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [visit('2024-09-04')], k)).not.toBeNull();
    expect(operationImagingMissing(stay(), [cholecystectomy], [visit('2025-02-10', { insuredId: 'P2' })], k)).not.toBeNull();
  });

  it('an emergency or transfer admission is not judged', () => {
    expect(operationImagingMissing(stay({ admissionRoute: 'emergency' }), [cholecystectomy], [], k)).toBeNull();
    expect(operationImagingMissing(stay({ admissionRoute: 'transfer' }), [cholecystectomy], [], k)).toBeNull();
  });

  it('an operation of no class with imaging (a hernia repair) is not judged; a thyroid lobectomy is by its class', () => {
    expect(operationImagingMissing(stay({ codes: ['K40.900', '53.0000'] }), [cholecystectomy], [], k)).toBeNull();
    expect(operationClassOf('06.2x00', operationClasses)?.name).toBe('甲状腺、甲状旁腺切除术');
    expect(operationImagingMissing(stay({ codes: ['E04.200', '06.2x00'] }), [line('003304030010001', '甲状腺腺叶切除术', 'surgery')], [], k)).toMatchObject({ expected: '甲状腺超声（或颈部CT）' });
  });
});
