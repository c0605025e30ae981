import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// A clinic visit's drugs judged by its diagnoses only for drug-indications.json rows marked `clinicVisits`
// (androgens): the other rows list what a pharmacy purchase is for, not every use at a visit.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const TESTOSTERONE = { code: 'XG03BAG504A001010175742', quantity: 28 };
const DICLOFENAC_SR = { code: 'XM01ABS506A003010126053', quantity: 10 }; // an NSAID: its row lists no renal colic, and is not marked
const ENTERAL_POWDER = { code: 'XV06DBC502A006010144105', quantity: 6 }; // V06DB: 限经营养风险筛查明确具有营养风险，且不能经口摄食或经口摄食不足
const RULE = 'catalogue.clinic-drug-no-diagnosis';

function visit(dx: string, addItems: object[], visitType = 'outpatient') {
  return {
    base: 'outpatient',
    set: { visitType, 'patient.birthDate': '1990-06-01', 'patient.gender': 'M', 'provider.department': visitType === 'pharmacy' ? 'pharmacy' : 'urology', 'provider.level': visitType === 'pharmacy' ? 1 : 2, items: [], diagnoses: [{ code: dx, principal: true }] },
    addItems,
  };
}

async function ruleIds(example: object): Promise<string[]> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).map((h) => h.ruleId);
}

describe('clinic drugs against the visit diagnoses (clinicVisits rows)', () => {
  it('testosterone under chronic prostatitis is flagged, under hypogonadism it is not', async () => {
    expect(await ruleIds(visit('N41.100', [TESTOSTERONE]))).toContain(RULE);
    expect(await ruleIds(visit('E29.100', [TESTOSTERONE]))).not.toContain(RULE);
  });

  it('a row not marked clinicVisits does not judge a clinic visit (an NSAID for renal colic N23)', async () => {
    expect(await ruleIds(visit('N23.x00', [DICLOFENAC_SR]))).not.toContain(RULE);
    expect(await ruleIds(visit('N23.x00', [DICLOFENAC_SR], 'pharmacy'))).toContain('catalogue.pharmacy-drug-no-diagnosis');
  });

  it('a pharmacy purchase stays the pharmacy rule', async () => {
    const ids = await ruleIds(visit('N41.100', [TESTOSTERONE], 'pharmacy'));
    expect(ids).toContain('catalogue.pharmacy-drug-no-diagnosis');
    expect(ids).not.toContain(RULE);
  });

  it('enteral nutrition: flagged under hypertension alone, not after a gastrectomy or under chemotherapy for a cancer (review 32 item 8)', async () => {
    expect(await ruleIds(visit('I10.x00x002', [ENTERAL_POWDER]))).toContain(RULE);
    expect(await ruleIds(visit('Z90.300', [ENTERAL_POWDER]))).not.toContain(RULE);
    expect(await ruleIds(visit('Z51.100', [ENTERAL_POWDER]))).not.toContain(RULE);
    expect(await ruleIds(visit('R63.400', [ENTERAL_POWDER]))).not.toContain(RULE);
  });
});
