import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive, hitOf } from '../helpers/shipped-rules';

// Erythropoietin's weekly dose across a member's claims (drug-schedules.json weeklyDose, history.weekly-dose-above):
// the units given at sessions in the 7 days to a day, a take-home supply counted at 3 a week while it lasts.

const EPO = 'XB03XAZ505B002010171257';
const HD = '003310010010001';
const over = (v: Verdict) => hitOf(v, 'history.weekly-dose-above');
const claim = (i: number, shiftDays: number, epo: number, session: boolean, dx = ['N18.500', 'Z49.101']) => build({
  base: 'outpatient', shiftDays,
  set: { claimId: `EPO-${i}`, visitType: 'chronic', items: [], 'provider.department': 'nephrology', diagnoses: dx.map((code, k) => ({ code, principal: k === 0 })), 'enrollment.chronicDiseases': ['N18'] },
  addItems: [...(session ? [{ code: HD }] : []), { code: EPO, quantity: epo }],
});

describe('erythropoietin a week across claims', () => {
  it('1 支 at two sessions a week for four weeks stays quiet; 2 支 at every Monday–Wednesday–Friday session is named from the third', async () => {
    const usual = await arrive(...[0, 2, 7, 9, 14, 16, 21, 23].map((d, i) => claim(i, d, 1, true)));
    expect(usual.filter(over)).toHaveLength(0);
    const claims = [0, 2, 4, 7, 9, 11].map((d, i) => claim(i, d, 2, true));
    const vs = await arrive(...claims);
    expect(vs.slice(0, 2).map(over)).toEqual([undefined, undefined]);
    const h = over(vs[2])!;
    expect(h.lineIds).toEqual(claims[2].items.filter((it: any) => it.code === EPO).map((it: any) => it.lineId));
    expect(h.message).toContain('合计6支');
  });

  it('a 12-支 take-home supply beside the sessions\' doses is named on the supply; a peritoneal member\'s monthly 12 支 alone stays quiet', async () => {
    const vs = await arrive(claim(0, 0, 1, true), claim(1, 2, 1, true), claim(2, 3, 12, false));
    expect(over(vs[2])).toBeDefined();
    const pd = await arrive(...[0, 28, 56].map((d, i) => claim(i, d, 12, false, ['N18.500', 'Z49.201'])));
    expect(pd.filter(over)).toHaveLength(0);
  });
});
