import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// The work-up of a myasthenic crisis and of Guillain-Barré syndrome (blind128 C18): the thymus CT of myasthenia
// (test-indications.json 胸部CT G70), the spinal MRI of GBS (颈椎影像 G61.0) and the monitor of a myasthenic crisis
// (item-consistency.json 心电/血压监测) are indicated; the same lines beside a neighbouring code stay flagged. IVIG paid
// for GBS needs the examination that establishes it on the stay (静注人免疫球蛋白 indicationEvidence: EMG or CSF; blind128 T12).

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const CHEST_CT = '002301010020001';
const CERVICAL_MRI = '002401010060001';
const ECG = '001209000010001';
const EMG = '002503010100001';
const IVIG = 'XJ06BAJ501B002010148424';

/** Codes of the lines `ruleId` names on a neurology stay (admitted 2025-03-04) coded `principal`, with `items` added. */
async function flagged(ruleId: string, principal: string, items: { code: string; day: number; quantity: number }[]): Promise<string[]> {
  const example = { set: { diagnoses: [{ code: principal, principal: true }] }, addItems: items };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const byLine = new Map(checked.claim.items.map((i) => [i.lineId, i.code]));
  const hits = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === ruleId);
  return hits.flatMap((h) => (h.lineIds ?? []).map((id) => byLine.get(id) as string)).filter((c) => items.some((i) => i.code === c));
}

describe('work-up of a myasthenic crisis and of Guillain-Barré syndrome', () => {
  it('leaves the chest CT of myasthenia gravis alone, and flags it beside a muscular dystrophy', async () => {
    expect(await flagged('catalogue.test-not-indicated', 'G70.000x002', [{ code: CHEST_CT, day: 1, quantity: 1 }])).toEqual([]);
    expect(await flagged('catalogue.test-not-indicated', 'G71.000', [{ code: CHEST_CT, day: 1, quantity: 1 }])).toEqual([CHEST_CT]);
  });

  it('leaves the spinal MRI of Guillain-Barré syndrome alone, and flags it beside another polyneuropathy', async () => {
    expect(await flagged('catalogue.test-not-indicated', 'G61.000', [{ code: CERVICAL_MRI, day: 1, quantity: 1 }])).toEqual([]);
    expect(await flagged('catalogue.test-not-indicated', 'G62.900', [{ code: CERVICAL_MRI, day: 1, quantity: 1 }])).toEqual([CERVICAL_MRI]);
  });

  it('leaves ECG monitoring in a myasthenic crisis alone, and flags it in ocular myasthenia', async () => {
    expect(await flagged('catalogue.item-context-unsupported', 'G70.000x002', [{ code: ECG, day: 3, quantity: 12 }])).toEqual([]);
    expect(await flagged('catalogue.item-context-unsupported', 'G70.002', [{ code: ECG, day: 3, quantity: 12 }])).toEqual([ECG]);
  });

  it('flags IVIG for Guillain-Barré syndrome with no EMG or CSF examination on the stay, and leaves it with the EMG', async () => {
    expect(await flagged('catalogue.indication-unevidenced', 'G61.000', [{ code: IVIG, day: 1, quantity: 8 }])).toEqual([IVIG]);
    expect(await flagged('catalogue.indication-unevidenced', 'G61.000', [{ code: IVIG, day: 1, quantity: 8 }, { code: EMG, day: 0, quantity: 1 }])).toEqual([]);
  });
});
