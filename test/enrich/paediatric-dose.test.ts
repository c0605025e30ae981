import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Children's maximum daily doses (rules/knowledge/paediatric-doses.json): a stay's day judged by that day's units,
// its discharge day (take-home supply) and a visit by the supply spread over 7 days (《处方管理办法》第十九条).

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const AMOX = 'XJ01CAA501A001010126436';
const CHILD3 = { 'patient.birthDate': '2021-11-20', 'provider.department': 'paediatrics', diagnoses: [{ code: 'J18.900', principal: true }] };

async function hits(example: object) {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.paediatric-overdose');
}

describe('paediatric maximum daily dose', () => {
  it("adds a day's lines together and names the figures: 3 g of amoxicillin for a 3-year-old", async () => {
    const found = await hits({ set: CHILD3, addItems: [{ code: AMOX, day: 1, quantity: 6 }, { code: AMOX, day: 1, quantity: 6 }] });
    expect(found).toHaveLength(2);
    const text = String(found[0].message);
    expect(text).toContain('当日12粒（3g）');
    expect(text).toContain('体重中位数14.3kg');
    expect(text).toContain('至多8粒');
  });

  it('reads the discharge day as take-home supply: 12 capsules there are 1.7 days at the maximum', async () => {
    expect(await hits({ set: CHILD3, addItems: [{ code: AMOX, day: 5, quantity: 12 }] })).toHaveLength(0);
    expect(await hits({ set: CHILD3, addItems: [{ code: AMOX, day: 4, quantity: 12 }] })).toHaveLength(1);
  });

  it('does not judge infants under 1 (neonatal and infant dosing is another table)', async () => {
    const infant = { ...CHILD3, 'patient.birthDate': '2024-09-01' };
    expect(await hits({ set: infant, addItems: [{ code: AMOX, day: 1, quantity: 12 }] })).toHaveLength(0);
  });
});
