import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// ruled-out-indications.json: growth hormone under 生长激素缺乏症 (E23.0) for a child whose record coded familial or
// constitutional short stature is judged until a work-up (a stay coding E23.0, head MRI) comes after that diagnosis.

const GH = 'XH01ACS501B002010152916';
const ruledOut = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.drug-indication-ruled-out');
const visit = (i: number, shiftDays: number, diagnoses: string[], codes: { code: string; quantity?: number }[] = []) => build({
  base: 'outpatient',
  shiftDays,
  set: { items: [], claimId: `GH-${i}`, 'patient.birthDate': '2015-04-01', 'provider.department': 'pediatrics', diagnoses: diagnoses.map((code, k) => ({ code, principal: k === 0 })) },
  addItems: [{ code: '001102000010001' }, ...codes],
});

describe('growth hormone after a short-stature variant', () => {
  it('familial short stature, then GH under E23.009 at another hospital: each GH claim names the earlier diagnosis', async () => {
    const vs = await arrive(visit(1, 0, ['E34.302']), visit(2, 30, ['E23.009'], [{ code: GH, quantity: 30 }]), visit(3, 60, ['E23.009'], [{ code: GH, quantity: 30 }]));
    expect(ruledOut(vs[0])).toBeUndefined();
    expect(ruledOut(vs[1])?.message).toContain('GH-1');
    expect(ruledOut(vs[2])?.lineIds.length).toBe(1);
  });

  it('head MRI after the variant was coded, or only unspecified short stature: quiet', async () => {
    const imaged = await arrive(visit(4, 0, ['E34.300x003']), visit(5, 14, ['E23.009'], [{ code: '002401010010001' }]), visit(6, 30, ['E23.009'], [{ code: GH, quantity: 30 }]));
    expect(imaged.map(ruledOut)).toEqual([undefined, undefined, undefined]);
    const unspecified = await arrive(visit(7, 0, ['E34.301']), visit(8, 30, ['E23.009'], [{ code: GH, quantity: 30 }]));
    expect(unspecified.map(ruledOut)).toEqual([undefined, undefined]);
  });
});
