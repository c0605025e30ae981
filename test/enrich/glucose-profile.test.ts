import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// 血糖监测(快速) above four a day (item-consistency.json `aboveQuantity`): a diabetic on oral agents is tested before
// meals and at bedtime; a profile of five or more follows insulin (any day of the stay) or a condition watched that closely.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const GLUCOSE_TEST = '001212000010001';
const INSULIN = 'XA10AEG503B002010192693';
const PREDNISONE_TABLETS = 'XH02ABP507A001010144971';
const PLAIN_GLUCOSE = 'XB05BAP505B002010141437';
const AMINO_ACIDS = 'XB05BAF508B002010117840';
const FAT_EMULSION = 'XB05BAZ504B002010188677';

async function flaggedDays(diagnoses: string[], tests: number, extra: object[] = [], set: object = {}): Promise<number[]> {
  const example = {
    set: { 'provider.department': 'endocrinology', diagnoses: diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code })), ...set },
    addItems: [...[1, 2, 3].map((day) => ({ code: GLUCOSE_TEST, day, quantity: tests })), ...extra],
  };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hits = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.hours-unsupported');
  const day = new Map(checked.claim.items.map((i) => [i.lineId, Number(i.date.slice(8)) - 4]));
  return hits.flatMap((h) => (h.lineIds ?? []).map((id) => day.get(id)!)).sort();
}

describe('bedside glucose profiles above four a day', () => {
  it('names six a day for a type 2 diabetic with no insulin, not four', async () => {
    expect(await flaggedDays(['E11.900'], 6)).toEqual([1, 2, 3]);
    expect(await flaggedDays(['E11.900'], 4)).toEqual([]);
  });

  it('keeps seven a day on every day of a stay whose insulin was dispensed on its first day', async () => {
    expect(await flaggedDays(['E11.900'], 7, [{ code: INSULIN, day: 0 }])).toEqual([]);
  });

  it('keeps the profile of ketoacidosis and of diabetes in pregnancy without insulin on the bill', async () => {
    expect(await flaggedDays(['E11.100'], 8)).toEqual([]);
    expect(await flaggedDays(['O24.401'], 7)).toEqual([]);
  });

  it('keeps a profile on the day of an operation and the day after for a diabetic on oral agents, not later', async () => {
    // Operation on day 1 (2025-03-05): fasting, glucose every 4–6 hours on days 1–2; day 3 is an ordinary day.
    const operated = { procedures: [{ code: '51.2300', date: '2025-03-05' }] };
    expect(await flaggedDays(['K80.100', 'E11.900'], 6, [], operated)).toEqual([3]);
  });

  it('keeps a profile on a stay of oral glucocorticoids (steroid-induced hyperglycaemia)', async () => {
    expect(await flaggedDays(['E11.900'], 6, [{ code: PREDNISONE_TABLETS, day: 1, quantity: 6 }])).toEqual([]);
  });

  it('reads parenteral nutrition by name above four a day: fat, or amino acids with glucose; a plain glucose drip is not it', async () => {
    const each = (...codes: string[]) => [1, 2, 3].flatMap((day) => codes.map((code) => ({ code, day })));
    expect(await flaggedDays(['E11.900'], 6, each(PLAIN_GLUCOSE))).toEqual([1, 2, 3]);
    expect(await flaggedDays(['E11.900'], 6, each(AMINO_ACIDS))).toEqual([1, 2, 3]);
    expect(await flaggedDays(['E11.900'], 6, each(AMINO_ACIDS, PLAIN_GLUCOSE))).toEqual([]);
    expect(await flaggedDays(['E11.900'], 6, each(FAT_EMULSION))).toEqual([]);
  });

  it('keeps a profile beside continuous enteral feeding, known by name', async () => {
    const feed = [1, 2, 3].map((day) => ({ code: 'XV06DXX001A001000000000', name: '肠内营养混悬液(TPF)', day }));
    expect(await flaggedDays(['E11.900'], 6, feed)).toEqual([]);
  });
});
