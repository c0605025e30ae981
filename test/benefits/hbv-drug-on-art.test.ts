import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { hbvDrugOnArt } from '../../src/benefits/cross-claim/hbv-drug-on-art';
import { FREE_ANTIVIRALS_FILE, loadFreeAntivirals } from '../../src/benefits/free-antivirals';
import { tempDir } from '../helpers/temp-dir';

// An anti-HBV nucleoside for a member with HIV, read on the claim's codes or the member's earlier claims; the codes
// and the drug class are the shipped rules/history/free-antivirals.json.

const freeAntivirals = loadFreeAntivirals(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), freeAntivirals };
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'chronic', serviceDate: '2026-03-04', endDate: '2026-03-04',
  hospitalId: 'H1', principalCategory: 'B18', mdc: null, totalFen: 1500, policyFen: 1500, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['B18.104'], ...over,
});
const etv: BenefitItem = {
  lineId: '2', code: 'XJ05AFE501A001', name: '恩替卡韦分散片', category: 'drug', date: '2026-03-04', quantity: 30, unitPrice: 0.5, amountFen: 1500,
  longPrescription: false, catalogue: { code: 'XJ05AFE501A001', indications: ['B18'] },
};
const stay = entry({ claimId: 'S', visitType: 'inpatient', serviceDate: '2026-02-08', endDate: '2026-02-15', codes: ['B20.400x001', 'Z21.x00'] });

describe('hbvDrugOnArt', () => {
  it('names entecavir when the claim codes HIV, or an earlier claim does', () => {
    expect(hbvDrugOnArt(entry({ codes: ['B18.104', 'Z21.x00'] }), [etv], [], k)).toEqual({ lineIds: ['2'], names: '恩替卡韦分散片', amount: 15, hiv: '本单诊断 Z21.x00' });
    expect(hbvDrugOnArt(entry({}), [etv], [stay], k)?.hiv).toBe('2026-02-08 单据 S（B20.400x001、Z21.x00）');
  });

  it('is quiet with no HIV on the claim or before it, and on a claim with no anti-HBV nucleoside', () => {
    expect(hbvDrugOnArt(entry({}), [etv], [], k)).toBeNull();
    expect(hbvDrugOnArt(entry({}), [etv], [{ ...stay, serviceDate: '2026-04-01', endDate: '2026-04-08' }], k)).toBeNull();
    expect(hbvDrugOnArt(entry({ codes: ['Z21.x00'] }), [{ ...etv, code: 'XA05BAD508A001', name: '多烯磷脂酰胆碱胶囊' }], [], k)).toBeNull();
  });

  it('is off without the table, and a table with a malformed code fails its load naming the file and the field', () => {
    expect(hbvDrugOnArt(entry({ codes: ['B18.104', 'Z21.x00'] }), [etv], [], { limits: DEFAULT_LIMITS, frequency: new Map() })).toBeNull();
    const dir = tempDir('free-antivirals-');
    expect(loadFreeAntivirals(dir)).toBeUndefined();
    writeFileSync(join(dir, FREE_ANTIVIRALS_FILE), JSON.stringify({ ...freeAntivirals, hiv: { ...freeAntivirals!.hiv, codes: ['hiv'] } }));
    expect(() => loadFreeAntivirals(dir)).toThrow(/free-antivirals\.json: hiv\.codes\.0: must be an ICD-10 prefix/);
  });
});
