import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// catalogue.device-replaced-early (device-dwell.json): placements of a device within its dwell time, beyond the one
// early replacement tolerated, are named; intermittent catheterisation by design is not judged.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const CANNULA = '001204000070001';
const CATHETER = '001206000010001';

async function reviewed(diagnoses: string[], lines: { code: string; day: number; quantity?: number }[], over: Record<string, unknown> = {}) {
  const example = { set: { diagnoses: diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code })), ...over }, addItems: lines };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hit = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).find((h) => h.ruleId === 'catalogue.device-replaced-early');
  const day = new Map(checked.claim.items.map((i) => [i.lineId, Number(i.date.slice(8)) - 4]));
  const unitPrice = checked.claim.items.find((i) => lines.some((l) => l.code === i.code))?.unitPrice ?? 0;
  return { days: (hit?.lineIds ?? []).map((id) => day.get(id)!).sort((a, b) => a - b), hit, unitPrice };
}

async function namedDays(diagnoses: string[], lines: { code: string; day: number; quantity?: number }[], over: Record<string, unknown> = {}): Promise<number[]> {
  return (await reviewed(diagnoses, lines, over)).days;
}

const at = (code: string, days: number[], quantity = 1) => days.map((day) => ({ code, day, quantity }));

describe('indwelling devices placed again within their dwell time', () => {
  it('names the cannula placements two days or less after the last, once more than one such', async () => {
    expect(await namedDays(['J44.100'], at(CANNULA, [0, 1, 3, 5]))).toEqual([1, 3, 5]);
    // Every third or fourth day, one early replacement tolerated.
    expect(await namedDays(['J44.100'], at(CANNULA, [0, 3, 4, 7]))).toEqual([]);
  });

  it('a second placement on the same day is a second site, not an early one', async () => {
    // Two cannulas on the admission day, another two days later: one early replacement, tolerated.
    expect(await namedDays(['J44.100'], [...at(CANNULA, [0], 2), ...at(CANNULA, [2])])).toEqual([]);
    expect(await namedDays(['J44.100'], [...at(CANNULA, [0], 2), ...at(CANNULA, [1]), ...at(CANNULA, [1]), ...at(CANNULA, [2])])).toEqual([1, 2]);
  });

  it('tolerates one more early placement for each week of the stay', async () => {
    // 14 nights: three early placements tolerated, a fourth is judged.
    const fortnight = { dischargeDate: '2025-03-18' };
    expect(await namedDays(['J44.100'], at(CANNULA, [0, 1, 3, 5]), fortnight)).toEqual([]);
    expect(await namedDays(['J44.100'], at(CANNULA, [0, 1, 3, 5, 7]), fortnight)).toEqual([1, 3, 5, 7]);
  });

  it('does not judge a child of 14 or younger (a child\'s cannula fails far sooner)', async () => {
    expect(await namedDays(['J18.000'], at(CANNULA, [0, 1, 3, 5]), { 'patient.birthDate': '2012-06-01' })).toEqual([]);
    expect(await namedDays(['J18.000'], at(CANNULA, [0, 1, 3, 5]), { 'patient.birthDate': '2010-01-01' })).toEqual([1, 3, 5]);
  });

  it('counts the amount at stake as the early units beyond the tolerance, each its line\'s share of one unit', async () => {
    // Early on days 1, 3 (a line of two: one early, one a second site) and 5; the first tolerated.
    const r = await reviewed(['J44.100'], [...at(CANNULA, [0, 1]), ...at(CANNULA, [3], 2), ...at(CANNULA, [5])]);
    expect(r.days).toEqual([1, 3, 5]);
    expect(r.hit!.evidence!['过早重置或更换次数']).toBe(3);
    expect(r.hit!.amount).toBe(Math.floor(r.unitPrice * 100) * 2 / 100);
  });

  it('names urinary catheters placed every second day, but not intermittent catheterisation of a neurogenic bladder', async () => {
    expect(await namedDays(['J18.000'], at(CATHETER, [0, 2, 4]))).toEqual([2, 4]);
    expect(await namedDays(['S14.100x032', 'N31.900'], at(CATHETER, [0, 1, 2, 3], 2))).toEqual([]);
  });

  it('does not judge urinary catheters beside prostatic hyperplasia, a device complication or a bladder or prostate operation', async () => {
    expect(await namedDays(['J18.000', 'N40.x00'], at(CATHETER, [0, 2, 4]))).toEqual([]);
    expect(await namedDays(['J18.000', 'T83.000'], at(CATHETER, [0, 2, 4]))).toEqual([]);
    expect(await namedDays(['J18.000'], at(CATHETER, [0, 2, 4]), { procedures: [{ code: '60.2900', date: '2025-03-05' }] })).toEqual([]);
    expect(await namedDays(['C67.900'], at(CATHETER, [0, 2, 4]), { procedures: [{ code: '57.4901', date: '2025-03-05' }] })).toEqual([]);
  });
});

// Advanced dressings of a stage Ⅰ or Ⅱ pressure injury stay on for days (device-dwell.json row 泡沫/银离子/水胶体敷料).
const FOAM = 'C14020150900001583490000001';
const SILVER = 'C14020151000001694820000001';

describe('a stage Ⅰ or Ⅱ pressure injury dressed with foam or silver every day (敷料超频)', () => {
  it('names the next-day dressings beyond the tolerated, on a stage Ⅰ or Ⅱ injury only, not when incontinence or diarrhoea soils them', async () => {
    const daily = [...at(FOAM, [0]), ...at(SILVER, [1, 2, 3, 4], 2)];
    expect(await namedDays(['I69.300', 'L89.100'], daily)).toEqual([1, 2, 3, 4]);
    expect(await namedDays(['I69.300', 'L89.000'], daily)).toEqual([1, 2, 3, 4]);
    expect(await namedDays(['I69.300', 'L89.300'], daily)).toEqual([]);
    expect(await namedDays(['I69.300', 'L89.100', 'L89.300'], daily)).toEqual([]);
    expect(await namedDays(['I69.300', 'L89.101', 'R15.x00'], daily)).toEqual([]);
    expect(await namedDays(['I69.300', 'L89.000', 'A09.900'], daily)).toEqual([]);
  });

  it('leaves a dressing changed every other day quiet', async () => {
    expect(await namedDays(['I69.300', 'L89.100'], at(FOAM, [0, 2, 4]))).toEqual([]);
  });
});
