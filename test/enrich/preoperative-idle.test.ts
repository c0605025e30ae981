import { evaluateExample } from '../helpers/enrich-example';
import type { RuleExample } from '../../src/rules/examples';

// The idle days before a day-surgery-list operation kept as an ordinary stay (stay-content.json daySurgery,
// catalogue.day-surgery-preoperative-idle): a tablet or capsule is taken at home as well and makes no day care;
// an injection or a test does.
const RULE = 'catalogue.day-surgery-preoperative-idle';
const OMEPRAZOLE = 'XA02BCA515A001';
const hernia = (waiting: RuleExample['addItems']): RuleExample => ({
  set: { diagnoses: [{ code: 'K40.900x003', principal: true }], procedures: [{ code: '53.0401', date: '2025-03-08' }] },
  addItems: [...(waiting ?? []), { code: '003302030010001', day: 4 }, { code: '003301010020001', day: 4 }, { code: 'C11010150500001036850000001', day: 4 }],
});
const hit = async (e: RuleExample) => (await evaluateExample(e)).hits.find((h) => h.ruleId === RULE);

describe('pre-operative idle days with an oral drug', () => {
  it('names the waiting days that bill only bed, nursing and an omeprazole capsule', async () => {
    const h = await hit(hernia([2, 3].flatMap((day) => [{ code: '001105000010001', day }, { code: OMEPRAZOLE, day, quantity: 2 }])));
    expect(h).toBeDefined();
  });
  it('is quiet when the waiting days bill an injection (the drug is given in hospital)', async () => {
    expect(await hit(hernia([2, 3].flatMap((day) => [{ code: '001105000010001', day }, { code: 'XA10ABM504B002', day }, { code: '001212000010001', day, quantity: 4 }])))).toBeUndefined();
  });
});
