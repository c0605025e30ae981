import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim } from '../../src/contract/claim';
import { annualCap, OTHER_DISEASES } from '../../src/benefits/disease-cap';
import type { MemberState } from '../../src/benefits/member-state';
import { loadPolicies, parsePolicies, policyFor, type BenefitRule } from '../../src/benefits/policy';
import { judge } from '../../src/features/reviews/review';
import type { AnomalyModel } from '../../src/model/model';
import type { Ruleset } from '../../src/rules/engine';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { tempDir } from '../helpers/temp-dir';

// 门诊慢特病 caps per disease group (rules/benefits/policies.json schemes.<scheme>.chronic.diseaseCaps): a
// maintenance-dialysis member is judged by the dialysis cap, a hypertension or diabetes visit by the shared cap
// of the diseases without a group, each met from that group's claims of the year.

const RULES = resolve(__dirname, '../../rules');
const POLICIES_JSON = JSON.parse(readFileSync(resolve(RULES, 'benefits/policies.json'), 'utf8'));
const policies = loadPolicies(RULES)!;
const bases = loadBaseClaims(RULES);
const shared = createRulesetHolder(RULES).current();
const NO_MODEL: AnomalyModel = { version: 'none', threshold: Infinity, scoreBatch: async (c) => c.map(() => ({ score: 0, hit: null })) };
const HD = '003310010010001'; // 血液透析, 378 yuan at level 2
const LIRAGLUTIDE = 'XA10BJL506B002010147391'; // 利拉鲁肽, 320 yuan a pen, 乙类

describe('the policy reader: disease caps in policies.json', () => {
  it('every province gives dialysis, cancer and transplant their own caps, far above the shared cap, each a labelled sample', () => {
    for (const province of ['22', '23', '37', '51']) {
      for (const scheme of ['employee', 'resident'] as const) {
        const rule = policyFor(policies, `${province}0100`, '2025-06-01')!.schemes[scheme].chronic!;
        const caps = rule.diseaseCaps!;
        expect(Object.fromEntries(Object.entries(caps).map(([id, g]) => [id, g.codes]))).toEqual({ dialysis: ['N18'], cancer: ['C'], transplant: ['Z94', 'T86'] }); // T86, the graft's rejection, is the transplant 病种's (rules/benefits/README.md)
        for (const g of Object.values(caps)) {
          expect(g.annualFundCap).toBeGreaterThanOrEqual(4 * rule.annualFundCap);
          expect(g.source).toMatch(/^sample \(.*\): /);
        }
      }
    }
    expect(POLICIES_JSON.provinces['51'].schemes.resident.chronic.sources.annualFundCap).toMatch(/without its own group/);
  });

  const base = () => structuredClone(POLICIES_JSON);
  const load = (doc: unknown) => () => parsePolicies(doc, 'policies.json');

  it('refuses an unknown key in a group, naming its path (also in a dated variant and a regional override)', () => {
    const doc = base();
    doc.provinces['51'].schemes.resident.chronic.diseaseCaps.dialysis.annualCapp = 1;
    expect(load(doc)).toThrow(/policies\.json: provinces\.51\.schemes\.resident\.chronic\.diseaseCaps\.dialysis: .*annualCapp/);
    const dated = base();
    const g = dated.provinces['22'].schemes.employee.chronic.diseaseCaps.cancer;
    dated.provinces['22'].schemes.employee.chronic.diseaseCaps.cancer = [{ ...g, effectiveTo: '2025-06-30' }, { ...g, effectiveFrom: '2025-07-01', codess: ['C'] }];
    expect(load(dated)).toThrow(/provinces\.22\.schemes\.employee\.chronic\.diseaseCaps\.cancer\.1: .*codess/);
    const region = base();
    region.provinces['51'].regions['510100'].schemes.resident.chronic = { diseaseCaps: { dialysis: { annualFundCap: -1 } } };
    expect(load(region)).toThrow(/provinces\.51\.regions\.510100 \(merged over the province\): schemes\.resident\.chronic\.diseaseCaps\.dialysis\.annualFundCap/);
  });

  it('refuses a code finer than a category, two groups claiming one diagnosis, and disease caps outside 门诊慢特病', () => {
    const fine = base();
    fine.provinces['37'].schemes.employee.chronic.diseaseCaps.dialysis.codes = ['N18.5'];
    expect(load(fine)).toThrow(/provinces\.37\.schemes\.employee\.chronic\.diseaseCaps\.dialysis\.codes\.0: must be an ICD-10 chapter letter or 3-character category/);
    const overlap = base();
    overlap.provinces['37'].schemes.employee.chronic.diseaseCaps.transplant.codes = ['Z94', 'C50'];
    expect(load(overlap)).toThrow(/diseaseCaps\.transplant\.codes: C50 overlaps C of group cancer/);
    const inpatient = base();
    inpatient.provinces['23'].schemes.resident.inpatient.diseaseCaps = { dialysis: { name: '尿毒症透析', codes: ['N18'], annualFundCap: 1 } };
    expect(load(inpatient)).toThrow(/provinces\.23\.schemes\.resident\.inpatient\.diseaseCaps: disease caps apply to 门诊慢特病 \(chronic\) only/);
    expect(load(base())).not.toThrow();
  });

  it('a group is in force by the visit date, and the verdict names the dated entry', () => {
    const doc = base();
    const g = doc.provinces['51'].schemes.resident.chronic.diseaseCaps.dialysis;
    doc.provinces['51'].schemes.resident.chronic.diseaseCaps.dialysis = [
      { ...g, effectiveTo: '2025-06-30', annualFundCap: 40000 },
      { ...g, effectiveFrom: '2025-07-01' },
    ];
    const p = parsePolicies(doc);
    const june = policyFor(p, '510700', '2025-06-30')!;
    const july = policyFor(p, '510700', '2025-07-01')!;
    expect(june.schemes.resident.chronic!.diseaseCaps!.dialysis.annualFundCap).toBe(40000);
    expect(july.schemes.resident.chronic!.diseaseCaps!.dialysis.annualFundCap).toBe(60000);
    expect(june.inForce).toContain('51.schemes.resident.chronic.diseaseCaps.dialysis …–2025-06-30');
    expect(july.inForce).toContain('51.schemes.resident.chronic.diseaseCaps.dialysis 2025-07-01–');
    // Dated only from July: a June claim has no dialysis group, so the shared cap applies.
    doc.provinces['51'].schemes.resident.chronic.diseaseCaps.dialysis = { ...g, effectiveFrom: '2025-07-01' };
    const later = parsePolicies(doc);
    expect(policyFor(later, '510700', '2025-06-30')!.schemes.resident.chronic!.diseaseCaps).not.toHaveProperty('dialysis');
  });
});

