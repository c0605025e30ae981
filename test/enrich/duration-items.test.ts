import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// 时长类项目虚记 (issue 19, T17) through catalogue.hours-unsupported on the real rule files and
// rules/knowledge/item-consistency.json: general anaesthesia of 5 hours or more on a stay coding no long operation,
// and a full day of invasive ventilation with neither 重症监护 nor 特级护理 that day (weaned, nursed on the ward).

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const HOURS = 'catalogue.hours-unsupported';

const GA = '003301010010001';
const VENTILATOR = '001214000010001';
const NIV = '001214000020001';
const ICU_NURSING = '001201000050001';
const LEVEL2_NURSING = '001201000030001';
const chole = (procedure = '51.2300') => ({ 'diagnoses[0].code': 'K80.101', 'diagnoses[1].code': 'I10.x00', procedures: [{ code: procedure, principal: true, date: '2025-03-05' }] });
// Intubated on day 1: invasive ventilation needs an artificial airway on the stay (item-consistency.json stayNeeds).
const RESP_FAILURE = { 'diagnoses[0].code': 'J18.900', 'diagnoses[1].code': 'J96.000', procedures: [{ code: '96.0400', date: '2025-03-05' }] };

async function hoursHits(addItems: object[], set: Record<string, unknown>) {
  const checked = validateClaim(buildExample({ set, addItems } as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const claim = checked.claim;
  const hits = (await ruleset.evaluate(enrichClaim(claim, ruleset.refs))).filter((h) => h.ruleId === HOURS);
  const linesOf = (code: string) => claim.items.filter((i) => i.code === code).map((i) => i.lineId);
  return { hits, linesOf };
}

describe('hours of anaesthesia beyond the coded operation', () => {
  it('7 hours of general anaesthesia for a laparoscopic cholecystectomy names the anaesthesia line', async () => {
    const { hits, linesOf } = await hoursHits([{ code: GA, quantity: 7, day: 1 }], chole());
    expect(hits).toHaveLength(1);
    expect(hits[0].lineIds).toEqual(linesOf(GA));
    expect(hits[0].message).toContain('全身麻醉');
  });

  it('2 hours for the cholecystectomy, or 7 hours for a Whipple (52.7), are quiet', async () => {
    expect((await hoursHits([{ code: GA, quantity: 2, day: 1 }], chole())).hits).toEqual([]);
    expect((await hoursHits([{ code: GA, quantity: 7, day: 1 }], chole('52.7100'))).hits).toEqual([]);
  });
});

describe('ventilator hours after weaning', () => {
  it('24 hours of invasive ventilation on a ward day (Ⅱ级护理) is flagged even with respiratory failure coded', async () => {
    const { hits, linesOf } = await hoursHits([{ code: VENTILATOR, quantity: 24, day: 3 }, { code: LEVEL2_NURSING, day: 3 }], RESP_FAILURE);
    expect(hits.map((h) => h.lineIds)).toEqual([linesOf(VENTILATOR)]);
  });

  it('the same day under 重症监护, or non-invasive ventilation on the ward, is quiet', async () => {
    expect((await hoursHits([{ code: VENTILATOR, quantity: 24, day: 3 }, { code: ICU_NURSING, quantity: 24, day: 3 }], RESP_FAILURE)).hits).toEqual([]);
    expect((await hoursHits([{ code: NIV, quantity: 10, day: 3 }, { code: LEVEL2_NURSING, day: 3 }], RESP_FAILURE)).hits).toEqual([]);
  });
});
