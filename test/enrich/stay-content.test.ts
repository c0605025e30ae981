import type { Verdict } from '../../src/contract/verdict';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { createMemoryStore } from '../../src/features/stores';
import { RULES_DIR } from '../helpers/reviewed-file';

// What a stay's days contain (issue 19): 挂床 (days with a bed and no care), 低标准入院 (a short stay with nothing
// that needs a bed), rehabilitation no diagnosis calls for. On the shipped rules and knowledge tables; the base
// stay is a 5-night cerebral infarction (4–9 Mar) with a CT and oral drugs on days 0–1.

const rules = createRulesetHolder(RULES_DIR);
const bases = loadBaseClaims(RULES_DIR);
const build = (e: RuleExample) => buildExample(e, bases, rules.current().refs.catalogue) as Record<string, any>;
async function judge(claim: Record<string, any>): Promise<Verdict> {
  const ctx: ReviewContext = { rules, model: { current: () => NO_MODEL }, store: createMemoryStore() };
  const [v] = await review([claim], ctx, { source: 'test' });
  expect(v.errors).toBeUndefined();
  return v;
}
const hit = (v: Verdict, ruleId: string) => v.hits.find((h) => h.ruleId === ruleId);
const ROUTINE = ['001105000010001', '001201000030001', '001103000010001']; // bed, Ⅱ级护理, 住院诊查费
const routineOn = (days: number[]) => days.flatMap((day) => ROUTINE.map((code) => ({ code, day })));

describe('挂床住院: days between admission and discharge with only bed, nursing and the ward round', () => {
  it('names the routine lines of the idle days, not the days with care', async () => {
    const c = build({ set: { dischargeDate: '2025-03-12' }, addItems: [...routineOn([1, 2, 3, 4, 5, 6, 7]), { code: 'XB01ACA509A001010119008', day: 2 }] });
    const v = await judge(c);
    const h = hit(v, 'catalogue.bed-blocking-stay')!;
    const idleDates = ['2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11'];
    const expected = c.items.filter((i: any) => idleDates.includes(i.date)).map((i: any) => i.lineId);
    expect(h.lineIds.sort()).toEqual(expected.sort());
    expect(h.evidence).toMatchObject({ 无诊疗天数: 5, 住院中间天数: 7 });
    expect(v.decision).toBe('review');
  });

  it('a long stay with a drug or a test on most days is not 挂床', async () => {
    const days = [1, 2, 3, 4, 5, 6, 7];
    const c = build({ set: { dischargeDate: '2025-03-12' }, addItems: [...routineOn(days), ...[2, 3, 4, 5, 6].map((day) => ({ code: 'XB01ACA509A001010119008', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
});

describe('低标准入院: a short stay with only oral drugs and tests', () => {
  const cold = { dischargeDate: '2025-03-07', diagnoses: [{ code: 'J06.900', principal: true }] };

  it('flags a 3-night stay for a cold with a blood count and oral amoxicillin, as 可疑 (warn)', async () => {
    const v = await judge(build({ set: cold, addItems: [{ code: '002501010010001', day: 0 }, { code: 'XJ01CAA501A001010126436', quantity: 6, day: 1 }] }));
    const h = hit(v, 'catalogue.low-standard-admission')!;
    expect(h.severity).toBe('warn');
    expect(h.evidence).toMatchObject({ 住院天数: 3, 主诊断: 'J06.900' });
  });

  it.each([
    ['an infusion', [{ code: 'XB05BBL511B002010178601', day: 1 }, { code: '001204000010001', day: 1 }], {}],
    ['an injection drug alone', [{ code: 'XJ01DDT504B002010162673', day: 1 }], {}],
    ['a coded procedure', [], { procedures: [{ code: '47.0100', date: '2025-03-05' }] }],
    ['a stay that ended in a transfer', [], { dischargeMode: 'transfer' }],
  ])('is quiet with %s', async (_name, addItems, set) => {
    const v = await judge(build({ set: { ...cold, ...set }, addItems }));
    expect(hit(v, 'catalogue.low-standard-admission')).toBeUndefined();
  });
});

describe('康复理疗无相应诊断', () => {
  it('names every therapy line of a stay for appendicitis, and none after a stroke', async () => {
    const therapy = [{ code: '001217000010001', day: 1 }, { code: '001218000010001', day: 1 }, { code: '001215000010001', day: 2 }, { code: '001216000010001', day: 3 }];
    const c = build({ set: { diagnoses: [{ code: 'K35.800', principal: true }] }, addItems: therapy });
    const h = hit(await judge(c), 'catalogue.therapy-not-indicated')!;
    const codes = new Set(therapy.map((t) => t.code));
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => codes.has(i.code)).map((i: any) => i.lineId).sort());
    expect(h.evidence).toMatchObject({ 治疗次数: 4 });
    expect(hit(await judge(build({ addItems: therapy })), 'catalogue.therapy-not-indicated')).toBeUndefined();
  });
});
