import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// 串换床位等级 (普通病房按监护病房收费) and costlier consumables without their context, through
// catalogue.item-context-unsupported on the real rule files and rules/knowledge/item-consistency.json.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const RULE = 'catalogue.item-context-unsupported';

const ICU_BED = '001105000030001';
const SPECIAL_NURSING = '001201000010001';
// Ventilated through an endotracheal tube: invasive ventilation needs an artificial airway on the stay (item-consistency.json stayNeeds).
const TRACHEAL_TUBE = 'C14050150300001941860000001';

async function hitsOn(addItems: object[], set: Record<string, unknown> = {}) {
  const checked = validateClaim(buildExample({ set, addItems } as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const claim = checked.claim;
  const hits = (await ruleset.evaluate(enrichClaim(claim, ruleset.refs))).filter((h) => h.ruleId === RULE);
  const linesOf = (code: string) => claim.items.filter((i) => i.code === code).map((i) => i.lineId);
  return { hits, linesOf };
}

describe('bed grade against the care of the day', () => {
  it('an ICU bed on a ward-level day is flagged on its own line, in Chinese', async () => {
    const { hits, linesOf } = await hitsOn([{ code: ICU_BED, day: 2 }]);
    expect(hits).toHaveLength(1);
    expect(hits[0].lineIds).toEqual(linesOf(ICU_BED));
    expect(hits[0].message).toContain('监护病房床位费');
    expect(hits[0].message).toContain('重症监护');
    expect(hits[0].evidence).toMatchObject({ 项目: '监护病房床位费', '入院后第几天（入院当日为0）': 2 });
  });

  it('the same bed with ventilation, vasopressors and ICU nursing, or on the day of an operation, is quiet', async () => {
    expect((await hitsOn([{ code: ICU_BED, day: 2 }, { code: '001214000010001', day: 2, quantity: 24 }, { code: TRACHEAL_TUBE, day: 2 }])).hits).toEqual([]);
    expect((await hitsOn([{ code: ICU_BED, day: 2 }, { code: '001201000050001', day: 2, quantity: 24 }, { code: 'XC01CAQ502B002', day: 2, quantity: 4 }])).hits).toEqual([]);
    const surgical = { 'diagnoses[0].code': 'K35.300', 'diagnoses[1].code': 'K35.200', procedures: [{ code: '47.0100', principal: true, date: '2025-03-06' }] };
    expect((await hitsOn([{ code: ICU_BED, day: 2 }], surgical)).hits).toEqual([]);
  });

  it('the ICU bed does not vouch for 特级护理: a bed is where the patient lies, not care given', async () => {
    const { hits, linesOf } = await hitsOn([{ code: ICU_BED, day: 2 }, { code: SPECIAL_NURSING, day: 2 }]);
    expect(hits.flatMap((h) => h.lineIds)).toEqual(linesOf(SPECIAL_NURSING));
    expect((await hitsOn([{ code: ICU_BED, day: 2 }, { code: SPECIAL_NURSING, day: 2 }, { code: '001214000010001', day: 2, quantity: 24 }, { code: TRACHEAL_TUBE, day: 2 }])).hits).toEqual([]);
  });

  it('a laminar-flow bed needs a condition that calls for protective isolation', async () => {
    expect((await hitsOn([{ code: '001105000040001', day: 2 }])).hits).toHaveLength(1);
    expect((await hitsOn([{ code: '001105000040001', day: 2 }], { 'diagnoses[0].code': 'C92.000' })).hits).toEqual([]);
  });

  it('ventilation consumables need ventilation or anaesthesia; a film dressing needs a venous line or a wound', async () => {
    const tube = 'C14050150300001941860000001';
    expect((await hitsOn([{ code: tube, day: 3 }])).hits.map((h) => h.lineIds)).toHaveLength(1);
    // The non-invasive ventilation itself needs its indication (respiratory failure coded beside the stroke).
    expect((await hitsOn([{ code: tube, day: 3 }, { code: '001214000020001', day: 3, quantity: 12 }], { 'diagnoses[1].code': 'J96.000' })).hits).toEqual([]);
    const film = 'C14020150300001037150000001';
    expect((await hitsOn([{ code: film, day: 3 }])).hits).toHaveLength(1);
    expect((await hitsOn([{ code: film, day: 3 }, { code: '001204000010001', day: 3 }])).hits).toEqual([]);
  });
});
