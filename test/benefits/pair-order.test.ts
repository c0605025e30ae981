import fc from 'fast-check';
import type { Claim } from '../../src/contract/claim';
import type { Verdict } from '../../src/contract/verdict';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { createMemoryStore } from '../../src/features/stores';
import { makeClaim, makeItem, makeOutpatientClaim } from '../helpers/fixtures';
import { RULES_DIR } from '../helpers/rules-dir';

// Issue 18 point 9: a pair (duplicate, overlapping stays, same-day visits) is found whatever the claimIds and
// whatever the arrival order; the hit lands on the claim that arrives second and names the first.

const rules = createRulesetHolder(RULES_DIR);
const ctx = (): ReviewContext => ({ rules, model: { current: () => NO_MODEL }, store: createMemoryStore() });
const claimId = fc.stringMatching(/^[A-Za-z0-9-]{1,16}$/);
const ids = fc.uniqueArray(claimId, { minLength: 2, maxLength: 2 });

/** Reviews a then b (one batch or two), returns their verdicts in that order. */
async function arrive(a: Claim, b: Claim, oneBatch: boolean): Promise<[Verdict, Verdict]> {
  const c = ctx();
  if (oneBatch) return (await review([a, b], c, { source: 'test' })) as [Verdict, Verdict];
  const [va] = await review([a], c, { source: 'test' });
  const [vb] = await review([b], c, { source: 'test' });
  return [va, vb];
}
const hit = (v: Verdict, ruleId: string) => v.hits.find((h) => h.ruleId === ruleId);

