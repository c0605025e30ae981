import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { capSpent as check } from '../../src/benefits/cross-claim/cap-spent';

const capSpent = (me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]) => check(me, items, prior, { maxShare: 0.5 });

// The 门诊统筹 cap shown spent by the member's own settlements: two at one ratio, then one cut to a part.

const claim = (claimId: string, serviceDate: string, policyFen: number, fundClaimedFen: number, over: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'resident', visitType: 'pharmacy', serviceDate, endDate: serviceDate, hospitalId: 'Y1', hospitalLevel: 1,
  principalCategory: 'J44', mdc: null, totalFen: policyFen, policyFen, fundClaimedFen, itemsSignature: claimId, serviceCodes: [], ...over,
});
const inhaler: BenefitItem = { lineId: '1', code: 'D', name: '布地奈德福莫特罗吸入粉雾剂', category: 'drug', date: '2025-08-10', quantity: 1, unitPrice: 210.13, amountFen: 21013, longPrescription: false, catalogue: null };
const paid = [claim('A', '2025-03-04', 17010, 8505), claim('B', '2025-04-06', 21420, 10710), claim('C', '2025-07-14', 16313, 1580)];
const me = (fundFen: number, over: Partial<MemberClaim> = {}) => claim('M', '2025-08-10', 21013, fundFen, over);

describe('capSpent', () => {
  it('names the claim cut to the remainder when a later claim still asks the fund', () => {
    expect(capSpent(me(10506), [inhaler], paid)).toEqual({ claimId: 'C', date: '2025-07-14', policy: 163.13, fund: 15.8, ratio: 0.5, lineIds: ['1'], amount: 105.06 });
  });

  it('is quiet when the later claim asks nothing, the cut paid nothing, or no two settlements agree on a ratio', () => {
    expect(capSpent(me(0), [inhaler], paid)).toBeNull();
    expect(capSpent(me(10506), [inhaler], [paid[0], paid[1], { ...paid[2], fundClaimedFen: 0 }])).toBeNull();
    expect(capSpent(me(10506), [inhaler], [paid[1], paid[2]])).toBeNull();
    expect(capSpent(me(10506), [inhaler], [{ ...paid[0], fundClaimedFen: 15000 }, paid[1], paid[2]])).toBeNull();
  });

  it('is quiet when a like settlement after the cut was paid at the ratio again (a per-visit limit, not the annual cap)', () => {
    const after = claim('D', '2025-07-30', 12000, 6000);
    expect(capSpent(me(10506), [inhaler], [...paid, after])).toBeNull();
    // one paid at the ratio at another level says nothing of this cut
    expect(capSpent(me(10506), [inhaler], [...paid, { ...after, hospitalLevel: 3 }])?.claimId).toBe('C');
  });

  it('reads a settlement only somewhat under the ratio as another ratio, not a cut (limits.json capCut), and is off without the figure', () => {
    expect(capSpent(me(10506), [inhaler], [paid[0], paid[1], { ...paid[2], fundClaimedFen: 6500 }])).toBeNull();
    expect(capSpent(me(10506), [inhaler], [paid[0], paid[1], { ...paid[2], fundClaimedFen: 4000 }])?.fund).toBe(40);
    expect(check(me(10506), [inhaler], paid, undefined)).toBeNull();
  });

  it('reads only the year, the scheme and the 门诊统筹 bucket, and the cut at the same level and visit type', () => {
    expect(capSpent(me(10506, { serviceDate: '2026-01-05' }), [inhaler], paid)).toBeNull();
    expect(capSpent(me(10506, { insuranceType: 'employee' }), [inhaler], paid)).toBeNull();
    expect(capSpent(me(10506, { visitType: 'chronic' }), [inhaler], paid)).toBeNull();
    expect(capSpent(me(10506), [inhaler], [paid[0], paid[1], { ...paid[2], hospitalLevel: 3 }])).toBeNull();
    expect(capSpent(me(10506), [inhaler], [paid[0], paid[1], { ...paid[2], visitType: 'outpatient' }])).toBeNull();
  });
});
