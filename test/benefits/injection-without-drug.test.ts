import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { injectionWithoutDrug } from '../../src/benefits/cross-claim/injection-without-drug';
import { loadInjectionRecord } from '../../src/benefits/injection-record';

// An injection with nothing injectable on the bill: on a vaccination or exposure visit by its codes, on a clinic's
// subcutaneous injection by the member's recent supply.

const k = { limits: { ...DEFAULT_LIMITS, injectionRecord: { recordDays: 84 } }, frequency: new Map(), injectionRecord: loadInjectionRecord(join(__dirname, '../../rules/history')) };
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
const im = item('6', '001204000050001', '肌肉注射', 'service', 300);
const dressing = item('7', '001205000020001', '换药(中)', 'service', 2000);

describe('injectionWithoutDrug', () => {
  it('names a subcutaneous injection with nothing injectable on the bill or in the member\'s recent record', () => {
    expect(injectionWithoutDrug(entry({}), [cbc, sc], [], k)).toEqual({ lineIds: ['4'], names: '皮下注射', amount: 2.7, reason: expect.stringContaining('近84天') });
    const old = entry({ claimId: 'S', visitType: 'inpatient', serviceDate: '2026-01-02', endDate: '2026-01-09', lines: [{ lineId: '1', code: 'XB01ABY502B002', date: '2026-01-08', kind: 'drug', amountFen: 9000 }] });
    expect(injectionWithoutDrug(entry({}), [cbc, sc], [old], k)).not.toBeNull();
  });

  it('is quiet with an injectable billed, a supply within the record window, or on a stay', () => {
    expect(injectionWithoutDrug(entry({}), [sc, insulin], [], k)).toBeNull();
    const discharge = entry({ claimId: 'S', visitType: 'inpatient', serviceDate: '2026-04-20', endDate: '2026-04-28', lines: [{ lineId: '1', code: 'XB01ABY502B002', date: '2026-04-27', kind: 'drug', amountFen: 9000 }] });
    expect(injectionWithoutDrug(entry({}), [sc], [discharge], k)).toBeNull();
    expect(injectionWithoutDrug(entry({ visitType: 'inpatient' }), [sc], [], k)).toBeNull();
  });

  it('names a vaccination or rabies-exposure visit\'s injection by its codes, whatever the record holds', () => {
    const dogBite = entry({ codes: ['S61.000', 'W54.x00', 'Z20.300'] });
    expect(injectionWithoutDrug(dogBite, [dressing, im], [], k)).toEqual({ lineIds: ['6'], names: '肌肉注射', amount: 3, reason: expect.stringContaining('Z20.300') });
    const supply = entry({ claimId: 'S', serviceDate: '2026-05-01', endDate: '2026-05-01', lines: [{ lineId: '1', code: 'XA10ABS502B002', date: '2026-05-01', kind: 'drug', amountFen: 5000 }] });
    expect(injectionWithoutDrug(entry({ codes: ['Z23.500'] }), [sc], [supply], k)?.lineIds).toEqual(['4']);
    expect(injectionWithoutDrug(entry({ codes: ['J30.400', 'Z23.500'] }), [sc], [], k)?.lineIds).toEqual(['4']);
  });

  it('is quiet on an exposure visit whose injection had its drug, and on an ordinary visit\'s intramuscular injection', () => {
    const tetanus = item('8', 'XJ06AAP001B001', '破伤风抗毒素注射液', 'drug', 1500);
    expect(injectionWithoutDrug(entry({ codes: ['S61.000', 'Z20.300'] }), [im, tetanus], [], k)).toBeNull();
    expect(injectionWithoutDrug(entry({}), [im], [], k)).toBeNull();
    expect(injectionWithoutDrug(entry({ codes: ['J30.400'] }), [sc], [], k)).toBeNull();
  });

  it('checks nothing without the table or the record window', () => {
    expect(injectionWithoutDrug(entry({}), [sc], [], { ...k, injectionRecord: undefined })).toBeNull();
    expect(injectionWithoutDrug(entry({}), [sc], [], { ...k, limits: DEFAULT_LIMITS })).toBeNull();
  });
});
