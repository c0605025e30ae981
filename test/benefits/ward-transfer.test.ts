import { carriesEarlierCondition, wardTransfer } from '../../src/benefits/cross-claim/ward-transfer';
import { DEFAULT_LIMITS, type HistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';

const stay = (claimId: string, department: string, serviceDate: string, endDate: string, extra: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType: 'inpatient', serviceDate, endDate, hospitalId: 'H1', region: '510100', department,
  principalCategory: 'I63', mdc: 'B', totalFen: 100_000, policyFen: 100_000, fundClaimedFen: 80_000, itemsSignature: claimId, serviceCodes: [], ...extra,
});
const k = (separateSettlement: { regions: string[]; departments: string[] }[] = []) =>
  ({ limits: { ...DEFAULT_LIMITS, wardTransfer: { gapDays: 1, separateSettlement } } }) as unknown as HistoryKnowledge;

describe('a transfer between departments settled as a new stay (转科按新住院)', () => {
  const neurology = stay('A', 'neurology', '2025-03-01', '2025-03-09');

  it('is found when the same hospital admits the patient to another department on the discharge day or the next', () => {
    expect(wardTransfer(neurology, stay('B', 'rehabilitation', '2025-03-09', '2025-03-20'), k())).toEqual({ claimId: 'A', fromDepartment: 'neurology', toDepartment: 'rehabilitation', daysSinceDischarge: 0 });
    expect(wardTransfer(neurology, stay('B', 'cardiology', '2025-03-10', '2025-03-20'), k())?.daysSinceDischarge).toBe(1);
  });

  it('is not a later admission, another hospital, the same department, or a department the region settles separately', () => {
    expect(wardTransfer(neurology, stay('B', 'rehabilitation', '2025-03-11', '2025-03-20'), k())).toBeNull();
    expect(wardTransfer(neurology, stay('B', 'rehabilitation', '2025-03-09', '2025-03-20', { hospitalId: 'H2' }), k())).toBeNull();
    expect(wardTransfer(neurology, stay('B', 'neurology', '2025-03-09', '2025-03-20'), k())).toBeNull();
    expect(wardTransfer(neurology, stay('B', 'rehabilitation', '2025-03-09', '2025-03-20'), k([{ regions: ['51'], departments: ['rehabilitation'] }]))).toBeNull();
    expect(wardTransfer(neurology, stay('B', 'rehabilitation', '2025-03-09', '2025-03-20', { region: '370100' }), k([{ regions: ['51'], departments: ['rehabilitation'] }]))).not.toBeNull();
  });

  it('is not an emergency admission (the patient came back through the emergency department, no order inside a stay)', () => {
    expect(wardTransfer(neurology, stay('B', 'cardiology', '2025-03-10', '2025-03-20', { admissionRoute: 'emergency' }), k())).toBeNull();
  });

  it('reads the earlier stay\'s condition coded on the later one as the episode carried over (its principal category)', () => {
    const pneumonia = stay('A', 'respiratory', '2025-06-25', '2025-06-30', { principalCategory: 'J18' });
    expect(carriesEarlierCondition(pneumonia, stay('B', 'geriatrics', '2025-07-01', '2025-07-07', { principalCategory: 'I50', codes: ['I50.900', 'J18.900', 'I10.x00x002'] }))).toBe(true);
    expect(carriesEarlierCondition(pneumonia, stay('B', 'geriatrics', '2025-07-01', '2025-07-07', { principalCategory: 'I50', codes: ['I50.900', 'I10.x00x002'] }))).toBe(false);
  });

  it('does not read a chronic principal recoded beside a new operation as the episode carried over (a planned operation the next day)', () => {
    const diabetes = stay('A', 'endocrinology', '2025-06-25', '2025-06-30', { principalCategory: 'E11', codes: ['E11.900'] });
    expect(carriesEarlierCondition(diabetes, stay('B', 'general-surgery', '2025-07-01', '2025-07-05', { principalCategory: 'K80', codes: ['K80.100', 'E11.900'] }))).toBe(true);
    expect(carriesEarlierCondition(diabetes, stay('B', 'general-surgery', '2025-07-01', '2025-07-05', { principalCategory: 'K80', codes: ['K80.100', 'E11.900', '51.2300'] }))).toBe(false);
  });

  it('is not judged without the limit or without departments', () => {
    expect(wardTransfer(neurology, stay('B', 'rehabilitation', '2025-03-09', '2025-03-20'), { limits: DEFAULT_LIMITS } as unknown as HistoryKnowledge)).toBeNull();
    expect(wardTransfer(stay('A', '', '2025-03-01', '2025-03-09', { department: null }), stay('B', 'rehabilitation', '2025-03-09', '2025-03-20'), k())).toBeNull();
  });
});
