import type { Verdict } from '../../src/contract/verdict';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { createMemoryStore } from '../../src/features/stores';
import { RULES_DIR } from '../helpers/reviewed-file';

// 挂床 with a token check (rules/knowledge/stay-content.json bedBlocking.homeMonitoring): a day whose only content
// beside bed, nursing and the ward round is one fingerstick glucose is monitoring done at home, as hollow as an empty
// day; a glucose profile (four a day) is an inpatient's glucose management.

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
const GLUCOSE = '001212000010001';
const STRIP = 'C14060150300001162280000001';
const tail = (days: number[]) => days.flatMap((day) => ['001105000010001', '001201000040001', '001103000010001'].map((code) => ({ code, day })));
// A 9-night diabetes stay (4–13 Mar): a glucose profile on days 1–4, then a four-day tail (days 5–8).
const diabetesStay = (perCheckDay: number) => build({
  set: { dischargeDate: '2025-03-13', diagnoses: [{ code: 'E11.900', principal: true }] },
  addItems: [
    ...[1, 2, 3, 4].map((day) => ({ code: GLUCOSE, day, quantity: 4 })),
    ...tail([5, 6, 7, 8]),
    ...[5, 7].flatMap((day) => [{ code: GLUCOSE, day, quantity: perCheckDay }, { code: STRIP, day, quantity: perCheckDay }]),
  ],
});

describe('挂床 with one fingerstick glucose on alternate days', () => {
  it('the four days of the tail are idle, their glucose lines named with the bed', async () => {
    const c = diabetesStay(1);
    const h = hit(await judge(c), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 4 });
    const tailDates = ['2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12'];
    const named = c.items.filter((i: any) => h.lineIds.includes(i.lineId));
    expect([...new Set(named.map((i: any) => i.date))].sort()).toEqual(tailDates);
    expect(named.filter((i: any) => i.code === GLUCOSE || i.code === STRIP)).toHaveLength(4);
  });

  it('a glucose profile (four a day) on those days is care: not idle', async () => {
    expect(hit(await judge(diabetesStay(4)), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
});