describe('annualCap: the cap of the disease the claim treats, met from that group’s claims', () => {
  const rule = policyFor(policies, '510700', '2025-06-01')!.schemes.resident.chronic!;
  const state = (byCategory: Record<string, number>): MemberState =>
    ({ ytdFundFen: Object.values(byCategory).reduce((a, b) => a + b, 0), ytdFundFenByCategory: byCategory }) as MemberState;
  // Dialysis 12,000, hypertension 1,000, diabetes 2,000, colon cancer 3,000 claimed earlier this year (fen).
  const year = state({ N18: 1_200_000, I10: 100_000, E11: 200_000, C18: 300_000 });

  it.each([
    ['N18.500', { group: '尿毒症透析', annualFundCap: 60000, usedFen: 1_200_000 }],
    ['C34.900', { group: '恶性肿瘤门诊治疗（放化疗）', annualFundCap: 60000, usedFen: 300_000 }],
    ['Z94.000', { group: '器官移植术后抗排异治疗', annualFundCap: 40000, usedFen: 0 }],
    // Hypertension and diabetes have no group: they share the rule's cap and meet it together.
    ['I10.x00x002', { group: OTHER_DISEASES, annualFundCap: 5000, usedFen: 300_000 }],
    ['E11.900', { group: OTHER_DISEASES, annualFundCap: 5000, usedFen: 300_000 }],
  ])('%s', (dx, expected) => {
    expect(annualCap(rule, dx, year)).toEqual(expected);
  });

  it('without disease caps: the rule’s cap met from every claim of the bucket (as before)', () => {
    const { diseaseCaps: _d, ...plain } = rule;
    expect(annualCap(plain as BenefitRule, 'N18.500', year)).toEqual({ group: null, annualFundCap: 5000, usedFen: 1_800_000 });
  });
});

