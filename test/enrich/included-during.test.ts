import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// 项目内涵 of timed services (catalogue includesDuring, rules/catalogue/README.md) through catalogue.bundled-charge on
// the real rule files: what a service includes while it runs shares the day's 24 hours with it.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const BUNDLED = 'catalogue.bundled-charge';

const OXYGEN = '001208000010001';
const HFNC = '001208000020001';
const NIV = '001214000020001';
const VENTILATION = '001214000010001';
const DIALYSIS = '003310010010001';
const IV_INJECTION = '001204000040001';
const GA = '003301010010001';
const ECG = '001209000010001';

async function bundled(addItems: object[], set: Record<string, unknown> = {}, base: 'inpatient' | 'outpatient' = 'inpatient') {
  const checked = validateClaim(buildExample({ base, set, addItems } as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const claim = checked.claim;
  const hits = (await ruleset.evaluate(enrichClaim(claim, ruleset.refs))).filter((h) => h.ruleId === BUNDLED);
  const codeOf = (id: string) => claim.items.find((i) => i.lineId === id)?.code;
  const named = hits.map((h) => codeOf(h.lineIds[0]));
  return { hits, named, lines: hits.map((h) => h.lineIds.map(codeOf)), claim };
}

describe('items included while a timed service runs', () => {
  it('oxygen lines of one day are summed: 8 h of high-flow with two 12-hour oxygen lines names both oxygen lines (8 h over the day, past the 6 h of overlap not judged)', async () => {
    const { named } = await bundled([
      { code: HFNC, quantity: 8, day: 2 },
      { code: OXYGEN, quantity: 12, day: 2 },
      { code: OXYGEN, quantity: 12, day: 2 },
    ]);
    expect(named.filter((c) => c === OXYGEN)).toHaveLength(2);
  });

  it('hours of two devices on one day are summed: 10 h of high-flow, 10 h of NIV and 12 h of oxygen (8 h over the day; either device alone leaves room for it)', async () => {
    const { named } = await bundled([
      { code: HFNC, quantity: 10, day: 2 },
      { code: NIV, quantity: 10, day: 2 },
      { code: OXYGEN, quantity: 12, day: 2 },
    ]);
    expect(named).toContain(OXYGEN);
  });

  it('high-flow beside 24 h of invasive ventilation names the ventilation line too (one airway at a time: either may be the overstated hours); oxygen beside high-flow names only itself', async () => {
    const sequential = await bundled([
      { code: VENTILATION, quantity: 24, day: 2 },
      { code: HFNC, quantity: 20, day: 2 },
    ]);
    expect(sequential.lines).toEqual([[HFNC, VENTILATION]]);
    const oxygen = await bundled([
      { code: HFNC, quantity: 20, day: 2 },
      { code: OXYGEN, quantity: 12, day: 2 },
    ]);
    expect(oxygen.lines).toEqual([[OXYGEN]]);
  });

  it('beside invasive ventilation only the high-flow hours beyond the day and its 2 h of overlap are in question: 18 of 20 hours of the line; 2 h of NIV beside 24 h of ventilation is within the overlap', async () => {
    const { hits, claim } = await bundled([
      { code: VENTILATION, quantity: 24, day: 2 },
      { code: HFNC, quantity: 20, day: 2 },
    ]);
    const hfncFen = Math.round(claim.items.find((i) => i.code === HFNC)!.amount * 100);
    expect(hits.map((h) => Math.round((h.amount ?? NaN) * 100))).toEqual([Math.round((hfncFen * 18) / 20)]);
    const extubation = await bundled([
      { code: VENTILATION, quantity: 24, day: 2 },
      { code: NIV, quantity: 2, day: 2 },
    ]);
    expect(extubation.hits).toEqual([]);
  });

  it('oxygen that fits in the hours outside the device is not named', async () => {
    const { hits } = await bundled([
      { code: HFNC, quantity: 4, day: 2 },
      { code: OXYGEN, quantity: 20, day: 2 },
    ]);
    expect(hits).toEqual([]);
  });

  it('ECG monitoring beside dialysis is named on a 门诊慢特病 visit, not on a stay; an injection at the session is not judged', async () => {
    const chronic = await bundled([{ code: DIALYSIS }, { code: ECG, quantity: 4 }, { code: IV_INJECTION }], { visitType: 'chronic', diagnoses: [{ code: 'N18.500', principal: true }] }, 'outpatient');
    expect(chronic.named).toEqual([ECG]);
    const stay = await bundled([{ code: DIALYSIS, day: 1 }, { code: ECG, quantity: 4, day: 1 }]);
    expect(stay.hits).toEqual([]);
  });

  it('a short watch on the operation day alone is not judged: its hours do not tell it from the anaesthesia’s own monitoring', async () => {
    const alone = await bundled([{ code: GA, quantity: 2, day: 2 }, { code: ECG, quantity: 3, day: 2 }]);
    expect(alone.hits).toEqual([]);
  });
});
