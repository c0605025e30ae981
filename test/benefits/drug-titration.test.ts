import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { purchasesByDrug } from '../../src/benefits/cross-claim/drug-supply';
import { loadTitration, TITRATION_FILE } from '../../src/benefits/drug-titration';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { tempDir } from '../helpers/temp-dir';

// Drugs titrated at follow-up visits (rules/history/titration.json): a purchase with one of the row's safety tests on
// its claim is a possible titration step; the drugs and tests are the table's.

const rows = loadTitration(join(__dirname, '../../rules/history'));
const visit: MemberClaim = {
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'chronic', serviceDate: '2026-03-10', endDate: '2026-03-10',
  hospitalId: 'H1', principalCategory: 'I50', mdc: null, totalFen: 30000, policyFen: 30000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], codes: ['I50.900'],
  lines: [
    { lineId: '1', code: 'XC09DXS501A001', date: '2026-03-10', kind: 'drug', amountFen: 28000, quantity: 56, drug: 'XC09DXS501A001', days: 28 },
    { lineId: '2', code: '002502020010001', date: '2026-03-10', kind: 'service', amountFen: 2000 },
  ],
};

describe('titration table', () => {
  it('the shipped row is sacubitril-valsartan at 4 a day, with its source', () => {
    expect(rows?.map((r) => [r.name, r.perDay])).toEqual([['沙库巴曲缬沙坦', 4]]);
    expect(rows?.[0].source).toMatch(/中国心力衰竭诊断和治疗指南2024/);
  });

  it('a purchase billed with one of the row\'s tests is tested; without the table none is', () => {
    const k = { limits: DEFAULT_LIMITS, frequency: new Map() };
    expect(purchasesByDrug([visit], { ...k, titration: rows }).get('XC09DXS501A001')?.[0].tested).toBe(true);
    expect(purchasesByDrug([visit], k).get('XC09DXS501A001')?.[0].tested).toBe(false);
  });

  it('a row without its target dose fails the load naming the file and the field; an absent file is no table', () => {
    const dir = tempDir('titration-');
    expect(loadTitration(dir)).toBeUndefined();
    const { perDay: _perDay, ...row } = rows![0];
    writeFileSync(join(dir, TITRATION_FILE), JSON.stringify({ note: 'x', rows: [row] }));
    expect(() => loadTitration(dir)).toThrow(/titration\.json: rows\.0\.perDay/);
  });
});
