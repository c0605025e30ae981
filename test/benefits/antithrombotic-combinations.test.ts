import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { ANTITHROMBOTIC_COMBINATIONS_FILE, loadAntithromboticCombinations } from '../../src/benefits/antithrombotic-combinations';
import { antithromboticOverlap } from '../../src/benefits/cross-claim/antithrombotic-overlap';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { tempDir } from '../helpers/temp-dir';

// Antithrombotics not taken together (rules/history/antithrombotic-combinations.json): ticagrelor bought while
// another hospital's clopidogrel lasts; the combinations and their indications are the table's.

const table = loadAntithromboticCombinations(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), antithromboticCombinations: table };
const drugLine = (lineId: string, drug: string, date: string) => ({ lineId, code: drug, date, kind: 'drug' as const, amountFen: 9000, quantity: 30, drug, days: 30 });
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2026-03-10', endDate: '2026-03-10',
  hospitalId: 'H1', principalCategory: 'I25', mdc: null, totalFen: 9000, policyFen: 9000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], codes: ['I25.103'], lines: [drugLine('1', 'XB01ACT509A001', '2026-03-10')], ...over,
});
const ticagrelor: BenefitItem = {
  lineId: '1', code: 'XB01ACT509A001', name: '替格瑞洛片', category: 'drug', date: '2026-03-10', quantity: 30, unitPrice: 3, amountFen: 9000,
  longPrescription: false, catalogue: { code: 'XB01ACT509A001' },
};
const clopidogrel = entry({ claimId: 'E', hospitalId: 'H2', serviceDate: '2026-03-01', endDate: '2026-03-01', lines: [drugLine('1', 'XB01ACL502A001', '2026-03-01')] });

describe('antithrombotic combinations', () => {
  it('the shipped table names its combinations, each row with its source', () => {
    expect(table?.rows.map((r) => r.name)).toEqual(['两种P2Y12受体拮抗剂同时使用', '双联抗血小板治疗基础上加用口服抗凝药（三联抗栓）而无抗凝指征']);
    expect(table?.rows.every((r) => r.source.length > 0)).toBe(true);
  });

  it('names a second P2Y12 inhibitor bought while another hospital\'s supply lasts; off without the table', () => {
    expect(antithromboticOverlap(entry({}), [ticagrelor], [clopidogrel], k)?.combination).toBe('两种P2Y12受体拮抗剂同时使用');
    expect(antithromboticOverlap(entry({}), [ticagrelor], [clopidogrel], { limits: DEFAULT_LIMITS, frequency: new Map() })).toBeNull();
  });

  it('a table without a row\'s source fails its load naming the file and the field; an absent file is no table', () => {
    const dir = tempDir('antithrombotic-');
    expect(loadAntithromboticCombinations(dir)).toBeUndefined();
    const { source: _source, ...row } = table!.rows[0];
    writeFileSync(join(dir, ANTITHROMBOTIC_COMBINATIONS_FILE), JSON.stringify({ ...table, rows: [row] }));
    expect(() => loadAntithromboticCombinations(dir)).toThrow(/antithrombotic-combinations\.json: rows\.0\.source/);
  });
});
