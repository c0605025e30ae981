import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Claim } from '../../src/contract/claim';
import { criticalIllnessCap } from '../../src/benefits/critical-illness';
import { entitlement } from '../../src/benefits/entitlement';
import type { MemberState } from '../../src/benefits/member-state';
import { loadPolicies, parsePolicies, policyFor, type BenefitRule } from '../../src/benefits/policy';
import { waitingPeriod } from '../../src/benefits/waiting-period';
import type { ClaimFacts } from '../../src/enrich/facts';
import { enrichClaim } from '../../src/enrich/enrich';
import { policyScopeFen } from '../../src/enrich/item-facts';
import { attachMemberFacts, judge } from '../../src/features/reviews/review';
import type { AnomalyModel } from '../../src/model/model';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Issue 17.6: each point with the seed text it follows (seeds copied from /work/shared/seeds; the policy
// table rules/benefits/policies.json quotes them in its "source" fields).

const RULES = resolve(__dirname, '../../rules');
const POLICIES_JSON = JSON.parse(readFileSync(resolve(RULES, 'benefits/policies.json'), 'utf8'));
const policies = loadPolicies(RULES)!;
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const NO_MODEL: AnomalyModel = { version: 'none', threshold: Infinity, scoreBatch: async (c) => c.map(() => ({ score: 0, hit: null })) };

function claimOf(e: RuleExample): Claim {
  const checked = validateClaim(buildExample(e, bases, ruleset.refs.catalogue, ruleset.refs.policies));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.claim;
}
async function factsOf(e: RuleExample) {
  const enriched = enrichClaim(claimOf(e), ruleset.refs);
  await attachMemberFacts([enriched], ruleset, { history: async () => [] });
  return enriched.facts;
}
async function hitsOf(e: RuleExample) {
  const judged = await judge([claimOf(e)], ruleset, NO_MODEL, { source: 't', reviewedAt: '2025-12-01T00:00:00Z', history: async () => [] });
  return judged.verdicts[0].hits;
}

const JILIN = policyFor(policies, '220100', '2025-03-01')!;
const WAIT = JILIN.waitingPeriod!;

describe('seed 004 items 6–11 concern 居民医保 members', () => {
  // "自 2025 年起，除新生儿等特殊群体外，对未在居民医保集中缴费期内参保或未连续参保的，设置参保后固定待遇等待期 90 天。"
  // "(连续参保是指连续参加居民医疗保险)"
  it('the table says which scheme the waiting-period provision covers, and quotes the seed', () => {
    expect(WAIT.schemes).toEqual(['resident']);
    expect(POLICIES_JSON.provinces['22'].waitingPeriod.source).toContain('对未在居民医保集中缴费期内参保或未连续参保的，设置参保后固定待遇等待期 90 天');
  });

  it('an employee claim after two lapsed years gets no waiting period; the same resident claim does', async () => {
    const lapsed = { 'enrollment.enrolledOn': '2025-02-01', 'enrollment.inConcentratedPeriod': false, 'enrollment.lapsedYears': 2, 'enrollment.continuousYears': 0 };
    const employee = await factsOf({ set: lapsed });
    expect(employee.benefits?.waitingPeriod).toMatchObject({ days: 0, exemption: 'the provision covers resident only' });
    expect((await hitsOf({ set: lapsed })).map((h) => h.ruleId)).not.toContain('benefits.waiting-period');
    const resident = { ...lapsed, insuranceType: 'resident', 'patient.retired': false };
    expect((await factsOf({ set: resident })).benefits?.waitingPeriod.days).toBe(120);
    expect((await hitsOf({ set: resident })).map((h) => h.ruleId)).toContain('benefits.waiting-period');
  });

  it('the 大病 cap adjustments sit under the resident scheme only: an employee with 7 continuous years keeps the base cap', () => {
    expect(JILIN.schemes.employee.inpatient!.criticalIllnessAdjustments ?? null).toBeNull();
    const rule = JILIN.schemes.resident.inpatient!;
    expect(criticalIllnessCap(rule, { continuousYears: 7 })?.cap).toBe(412000);
    expect(criticalIllnessCap(JILIN.schemes.employee.inpatient!, { continuousYears: 7 })?.cap).toBe(400000);
  });
});

describe('以上/以下/以内 include the number itself (Civil Code art. 1259)', () => {
  // "连续断缴4年以上的，修复后固定待遇等待期和变动待遇等待期之和原则上不得少于180天。"
  it('exactly 4 lapsed years, all back-paid: still at least 180 days', () => {
    const e = { enrolledOn: '2025-03-01', inConcentratedPeriod: false, continuousYears: 0, lapsedYears: 4, backPaidYears: 4 };
    expect(waitingPeriod(e, '1980-01-01', WAIT, 'resident')).toMatchObject({ days: 180, fixedDays: 90, variableDays: 90 });
    expect(waitingPeriod({ ...e, lapsedYears: 3, backPaidYears: 3 }, '1980-01-01', WAIT, 'resident').days).toBe(90);
  });

  it('every threshold in the tables reads inclusively', () => {
    for (const code of ['22', '23', '37', '51']) {
      const p = policyFor(policies, `${code}0100`, '2025-03-01')!;
      // 连续断缴4年以上 → from 4 on; 连续2年（含2年）以上 → from 2 on; 90天内 → day 90 included.
      expect([p.waitingPeriod!.longLapseYears, p.waitingPeriod!.schemeSwitchMinContinuousYears, p.waitingPeriod!.newbornEnrolWithinDays, p.waitingPeriod!.schemeSwitchReenrolWithinDays]).toEqual([4, 2, 90, 90]);
    }
    // 新生儿出生后90天内: enrolled on day 90 is exempt, day 91 is not.
    const newborn = (day: string) => waitingPeriod({ enrolledOn: day, special: 'newborn', inConcentratedPeriod: false }, '2025-01-01', WAIT, 'resident').days;
    expect([newborn('2025-04-01'), newborn('2025-04-02')]).toEqual([0, 90]);
    // 连续参保 4 年以上的，自第 5 年起每连续参保 1 年，提高…4000 元: the 4th year adds nothing, the 5th adds 4,000.
    const rule = JILIN.schemes.resident.inpatient!;
    expect([4, 5].map((y) => criticalIllnessCap(rule, { continuousYears: y })!.continuityBonus)).toEqual([0, 4000]);
    // 基金支付达到住院医保基金支出70%以上: the target is met at 70% itself.
    expect(policyFor(policies, '510100', '2025-03-01')!.drgDipFundShareTarget).toBe(0.7);
  });
});

describe('zero-claim rewards accumulate (前期积累的零报销激励额度)', () => {
  // "当年零报销的，次年提高大病保险最高支付限额 4000 元。连续参保和零报销累计提高总额不超过原最高支付限额的 20%。……
  //  参保人员发生大病报销并使用奖励额度后，前期积累的零报销激励额度清零。"
  const rule = JILIN.schemes.resident.inpatient!;

  it('+4,000 for each zero-claim year not yet used; zeroClaimLastYear alone counts as one', () => {
    expect(criticalIllnessCap(rule, { continuousYears: 2, zeroClaimRewardYears: 3 })).toMatchObject({ zeroClaimBonus: 12000, cap: 412000 });
    expect(criticalIllnessCap(rule, { continuousYears: 2, zeroClaimLastYear: true })).toMatchObject({ zeroClaimBonus: 4000, cap: 404000 });
    expect(criticalIllnessCap(rule, { continuousYears: 2, zeroClaimLastYear: true, zeroClaimRewardYears: 0 })).toMatchObject({ zeroClaimBonus: 0 });
  });

  it('within the 20% bound together with the continuity increase', () => {
    const small: BenefitRule = { ...rule, criticalIllnessCap: 100000 };
    // 8 continuous years: +16,000; 3 reward years would add 12,000, the bound leaves 4,000.
    expect(criticalIllnessCap(small, { continuousYears: 8, zeroClaimRewardYears: 3 })).toMatchObject({ continuityBonus: 16000, zeroClaimBonus: 4000, cap: 120000 });
  });

  const state = (ytdFundFen: number): MemberState =>
    ({ admissionsBefore: 1, ytdFundFen, ytdFundFenByCategory: {}, ytdPolicyFen: 0, readmission: null, overlappingStay: null, sameDayElsewhere: null, duplicateOf: null, visitDuringStay: null, oversupply: null, multiPharmacy: null, tooOften: null }) as MemberState;
  const bigStay = { inpatient: true, hospitalLevel: 3, retired: false, insuranceType: 'resident', policyFen: 200_000_000, expectedPolicyFen: 200_000_000, fundClaimedFen: 0 } as ClaimFacts;
  const basicCapFen = rule.annualFundCap * 100;
  const e = { continuousYears: 2, zeroClaimRewardYears: 2 };

  it('an earlier 大病 payment within the cap without the reward leaves the reward whole', () => {
    // 100,000 of 大病 already paid this year: far below the 400,000 cap without the reward.
    const ent = entitlement(bigStay, rule, state(basicCapFen + 10_000_000), e, { confirmed: true, ceilingRatio: 0.95 });
    expect(ent.criticalIllnessCap).toMatchObject({ zeroClaimBonus: 8000, cap: 408000 });
    expect(ent.criticalIllness).toBe(308000); // 408,000 − 100,000 still open
    expect(ent.zeroClaimRewardUsed).toBe(8000); // this payment reaches into the reward: cleared from next year
  });

  it('a 大病 payment that stays under the cap without the reward has not used it', () => {
    const small = { ...bigStay, policyFen: 40_000_000, expectedPolicyFen: 40_000_000 };
    const ent = entitlement(small, rule, state(basicCapFen), e, { confirmed: true, ceilingRatio: 0.95 });
    expect(ent.criticalIllness).toBeGreaterThan(0);
    expect(ent.zeroClaimRewardUsed).toBe(0);
  });
});

describe('scheme-switch exemption only within 90 days', () => {
  // "参保人已连续2年（含2年）以上参加基本医疗保险的，因就业等个人状态变化在职工医保和居民医保间切换参保关系等情形的，
  //  中断缴费 90 天内参加居民医保并接续缴费的，视为连续参保缴费。"
  const sw = (x: Record<string, unknown>) => ({ enrolledOn: '2025-03-01', inConcentratedPeriod: false, continuousYears: 3, special: 'scheme_switch', ...x });
  it.each<[string, Record<string, unknown>, number]>([
    ['re-enrolled 90 days after the lapse: continuous', { lapsedYears: 1, lapseDays: 90 }, 0],
    ['re-enrolled 91 days after: the ordinary waiting period', { lapsedYears: 1, lapseDays: 91 }, 90],
    ['no lapse at all: continuous', { lapsedYears: 0 }, 0],
    ['a lapsed year and no lapseDays: the window cannot be shown, the ordinary period', { lapsedYears: 1 }, 90],
    ['within 90 days but only 1 continuous year before: not exempt', { lapsedYears: 1, lapseDays: 30, continuousYears: 1 }, 90],
  ])('%s', (_n, x, days) => {
    expect(waitingPeriod(sw(x), '1980-01-01', WAIT, 'resident').days).toBe(days);
  });
});

describe('a province’s 乙类 self-pay share applies to every 乙 row without its own', () => {
  // seeds/001 (川办发〔2023〕38号) (七): "逐步规范乙类药品、医疗服务项目个人先行自付比例，2025 年底前基本实现全省……统一"
  it('a 乙 row without selfPayShare takes the province share for its kind; a row with one keeps it', () => {
    const shares = policyFor(policies, '510100', '2025-03-01')!.yiSelfPayShare!;
    expect(shares).toMatchObject({ drug: 0.1, service: 0.1, consumable: 0.2 });
    const row = { code: 'X', name: 'x', category: 'consumable' as const, class: '乙' as const };
    expect(policyScopeFen(10000, row, shares)).toBe(8000);
    expect(policyScopeFen(10000, { ...row, selfPayShare: 0.05 }, shares)).toBe(9500);
    expect(policyScopeFen(10000, { ...row, class: '甲' }, shares)).toBe(10000);
  });

  it('through the review: an imported 乙 drug row without a share counts 90% in policy scope', async () => {
    const code = 'XC10AAA201A001010100001'; // under the imported 乙 row XC10AAA201A001 (阿托伐他汀, no 备注, no share)
    const entry = ruleset.refs.catalogue.get(code, '2025-03-04')!;
    expect(entry.selfPayShare).toBeUndefined();
    const facts = await factsOf({ addItems: [{ code, quantity: 10, unitPrice: 10 }] });
    const line = facts.items.find((i) => i.code === code)!;
    expect(entry).toMatchObject({ class: '乙', category: 'drug' });
    expect(line.policyScopeFen).toBe(9000);
  });
});

describe('loading a policy table', () => {
  const base = () => structuredClone(POLICIES_JSON);
  const load = (doc: unknown) => () => parsePolicies(doc, 'policies.json');

  it('rejects an unknown key, naming its path', () => {
    const doc = base();
    doc.provinces['22'].schemes.resident.inpatient.ratioo = 0.7;
    expect(load(doc)).toThrow(/policies\.json: provinces\.22\.schemes\.resident\.inpatient: .*ratioo/);
    const top = base();
    top.provinces['51'].waitingPeriod.minTotalDaysIfLapsedOver4Years = 180;
    expect(load(top)).toThrow(/provinces\.51\.waitingPeriod: .*minTotalDaysIfLapsedOver4Years/);
  });

  it('rejects a deductible above 10% of the stated average wage (seeds/000: 原则上不高于统筹地区年职工平均工资的10%)', () => {
    const doc = base();
    doc.provinces['22'].schemes.employee.inpatient.deductible['3'] = 8501; // wage 85,000
    expect(load(doc)).toThrow(/provinces\.22\.schemes\.employee\.inpatient\.deductible\.3: employee deductible 8501 is above 10% of the stated average wage 85000/);
    doc.provinces['22'].schemes.employee.inpatient.deductible['3'] = 8500;
    expect(load(doc)).not.toThrow();
  });

  it('rejects a ratio outside 0–1', () => {
    const doc = base();
    doc.provinces['37'].schemes.employee.outpatient.ratio['2'] = 1.2;
    expect(load(doc)).toThrow(/provinces\.37\.schemes\.employee\.outpatient\.ratio.*between 0 and 1/);
    const share = base();
    share.provinces['51'].yiSelfPayShare.drug = -0.1;
    expect(load(share)).toThrow(/provinces\.51\.yiSelfPayShare\.drug/);
  });

  it('rejects overlapping dated variants and a bad regional override', () => {
    const doc = base();
    const r = doc.provinces['23'].schemes.employee.chronic;
    doc.provinces['23'].schemes.employee.chronic = [{ ...r, effectiveTo: '2025-12-31' }, { ...r, effectiveFrom: '2025-12-31' }];
    expect(load(doc)).toThrow(/provinces\.23\.schemes\.employee\.chronic\.1\.effectiveFrom: overlaps variant 0/);
    const region = base();
    region.provinces['51'].regions['510100'].schemes.resident.outpatient.annualFundCapp = 1;
    expect(load(region)).toThrow(/provinces\.51\.regions\.510100 \(merged over the province\): schemes\.resident\.outpatient: .*annualFundCapp/);
  });

  it('the DRG/DIP fund-share target is a policy value per province, with its source', () => {
    expect(POLICIES_JSON.provinces['51'].drgDipFundShareTarget.source).toContain('基金支付达到住院医保基金支出70%以上');
    for (const code of ['22', '23', '37']) expect(POLICIES_JSON.provinces[code].drgDipFundShareTarget.source).toMatch(/sample/);
    const doc = base();
    doc.provinces['22'].drgDipFundShareTarget.value = 0.8;
    expect(policyFor(parsePolicies(doc), '220100', '2025-03-01')!.drgDipFundShareTarget).toBe(0.8);
  });
});

describe('门诊慢特病: each province’s list and the member’s approved diseases', () => {
  // seeds/000 (吉政办发〔2024〕19号): "统一规范全省门诊慢特病病种管理及待遇保障。"
  const chronic = (x: Record<string, unknown>): RuleExample => ({ base: 'outpatient', set: { visitType: 'chronic', ...x } });
  it('a diagnosis outside the province list is a hit; on the list it is not', async () => {
    expect((await hitsOf(chronic({}))).map((h) => h.ruleId)).toContain('benefits.chronic-not-listed'); // J06.900
    const htn = chronic({ diagnoses: [{ code: 'I10.x00x002', principal: true }] });
    expect((await hitsOf(htn)).map((h) => h.ruleId)).not.toContain('benefits.chronic-not-listed');
    expect((await factsOf(htn)).benefits?.chronic).toMatchObject({ listed: true, approved: null });
  });

  it('lists differ by province: 血友病 (D66) is on Sichuan’s sample list, not Jilin’s', async () => {
    const d66 = { diagnoses: [{ code: 'D66.x00', principal: true }] };
    expect((await factsOf(chronic(d66))).benefits?.chronic?.listed).toBe(true);
    expect((await factsOf(chronic({ ...d66, region: '220100', 'provider.hospitalId': 'H22010002' }))).benefits?.chronic?.listed).toBe(false);
  });

  it('outside the member’s approved diseases (enrollment.chronicDiseases) is a clear violation', async () => {
    const htn = { diagnoses: [{ code: 'I10.x00x002', principal: true }] };
    const hits = await hitsOf(chronic({ ...htn, enrollment: { chronicDiseases: ['E11'] } }));
    expect(hits.find((h) => h.ruleId === 'benefits.chronic-not-approved')).toMatchObject({ severity: 'block', evidence: { 已认定病种: ['E11'] } });
    expect((await hitsOf(chronic({ ...htn, enrollment: { chronicDiseases: ['I10', 'E11'] } }))).map((h) => h.ruleId)).not.toContain('benefits.chronic-not-approved');
  });

  it('a transplant’s rejection (T86) is the 器官移植术后抗排异治疗 病种 (Z94 covers T86): listed, and approved with Z94 only', async () => {
    const rejection = { diagnoses: [{ code: 'T86.100x005', principal: true }, { code: 'Z94.000' }] };
    expect((await factsOf(chronic({ ...rejection, enrollment: { chronicDiseases: ['Z94'] } }))).benefits?.chronic).toMatchObject({ listed: true, approved: true });
    const dialysisOnly = await hitsOf(chronic({ ...rejection, enrollment: { chronicDiseases: ['N18'] } }));
    expect(dialysisOnly.map((h) => h.ruleId)).toContain('benefits.chronic-not-approved');
  });
});

describe('异地就医: treating region’s catalogue, insured region’s benefit policy (就医地目录、参保地政策)', () => {
  it('a Jilin member treated in Chengdu is judged by Jilin’s benefit policy; insuredRegion defaults to region', async () => {
    const item = { addItems: [{ code: '003101010010001', day: 1 }] };
    const home = await factsOf(item);
    expect(home.benefits).toMatchObject({ province: '51', insuredRegion: '510100', treatedElsewhere: false });
    expect(home.benefits?.entitlement.deductible).toBe(1000); // Sichuan employee inpatient, level 3
    const away = await factsOf({ ...item, set: { insuredRegion: '220100' } });
    expect(away.benefits).toMatchObject({ province: '22', insuredRegion: '220100', treatedElsewhere: true });
    expect(away.benefits?.entitlement.deductible).toBe(900); // Jilin's
    // The treating region stays the claim's region: DRG norms, rule scopes and catalogue rows are Chengdu's.
    expect([away.region, away.province]).toEqual(['510100', '51']);
    expect(away.items.map((i) => i.catalogue?.code)).toEqual(home.items.map((i) => i.catalogue?.code));
  });

  it('the insured region’s waiting-period provision and 大病 adjustments apply (Jilin resident treated in Chengdu)', async () => {
    const facts = await factsOf({ set: { insuredRegion: '220100', insuranceType: 'resident', 'patient.retired': false, 'enrollment.continuousYears': 7 } });
    expect(facts.benefits?.entitlement.criticalIllnessCap?.cap).toBe(412000);
  });
});
