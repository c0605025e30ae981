import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// 逐日重复 (catalogue.routine-daily-repeat) on the shipped rules and rules/knowledge/daily-repeats.json: a routine
// lab or a consultation billed on four days running is named beyond the admission days and the
// post-operative check; critical care, a condition monitored daily and a death end the judgement.

const refs = createRulesetHolder(RULES_DIR).current().refs;
const bases = loadBaseClaims(RULES_DIR);

function repeat(e: RuleExample) {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs).facts.stay.dailyRepeat;
}
const CBC = '002501010010001';
const CBC3 = '002501010020001';
const ELEC = '002502030010001';
const CONSULT = '001104000010001';
const on = (code: string, days: number[]) => days.map((day) => ({ code, day }));
const daysOf = (e: RuleExample, ids: readonly string[]) => {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error('invalid');
  const start = Date.parse(v.claim.admissionDate!);
  return v.claim.items.filter((it) => ids.includes(it.lineId)).map((it) => (Date.parse(it.date) - start) / 86_400_000).sort();
};

describe('routine labs and consultations repeated every day', () => {
  it('a blood count on days 0–4 names days 2–4 (the admission day and the next are the work-up)', () => {
    const e = { addItems: on(CBC, [0, 1, 2, 3, 4]) };
    const f = repeat(e)!;
    expect(f.groups).toBe(1);
    expect(f.lines).toBe(3);
    expect(daysOf(e, f.lineIds)).toEqual([2, 3, 4]);
    expect(f.detail).toBe('血常规连续5日（住院第1–5日）');
    expect(f.amount).toBe(3 * refs.catalogue.get(CBC)!.priceCap!['3']!);
  });

  it('the codes of one row are one test: a five-part count and a three-part count on alternate days make a run (days 2–4 named)', () => {
    expect(repeat({ addItems: [...on(CBC, [1, 3]), ...on(CBC3, [2, 4])] })?.lines).toBe(3);
  });

  it('every other day, or three days running, is not daily repetition', () => {
    expect(repeat({ addItems: [...on(CBC, [0, 2, 4]), ...on(ELEC, [2, 3, 4])] })).toBeNull();
  });

  it('an operation day and the day after it are the post-operative check', () => {
    // Surgery line on day 2: days 2 and 3 are allowed, days 0–1 the admission; only day 4 is named.
    const e = { addItems: [{ code: '003302030010001', day: 2 }, ...on(CBC, [0, 1, 2, 3, 4])] };
    const f = repeat(e);
    expect(refs.catalogue.get('003302030010001')?.subcategory).toBe('surgery');
    expect(f && daysOf(e, f.lineIds)).toEqual([4]);
  });

  it('critical care on the stay, a diagnosis monitored daily, or a death: not judged', () => {
    const daily = on(ELEC, [0, 1, 2, 3, 4]);
    expect(repeat({ addItems: daily })?.lines).toBe(3);
    expect(repeat({ addItems: [...daily, { code: '001201000050001', day: 1, quantity: 24 }] })).toBeNull();
    expect(repeat({ set: { 'diagnoses[1].code': 'E11.101' }, addItems: daily })).toBeNull();
    expect(repeat({ set: { dischargeMode: 'death' }, addItems: daily })).toBeNull();
    // The exemption is the row's: a diabetic ketoacidosis stay's daily blood count is still named.
    expect(repeat({ set: { 'diagnoses[1].code': 'E11.101' }, addItems: on(CBC, [0, 1, 2, 3, 4]) })?.lines).toBe(3);
  });

  it('consultations: four days running names every one of them, three days running none', () => {
    expect(repeat({ addItems: on(CONSULT, [1, 2, 3]) })).toBeNull();
    const f = repeat({ addItems: [...on(CONSULT, [0, 1, 2, 3]), { code: CONSULT, day: 3 }] })!;
    expect(f.lines).toBe(5);
    expect(f.detail).toBe('院内会诊连续4日（住院第1–4日）');
  });
});

describe('electrolytes under osmotic therapy or an IV loop diuretic (daily-repeats.json drugs)', () => {
  const MANNITOL = 'XB05BCG505B002';
  const FUROSEMIDE_IV = 'XC03CAF503B002';
  const FUROSEMIDE_ORAL = 'XC03CAF503A001';
  const given = (code: string, days: number[]) => days.map((day) => ({ code, day, quantity: 2 }));

  it('is not named on the days mannitol runs and the day after the last', () => {
    expect(repeat({ addItems: [...on(ELEC, [0, 1, 2, 3, 4]), ...given(MANNITOL, [0, 1, 2, 3])] })).toBeNull();
    expect(repeat({ addItems: [...on(ELEC, [0, 1, 2, 3, 4]), ...given(FUROSEMIDE_IV, [0, 1, 2, 3])] })).toBeNull();
  });

  it('names a run of four days beyond the treatment, and an oral diuretic explains nothing', () => {
    const e = { addItems: [...on(ELEC, [0, 1, 2, 3, 4, 5, 6, 7]), ...given(MANNITOL, [0, 1])] };
    expect(daysOf(e, repeat(e)!.lineIds)).toEqual([3, 4, 5, 6, 7]);
    const oral = { addItems: [...on(ELEC, [0, 1, 2, 3, 4]), ...given(FUROSEMIDE_ORAL, [0, 1, 2, 3, 4])] };
    expect(daysOf(oral, repeat(oral)!.lineIds)).toEqual([2, 3, 4]);
  });
});
