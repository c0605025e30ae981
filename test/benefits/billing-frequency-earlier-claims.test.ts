import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { tooOften as tooOftenOf } from '../../src/benefits/cross-claim/billing-frequency';
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

// 血液透析 at most 3 in any 7 days, HDF counted among them (countsWith): review34 item 13.
describe('dialysis sessions across claims (HD counting HDF)', () => {
  const HD = '003310010010001';
  const HDF = '003310010030001';
  // A code beneath a row (the row's 15 characters and a local suffix) is billed with its name, category and price.
  const line = (code: string) => (code.length > 15 ? { code, name: '血液透析(本地编码)', category: 'service' as const, unitPrice: 400 } : { code });
  const session = (claimId: string, shiftDays: number, codes: string[]) =>
    build({
      base: 'outpatient',
      shiftDays,
      set: { items: [], claimId, visitType: 'chronic', 'enrollment.chronicDiseases': ['N18'], 'provider.hospitalId': 'H51010001', diagnoses: [{ code: 'N18.500', principal: true }] },
      addItems: codes.map(line),
    });

  it('HDF billed beside HD on one day (a region pricing HDF as an add-on) is one session: HD+HDF, HD, HD in 7 days is three', async () => {
    const vs = await arrive(session('DS-1', 0, [HD, HDF]), session('DS-2', 2, [HD]), session('DS-3', 4, [HD]));
    expect(vs.map(tooOften)).toEqual([undefined, undefined, undefined]);
  });

  it('HD, HDF, HD, HD on four days of 7 are four sessions: the fourth names the earlier claims', async () => {
    const vs = await arrive(session('DS-4', 0, [HD]), session('DS-5', 2, [HDF]), session('DS-6', 4, [HD]), session('DS-7', 5, [HD]));
    expect(vs.slice(0, 3).map(tooOften)).toEqual([undefined, undefined, undefined]);
    const h = tooOften(vs[3])!;
    expect(h.message).toContain('血液透析');
    expect(h.message).toContain('DS-5');
  });

  // A ledger line keeps its catalogue row where the billed code is another (ledger-entry.ts `row`): a regional code of
  // the HD row is the same session and counts, as lineIn reads it (review34 item 13).
  it('earlier sessions whose ledger lines carry the HD row under another billed code count against the fourth', () => {
    const k = loadHistoryKnowledge(join(__dirname, '../../rules'));
    const local = '003310010010099';
    const hd = (date: string): BenefitItem => ({ lineId: '1', code: HD, name: '血液透析', category: 'service', date, quantity: 1, unitPrice: 400, amountFen: 40000, longPrescription: false, catalogue: { code: HD } });
    const earlier = (claimId: string, date: string, row?: string): MemberClaim => ({
      insuredId: 'P1', claimId, insuranceType: 'employee', visitType: 'chronic', serviceDate: date, endDate: date, hospitalId: 'H1', principalCategory: 'N18',
      mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: claimId, serviceCodes: [], codes: ['N18.500'],
      lines: [{ lineId: '1', code: local, date, kind: 'service', amountFen: 40000, quantity: 1, ...(row ? { row } : {}) }],
    });
    const me = { ...earlier('L-4', '2025-03-06'), lines: [] };
    const rowed = [earlier('L-1', '2025-03-01', HD), earlier('L-2', '2025-03-03', HD), earlier('L-3', '2025-03-05', HD)];
    expect(tooOftenOf(me, [hd('2025-03-06')], rowed, k)?.claims).toContain('L-1');
    // The same lines with no row on them are another service: nothing counted.
    expect(tooOftenOf(me, [hd('2025-03-06')], rowed.map((e) => ({ ...e, lines: e.lines!.map(({ row: _row, ...l }) => l) })), k)).toBeNull();
  });
});
