import { evaluateExample } from '../helpers/enrich-example';
import type { RuleExample } from '../../src/rules/examples';

// 低标准入院 by procedure (stay-content.json outpatientProcedures): an injected antibacterial on the procedure's day
// or the day after is the prophylaxis a clinic gives with it (`prophylaxis`); a course beyond it is treatment.
const RULE = 'catalogue.low-standard-admission';
const CEFUROXIME = 'XJ01DCT505B002';
const ward = [0, 1, 2].flatMap((day) => [{ code: '001105000010001', day }, { code: '001201000030001', day }, { code: '001103000010001', day }]);
const eswl = (cefuroximeDays: number[], more: Partial<RuleExample['set']> = {}): RuleExample => ({
  set: { diagnoses: [{ code: 'N20.000', principal: true }], procedures: [{ code: '98.5100', date: '2025-03-05' }], items: [], dischargeDate: '2025-03-07', ...more },
  addItems: [
    ...ward,
    { code: '003306020020001', day: 1 },
    { code: '001204000010001', day: 1 },
    { code: '001204000070001', day: 1 },
    ...cefuroximeDays.map((day) => ({ code: CEFUROXIME, day, quantity: 2 })),
  ],
});
const hit = async (e: RuleExample) => (await evaluateExample(e)).hits.find((h) => h.ruleId === RULE);

describe('an outpatient procedure admitted, with prophylaxis', () => {
  it('names an ESWL stay whose only injection is cefuroxime on the session day and the day after', async () => {
    expect((await hit(eswl([1, 2])))?.message).toContain('预防用抗菌药物');
  });
  it('is quiet for a course from the admission day, and for an infection coded', async () => {
    expect(await hit(eswl([0, 1, 2]))).toBeUndefined();
    expect(await hit(eswl([1], { diagnoses: [{ code: 'N20.000', principal: true }, { code: 'N39.000' }] }))).toBeUndefined();
  });
});