describe('a dialysis member through the review: the verdict names the group and cap', () => {
  /** The shipped table with its figures marked the province's own (as an administrator does on loading them): caps are findings. */
  const confirmedRuleset = (edit: (doc: typeof POLICIES_JSON) => void = () => {}): Ruleset => {
    const dir = tempDir('disease-caps-');
    cpSync(RULES, dir, { recursive: true });
    const doc = structuredClone(POLICIES_JSON);
    for (const p of Object.values(doc.provinces) as { figures: { confirmed: boolean } }[]) p.figures.confirmed = true;
    edit(doc);
    writeFileSync(join(dir, 'benefits/policies.json'), JSON.stringify(doc));
    return createRulesetHolder(dir).current();
  };
  const confirmed = confirmedRuleset();
  let n = 0;
  /** A Sichuan resident's 门诊慢特病 claim `day` days after 2025-01-15, `q` units of `code`, the fund claiming `fund`. */
  const visit = (day: number, dx: string, code: string, q: number, fund: number): Claim => {
    const e: RuleExample = {
      base: 'outpatient',
      shiftDays: day - 59,
      set: { visitType: 'chronic', 'enrollment.chronicDiseases': ['N18', 'E11'], diagnoses: [{ code: dx, principal: true }] },
      addItems: [{ code, quantity: q }],
      setAfter: { claimId: `EX-DC-${++n}`, 'amounts.fundClaimed': fund },
    };
    const checked = validateClaim(buildExample(e, bases, shared.refs.catalogue, shared.refs.policies));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    return checked.claim;
  };
  const review = async (claims: Claim[], ruleset: Ruleset = confirmed) =>
    (await judge(claims, ruleset, NO_MODEL, { source: 't', reviewedAt: '2025-12-01T00:00:00Z', history: async () => [] })).verdicts;
  const overEntitlement = (v: { hits: { ruleId: string; evidence?: Record<string, unknown> | null }[] }) => v.hits.find((h) => h.ruleId === 'benefits.over-entitlement');

  // Monthly settlements of 13 sessions (4,945.5 policy, 3,214.57 due at 0.65), each claiming 3,200.
  const months = (from: number, count: number) => Array.from({ length: count }, (_, i) => visit(from + 30 * i, 'N18.500', HD, 13, 3200));

  it('a year of monthly dialysis passes the shared 5,000 cap without a hit; a diabetes visit of the same member keeps its own cap', async () => {
    const verdicts = await review([...months(0, 10), visit(305, 'E11.900', LIRAGLUTIDE, 2, 380)]);
    expect(verdicts.map(overEntitlement).filter(Boolean)).toEqual([]);
  });

  it('the same year under a table without disease caps: the dialysis months from the second on are over-entitlement', async () => {
    const plain = confirmedRuleset((doc) => delete doc.provinces['51'].schemes.resident.chronic.diseaseCaps);
    const flagged = (await review(months(0, 10), plain)).map((v) => Boolean(overEntitlement(v)));
    expect(flagged).toEqual([false, true, true, true, true, true, true, true, true, true]);
  });

  it('dialysis billed beyond the group cap is caught, and the hit names 尿毒症透析 and its cap', async () => {
    // 4 claims of 60 sessions (14,700 each) use 58,800 of 60,000; the next month claims 3,000 with 1,200 left.
    const verdicts = await review([...[0, 60, 120, 180].map((d) => visit(d, 'N18.500', HD, 60, 14700)), visit(240, 'N18.500', HD, 13, 3000)]);
    const hit = overEntitlement(verdicts[4])!;
    expect(hit.evidence).toMatchObject({ capGroup: '尿毒症透析', annualCap: 60000, capRemaining: 1200, entitled: 1200, claimed: 3000 });
    expect(verdicts.slice(0, 4).map(overEntitlement)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a diabetes visit past the shared cap: the hit names the shared cap of the other diseases', async () => {
    const verdicts = await review([...[0, 80, 160].map((d) => visit(d, 'E11.900', LIRAGLUTIDE, 8, 1664)), visit(240, 'E11.900', LIRAGLUTIDE, 2, 380)]);
    expect(overEntitlement(verdicts[3])!.evidence).toMatchObject({ capGroup: OTHER_DISEASES, annualCap: 5000, capRemaining: 8, claimed: 380 });
  });

  it('under the shipped default figures the same cap excess is shown for reference, not a finding', async () => {
    const verdicts = await review([...[0, 80, 160].map((d) => visit(d, 'E11.900', LIRAGLUTIDE, 8, 1664)), visit(240, 'E11.900', LIRAGLUTIDE, 2, 380)], shared);
    expect(overEntitlement(verdicts[3])).toBeUndefined();
    expect(verdicts[3].hits.find((h) => h.ruleId === 'benefits.over-entitlement-provisional')).toMatchObject({ severity: 'info' });
  });
});
