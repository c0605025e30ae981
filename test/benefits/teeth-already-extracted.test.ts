import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { teethAlreadyExtracted } from '../../src/benefits/cross-claim/teeth-already-extracted';
import { DENTITION_FILE, loadDentition } from '../../src/benefits/dentition';
import { tempDir } from '../helpers/temp-dir';

// Per-tooth items against the member's earlier extractions, with the shipped rules/history/dentition.json.

const dentition = loadDentition(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), dentition };
const EXTRACTION = '003105110010001';
const ROOT_CANAL = '003105120010001';
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-06-01', endDate: '2025-06-01',
  hospitalId: 'H2', principalCategory: 'K08', mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['K08.300', '23.1100'], ...over,
});
const item = (code: string, quantity: number): BenefitItem => ({
  lineId: '5', code, name: code === EXTRACTION ? '牙拔除术' : '根管治疗术', category: 'service', date: '2025-06-01', quantity, unitPrice: 24, amountFen: 2400 * quantity,
  longPrescription: false, catalogue: { code },
});
const line = (quantity: number): LedgerLine => ({ lineId: '5', code: EXTRACTION, date: '', kind: 'service', amountFen: 0, quantity });
const visit = (claimId: string, serviceDate: string, teeth: number, codes = ['K05.300', '23.0900']) =>
  entry({ claimId, serviceDate, endDate: serviceDate, hospitalId: 'H1', codes, lines: [{ ...line(teeth), date: serviceDate }] });

describe('teethAlreadyExtracted', () => {
  it('names every per-tooth item after a full-mouth extraction, and extractions past 32 teeth in the window', () => {
    const cleared = visit('A', '2025-05-01', 12, ['K08.101', '23.1901']);
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 5)], [cleared], k)).toMatchObject({ lineIds: ['5'], extracted: 32, billed: 5, amount: 120 });
    expect(teethAlreadyExtracted(entry({ codes: ['K04.000', '23.7002'] }), [item(ROOT_CANAL, 2)], [cleared], k)).toMatchObject({ billed: 0, names: '根管治疗术' });
    const year = [visit('A', '2025-01-10', 10), visit('B', '2025-03-10', 10), visit('D', '2025-05-10', 9)];
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 4)], year, k)).toMatchObject({ extracted: 29, billed: 4 });
  });

  it('is quiet within 32 teeth, outside the window, on a later or same-day claim, on primary teeth, and on a root canal short of a cleared mouth', () => {
    const year = [visit('A', '2025-01-10', 10), visit('B', '2025-03-10', 10), visit('D', '2025-05-10', 9)];
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 3)], year, k)).toBeNull();
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 4)], [visit('Z', '2024-05-01', 10), ...year.slice(1)], k)).toBeNull();
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 5)], [visit('A', '2025-06-01', 12, ['K08.101', '23.1901'])], k)).toBeNull();
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 4)], [...year.slice(0, 2), visit('D', '2025-05-10', 9, ['K00.608', '23.0100'])], k)).toBeNull();
    expect(teethAlreadyExtracted(entry({ codes: ['K04.000', '23.7002'] }), [item(ROOT_CANAL, 2)], year, k)).toBeNull();
  });

  it('after the window, spares the extraction of a retained root or impacted tooth the clearance left, not a root canal or another tooth', () => {
    const cleared = visit('A', '2023-03-01', 12, ['K08.101', '23.1901']);
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 1)], [cleared], k)).toBeNull();
    expect(teethAlreadyExtracted(entry({ codes: ['K01.100', '23.1902'] }), [item(EXTRACTION, 1)], [cleared], k)).toBeNull();
    expect(teethAlreadyExtracted(entry({ codes: ['K05.300', '23.0900'] }), [item(EXTRACTION, 1)], [cleared], k)).toMatchObject({ billed: 1 });
    expect(teethAlreadyExtracted(entry({ codes: ['K08.300', '23.7002'] }), [item(EXTRACTION, 1), { ...item(ROOT_CANAL, 1), lineId: '6' }], [cleared], k)).toMatchObject({ lineIds: ['6'], billed: 0 });
  });

  it('is off without the table, and a malformed table fails its load naming the file and the field', () => {
    expect(teethAlreadyExtracted(entry({}), [item(EXTRACTION, 5)], [visit('A', '2025-05-01', 12, ['K08.101', '23.1901'])], { limits: DEFAULT_LIMITS, frequency: new Map() })).toBeNull();
    const dir = tempDir('dentition-');
    expect(loadDentition(dir)).toBeUndefined();
    writeFileSync(join(dir, DENTITION_FILE), JSON.stringify({ ...dentition, fullMouthProcedures: { ...dentition!.fullMouthProcedures, codes: ['full mouth'] } }));
    expect(() => loadDentition(dir)).toThrow(/dentition\.json: fullMouthProcedures\.codes\.0: must be an ICD-9-CM-3 prefix/);
  });
});
