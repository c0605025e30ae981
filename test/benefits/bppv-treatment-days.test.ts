import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// BPPV repositioning (耳石症手法复位治疗) counted by the days billed on every claim (distinctDays), at most 3 in 7: a
// canal conversion's extra sitting beside the diagnosis and the one-week recheck passes however many canals a sitting
// treats; repositioning on a fourth day of the week does not, and the message names days, not units.

const BPPV = '003104010060001';
const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');
const sitting = (i: number, shiftDays: number, quantity: number) => build({
  base: 'outpatient',
  shiftDays,
  set: { items: [], claimId: `BPPV-${i}`, 'provider.hospitalId': 'H51010001', 'provider.department': 'otolaryngology', diagnoses: [{ code: 'H81.100', principal: true }] },
  addItems: [{ code: BPPV, quantity }],
});

describe('BPPV repositioning by treatment days', () => {
  it('diagnosis, a repeat two days later and both canals at the recheck (four manoeuvres on three days): quiet', async () => {
    const vs = await arrive(sitting(1, 0, 1), sitting(2, 2, 1), sitting(3, 6, 2));
    expect(vs.map(tooOften)).toEqual([undefined, undefined, undefined]);
  });

  it('twice a day on four days running: the fourth day flagged, the allowance in days', async () => {
    const vs = await arrive(sitting(1, 0, 2), sitting(2, 1, 2), sitting(3, 2, 2), sitting(4, 3, 2));
    expect(vs.slice(0, 3).map(tooOften)).toEqual([undefined, undefined, undefined]);
    expect(tooOften(vs[3])!.message).toContain('耳石症手法复位治疗（限7天内3个收费日）');
  });
});
