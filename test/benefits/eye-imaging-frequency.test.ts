import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// OCT and fundus photography (计价单位 单眼) at most two studies in any 60 days for a condition that is watched, not
// treated (中国青光眼指南 2020, AAO PPP glaucoma and AMD: imaging once or twice a year, every 3–4 months at most in the
// first years): both eyes imaged at every review weeks apart is the 自查自纠 item “OCT、眼底照相每次复诊常规开展”. A
// condition whose treatment is decided on the scan at each visit (wet AMD, macular oedema) is neither judged nor counted.

const OCT = '003103010010001';
const PHOTO = '003103010020001';
const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');
const visit = (i: number, shiftDays: number, principal: string) => build({
  base: 'outpatient',
  shiftDays,
  set: { claimId: `E-${i}`, 'provider.department': 'ophthalmology', 'provider.level': 3, diagnoses: [{ code: principal, principal: true }] },
  addItems: [{ code: OCT, day: 1, quantity: 2 }, { code: PHOTO, day: 1, quantity: 2 }],
});

describe('eye imaging at every follow-up', () => {
  it('drusen imaged in both eyes four weeks apart: the second visit names its OCT and photo lines', async () => {
    const vs = await arrive(visit(1, 0, 'H35.301'), visit(2, 28, 'H35.301'));
    expect(tooOften(vs[0])).toBeUndefined();
    const h = tooOften(vs[1])!;
    expect(h.message).toContain('光学相干断层成像');
    expect(h.message).toContain('E-1');
  });

  it('a glaucoma review every 80 days: quiet', async () => {
    const vs = await arrive(visit(1, 0, 'H40.103'), visit(2, 80, 'H40.103'), visit(3, 160, 'H40.103'));
    expect(vs.map(tooOften)).toEqual([undefined, undefined, undefined]);
  });

  it('wet AMD monitored monthly (PRN): quiet', async () => {
    const vs = await arrive(visit(1, 0, 'H35.300x011'), visit(2, 30, 'H35.300x011'));
    expect(vs.map(tooOften)).toEqual([undefined, undefined]);
  });
});
