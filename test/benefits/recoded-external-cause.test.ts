import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { recodedExternalCause } from '../../src/benefits/cross-claim/recoded-external-cause';
import { externalCause, loadExternalCauses } from '../../src/enrich/external-cause';

// A stay coding a fall for the injury an emergency visit of the same day or days before coded as a transport or work
// accident, with a V/Y96 code or the Z04.1/Z04.2 examination that names the accident: the shipped tables.

const rows = loadExternalCauses(join(__dirname, '../../rules/knowledge/external-causes.json'));
const k = { limits: { ...DEFAULT_LIMITS, thirdPartyAftercare: { windowDays: 180, recodedWithinDays: 7 } }, frequency: new Map() };
const claim = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'B-STAY', insuranceType: 'employee', visitType: 'inpatient', serviceDate: '2025-10-05', endDate: '2025-10-16',
  hospitalId: 'H2', principalCategory: 'S82', mdc: null, totalFen: 800000, policyFen: 700000, fundClaimedFen: 500000, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['S82.200x081', 'W19.x00'], ...over,
});
// thirdParty as the ledger writes it: the claim's external cause found in the table.
const ed = (codes: string[], over: Partial<MemberClaim> = {}) =>
  claim({ claimId: 'Z-ED', visitType: 'outpatient', hospitalId: 'H1', endDate: '2025-10-05', fundClaimedFen: 17000, codes, thirdParty: externalCause(codes, 'employee', false, rows, 170, () => undefined) !== null, ...over });
const stay = claim({ thirdParty: false });

describe('recodedExternalCause', () => {
  it('reads Z04.1 and Z04.2 as the accident they examine after, and an emergency visit of the admission day in either arrival order', () => {
    expect(ed(['S82.200x081', 'Z04.100']).thirdParty).toBe(true);
    expect(ed(['S62.600x011', 'Z04.200']).thirdParty).toBe(true);
    expect(ed(['S82.200x081', 'Z04.800']).thirdParty).toBe(false);
    // 'Z-ED' sorts after 'B-STAY': the same day's visit is still the earlier care.
    expect(recodedExternalCause(stay, [], [ed(['S82.200x081', 'Z04.100'])], k)).toMatchObject({ claimId: 'Z-ED', otherCause: 'Z04.100', cause: 'W19.x00', days: 0 });
    expect(recodedExternalCause(stay, [], [ed(['S82.200x081', 'V89.200x091'], { serviceDate: '2025-10-03' })], k)).toMatchObject({ otherCause: 'V89.200x091', days: 2 });
  });

  it('is quiet on another region, a visit after the admission, or beyond the window', () => {
    expect(recodedExternalCause(stay, [], [ed(['S52.500x001', 'Z04.100'])], k)).toBeNull();
    expect(recodedExternalCause(stay, [], [ed(['S82.200x081', 'Z04.100'], { serviceDate: '2025-10-06' })], k)).toBeNull();
    expect(recodedExternalCause(stay, [], [ed(['S82.200x081', 'V89.200x091'], { serviceDate: '2025-09-20' })], k)).toBeNull();
  });
});
