import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { injectionWithoutDrug } from '../../src/benefits/cross-claim/injection-without-drug';

// A subcutaneous injection on a clinic visit is read against the bill's injectables and the member's recent supply.

const k = { limits: DEFAULT_LIMITS, frequency: new Map() };
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2026-05-10', endDate: '2026-05-10',
  hospitalId: 'H1', principalCategory: 'J20', mdc: null, totalFen: 3000, policyFen: 3000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['J20.900'], ...over,
});
const item = (lineId: string, code: string, name: string, category: string, amountFen: number): BenefitItem => ({
  lineId, code, name, category, date: '2026-05-10', quantity: 1, unitPrice: amountFen / 100, amountFen, longPrescription: false, catalogue: { code },
});
const sc = item('4', '001204000060001', '皮下注射', 'service', 270);
const cbc = item('3', '002501010010001', '血常规(五分类)', 'service', 2250);
const insulin = item('5', 'XA10ABS502B002', '生物合成人胰岛素注射液', 'drug', 5000);

describe('injectionWithoutDrug', () => {
  it('names a subcutaneous injection with nothing injectable on the bill or in the member\'s recent record', () => {
    expect(injectionWithoutDrug(entry({}), [cbc, sc], [], k)).toEqual({ lineIds: ['4'], names: '皮下注射', amount: 2.7 });
    const old = entry({ claimId: 'S', visitType: 'inpatient', serviceDate: '2026-01-02', endDate: '2026-01-09', lines: [{ lineId: '1', code: 'XB01ABY502B002', date: '2026-01-08', kind: 'drug', amountFen: 9000 }] });
    expect(injectionWithoutDrug(entry({}), [cbc, sc], [old], k)).not.toBeNull();
  });

  it('is quiet with an injectable billed, a supply within the record window, or on a stay', () => {
    expect(injectionWithoutDrug(entry({}), [sc, insulin], [], k)).toBeNull();
    const discharge = entry({ claimId: 'S', visitType: 'inpatient', serviceDate: '2026-04-20', endDate: '2026-04-28', lines: [{ lineId: '1', code: 'XB01ABY502B002', date: '2026-04-27', kind: 'drug', amountFen: 9000 }] });
    expect(injectionWithoutDrug(entry({}), [sc], [discharge], k)).toBeNull();
    expect(injectionWithoutDrug(entry({ visitType: 'inpatient' }), [sc], [], k)).toBeNull();
  });
});
