import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// 过度检查 (catalogue.over-testing) compares a stay's tests with its DRG's test norm. On the shipped rules and
// knowledge tables: a stay longer than the group's norm length of stay has more days of care to test, so the
// norm grows with it; bedside monitoring (rapid glucose, several a day) is not a diagnostic work-up.

const rules = createRulesetHolder(RULES_DIR);
const refs = rules.current().refs;
const bases = loadBaseClaims(RULES_DIR);
const overTestingRule = JSON.parse(readFileSync(join(RULES_DIR, 'knowledge', 'knowledge.rules.json'), 'utf8')).rules.find(
  (r: { id: string }) => r.id === 'catalogue.over-testing',
);
// The rule's own firing example: a 5-night stroke stay with a full panel every day and repeated imaging.
const crammed: RuleExample = overTestingRule.examples.fires[0];

function facts(e: RuleExample) {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs).facts;
}
const fires = (f: ReturnType<typeof facts>) =>
  f.testCostRatio !== null && f.testCostRatio >= overTestingRule.params.costFactor && f.testCountAboveNorm! >= overTestingRule.params.extraTests;

describe('over-testing: the norm follows the length of stay and leaves bedside monitoring out', () => {
  it('the example stay is over-testing against its DRG peers (norm as tabled for a stay within the norm LOS)', () => {
    const f = facts(crammed);
    expect(f.lengthOfStay).toBeLessThanOrEqual(f.normLos!);
    expect(refs.knowledge!.testNorms.get(f.testNormGroup!)!.costP95).toBe(f.testNormCost);
    expect(fires(f)).toBe(true);
  });

  it('the same tests spread over a 26-night stay are within the norm grown by 26 / norm LOS', () => {
    const items = crammed.addItems!;
    const f = facts({ ...crammed, set: { dischargeDate: '2025-03-30' }, addItems: items.map((x, i) => ({ ...x, day: Math.floor((i * 26) / items.length) })) });
    expect(f.lengthOfStay).toBe(26);
    const tabled = refs.knowledge!.testNorms.get(f.testNormGroup!)!;
    expect(f.testNormCost).toBeCloseTo((tabled.costP95 * 26) / f.normLos!, 1);
    expect(fires(f)).toBe(false);
  });

  it('rapid glucose three times a day is monitoring, not counted among the tests', () => {
    const glucose = [0, 1, 2, 3, 4].flatMap((day) => Array.from({ length: 3 }, () => ({ code: '001212000010001', day })));
    const without = facts({ set: { 'diagnoses[1].code': 'E11.900' } });
    const withGlucose = facts({ set: { 'diagnoses[1].code': 'E11.900' }, addItems: glucose });
    expect(withGlucose.itemCount).toBe(without.itemCount + glucose.length);
    expect(withGlucose.testCount).toBe(without.testCount);
    expect(withGlucose.testCost).toBe(without.testCost);
  });
});

describe('over-testing: the monitoring of critical-care days is not work-up (test-norms.json criticalCareMonitoring)', () => {
  // Blood gas twice, lactate and a chest film on days 1–3 of the base stroke stay.
  const monitoring = [1, 2, 3].flatMap((day) => [
    { code: '002502090010001', day, quantity: 2 },
    { code: '002502090020001', day },
    { code: '002202010010001', day },
  ]);
  const icu = [1, 2, 3].flatMap((day) => [
    { code: '001105000030001', day },
    { code: '001201000050001', day, quantity: 24 },
  ]);
  const base = facts({});

  it('on ward days they are tests like any other', () => {
    const f = facts({ addItems: monitoring });
    expect(f.testCount).toBe(base.testCount + monitoring.length);
  });

  it('on ICU days (监护病房床位费 + 重症监护) they are left out, count and cost', () => {
    const f = facts({ addItems: [...icu, ...monitoring] });
    expect(f.testCount).toBe(base.testCount);
    expect(f.testCost).toBe(base.testCost);
  });

  it('only on the critical-care days themselves: a ward day after the ICU still counts its chest film', () => {
    const f = facts({ addItems: [...icu, ...monitoring, { code: '002202010010001', day: 4 }] });
    expect(f.testCount).toBe(base.testCount + 1);
  });

  it('特级护理 alone (a ward grade) does not make a critical-care day', () => {
    const f = facts({ addItems: [...[1, 2, 3].map((day) => ({ code: '001201000010001', day })), ...monitoring] });
    expect(f.testCount).toBe(base.testCount + monitoring.length);
  });

  it('other tests on an ICU day still count', () => {
    const f = facts({ addItems: [...icu, { code: '002501010010001', day: 2 }] });
    expect(f.testCount).toBe(base.testCount + 1);
  });
});

describe('over-testing: a hospitalised influenza is read against the respiratory infections (test-norms.json principalNorms)', () => {
  // The admission work-up of a respiratory stay and a recheck: blood count, urine, liver, renal, electrolytes, ECG,
  // coagulation, CRP, procalcitonin, culture, chest CT on day 0, blood count and CRP on day 3.
  const workUp = [
    ...['002501010010001', '002501020010001', '002502010010001', '002502020010001', '002502030010001', '003107010010001',
      '002502060010001', '002502080010001', '002502080020001', '002502140010001', '002301010020001'].map((code) => ({ code, day: 0 })),
    { code: '002501010010001', day: 3 },
    { code: '002502080010001', day: 3 },
  ];
  const stay = (principal: string) => facts({ set: { 'provider.department': 'respiratory', diagnoses: [{ code: principal, principal: true }] }, addItems: workUp });

  it('influenza (J10.1) groups to DT1 but takes the ES3 norm', () => {
    const f = stay('J10.100');
    expect(f.computedDrg?.startsWith('DT1')).toBe(true);
    expect(f.testNormGroup).toBe('ES3');
    expect(fires(f)).toBe(false);
  });

  it('the same work-up on a common cold (J06.9) is read against its own group', () => {
    const f = stay('J06.900');
    expect(f.testNormGroup?.startsWith('DT1')).toBe(true);
    expect(fires(f)).toBe(true);
  });
});
