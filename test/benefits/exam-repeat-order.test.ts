import fc from 'fast-check';
import type { Verdict } from '../../src/contract/verdict';
import { NO_MODEL } from '../../src/model/model';
import { reviewWithRevisions, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore, createSqliteStore } from '../../src/features/stores';
import { examRepeat } from '../../src/benefits/cross-claim';
import { ledgerEntry } from '../../src/benefits/ledger-entry';
import { enrichClaim } from '../../src/enrich/enrich';
import { validateClaim } from '../../src/validate/validate-claim';
import type { Claim } from '../../src/contract/claim';
import { buildClaim, shippedRules } from '../helpers/shipped-rules';

// Issue 18 point 9 for examination repeats (检查检验结果互认, 国卫医发〔2022〕6号): a result repeated within its
// recognition interval is found whatever the claimIds and whatever the arrival order, once, on the claim that arrives
// second, naming the other; when the repeat arrived first, it is the finding's suspect (事后发现: its repeating lines).

const ACROSS = 'history.exam-repeated-across-claims';
const ADMISSION = 'history.exam-repeated-after-outpatient';
const claimId = fc.stringMatching(/^[A-Za-z0-9-]{1,16}$/);
const ids = fc.uniqueArray(claimId, { minLength: 2, maxLength: 2 });
const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };

/** Reviews a then b (one batch or two): each one's own verdict, and every revised verdict of an earlier claim. */
async function arrive(a: Record<string, unknown>, b: Record<string, unknown>, oneBatch: boolean, sqlite = false) {
  const ctx: ReviewContext = { rules: shippedRules, model: { current: () => NO_MODEL }, store: sqlite ? createSqliteStore({ path: ':memory:' }) : createMemoryStore() };
  const own: Verdict[] = [];
  const revised: Verdict[] = [];
  for (const batch of oneBatch ? [[a, b]] : [[a], [b]]) {
    const r = await reviewWithRevisions(batch, ctx, { source: 'test' });
    own.push(...r.verdicts);
    revised.push(...r.revisions.map((x) => x.verdict));
  }
  for (const v of own) expect([v.claimId, v.errors]).toEqual([v.claimId, undefined]);
  return { own, revised };
}
const hitsOf = (vs: readonly Verdict[], ruleId: string) => vs.flatMap((v) => v.hits.filter((h) => h.ruleId === ruleId).map((h) => ({ claimId: v.claimId, h })));

/** A clinic visit for acute bronchitis billing a chest CT (recognised 14 days). */
const chestVisit = (id: string, date: number, hospitalId: string) =>
  buildClaim({
    base: 'outpatient',
    shiftDays: date - 15,
    set: { claimId: id, patient, 'provider.hospitalId': hospitalId, diagnoses: [{ code: 'J20.900', principal: true }] },
    addItems: [{ code: '002301010020001', quantity: 1 }],
  });

describe('an examination repeated within its recognition interval, in either arrival order', () => {
  it.each([false, true])('chest CT at one clinic, again 1–14 days later at another: found once, on the second to arrive (sqlite %s)', async (sqlite) => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 14 }), async ([x, y], swap, oneBatch, gap) => {
        const original = chestVisit(x, 1, 'H51010003');
        const repeat = chestVisit(y, 1 + gap, 'H51010002');
        const [first, second] = swap ? [repeat, original] : [original, repeat];
        const { own, revised } = await arrive(first, second, oneBatch, sqlite);
        // Found once, by the claim that arrives second, naming the other.
        expect(hitsOf(own, ACROSS).map((f) => f.claimId)).toEqual([second.claimId]);
        const h = hitsOf(own, ACROSS)[0].h;
        expect(h.message).toContain(first.claimId);
        expect(h.evidence).toMatchObject({ 前次单据: original.claimId, 重复单据: repeat.claimId });
        const ct = (c: Record<string, any>) => c.items.filter((i: { code: string }) => i.code === '002301010020001').map((i: { lineId: string }) => i.lineId);
        // The repeat is the suspect: its own hit when it arrives second, a finding about it (事后发现) when it arrived first.
        const found = hitsOf(revised, ACROSS);
        if (swap) {
          expect(h.amount).toBeNull();
          expect(found.map((f) => [f.claimId, f.h.retrospective?.byClaimId, f.h.lineIds])).toEqual([[repeat.claimId, original.claimId, ct(repeat)]]);
          expect(found[0].h.amount).toBe(180);
        } else {
          expect(h.lineIds).toEqual(ct(repeat));
          expect(found).toEqual([]);
        }
        expect(hitsOf([...own, ...revised], ADMISSION)).toEqual([]);
      }),
      { numRuns: sqlite ? 15 : 40, seed: 42_1 },
    );
  });

  it('after the interval (15 days), quiet in either order', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), async ([x, y], swap) => {
        const a = chestVisit(x, 1, 'H51010003');
        const b = chestVisit(y, 16, 'H51010002');
        const { own, revised } = await arrive(...((swap ? [b, a] : [a, b]) as [Claim, Claim]), false);
        expect(hitsOf([...own, ...revised], ACROSS)).toEqual([]);
      }),
      { numRuns: 15, seed: 42_2 },
    );
  });

  it('a head CT at the stroke clinic 1–7 days before a planned admission repeated on the admission day: found once, on the second to arrive', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 7 }), async ([x, y], swap, oneBatch, gap) => {
        const stay = buildClaim({ set: { claimId: x, admissionRoute: 'outpatient', diagnoses: [{ code: 'I63.900', principal: true }] } });
        const visit = buildClaim({
          base: 'outpatient',
          shiftDays: 4 - gap - 15,
          set: { claimId: y, patient, 'provider.hospitalId': 'H51010001', diagnoses: [{ code: 'I63.900', principal: true }] },
          addItems: [{ code: '002301010010001', quantity: 1 }],
        });
        const [first, second] = swap ? [stay, visit] : [visit, stay];
        const { own, revised } = await arrive(first, second, oneBatch);
        expect(hitsOf(own, ADMISSION).map((f) => f.claimId)).toEqual([second.claimId]);
        expect(hitsOf(own, ADMISSION)[0].h.message).toContain(first.claimId);
        const found = hitsOf(revised, ADMISSION);
        expect(found.map((f) => [f.claimId, f.h.retrospective?.byClaimId, f.h.lineIds])).toEqual(swap ? [[stay.claimId, visit.claimId, ['3']]] : []);
        // The admission-day repeat is this rule's alone, not the general recognition rule's too.
        expect(hitsOf([...own, ...revised], ACROSS)).toEqual([]);
      }),
      { numRuns: 40, seed: 42_3 },
    );
  });

  it('the same head CT repeated on the admission day of a stay transferred in from another hospital is quiet (no planned admission)', async () => {
    const stay = buildClaim({ set: { claimId: 'TR-IP-1', admissionRoute: 'transfer', diagnoses: [{ code: 'I63.900', principal: true }] } });
    const visit = buildClaim({
      base: 'outpatient',
      shiftDays: 4 - 2 - 15,
      set: { claimId: 'TR-OP-1', patient, 'provider.hospitalId': 'H51010001', diagnoses: [{ code: 'I63.900', principal: true }] },
      addItems: [{ code: '002301010010001', quantity: 1 }],
    });
    const { own, revised } = await arrive(visit, stay, false);
    expect(hitsOf([...own, ...revised], ADMISSION)).toEqual([]);
  });
});

