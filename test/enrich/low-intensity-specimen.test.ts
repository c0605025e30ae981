import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// stay-content.json lowIntensity.specimenCollection: the blood draw (静脉采血) of a short stay's admission tests is
// read with the tests, not as a treatment that needs the bed; another treatment service still clears the stay.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const ward = [0, 1, 2, 3].flatMap((day) => ['001105000010001', '001201000040001', '001103000010001'].map((code) => ({ code, day })));
const tests = ['002501010010001', '002502010010001', '002502050020001'].map((code) => ({ code, day: 0 }));
const metformin = [0, 1, 2, 3].map((day) => ({ code: 'XA10BAE503A001010168547', quantity: 3, day }));
const stay = (extra: { code: string; day: number }[]): RuleExample => ({
  set: { 'provider.department': 'general_medicine', items: [], dischargeDate: '2025-03-08', diagnoses: [{ code: 'E11.900', principal: true }] },
  addItems: [...ward, ...tests, ...metformin, ...extra],
});

describe('low-intensity stay with the admission blood draw', () => {
  it('counts the draw with the tests', () => {
    expect(lowIntensity(stay([{ code: '001204000080001', day: 0 }]))?.content).toContain('检查检验');
  });
  it('a subcutaneous injection (a treatment) still clears it', () => {
    expect(lowIntensity(stay([{ code: '001204000080001', day: 0 }, { code: '001204000010001', day: 1 }]))).toBeNull();
  });
});
