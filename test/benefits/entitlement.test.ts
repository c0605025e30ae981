import { entitlement } from '../../src/benefits/entitlement';
import { emptyMemberState, type MemberState } from '../../src/benefits/member-state';
import type { BenefitRule } from '../../src/benefits/policy';
import type { ClaimFacts } from '../../src/enrich/facts';

const rule: BenefitRule = {
  deductible: { '1': 200, '2': 500, '3': 1000 },
  laterAdmissionDeductibleShare: 0.5,
  ratio: { '1': 0.9, '2': 0.85, '3': 0.8 },
  retireeRatioBonus: 0.05,
  maxRatio: 0.95,
  annualFundCap: 10000,
  criticalIllnessCap: 5000,
  criticalIllnessRatio: 0.6,
  criticalIllnessAdjustments: null,
};
// The review's own empty state (every finding null), with the few values these cases read set here.
const state = (s: Partial<MemberState> = {}): MemberState => ({ ...emptyMemberState(), levelPrescribed: [], ...s });
const facts = (f: Partial<ClaimFacts>): ClaimFacts =>
  ({ inpatient: true, hospitalLevel: 3, retired: false, insuranceType: 'employee', policyFen: 0, expectedPolicyFen: 0, fundClaimedFen: 0, ...f }) as ClaimFacts;

const CONFIRMED = { confirmed: true, ceilingRatio: 0.95 };

describe('entitlement', () => {
  it('deductible, then ratio', () => {
    const e = entitlement(facts({ policyFen: 600000, expectedPolicyFen: 600000, fundClaimedFen: 400000 }), rule, state(), undefined, CONFIRMED);
    expect(e).toMatchObject({ policyScope: 6000, deductible: 1000, ratio: 0.8, payable: 4000, basic: 4000, entitled: 4000, excess: 0 });
  });

  it('retiree bonus raises the ratio within maxRatio; later admissions pay the lower deductible', () => {
    const e = entitlement(facts({ retired: true, policyFen: 600000, expectedPolicyFen: 600000 }), rule, state({ admissionsBefore: 1 }), undefined, CONFIRMED);
    expect(e).toMatchObject({ deductible: 500, ratio: 0.85, payable: 4675 });
  });

  it('the catalogue-supported policy scope wins over an inflated declared one', () => {
    const e = entitlement(facts({ policyFen: 900000, expectedPolicyFen: 600000, fundClaimedFen: 600000 }), rule, state(), undefined, CONFIRMED);
    expect(e).toMatchObject({ policyScope: 6000, entitled: 4000, excess: 2000 });
  });

  it('crossing the annual cap within one claim: basic up to the cap, 大病保险 above it', () => {
    // 9,000 of the 10,000 cap already used; payable 4,000 → basic 1,000; the remaining 3,000 of payable is
    // 3,750 of cost at 0.8, of which 大病保险 pays 60% = 2,250.
    const e = entitlement(facts({ policyFen: 600000, expectedPolicyFen: 600000, fundClaimedFen: 400000 }), rule, state({ ytdFundFen: 900000 }), undefined, CONFIRMED);
    expect(e).toMatchObject({ capRemaining: 1000, basic: 1000, criticalIllness: 2250, entitled: 3250, excess: 750 });
  });

  it('judges against confirmed figures; against editable defaults only what no scheme pays (the ceiling), the rest for reference', () => {
    const claim = facts({ policyFen: 600000, expectedPolicyFen: 600000, fundClaimedFen: 500000 });
    // Confirmed: 1,000 above the 4,000 due is the finding.
    expect(entitlement(claim, rule, state(), undefined, CONFIRMED)).toMatchObject({ entitled: 4000, excess: 1000, judgedExcess: 1000, provisionalExcess: 0 });
    // Defaults: 5,000 of 6,000 is within 95% (5,700) of the policy scope: no finding, 1,000 over the defaults shown.
    const provisional = { confirmed: false, ceilingRatio: 0.95 };
    expect(entitlement(claim, rule, state(), undefined, provisional)).toMatchObject({ ceiling: 5700, excess: 1000, judgedExcess: 0, provisionalExcess: 1000 });
    // The whole policy scope claimed: 300 above what any scheme pays is the finding, whatever the figures.
    const full = facts({ policyFen: 600000, expectedPolicyFen: 600000, fundClaimedFen: 600000 });
    const e = entitlement(full, rule, state(), undefined, provisional);
    expect(e).toMatchObject({ excess: 2000, judgedExcess: 300, provisionalExcess: 0 });
    expect(e.judgedBasis).toContain('95%');
  });

  it('shows for reference only the excess that holds with an annual (outpatient) deductible met: spending the ledger never saw counts toward it', () => {
    const provisional = { confirmed: false, ceilingRatio: 0.95 };
    // A 300-yuan level-3 visit, nothing on the ledger this year: the ledger leaves the 1,000 deductible due (entitled 0),
    // but 0.8 × 300 = 240 is due if it was met before the history starts; 200 claimed is within it.
    const visit = facts({ inpatient: false, policyFen: 30000, expectedPolicyFen: 30000, fundClaimedFen: 20000 });
    expect(entitlement(visit, rule, state(), undefined, provisional)).toMatchObject({ entitled: 0, excess: 200, provisionalExcess: 0, provisionalEntitled: 240, provisionalDeductible: 0 });
    // 280 claimed (within the 285 ceiling) is 40 above even the deductible-met entitlement.
    const above = facts({ inpatient: false, policyFen: 30000, expectedPolicyFen: 30000, fundClaimedFen: 28000 });
    expect(entitlement(above, rule, state(), undefined, provisional)).toMatchObject({ judgedExcess: 0, provisionalExcess: 40 });
    // A stay's deductible is per admission, on the claim itself: counted.
    const stay = facts({ policyFen: 30000, expectedPolicyFen: 30000, fundClaimedFen: 20000 });
    expect(entitlement(stay, rule, state(), undefined, provisional)).toMatchObject({ provisionalExcess: 200, provisionalDeductible: 300 });
  });

  it('outpatient: the annual deductible is met from earlier claims of the year', () => {
    const out = facts({ inpatient: false, hospitalLevel: 2, policyFen: 30000, expectedPolicyFen: 30000 });
    const r: BenefitRule = { ...rule, deductible: 500, ratio: 0.5 };
    expect(entitlement(out, r, state({ ytdPolicyFen: 0 }), undefined, CONFIRMED)).toMatchObject({ deductible: 300, entitled: 0 });
    expect(entitlement(out, r, state({ ytdPolicyFen: 40000 }), undefined, CONFIRMED)).toMatchObject({ deductible: 100, entitled: 100 });
    expect(entitlement(out, r, state({ ytdPolicyFen: 90000 }), undefined, CONFIRMED)).toMatchObject({ deductible: 0, entitled: 150 });
  });
});
