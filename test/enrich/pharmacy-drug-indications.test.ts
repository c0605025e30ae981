import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// A pharmacy purchase against the diagnoses on its claim (drug-indications.json): vitamin B12 (mecobalamin, B03BA)
// is bought for a neuropathy or a megaloblastic anaemia, not for hypertension or uncomplicated diabetes (串换药品).

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const AMLODIPINE = { code: 'XC08CAA512A001010145149', quantity: 28 };
const MECOBALAMIN = { code: 'XB03BAJ501A001010168824', quantity: 60 };
const RULE = 'catalogue.pharmacy-drug-no-diagnosis';

function purchase(dx: string, addItems: object[]) {
  return {
    base: 'outpatient',
    set: { visitType: 'pharmacy', 'patient.birthDate': '1958-03-01', 'provider.department': 'pharmacy', 'provider.level': 1, items: [], diagnoses: [{ code: dx, principal: true }] },
    addItems,
  };
}

async function flaggedLines(example: object): Promise<string[]> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hits = await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs));
  return hits.filter((h) => h.ruleId === RULE).map((h) => h.message);
}

describe('pharmacy vitamin B12 against the claim diagnoses', () => {
  it('mecobalamin beside the antihypertensive of a member with hypertension only is flagged, the antihypertensive is not', async () => {
    const msgs = await flaggedLines(purchase('I10.x00x002', [AMLODIPINE, MECOBALAMIN]));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('甲钴胺片');
  });

  it('under uncomplicated type 2 diabetes it is flagged; under diabetic neuropathy or a disc herniation it is not', async () => {
    expect(await flaggedLines(purchase('E11.900', [MECOBALAMIN]))).toHaveLength(1);
    expect(await flaggedLines(purchase('E11.400x006', [MECOBALAMIN]))).toHaveLength(0);
    expect(await flaggedLines(purchase('M51.202', [MECOBALAMIN]))).toHaveLength(0);
  });
});
