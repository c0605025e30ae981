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

async function namedDays(diagnoses: string[], lines: { code: string; day: number; quantity?: number }[]): Promise<number[]> {
  const example = { set: { diagnoses: diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code })) }, addItems: lines };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hit = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).find((h) => h.ruleId === 'catalogue.device-replaced-early');
  const day = new Map(checked.claim.items.map((i) => [i.lineId, Number(i.date.slice(8)) - 4]));
  return (hit?.lineIds ?? []).map((id) => day.get(id)!).sort();
}

const at = (code: string, days: number[], quantity = 1) => days.map((day) => ({ code, day, quantity }));

describe('indwelling devices placed again within their dwell time', () => {
  it('names the cannula placements two days or less after the last, once more than one such', async () => {
    expect(await namedDays(['J44.100'], at(CANNULA, [0, 1, 3, 5]))).toEqual([1, 3, 5]);
    // Every third or fourth day, one early replacement tolerated.
    expect(await namedDays(['J44.100'], at(CANNULA, [0, 3, 4, 7]))).toEqual([]);
  });

  it('counts a line of two placements on one day as an early one', async () => {
    expect(await namedDays(['J44.100'], [...at(CANNULA, [0], 2), ...at(CANNULA, [2])])).toEqual([0, 2]);
  });

  it('names urinary catheters placed every second day, but not intermittent catheterisation of a neurogenic bladder', async () => {
    expect(await namedDays(['J18.000'], at(CATHETER, [0, 2, 4]))).toEqual([2, 4]);
    expect(await namedDays(['S14.100x032', 'N31.900'], at(CATHETER, [0, 1, 2, 3], 2))).toEqual([]);
  });
});
