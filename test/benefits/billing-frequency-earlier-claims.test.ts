import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// How billing-frequency.ts reads the member's earlier claims: their lines count by their units as this claim's do (a
// line's quantity is the 计价单位 charged), and a follow-up row counts the earlier tests the condition called for
// (the ledger line's indicatedBy), whatever the earlier claim's principal.

const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');

describe('earlier claims counted as this claim is', () => {
  // 导尿: at most 2 in any 7 days (billing-frequency.json).
  const CATHETERISATION = '001206000010001';
  const visit = (claimId: string, shiftDays: number, quantity: number) =>
    build({
      base: 'outpatient',
      shiftDays,
      set: { items: [], claimId, 'provider.hospitalId': 'H51010001', diagnoses: [{ code: 'R33.x00', principal: true }] },
      addItems: [{ code: '001102000010001' }, { code: CATHETERISATION, quantity }],
    });

  it('an earlier line of quantity 2 is two catheterisations: one more within 7 days goes beyond the 2 and names it', async () => {
    const [first, now] = await arrive(visit('CA-1', 0, 2), visit('CA-2', 3, 1));
    expect(tooOften(first)).toBeUndefined();
    const h = tooOften(now)!;
    expect(h.message).toContain('导尿（限7天内2次）');
    expect(h.message).toContain('CA-1');
  });

  it('one earlier catheterisation and one now: within the 2', async () => {
    const [, now] = await arrive(visit('CA-3', 0, 1), visit('CA-4', 3, 1));
    expect(tooOften(now)).toBeUndefined();
  });

  // 甲状腺功能(三项) on a hypothyroidism (E03) follow-up: at most once in any 90 days.
  const THYROID = '002502180010001';
  const seen = (claimId: string, shiftDays: number, codes: string[]) =>
    build({
      base: 'outpatient',
      shiftDays,
      set: { items: [], claimId, 'provider.hospitalId': 'H51010001', diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })) },
      addItems: [{ code: '001102000010001' }, { code: THYROID }],
    });

  it('a thyroid panel at a visit coded principal J06 that only the hypothyroidism beside it called for counts against the follow-up 30 days on', async () => {
    const [, now] = await arrive(seen('TH-1', 0, ['J06.900', 'E03.900']), seen('TH-2', 30, ['E03.900']));
    expect(tooOften(now)?.message).toContain('TH-1');
  });

  it('a thyroid panel that atrial fibrillation called for too (I48 beside E03) is not the schedule’s: the follow-up 30 days on is quiet', async () => {
    const [, now] = await arrive(seen('TH-3', 0, ['E03.900', 'I48.000']), seen('TH-4', 30, ['E03.900']));
    expect(tooOften(now)).toBeUndefined();
  });

  // The Hashimoto row (forPrincipal E06, withDiagnoses E06.3): an earlier panel of the member's Hashimoto visit counts.
  it('a panel that Hashimoto thyroiditis called for does', async () => {
    const [, now] = await arrive(seen('TH-7', 0, ['J06.900', 'E06.300']), seen('TH-8', 30, ['E06.300']));
    expect(tooOften(now)?.message).toContain('TH-7');
  });
});
