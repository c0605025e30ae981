import type { Claim, ClaimItem } from '../../src/contract/claim';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { splitPrescription } from '../../src/benefits/cross-claim/split-prescription';
import { NO_MODEL } from '../../src/model/model';
import { review } from '../../src/features/reviews/review';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { createMemoryStore } from '../../src/features/stores';
import { makeItem, makeOutpatientClaim } from '../helpers/fixtures';
import { RULES_DIR } from '../helpers/rules-dir';

// 分解处方 at a pharmacy (blind116 T13 月底集中刷卡): one prescriber's drugs for the member on one day, within one
// prescription's five, settled as several claims at one pharmacy. Prescriptions the 处方管理办法 keeps apart stay quiet.

const D = '2025-06-28';
const drug = (lineId: string, code: string, over: Partial<LedgerLine> = {}): LedgerLine => ({ lineId, code, date: D, kind: 'drug', amountFen: 2100, quantity: 30, drug: code.slice(0, 10), ...over });
const entry = (claimId: string, lines: LedgerLine[], over: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType: 'pharmacy', serviceDate: D, endDate: D, hospitalId: 'Y51010011', doctorId: 'D5101000107',
  principalCategory: 'E11', mdc: null, totalFen: 2100, policyFen: 2100, fundClaimedFen: 0, itemsSignature: claimId, serviceCodes: [], lines, codes: ['E11.900'], ...over,
});
const MET = 'XA10BAE503A003010132698';
const DAPA = 'XA10BKD506A001010111701';
const SITA = 'XA10BHX505A001010127753';
const ATOR = 'XC10AAA511A001010105600';
const AML = 'XC08CAA512A001010145149';
const DSP = 'ZA12BAF510A007010115771';
const item = (lineId: string, code: string, name: string): BenefitItem => ({ lineId, code, name, category: 'drug', date: D, quantity: 30, unitPrice: 4.2, amountFen: 12600, longPrescription: false, catalogue: { code: code.slice(0, 14) } });

describe('splitPrescription', () => {
  const me = entry('C3', [drug('1', DAPA)]);
  const items = [item('1', DAPA, '达格列净片')];

  it('names this claim\'s drugs after the same prescriber\'s earlier claims at the pharmacy that day', () => {
    const found = splitPrescription(me, items, [entry('C1', [drug('1', MET)]), entry('C2', [drug('1', SITA), drug('2', ATOR)])], false);
    expect(found).toEqual({ claims: 'C1、C2', doctorId: 'D5101000107', drugs: 4, names: '达格列净片', lineIds: ['1'], amount: 126 });
  });

  it('is quiet for another prescriber, pharmacy or day, a shared drug, a repeated bill and more than five drugs', () => {
    const earlier = (over: Partial<MemberClaim>, lines = [drug('1', MET)]) => [entry('C1', lines, over)];
    expect(splitPrescription(me, items, earlier({}), false)).not.toBeNull();
    expect(splitPrescription(me, items, earlier({ doctorId: 'D5101000207' }), false)).toBeNull();
    expect(splitPrescription(me, items, earlier({ hospitalId: 'Y51010012' }), false)).toBeNull();
    expect(splitPrescription(me, items, earlier({ serviceDate: '2025-06-27', endDate: '2025-06-27' }), false)).toBeNull();
    expect(splitPrescription(me, items, earlier({}, [drug('1', MET), drug('2', DAPA, { quantity: 14 })]), false)).toBeNull();
    expect(splitPrescription(me, items, earlier({}), true)).toBeNull();
    expect(splitPrescription(me, items, earlier({}, [MET, SITA, ATOR, AML, 'XC09CAE502A001010180286'].map((c, i) => drug(String(i + 1), c))), false)).toBeNull();
    expect(splitPrescription({ ...me, doctorId: null }, items, earlier({}), false)).toBeNull();
  });

  it('leaves apart what the 处方管理办法 writes apart: 中成药 and 西药, a controlled drug, a 长处方 beside an ordinary one', () => {
    expect(splitPrescription(me, items, [entry('C1', [drug('1', DSP)])], false)).toBeNull();
    expect(splitPrescription(me, items, [entry('C1', [drug('1', MET, { controlled: true })])], false)).toBeNull();
    expect(splitPrescription(me, items, [entry('C1', [drug('1', MET, { long: true })])], false)).toBeNull();
  });
});

describe('history.split-prescription through review', () => {
  const rules = createRulesetHolder(RULES_DIR);
  const pharmacy = (claimId: string, items: ClaimItem[]): Claim => makeOutpatientClaim({
    claimId, visitType: 'pharmacy', visitDate: D, items, diagnoses: [{ code: 'I10.x00x002', principal: true }],
    provider: { hospitalId: 'Y51010011', level: 1, department: 'pharmacy', doctorId: 'D5101000107' },
  });
  const line = (code: string, name: string, quantity: number, unitPrice: number) => makeItem({ lineId: '1', code, name, category: 'drug', date: D, quantity, unitPrice });
  const run = async (first: ClaimItem) => {
    const ctx = { rules, model: { current: () => NO_MODEL }, store: createMemoryStore() };
    const [, v] = await review([pharmacy('PH-1', [first]), pharmacy('PH-2', [line(AML, '苯磺酸氨氯地平片', 30, 0.08)])], ctx, { source: 'test' });
    return v.hits.find((h) => h.ruleId === 'history.split-prescription');
  };

  it('flags the second of two same-day settlements of one prescriber\'s ordinary drugs', async () => {
    expect((await run(line(ATOR, '阿托伐他汀钙片', 30, 0.35)))?.message).toContain('PH-1');
  });

  it('is quiet beside a 第二类精神药品 the ledger keeps as controlled: its own special prescription', async () => {
    expect(await run(line('XN05CDA533A001010158628', '艾司唑仑片', 7, 0.05))).toBeUndefined();
  });
});
