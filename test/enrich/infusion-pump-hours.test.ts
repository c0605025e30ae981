import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// 输液泵辅助静脉输液 round the clock (item-consistency.json, 16 h and more a day): a pump runs a continuous infusion
// (vasoactive, insulin, heparin, nutrition …), critical care or a child's drip; two short antibiotic groups run by
// gravity and call for no pump all day (catalogue.hours-unsupported).

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const PUMP = '001204000220001';
const CEFTRIAXONE = 'XJ01DDT504B002010162673';
const NOREPINEPHRINE = 'XC01CAQ502B002010155292';

async function flaggedDays(hours: number, extra: object[] = [], set: object = {}): Promise<number[]> {
  const example = {
    set: { 'provider.department': 'respiratory', diagnoses: [{ code: 'J18.900', principal: true }], ...set },
    addItems: [...[1, 2].map((day) => ({ code: PUMP, day, quantity: hours })), ...[1, 2].map((day) => ({ code: CEFTRIAXONE, day, quantity: 2 })), ...extra],
  };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hits = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.hours-unsupported');
  const day = new Map(checked.claim.items.map((i) => [i.lineId, Number(i.date.slice(8)) - 4]));
  return hits.flatMap((h) => (h.lineIds ?? []).map((id) => day.get(id)!)).sort();
}

describe('infusion pump hours', () => {
  it('names a pump billed all day beside intermittent antibiotic groups, not a few hours of it', async () => {
    expect(await flaggedDays(24)).toEqual([1, 2]);
    expect(await flaggedDays(4)).toEqual([]);
  });

  it('keeps the day of a vasopressor infusion, and a child\'s drip', async () => {
    expect(await flaggedDays(24, [{ code: NOREPINEPHRINE, day: 1 }])).toEqual([2]);
    expect(await flaggedDays(24, [], { 'patient.birthDate': '2018-05-01' })).toEqual([]);
  });
});
