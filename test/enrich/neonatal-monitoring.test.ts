import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Bedside monitoring of newborns (item-consistency.json `maxAgeDays`): an infant admitted in the first 28 days of
// life is kept on a monitor in the neonatal ward, whatever the diagnosis; past the neonatal period the
// monitoring rows judge by diagnosis again.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const SPO2 = '001210000010001';
const ECG = '001209000010001';

/** Days of the monitoring lines catalogue.item-context-unsupported flags on a jaundice stay admitted 2025-03-04. */
async function flaggedDays(birthDate: string): Promise<{ days: number[]; expected: string[] }> {
  const example = {
    set: {
      'patient.birthDate': birthDate,
      'provider.department': 'neonatology',
      diagnoses: [{ code: 'P59.901', principal: true }],
      'items[2].code': '002202010010001',
      'items[2].name': '胸部X线摄影(正侧位)',
    },
    addItems: [2, 3, 4].flatMap((day) => [{ code: SPO2, day, quantity: 12 }, { code: ECG, day, quantity: 12 }]),
  };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const facts = enrichClaim(checked.claim, ruleset.refs);
  const hits = (await ruleset.evaluate(facts)).filter((h) => h.ruleId === 'catalogue.item-context-unsupported');
  return {
    days: hits.map((h) => Number(h.evidence?.['入院后第几天（入院当日为0）'])),
    expected: hits.map((h) => String(h.evidence?.['应有依据'])),
  };
}

describe('monitoring of newborns', () => {
  it('leaves SpO2 and ECG monitoring of a jaundiced newborn admitted at 3 and at 27 days alone', async () => {
    expect((await flaggedDays('2025-03-01')).days).toEqual([]);
    expect((await flaggedDays('2025-02-05')).days).toEqual([]);
  });

  it('judges the same monitoring of an infant admitted at 28 days by diagnosis, naming the newborn allowance', async () => {
    const { days, expected } = await flaggedDays('2025-02-04');
    expect(days).toEqual([2, 2, 3, 3, 4, 4]);
    expect(expected[0]).toContain('出生28日内入院的新生儿');
  });
});
