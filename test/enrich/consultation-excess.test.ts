import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// catalogue.consultation-excess (daily-repeats.json 院内会诊 `perProblem`): a consultation and one follow-up per
// diagnosis on the record; the consultations billed after that allowance are named.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const CONSULT = '001104000010001';

async function named(example: object): Promise<{ days: number[]; message?: string; amount?: number; price: number }> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hit = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).find((h) => h.ruleId === 'catalogue.consultation-excess');
  const day = new Map(checked.claim.items.map((i) => [i.lineId, Number(i.date.slice(8)) - 4]));
  const price = checked.claim.items.find((i) => i.code === CONSULT)?.unitPrice ?? 0;
  return { days: (hit?.lineIds ?? []).map((id) => day.get(id)!).sort(), message: hit?.message, amount: hit?.amount ?? undefined, price };
}

const stay = (diagnoses: string[], consults: { day: number; quantity?: number }[], set: object = {}) => ({
  set: { 'provider.department': 'general_surgery', diagnoses: diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code })), ...set },
  addItems: consults.map((c) => ({ code: CONSULT, ...c })),
});

describe('consultations beyond the problems on the record', () => {
  it('names the consultations after the second on a single-diagnosis stay', async () => {
    const r = await named(stay(['K40.900x003'], [{ day: 0 }, { day: 1 }, { day: 2 }, { day: 4 }]));
    expect(r.days).toEqual([2, 4]);
    expect(r.message).toContain('院内会诊共4次（疾病诊断1个，住院5晚，至多2次）');
  });

  it('counts a line of two consultations as two', async () => {
    expect((await named(stay(['K40.900x003'], [{ day: 0, quantity: 2 }, { day: 2 }]))).days).toEqual([2]);
  });

  it('allows two per diagnosis: three consultations with two diagnoses coded, or four with several', async () => {
    expect((await named(stay(['A09.001', 'E86.x00'], [{ day: 0 }, { day: 1 }, { day: 2 }]))).days).toEqual([]);
    expect((await named(stay(['A09.001', 'E86.x00'], [{ day: 0 }, { day: 1 }, { day: 2 }, { day: 3 }, { day: 4 }]))).days).toEqual([4]);
    expect((await named(stay(['S72.000', 'I10.x00', 'E11.900', 'J18.900'], [{ day: 1, quantity: 2 }, { day: 3 }]))).days).toEqual([]);
  });

  it('counts only diseases and injuries (A–T, not R or V–Z) as problems', async () => {
    const padded = await named(stay(['K40.900x003', 'R05.x00', 'Z88.000', 'Z86.700'], [{ day: 0 }, { day: 1 }, { day: 3 }, { day: 4 }]));
    expect(padded.days).toEqual([3, 4]);
    expect(padded.message).toContain('疾病诊断1个');
  });

  it('allows one per three nights on a long stay, and a work-up of three for an undifferentiated principal', async () => {
    const long = { dischargeDate: '2025-03-19' }; // 15 nights: 5
    expect((await named(stay(['K40.900x003'], [0, 3, 6, 9, 12].map((day) => ({ day })), long))).days).toEqual([]);
    expect((await named(stay(['K40.900x003'], [0, 3, 6, 9, 12, 14].map((day) => ({ day })), long))).days).toEqual([14]);
    // R10 abdominal pain: 2 (one problem at least) + 3.
    expect((await named(stay(['R10.400'], [0, 1, 2, 3, 4].map((day) => ({ day }))))).days).toEqual([]);
    expect((await named(stay(['R10.400'], [0, 1, 2, 3, 4, 5].map((day) => ({ day }))))).days).toEqual([5]);
  });

  it('prorates the amount of a line only partly beyond the allowance, in whole fen', async () => {
    // Two allowed: the day-1 line of two is half beyond, the day-2 line wholly.
    const r = await named(stay(['K40.900x003'], [{ day: 0 }, { day: 1, quantity: 2 }, { day: 2 }]));
    expect(r.days).toEqual([1, 2]);
    expect(r.amount).toBe((2 * Math.round(r.price * 100)) / 100);
  });

  it('does not judge a stay ending in death', async () => {
    expect((await named(stay(['K40.900x003'], [{ day: 0 }, { day: 1 }, { day: 2 }], { dischargeMode: 'death' }))).days).toEqual([]);
  });
});
