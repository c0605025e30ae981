import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Drugs whose label indication is narrow and unambiguous carry it as the catalogue limit (基金支付以符合药品法定适应症为
// 前提, 用药管理暂行办法 2020): levodopa/benserazide (parkinsonism) and methimazole (hyperthyroidism) on a stay
// coding neither are flagged (blind128 T03); coded among the stay's other diagnoses they are not.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const MADOPAR = 'XN04BAD513A001010195217';
const METHIMAZOLE = 'XH03BBJ501A001010160381';

/** Codes of the lines catalogue.indication-unsupported names on a hip-fracture stay coding `extra` beside it. */
async function unsupported(extra: string[]): Promise<string[]> {
  const example = {
    set: { 'provider.department': 'orthopaedics', diagnoses: [{ code: 'S72.000', principal: true }, ...extra.map((code) => ({ code }))] },
    addItems: [{ code: MADOPAR, day: 1, quantity: 3 }, { code: METHIMAZOLE, day: 1, quantity: 2 }],
  };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const byLine = new Map(checked.claim.items.map((i) => [i.lineId, i.code]));
  const hits = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.indication-unsupported');
  return hits.flatMap((h) => (h.lineIds ?? []).map((id) => byLine.get(id) as string)).sort();
}

describe('label indications as the catalogue limit', () => {
  it('flags levodopa/benserazide and methimazole on a stay coding no parkinsonism or hyperthyroidism', async () => {
    expect(await unsupported(['I10.x00'])).toEqual([METHIMAZOLE, MADOPAR].sort());
  });

  it('leaves them alone beside Parkinson\'s disease and Graves\' disease, and flags methimazole beside factitious thyrotoxicosis', async () => {
    expect(await unsupported(['G20.x00', 'E05.000'])).toEqual([]);
    expect(await unsupported(['G20.x00', 'E05.400'])).toEqual([METHIMAZOLE]);
  });
});
