import { arrive, buildClaim, hitOf } from '../helpers/shipped-rules';

// history.same-day-two-hospitals and the blood draw (exam-recognition.json specimenCollection): each hospital draws
// the sample its own tests need, so two draws the same day are a repeat only beside a repeated test.

const DRAW = '001204000080001';
const BLOOD_COUNT = '002501010010001';
const CRP = '002502080010001';
const visit = (claimId: string, hospitalId: string, level: number, tests: string[]) =>
  buildClaim({
    base: 'outpatient',
    set: { claimId, items: [], 'provider.hospitalId': hospitalId, 'provider.level': level, diagnoses: [{ code: 'R10.400', principal: true }] },
    addItems: [{ code: '001102000010001' }, ...tests.map((code) => ({ code })), { code: DRAW }],
  } as never);
const sameDay = async (first: string[], second: string[], levels: [number, number] = [2, 2]) => {
  const [, v] = await arrive(visit('SD-1', 'H51010009', levels[0], first), visit('SD-2', 'H51010002', levels[1], second));
  return hitOf(v, 'history.same-day-two-hospitals');
};

describe('the blood draw at two hospitals the same day', () => {
  it('is no repeat beside different tests, at the same level or referred up from a township', async () => {
    expect(await sameDay([BLOOD_COUNT], [CRP])).toBeUndefined();
    expect(await sameDay([BLOOD_COUNT], [CRP], [1, 2])).toBeUndefined();
  });

  it('is named with a repeated test', async () => {
    const h = await sameDay([BLOOD_COUNT], [BLOOD_COUNT, CRP]);
    expect(h?.message).toContain('静脉采血');
    expect(h?.message).toContain('血常规');
  });
});
