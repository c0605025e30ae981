import { dialysisBesideStay } from '../../src/benefits/cross-claim/dialysis-beside-stay';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

const k = shippedRules.current().refs.history!;
const claim = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P', claimId: 'S1', insuranceType: 'employee', visitType: 'chronic', serviceDate: '2025-05-10', endDate: '2025-05-10',
  hospitalId: 'H03', principalCategory: 'N18', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 1, itemsSignature: 'S', serviceCodes: ['003310010010001'],
  codes: ['N18.500', 'Z49.100'], ...over,
});
const stay = claim({ claimId: 'IP1', visitType: 'inpatient', hospitalId: 'H01', serviceDate: '2025-05-10', endDate: '2025-05-13', principalCategory: 'K80', serviceCodes: ['001105000010001'], codes: ['K80.100', 'N18.500'] });

describe('dialysis sessions beside a stay (grouping.complication-unsupported*: the kidney failure treated at the centre)', () => {
  it('names a centre session from three days before the admission to the discharge day', () => {
    expect(dialysisBesideStay(stay, [], [claim({})], k)).toEqual({ claimIds: ['S1'], dates: ['2025-05-10'] });
    expect(dialysisBesideStay(stay, [], [claim({ claimId: 'S0', serviceDate: '2025-05-07', endDate: '2025-05-07' })], k)).toMatchObject({ dates: ['2025-05-07'] });
    expect(dialysisBesideStay(stay, [], [claim({ claimId: 'S2', serviceDate: '2025-05-13', endDate: '2025-05-13' })], k)).toMatchObject({ dates: ['2025-05-13'] });
  });
  it('reads a 门诊慢特病 month by its session lines, not the date it was settled on (its last session, maybe after the discharge)', () => {
    const session = (date: string): LedgerLine => ({ lineId: `L${date}`, code: '003310010010001', date, kind: 'service', amountFen: 40000 });
    const month = (serviceDate: string, dates: string[]) => claim({ claimId: 'M5', serviceDate, endDate: serviceDate, lines: dates.map(session) });
    expect(dialysisBesideStay(stay, [], [month('2025-05-30', ['2025-05-05', '2025-05-12', '2025-05-30'])], k)).toEqual({ claimIds: ['M5'], dates: ['2025-05-12'] });
    // Settled inside the window, its sessions all before it: none beside the stay.
    expect(dialysisBesideStay(stay, [], [month('2025-05-11', ['2025-05-01', '2025-05-05'])], k)).toBeNull();
  });
  it('is quiet for a session before the schedule’s last interval, after the discharge, a visit with no session, or a clinic claim', () => {
    expect(dialysisBesideStay(stay, [], [claim({ serviceDate: '2025-05-06', endDate: '2025-05-06' })], k)).toBeNull();
    expect(dialysisBesideStay(stay, [], [claim({ serviceDate: '2025-05-14', endDate: '2025-05-14' })], k)).toBeNull();
    expect(dialysisBesideStay(stay, [], [claim({ serviceCodes: [] })], k)).toBeNull();
    expect(dialysisBesideStay(claim({ claimId: 'S9' }), [], [claim({})], k)).toBeNull();
  });
});
