import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// second-line-drugs.json testDiagnoses: a fasting glucose on an obesity visit coding no diabetes is a screen that did
// not find it — it neither supports a later GLP-1 RA under E11 nor leaves the record too short to read.

const GLP1 = 'XA10BJL506B002010147391';
const unsupported = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.second-line-drug-unsupported');
const visit = (i: number, shiftDays: number, diagnoses: string[], codes: string[], quantity = 3) => build({
  base: 'outpatient',
  shiftDays,
  set: { items: [], claimId: `GS-${i}`, 'patient.birthDate': '1994-05-01', 'provider.department': 'endocrinology', diagnoses: diagnoses.map((code, k) => ({ code, principal: k === 0 })) },
  addItems: [{ code: '001102000010001' }, ...codes.map((code) => (code === GLP1 ? { code, quantity } : { code }))],
});

describe('GLP-1 RA after an obesity screen', () => {
  it('screened under E66 with a fasting glucose, then liraglutide under E11 twice: the second purchase is unsupported', async () => {
    const vs = await arrive(visit(1, 0, ['E66.000'], ['002502050010001']), visit(2, 25, ['E11.900'], [GLP1]), visit(3, 53, ['E11.900', 'E66.000'], [GLP1]));
    expect(unsupported(vs[1])).toBeUndefined();
    expect(unsupported(vs[2])?.message).toContain('未发现糖尿病的筛查不计');
  });

  it('the screen coding raised glucose (R73), or metformin before the drug: quiet', async () => {
    const found = await arrive(visit(4, 0, ['E66.000', 'R73.900'], ['002502050010001']), visit(5, 25, ['E11.900'], [GLP1]), visit(6, 53, ['E11.900'], [GLP1]));
    expect(found.map(unsupported)).toEqual([undefined, undefined, undefined]);
    const metformin = await arrive(visit(7, 0, ['E66.000'], ['002502050010001']), visit(8, 10, ['E11.900'], ['XA10BAE503A001010168547']), visit(9, 40, ['E11.900'], [GLP1]), visit(10, 68, ['E11.900'], [GLP1]));
    expect(metformin.map(unsupported)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