describe('pairs do not depend on claimId order or arrival order', () => {
  it('a resubmitted stay is a duplicate of the one seen first', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), async ([x, y], swap, oneBatch) => {
        const original = makeClaim({ claimId: x });
        const copy = makeClaim({ claimId: y });
        const [first, second] = swap ? [copy, original] : [original, copy];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.duplicate-claim')).toBeUndefined();
        expect(hit(v2, 'history.duplicate-claim')?.message).toContain(first.claimId);
      }),
      { numRuns: 60, seed: 18_9 },
    );
  });

  it('two stays that start the same day overlap, and a later-starting stay seen first is named too', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.boolean(), async ([x, y], swap, offset, oneBatch) => {
        const a = makeClaim({ claimId: x, admissionDate: '2025-03-04', dischargeDate: '2025-03-09' });
        const b = makeClaim({
          claimId: y,
          admissionDate: `2025-03-0${4 + offset}`,
          dischargeDate: '2025-03-12',
          provider: { hospitalId: 'H510100002', level: 2, department: '神经内科', doctorId: 'D510100002' },
        });
        const [first, second] = swap ? [b, a] : [a, b];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.overlapping-stay')).toBeUndefined();
        expect(hit(v2, 'history.overlapping-stay')?.message).toContain(first.claimId);
      }),
      { numRuns: 60, seed: 18_91 },
    );
  });

  it('stays that only touch (discharge day = next admission day) never overlap, in either order', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), async ([x, y], swap) => {
        const a = makeClaim({ claimId: x, admissionDate: '2025-03-04', dischargeDate: '2025-03-09' });
        const b = makeClaim({ claimId: y, admissionDate: '2025-03-09', dischargeDate: '2025-03-12', provider: { hospitalId: 'H510100002', level: 2 } });
        const [v1, v2] = await arrive(...((swap ? [b, a] : [a, b]) as [Claim, Claim]), false);
        expect([hit(v1, 'history.overlapping-stay'), hit(v2, 'history.overlapping-stay')]).toEqual([undefined, undefined]);
      }),
      { numRuns: 30, seed: 18_92 },
    );
  });

  it('two outpatient visits the same day at two hospitals with the same service: the second names the first', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), async ([x, y], swap) => {
        const a = makeOutpatientClaim({ claimId: x });
        const b = makeOutpatientClaim({ claimId: y, provider: { hospitalId: 'H510100009', level: 2 } });
        const [first, second] = swap ? [b, a] : [a, b];
        const [v1, v2] = await arrive(first, second, false);
        expect(hit(v1, 'history.same-day-two-hospitals')).toBeUndefined();
        expect(hit(v2, 'history.same-day-two-hospitals')?.message).toContain(first.provider.hospitalId);
      }),
      { numRuns: 30, seed: 18_93 },
    );
  });
  it('a consultation in 成都 and one in 长春 the same day (provinces far apart): the second names both claims', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), async ([x, y], swap, oneBatch) => {
        const chengdu = makeOutpatientClaim({ claimId: x });
        const changchun = makeOutpatientClaim({ claimId: y, region: '220100', insuredRegion: '510100', provider: { hospitalId: 'H220100003', level: 3 } });
        const [first, second] = swap ? [changchun, chengdu] : [chengdu, changchun];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.same-day-distant-provinces')).toBeUndefined();
        const h = hit(v2, 'history.same-day-distant-provinces');
        expect(h?.message).toContain(first.claimId);
        expect(h?.evidence?.['两地单据']).toBe(`${first.claimId}、${second.claimId}`);
      }),
      { numRuns: 30, seed: 35_1 },
    );
  });

  it('an outpatient visit at the hospital of a stay, inside it: whichever arrives second names the other', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), async ([x, y], swap, oneBatch) => {
        const stay = makeClaim({ claimId: x }); // 4 Mar – 9 Mar at H510100001
        const visit = makeOutpatientClaim({ claimId: y, visitDate: '2025-03-06', patient: stay.patient });
        const [first, second] = swap ? [visit, stay] : [stay, visit];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.outpatient-during-stay')).toBeUndefined();
        expect(hit(v2, 'history.outpatient-during-stay')?.message).toContain(first.claimId);
        expect(hit(v2, 'history.visit-during-stay')).toBeUndefined();
      }),
      { numRuns: 30, seed: 18_94 },
    );
  });

  // Ambroxol, not an antibiotic: a clinic visit giving only a stay's antibiotic is an OPAT course, not judged.
  it("a clinic infusion continuing a stay's last-day infusion after discharge: whichever arrives second names the other", async () => {
    const ambroxol = (lineId: string, date: string) => ({ lineId, code: 'XR05CBA522B002010183496', name: '盐酸氨溴索注射液', category: 'drug' as const, date, quantity: 3, unitPrice: 4.8, amount: 14.4 });
    const iv = (lineId: string, date: string) => ({ lineId, code: '001204000010001', name: '静脉输液(第一组)', category: 'service' as const, date, quantity: 1, unitPrice: 10, amount: 10 });
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 7 }), async ([x, y], swap, oneBatch, after) => {
        const base = makeClaim({ claimId: x }); // 4 Mar – 9 Mar at H510100001
        const stay = makeClaim({ claimId: x, items: [...base.items, iv('6', '2025-03-08'), ambroxol('7', '2025-03-08')] });
        const date = `2025-03-${String(9 + after).padStart(2, '0')}`;
        const visit = makeOutpatientClaim({ claimId: y, visitDate: date, patient: stay.patient, items: [iv('1', date), ambroxol('2', date)] });
        const [first, second] = swap ? [visit, stay] : [stay, visit];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.course-continued-outpatient')).toBeUndefined();
        expect(hit(v2, 'history.course-continued-outpatient')?.message).toContain(first.claimId);
      }),
      { numRuns: 30, seed: 29_16 },
    );
  });

  it('tests at the clinic two days before admission that the stay lacks: whichever arrives second names the other', async () => {
    const test = (lineId: string, code: string, name: string) => ({ lineId, code, name, category: 'service' as const, date: '2025-03-02', quantity: 1, unitPrice: 30, amount: 30 });
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), async ([x, y], swap, oneBatch) => {
        const stay = makeClaim({ claimId: x }); // 4 Mar – 9 Mar at H510100001, stroke
        const items = [test('1', '002502010010001', '肝功能(全套)'), test('2', '002502020010001', '肾功能(三项)'), test('3', '003107010010001', '常规心电图检查')];
        const visit = makeOutpatientClaim({ claimId: y, visitDate: '2025-03-02', patient: stay.patient, diagnoses: [{ code: 'I63.900', principal: true }], items });
        const [first, second] = swap ? [visit, stay] : [stay, visit];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.workup-before-admission')).toBeUndefined();
        expect(hit(v2, 'history.workup-before-admission')?.message).toContain(first.claimId);
      }),
      { numRuns: 30, seed: 29_161 },
    );
  });

  it('a stay settled again with every date a day later is a redated duplicate, in either order', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), async ([x, y], swap) => {
        const a = makeClaim({ claimId: x, admissionDate: '2025-03-04' });
        const b = makeClaim({ claimId: y, admissionDate: '2025-03-05' });
        const [first, second] = swap ? [b, a] : [a, b];
        const [v1, v2] = await arrive(first, second, false);
        expect(hit(v1, 'history.redated-duplicate-stay')).toBeUndefined();
        expect(hit(v2, 'history.redated-duplicate-stay')?.message).toContain(first.claimId);
      }),
      { numRuns: 30, seed: 18_95 },
    );
  });
  // 分解就诊 and the next-day copy of a clinic bill (brief fxa43): the later arrival names the earlier, whatever the claimIds.
  const line = (lineId: string, date: string, code: string, name: string, category: 'service' | 'drug', quantity: number, unitPrice: number) =>
    makeItem({ lineId, code, name, category, date, quantity, unitPrice });
  const consult = (lineId: string, date: string) => line(lineId, date, '001102000010001', '普通门诊诊察费', 'service', 1, 10);
  const bloodCount = (lineId: string, date: string) => line(lineId, date, '002501010010001', '血常规(五分类)', 'service', 1, 22.5);
  const amoxicillin = (lineId: string, date: string) => line(lineId, date, 'XJ01CAA501A001010126436', '阿莫西林胶囊', 'drug', 24, 0.18);

  it('one doctor settling a day\'s visit as two claims, each with a consultation: the second names the first', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), async ([x, y], swap, oneBatch) => {
        const d = '2025-03-15';
        const a = makeOutpatientClaim({ claimId: x, items: [consult('1', d), amoxicillin('2', d)] });
        const b = makeOutpatientClaim({ claimId: y, items: [consult('1', d), bloodCount('2', d)] });
        const [first, second] = swap ? [b, a] : [a, b];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.split-visit')).toBeUndefined();
        const h = hit(v2, 'history.split-visit');
        expect(h?.message).toContain(first.claimId);
        expect(h?.lineIds).toEqual(['1']);
      }),
      { numRuns: 30, seed: 43_1 },
    );
  });

  it('two departments the same day, each with its consultation, are two visits in either order', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), async ([x, y], swap) => {
        const d = '2025-03-15';
        const a = makeOutpatientClaim({ claimId: x, items: [consult('1', d), amoxicillin('2', d)] });
        const b = makeOutpatientClaim({ claimId: y, provider: { hospitalId: 'H510100001', level: 3, department: '心血管内科', doctorId: 'D510100007' }, items: [consult('1', d)] });
        const [v1, v2] = await arrive(...((swap ? [b, a] : [a, b]) as [Claim, Claim]), false);
        expect([hit(v1, 'history.split-visit'), hit(v2, 'history.split-visit')]).toEqual([undefined, undefined]);
      }),
      { numRuns: 20, seed: 43_2 },
    );
  });

  it('a clinic bill settled again with every date a day later: whichever arrives second names the other', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.boolean(), fc.boolean(), async ([x, y], swap, oneBatch) => {
        const bill = (claimId: string, d: string) => makeOutpatientClaim({ claimId, visitDate: d, items: [consult('1', d), bloodCount('2', d), amoxicillin('3', d)] });
        const a = bill(x, '2025-03-15');
        const b = bill(y, '2025-03-16');
        const [first, second] = swap ? [b, a] : [a, b];
        const [v1, v2] = await arrive(first, second, oneBatch);
        expect(hit(v1, 'history.redated-duplicate-visit')).toBeUndefined();
        expect(hit(v2, 'history.redated-duplicate-visit')?.message).toContain(first.claimId);
      }),
      { numRuns: 30, seed: 43_3 },
    );
  });
  it('a monthly dialysis settlement dated after a stay elsewhere, its sessions inside the stay, is found in either order', async () => {
    const session = (lineId: string, date: string) => makeItem({ lineId, code: '003310010010001', name: '血液透析', category: 'service', date, quantity: 1, unitPrice: 400 });
    for (const swap of [false, true]) {
      const stay = makeClaim({ claimId: 'IP-1', admissionDate: '2025-03-04', dischargeDate: '2025-03-12' });
      const month = makeOutpatientClaim({
        claimId: 'CH-1', visitType: 'chronic', visitDate: '2025-03-28', patient: stay.patient,
        provider: { hospitalId: 'H510100009', level: 2, department: '肾内科', doctorId: 'D510100009' },
        diagnoses: [{ code: 'N18.500', principal: true }], enrollment: { chronicDiseases: ['N18'] },
        items: [session('1', '2025-03-07'), session('2', '2025-03-14'), session('3', '2025-03-28')],
      } as Partial<Claim>);
      const [first, second] = swap ? [month, stay] : [stay, month];
      const [v1, v2] = await arrive(first, second, false);
      expect(hit(v1, 'history.visit-during-stay')).toBeUndefined();
      const found = hit(v2, 'history.visit-during-stay');
      expect(found?.message).toContain(first.claimId);
      // The settlement's session on the 7th is the one inside the stay (the 14th and 28th are after discharge).
      if (second === month) expect(found?.lineIds).toEqual(['1']);
      else expect(found?.message).toContain('2025-03-07');
    }
  });
});
