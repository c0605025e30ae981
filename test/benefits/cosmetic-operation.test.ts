import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCosmeticOperations } from '../../src/benefits/cosmetic-operations';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import { cosmeticOperation } from '../../src/benefits/cross-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// 美容项目串换为医保项目 across claims (history.cosmetic-then-operation) reads the shipped table; the rule's examples judge
// whole claims, these the pairing itself on ledger entries alone (both arrival orders, the window's edges).

const table = loadHistoryKnowledge(RULES_DIR).cosmetic!;
const file = join(RULES_DIR, 'history', 'cosmetic-operations.json');

const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-03-01', endDate: '2025-03-01',
  hospitalId: 'H1', principalCategory: 'J06', mdc: null, totalFen: 10000, policyFen: 10000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], ...over,
});
const consult = (date: string) => entry({ claimId: 'V', serviceDate: date, endDate: date, lines: [{ lineId: 'v1', code: '003112040010001', date, kind: 'consult', amountFen: 8000 }] });
const stay = (from: string, fund = 60000) =>
  entry({ claimId: 'S', visitType: 'inpatient', serviceDate: from, endDate: from, fundClaimedFen: fund, principalCategory: 'K64', lines: [{ lineId: 's1', code: '003302040010001', date: from, kind: 'service', amountFen: 90000, operation: true }] });

describe('cosmetic visit then a covered operation', () => {
  it('the shipped table pairs every category with operations it lists', () => {
    expect(table.windowDays).toBe(30);
    expect([...table.categories.get('Q83')!.operations]).toEqual(['乳房病损切除', '皮肤和皮下组织病损切除']);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.categories[0].operations = ['隆鼻术'];
    expect(() => parseCosmeticOperations(json, file)).toThrow(/unknown operation "隆鼻术"/);
  });

  it('a redundant prepuce then a circumcision is judged unless either claim codes an indication (balanoposthitis, paraphimosis, lichen sclerosus)', () => {
    const visit = (codes: string[]) => entry({ claimId: 'V', principalCategory: 'N47', codes: ['N47.x01', ...codes] });
    const op = (codes: string[]) => entry({ claimId: 'O', serviceDate: '2025-03-05', endDate: '2025-03-05', fundClaimedFen: 6000, principalCategory: 'N47', codes: ['N47.x00x001', '64.0x00', ...codes] });
    const judge = (v: string[], o: string[]) => cosmeticOperation(op(o), [], [visit(v)], table, ['64.0x00']);
    expect(judge([], [])).toMatchObject({ claimId: 'V' });
    expect(judge(['N48.100'], [])).toBeNull();
    expect(judge([], ['N47.x02'])).toBeNull();
    expect(judge([], ['N48.001'])).toBeNull();
  });

  it('a consultation leads to septal surgery only when it codes the nose; 21.87 (turbinoplasty, choanal repair) is no rhinoplasty', () => {
    const visit = (codes: string[]) => ({ ...consult('2025-03-01'), principalCategory: codes[0].slice(0, 3), codes });
    const op = (procedures: string[]) =>
      entry({ claimId: 'O', visitType: 'inpatient', serviceDate: '2025-03-10', endDate: '2025-03-10', fundClaimedFen: 60000, principalCategory: 'J34', codes: ['J34.200', ...procedures] });
    const judge = (v: string[], p: string[]) => cosmeticOperation(op(p), [], [visit(v)], table, p);
    expect(judge(['J34.200'], ['21.5x01'])).toMatchObject({ claimId: 'V', operations: '鼻中隔手术' });
    expect(judge(['M95.006'], ['21.8800'])).toMatchObject({ claimId: 'V' });
    expect(judge(['L81.405'], ['21.5x01'])).toBeNull();
    expect(judge(['J34.300'], ['21.8700x008'])).toBeNull();
    expect(judge(['L81.405'], ['21.8500x004'])).toMatchObject({ operations: '鼻成形手术' });
  });

  it('the visit arriving second names the operation claim as the suspect, with its operation lines', () => {
    const hit = cosmeticOperation(consult('2025-03-01'), [], [stay('2025-03-31')], table);
    expect(hit).toMatchObject({ claimId: 'S', amount: null, lineIds: ['v1'], suspects: [{ claimId: 'S', lineIds: ['s1'], amount: 900 }] });
  });

  it('a second visit arriving after an operation that already found the first names it no more (one 事后发现)', () => {
    const first = { ...consult('2025-03-01'), claimId: 'V0', arrival: 1 };
    const operation = { ...stay('2025-03-10'), arrival: 2 };
    const second = { ...consult('2025-03-05'), claimId: 'V2', arrival: 3 };
    expect(cosmeticOperation(second, [], [first, operation], table)).toBeNull();
    expect(cosmeticOperation(second, [], [operation], table)).toMatchObject({ claimId: 'S' });
  });

  it('quiet beyond the window, before the visit, at another institution, or unpaid by the fund', () => {
    expect(cosmeticOperation(consult('2025-03-01'), [], [stay('2025-04-01')], table)).toBeNull();
    expect(cosmeticOperation(consult('2025-03-01'), [], [stay('2025-02-28')], table)).toBeNull();
    expect(cosmeticOperation(consult('2025-03-01'), [], [{ ...stay('2025-03-10'), hospitalId: 'H2' }], table)).toBeNull();
    expect(cosmeticOperation(consult('2025-03-01'), [], [stay('2025-03-10', 0)], table)).toBeNull();
  });

  it('a redundant prepuce (N47.x01, a code within N47) seen days before a circumcision the same clinic codes as phimosis; not a phimosis visit', () => {
    const circumcision = entry({ claimId: 'O', serviceDate: '2025-03-05', endDate: '2025-03-05', fundClaimedFen: 12000, principalCategory: 'N47', codes: ['N47.x00x001', '64.0x00'] });
    const visit = (codes: string[]) => entry({ claimId: 'V', principalCategory: codes[0].slice(0, 3), codes });
    const judge = (v: MemberClaim) => cosmeticOperation(circumcision, [], [v], table, ['64.0x00']);
    expect(judge(visit(['N47.x01']))).toMatchObject({ claimId: 'V', cosmetic: '主诊断N47.x01包皮过长', operations: '包皮环切术' });
    expect(judge(visit(['N47.x00x001']))).toBeNull();
    expect(judge(visit(['N48.100', 'N47.x01']))).toBeNull();
  });
});
