import { arrive, buildClaim, hitOf } from '../helpers/shipped-rules';

// A diabetic's HbA1c (billing-frequency.json, the diabetes follow-up row) re-examined at a higher-level clinic is not
// counted against the community centre's (上转复核) — the first time that clinic follows the member. A clinic that
// has followed the member before runs its own schedule beside the centre's: the two clinics' tests count together.

const HBA1C = '002502050020001';
const visit = (claimId: string, hospitalId: string, level: number, shiftDays: number) =>
  buildClaim({
    base: 'outpatient',
    shiftDays,
    set: { claimId, items: [], 'provider.hospitalId': hospitalId, 'provider.level': level, 'provider.department': 'endocrinology', diagnoses: [{ code: 'E11.900', principal: true }] },
    addItems: [{ code: '001102000010001' }, { code: HBA1C }],
  } as never);
const tooOften = (v: Parameters<typeof hitOf>[0]) => hitOf(v, 'history.billed-too-often');

describe('HbA1c alternating a community centre and a hospital clinic', () => {
  it('counts the centre’s test against a clinic that has followed the member before', async () => {
    const vs = await arrive(visit('A-1', 'H51010031', 1, 0), visit('A-2', 'H51010001', 3, 50), visit('A-3', 'H51010031', 1, 100), visit('A-4', 'H51010001', 3, 140));
    expect(vs.slice(0, 3).map(tooOften)).toEqual([undefined, undefined, undefined]);
    expect(tooOften(vs[3])?.evidence).toMatchObject({ otherClaims: 'A-3' });
  });

  it('leaves the first visit at the higher clinic, the referral, unjudged', async () => {
    const [, up] = await arrive(visit('B-1', 'H51010031', 1, 0), visit('B-2', 'H51010001', 3, 40));
    expect(tooOften(up)).toBeUndefined();
  });
});