describe('the repeating side read from its ledger entry', () => {
  const refs = shippedRules.current().refs;
  const entry = (c: Record<string, any>) => {
    const checked = validateClaim(c);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const { facts } = enrichClaim(checked.claim, refs);
    return { facts, e: ledgerEntry(facts, refs.history?.stayLedgerCodes, refs.history?.schedules) };
  };

  it('the repeat arrived first is found from its entry; an entry written before indicatedBy was kept errs quiet', () => {
    const original = entry(chestVisit('OLD-1', 1, 'H51010003'));
    const repeat = entry(chestVisit('OLD-2', 4, 'H51010002')).e;
    const judged = (r: typeof repeat) => examRepeat(original.e, original.facts.items, [r], refs.history!, {});
    expect(judged(repeat)?.suspects.map((s) => s.claimId)).toEqual(['OLD-2']);
    const older = { ...repeat, department: null, lines: repeat.lines!.map(({ indicatedBy: _gone, ...l }) => l) };
    expect(judged(older)).toBeNull();
  });

  it('a repeat at an emergency department visit arrived first is quiet (its department kept on the entry)', () => {
    const original = entry(chestVisit('ER-1', 1, 'H51010003'));
    const repeat = entry({ ...chestVisit('ER-2', 4, 'H51010002'), provider: { hospitalId: 'H51010002', level: 2, department: 'emergency', doctorId: 'D0002' } }).e;
    expect(repeat.department).toBe('emergency');
    expect(examRepeat(original.e, original.facts.items, [repeat], refs.history!, {})).toBeNull();
    expect(examRepeat(original.e, original.facts.items, [{ ...repeat, department: 'respiratory' }], refs.history!, {})).not.toBeNull();
  });

  /** A clinic visit with these diagnoses billing one test. */
  const visit = (id: string, date: number, hospitalId: string, codes: string[], item: string) =>
    buildClaim({
      base: 'outpatient',
      shiftDays: date - 15,
      set: { claimId: id, patient, 'provider.hospitalId': hospitalId, diagnoses: codes.map((code, n) => ({ code, principal: n === 0 })) },
      addItems: [{ code: item, quantity: 1 }],
    });

  it('a secondary diagnosis of the first claim is not a changed condition at the next (all its codes read)', () => {
    // A stroke with hypertension: the head CT is called for by both.
    const codes = ['I63.900', 'I10.x00x002'];
    const original = entry(visit('SEC-1', 1, 'H51010003', codes, '002301010010001')).e;
    const repeat = entry(visit('SEC-2', 4, 'H51010002', codes, '002301010010001'));
    expect(examRepeat(repeat.e, repeat.facts.items, [original], refs.history!, {})?.claims).toBe('SEC-1');
    // Hypertension new on the repeat: a changed condition, quiet.
    const alone = entry(visit('SEC-3', 1, 'H51010003', ['I63.900'], '002301010010001')).e;
    expect(examRepeat(repeat.e, repeat.facts.items, [alone], refs.history!, {})).toBeNull();
  });

  it("hepatitis B markers repeated on a dialysis claim follow the centre's infection-control schedule, not 互认", () => {
    const hbv = '002502110010001';
    const original = entry(visit('HBV-1', 1, 'H51010003', ['N18.500', 'Z49.101'], hbv)).e;
    const dialysis = entry(visit('HBV-2', 4, 'H51010011', ['N18.500', 'Z49.101'], hbv));
    expect(examRepeat(dialysis.e, dialysis.facts.items, [original], refs.history!, {})).toBeNull();
    const clinic = entry(visit('HBV-3', 4, 'H51010011', ['N18.500'], hbv));
    const before = entry(visit('HBV-4', 1, 'H51010003', ['N18.500'], hbv)).e;
    expect(examRepeat(clinic.e, clinic.facts.items, [before], refs.history!, {})?.claims).toBe('HBV-4');
  });
});
