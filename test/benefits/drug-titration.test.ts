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
  it('the shipped rows are sacubitril-valsartan at 4 a day and amlodipine and irbesartan at 2, with their sources', () => {
    expect(rows?.map((r) => [r.name, r.perDay])).toEqual([['沙库巴曲缬沙坦', 4], ['苯磺酸氨氯地平', 2], ['厄贝沙坦', 2]]);
    expect(rows?.[0].source).toMatch(/中国心力衰竭诊断和治疗指南2024/);
    expect(rows?.[1].source).toMatch(/苯磺酸氨氯地平片说明书/);
    expect(rows?.[2].source).toMatch(/厄贝沙坦片说明书/);
  });

  it('a pharmacy purchase after the latest clinic review of the drug that billed a test is tested; after a review without one, not', () => {
    const k = { limits: DEFAULT_LIMITS, frequency: new Map(), titration: rows };
    const pharmacy: MemberClaim = {
      ...visit, claimId: 'PH', visitType: 'pharmacy', serviceDate: '2026-04-05', endDate: '2026-04-05', hospitalId: 'Y1', doctorId: 'D9',
      lines: [{ lineId: '1', code: 'XC09DXS501A001', date: '2026-04-05', kind: 'drug', amountFen: 56000, quantity: 112, drug: 'XC09DXS501A001', days: 56 }],
    };
    const untested: MemberClaim = { ...visit, claimId: 'C2', serviceDate: '2026-03-20', endDate: '2026-03-20', lines: visit.lines!.filter((l) => l.kind === 'drug').map((l) => ({ ...l, date: '2026-03-20' })) };
    const tested = (entries: MemberClaim[]) => purchasesByDrug(entries, k).get('XC09DXS501A001')?.find((p) => p.claimId === 'PH')?.tested;
    expect(tested([visit, pharmacy])).toBe(true);
    expect(tested([visit, untested, pharmacy])).toBe(false);
    expect(tested([pharmacy])).toBe(false);
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
