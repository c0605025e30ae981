import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// A course-limited drug (edaravone, 支付不超过14天) counted over a transfer episode (history.course-over-transfer):
// the days each stay of the episode billed it, through a chain of transfers, against one course's limit.

const EDARAVONE = 'XN07XXY507B002010117205';
const hit = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.course-over-transfer');
/** A stroke stay at `hospital` starting `shift` days after the base admission, `nights` long, edaravone on its first `days` days. */
const stay = (id: string, hospital: string, shift: number, nights: number, days: number, set: Record<string, unknown> = {}) => {
  const start = new Date(Date.UTC(2025, 2, 4 + shift));
  const end = new Date(start.getTime() + nights * 86400000).toISOString().slice(0, 10);
  return build({ shiftDays: shift, set: { claimId: id, 'provider.hospitalId': hospital, dischargeDate: end, ...set }, addItems: Array.from({ length: days }, (_, d) => ({ code: EDARAVONE, quantity: 2, day: d })) });
};

it('three stays handed on by two transfers, 5 + 5 + 5 days: the third names its one day after the 14th', async () => {
  const a = stay('T-A', 'H51010009', 0, 5, 5, { dischargeMode: 'transfer' });
  const b = stay('T-B', 'H51010001', 5, 5, 5, { admissionRoute: 'transfer', transferFromHospitalId: 'H51010009', dischargeMode: 'transfer' });
  const c = stay('T-C', 'H51010002', 10, 6, 5, { admissionRoute: 'transfer', transferFromHospitalId: 'H51010001' });
  const [va, vb, vc] = await arrive(a, b, c);
  expect(hit(va)).toBeUndefined();
  expect(hit(vb)).toBeUndefined();
  const h = hit(vc)!;
  expect(h.message).toContain('合计15天');
  expect(h.message).toContain('T-A');
  expect(h.message).toContain('T-B');
  const last = c.items.filter((i: any) => i.code === EDARAVONE).sort((x: any, y: any) => (x.date < y.date ? 1 : -1))[0];
  expect(h.lineIds).toEqual([last.lineId]);
});

it('the same stays without the transfers (discharged home, readmitted elsewhere days later): each a course of its own', async () => {
  const a = stay('T-A', 'H51010009', 0, 5, 5);
  const b = stay('T-B', 'H51010001', 8, 5, 5);
  const c = stay('T-C', 'H51010002', 16, 6, 5);
  const vs = await arrive(a, b, c);
  expect(vs.map(hit)).toEqual([undefined, undefined, undefined]);
});

it('a transfer within the limit, 7 + 7 days: quiet', async () => {
  const a = stay('T-A', 'H51010009', 0, 7, 7, { dischargeMode: 'transfer' });
  const b = stay('T-B', 'H51010001', 7, 8, 7, { admissionRoute: 'transfer', transferFromHospitalId: 'H51010009' });
  const vs = await arrive(a, b);
  expect(vs.map(hit)).toEqual([undefined, undefined]);
});
