import { ledgerEntry } from '../../src/benefits/ledger-entry';
import { enrichClaim } from '../../src/enrich/enrich';
import { validateClaim } from '../../src/validate/validate-claim';
import type { Claim } from '../../src/contract/claim';
import { arrive, buildClaim as build, hitOf, shippedRules } from '../helpers/shipped-rules';

// A drug given once per cycle or per week (drug-schedules.json) given again on another claim of the member within its
// interval (history.dose-across-claims): found whichever claim arrives first, on the one that arrives second.

const RULE = 'history.dose-across-claims';
const OXALIPLATIN = 'XL01XAA523B002010142122';
const CAPECITABINE = 'XL01BCK502A001010173671';
const ZOLEDRONIC = 'XM05BAZ507B002010191881';
const ASPIRIN = 'XB01ACA509A001010119008';
const colon = { 'diagnoses[0].code': 'Z51.103', 'diagnoses[1].code': 'C18.900' };
const stay = (id: string, shift: number, items: { code: string; day: number; quantity?: number }[]) => build({ shiftDays: shift, set: { ...colon, claimId: id }, addItems: items });

it.each([
  ['earlier stay first', false],
  ['later stay first', true],
])('oxaliplatin on stays 10 days apart (%s): the second to arrive names the first and its own oxaliplatin line', async (_, swap) => {
  const a = stay('OX-A', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]);
  const b = stay('OX-B', 10, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]);
  const [first, second] = swap ? [b, a] : [a, b];
  const [v1, v2] = await arrive(first, second);
  expect(hitOf(v1, RULE)).toBeUndefined();
  const h = hitOf(v2, RULE)!;
  expect(h.message).toContain(first.claimId);
  expect(h.message).toContain('相隔10日');
  const own = second.items.filter((i: any) => i.code === OXALIPLATIN).map((i: any) => i.lineId);
  expect(h.lineIds).toEqual(own);
});

it('oxaliplatin 14 days after the previous stay\'s (FOLFOX every 2 weeks): quiet', async () => {
  const vs = await arrive(stay('OX-A', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]), stay('OX-B', 14, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]));
  expect(vs.map((v) => hitOf(v, RULE))).toEqual([undefined, undefined]);
});

it('oxaliplatin 14 days after a stay giving it with capecitabine (XELOX, every 21 days): a cycle given early, named with its regimen', async () => {
  const [, v] = await arrive(stay('OX-A', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }, { code: CAPECITABINE, day: 5, quantity: 56 }]), stay('OX-B', 14, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]));
  const h = hitOf(v, RULE)!;
  expect(h.message).toContain('按XELOX');
  expect(h.message).toContain('相隔14日');
});

it('oxaliplatin 18 days after a stay giving it with capecitabine (XELOX within its ±3-day window): quiet', async () => {
  const vs = await arrive(stay('OX-A', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }, { code: CAPECITABINE, day: 5, quantity: 56 }]), stay('OX-B', 18, [{ code: OXALIPLATIN, day: 0, quantity: 3 }, { code: CAPECITABINE, day: 5, quantity: 56 }]));
  expect(vs.map((v) => hitOf(v, RULE))).toEqual([undefined, undefined]);
});

it('a resubmitted copy of a stay is the duplicate rule\'s, not a dose given twice', async () => {
  const a = stay('OX-A', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]);
  const copy = { ...structuredClone(a), claimId: 'OX-A2' };
  const [, v] = await arrive(a, copy);
  expect(hitOf(v, RULE)).toBeUndefined();
  expect(hitOf(v, 'history.duplicate-claim')).toBeDefined();
});

it("a stay's ledger entry keeps every day of a schedule drug, not its other mid-stay drugs", () => {
  const refs = shippedRules.current().refs;
  // Mid-stay days of a five-night stay (its first two days' and last days' drugs are kept for every drug).
  const c = stay('OX-A', 0, [{ code: OXALIPLATIN, day: 2, quantity: 3 }, { code: ZOLEDRONIC, day: 3 }, { code: ASPIRIN, day: 3 }]);
  const checked = validateClaim(c);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const facts = enrichClaim(checked.claim as Claim, refs).facts;
  const kept = (schedules?: ReadonlyMap<string, unknown>) => new Set((ledgerEntry(facts, refs.history?.stayLedgerCodes, schedules).lines ?? []).filter((l) => !l.courseStart).map((l) => l.code));
  const withSchedules = kept(refs.history?.schedules);
  expect(withSchedules.has(OXALIPLATIN)).toBe(true);
  expect(withSchedules.has(ZOLEDRONIC)).toBe(true);
  // A mid-stay drug (day 3 of a five-night stay) is not kept (the base stay's day-1 aspirin is, as a first-day drug).
  expect(withSchedules.has(ASPIRIN)).toBe(false);
  // Without the schedules a mid-stay zoledronic acid is not kept (oxaliplatin is, as a drug of the member's regimen: regimens.json).
  expect(kept().has(ZOLEDRONIC)).toBe(false);
});
