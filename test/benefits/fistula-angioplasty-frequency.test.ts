import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// A billing-frequency row scoped by coded procedure (withProcedures): a dialysis fistula's angioplasty (39.5000x032)
// at most twice in any 92 days (KDOQI 2006 Guidelines 5/6: more than twice within 3 months, consider surgical revision); the
// same fee billed for a limb's angioplasty (39.5000x031) neither judged nor counted.

const PTA = '003307020020001';
const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');
const stay = (i: number, shiftDays: number, procedure: string, principal = 'T82.800x001') => build({
  shiftDays,
  set: {
    claimId: `S-${i}`, 'provider.department': 'vascular_surgery',
    diagnoses: [{ code: principal, principal: true }, { code: 'N18.500' }, { code: 'Z99.200' }],
    procedures: [{ code: procedure, date: addDays('2025-03-05', shiftDays) }],
  },
  addItems: [{ code: PTA, day: 1 }],
});
function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

describe('dialysis fistula angioplasty frequency', () => {
  it('every 4–5 weeks: the third within three months names its PTA line and the earlier stays', async () => {
    const vs = await arrive(stay(1, 0, '39.5000x032'), stay(2, 35, '39.5000x032'), stay(3, 70, '39.5000x032'));
    expect(vs.slice(0, 2).map(tooOften)).toEqual([undefined, undefined]);
    const h = tooOften(vs[2])!;
    expect(h.message).toContain('透析通路');
    expect(h.message).toContain('S-1');
  });

  it('every three to four months: quiet', async () => {
    const vs = await arrive(stay(1, 0, '39.5000x032'), stay(2, 100, '39.5000x032'), stay(3, 200, '39.5000x032'));
    expect(vs.map(tooOften)).toEqual([undefined, undefined, undefined]);
  });

  it('earlier angioplasties of the legs are not counted against the fistula, nor is a third leg PTA judged by this row', async () => {
    const legs = await arrive(stay(1, 0, '39.5000x031', 'I70.204'), stay(2, 30, '39.5000x031', 'I70.204'), stay(3, 60, '39.5000x032'));
    expect(tooOften(legs[2])).toBeUndefined();
    const allLegs = await arrive(stay(4, 0, '39.5000x031', 'I70.204'), stay(5, 30, '39.5000x031', 'I70.204'), stay(6, 60, '39.5000x031', 'I70.204'));
    expect(allLegs.map(tooOften)).toEqual([undefined, undefined, undefined]);
  });
});
