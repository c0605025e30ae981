import type { Claim } from '../../../src/contract/claim';
import type { AuditDraft, CaseFilter, CaseSort } from '../../../src/features/cases/case-store';
import { makeHit, makeReviewed } from '../../helpers/fixtures';
import type { Store } from '../../../src/features/stores';

// The case store contract (queues, workflow writes, audit trail), run against every backend
// (case-store.test.ts). `make` returns a fresh, empty store.

interface Spec {
  id: string;
  region: string;
  hospitalId: string;
  level: 1 | 2 | 3;
  department: string;
  doctorId: string;
  date: string;
  decision: 'pass' | 'review' | 'reject';
  score: number;
  hits: [string, number | null][];
}

export const SPECS: Spec[] = [
  { id: 'A1', region: '510100', hospitalId: 'H1', level: 3, department: '内科', doctorId: 'D1', date: '2025-01-05', decision: 'reject', score: 0.9, hits: [['catalogue.gender', 100]] },
  { id: 'A2', region: '510100', hospitalId: 'H1', level: 3, department: '外科', doctorId: 'D2', date: '2025-02-10', decision: 'review', score: 0.5, hits: [['history.split', 300], ['anomaly.autoencoder', null]] },
  { id: 'A3', region: '510700', hospitalId: 'H2', level: 2, department: '内科', doctorId: 'D3', date: '2025-03-15', decision: 'review', score: 0.2, hits: [['benefits.waiting', 50]] },
  { id: 'B1', region: '220100', hospitalId: 'H3', level: 3, department: '儿科', doctorId: 'D4', date: '2025-02-20', decision: 'reject', score: 0.7, hits: [['catalogue.gender', 200]] },
  { id: 'P1', region: '510100', hospitalId: 'H1', level: 3, department: '内科', doctorId: 'D1', date: '2025-01-20', decision: 'pass', score: 0.1, hits: [] },
];

/** The same five cases as the API suites seed them: A2 without its anomaly hit. */
export const API_SPECS: Spec[] = SPECS.map((s) => ({ ...s, hits: s.hits.filter(([ruleId]) => ruleId !== 'anomaly.autoencoder') }));

export function reviewedFrom(s: Spec) {
  const claim: Partial<Claim> = {
    claimId: s.id,
    region: s.region,
    provider: { hospitalId: s.hospitalId, level: s.level, department: s.department, doctorId: s.doctorId },
    admissionDate: s.date,
    patient: { insuredId: `INS-${s.id}-0001`, gender: 'M', birthDate: '1958-06-12', name: '张三丰' },
  };
  const hits = s.hits.map(([ruleId, amount]) => makeHit({ ruleId, amount, severity: s.decision === 'reject' ? 'block' : 'warn' }));
  return makeReviewed(claim, { decision: s.decision, riskScore: s.score, hits });
}

const AMOUNT_DESC: CaseSort = { field: 'amount', dir: 'desc' };
const draft = (claimId: string | null, action: AuditDraft['action'], from: string | null, to: string | null): AuditDraft => ({
  claimId, at: new Date().toISOString(), actor: 'wang', role: 'investigator', action, from, to, detail: { keyId: 'k1' },
});

export function describeCaseWorkContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Store contract, case work: ${name}`, () => {
    let store: Store;
    const ids = async (filter: CaseFilter, sort: CaseSort = AMOUNT_DESC) =>
      (await store.listCases(filter, sort, null, 100)).items.map((i) => i.claimId);
    beforeEach(async () => {
      store = await make();
      await store.saveReviews(SPECS.map(reviewedFrom));
    });
    afterEach(async () => {
      await store.close();
    });

    it('lists flagged cases with their queue fields, ordered by money at stake', async () => {
      const page = await store.listCases({}, AMOUNT_DESC, null, 100);
      expect(page.items.map((i) => i.claimId)).toEqual(['A2', 'B1', 'A1', 'A3']);
      expect(page.next).toBeNull();
      expect(page.items[0]).toEqual({
        claimId: 'A2', status: 'new', decision: 'review', region: '510100', province: '51', hospitalId: 'H1', doctorId: 'D2',
        department: '外科', serviceDate: '2025-02-10', riskScore: 0.5, amountAtStakeFen: 30000,
        families: ['anomaly', 'history'], ruleIds: ['anomaly.autoencoder', 'history.split'], assignee: null,
        insuredId: 'INS-A2-0001', patientName: '张三丰', createdAt: expect.any(String), updatedAt: expect.any(String),
        statusSince: expect.any(String),
      });
      expect(page.items[0].statusSince).toBe(page.items[0].createdAt);
      expect(await store.countCases({ provinces: ['51'] })).toBe(3);
      expect(await store.countCases({ family: 'history' })).toBe(1);
    });

    it.each<[string, CaseFilter, string[]]>([
      ['region', { region: '510100' }, ['A2', 'A1']],
      ['province', { province: '22' }, ['B1']],
      ['provinces scope', { provinces: ['51'] }, ['A2', 'A1', 'A3']],
      ['empty scope', { provinces: [] }, []],
      ['hospital', { hospitalId: 'H1' }, ['A2', 'A1']],
      ['doctor', { doctorId: 'D3' }, ['A3']],
      ['department', { department: '内科' }, ['A1', 'A3']],
      ['family', { family: 'history' }, ['A2']],
      ['rule id', { ruleId: 'catalogue.gender' }, ['B1', 'A1']],
      ['decision', { decision: 'reject' }, ['B1', 'A1']],
      ['status', { status: 'new' }, ['A2', 'B1', 'A1', 'A3']],
      ['score range', { scoreMin: 0.5, scoreMax: 0.7 }, ['A2', 'B1']],
      ['service dates', { serviceFrom: '2025-02-01', serviceTo: '2025-02-28' }, ['A2', 'B1']],
      ['amount range', { amountMinFen: 10000, amountMaxFen: 20000 }, ['B1', 'A1']],
      ['combined', { provinces: ['51', '22'], family: 'catalogue', scoreMin: 0.8 }, ['A1']],
    ])('filters by %s', async (_name, filter, expected) => {
      expect(await ids(filter)).toEqual(expected);
    });

    it('sorts by each field both ways, claimId breaking ties', async () => {
      expect(await ids({}, { field: 'score', dir: 'asc' })).toEqual(['A3', 'A2', 'B1', 'A1']);
      expect(await ids({}, { field: 'serviceDate', dir: 'desc' })).toEqual(['A3', 'B1', 'A2', 'A1']);
      expect(await ids({}, { field: 'amount', dir: 'asc' })).toEqual(['A3', 'A1', 'B1', 'A2']);
      expect((await ids({}, { field: 'updatedAt', dir: 'desc' })).sort()).toEqual(['A1', 'A2', 'A3', 'B1']);
    });

    it('pages with a keyset cursor: no case twice or missed, even with ties and a case added between pages', async () => {
      const more = Array.from({ length: 23 }, (_, i) =>
        reviewedFrom({ ...SPECS[0], id: `T${String(i).padStart(2, '0')}`, hits: [['catalogue.gender', 100]] }),
      );
      await store.saveReviews(more);
      const all = await ids({});
      expect(all).toHaveLength(27);
      const seen: string[] = [];
      let cursor = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<Store['listCases']>> = await store.listCases({}, AMOUNT_DESC, cursor, 5);
        seen.push(...page.items.map((i) => i.claimId));
        cursor = page.next;
        if (pages++ === 1) await store.saveReviews([reviewedFrom({ ...SPECS[0], id: 'A0', hits: [['catalogue.gender', 100]] })]); // sorts before T00
      } while (cursor);
      expect(seen.filter((id) => id !== 'A0')).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('takes filter values as data: quotes, wildcards and operator objects never widen a query', async () => {
      expect(await ids({ hospitalId: "H1' OR '1'='1" })).toEqual([]);
      expect(await ids({ ruleId: '%' })).toEqual([]);
      expect(await ids({ department: '内科" OR 1=1 --' })).toEqual([]);
      expect(await ids({ provinces: ["51') OR 1=1 --"] })).toEqual([]);
      for (const evil of [{ $ne: null }, { $gt: '' }, ['H1', 'H2'], { $where: '1' }]) {
        await expect(store.listCases({ hospitalId: evil as unknown as string }, AMOUNT_DESC, null, 10)).rejects.toThrow(/must be a string/);
        await expect(store.listCases({ status: evil as unknown as 'new' }, AMOUNT_DESC, null, 10)).rejects.toThrow(/must be a string/);
      }
      await expect(store.listCases({ scoreMin: { $gt: 0 } as unknown as number }, AMOUNT_DESC, null, 10)).rejects.toThrow(/must be a number/);
      await expect(store.listCases({}, AMOUNT_DESC, { value: { $gt: 0 } as unknown as number, claimId: 'A1' }, 10)).rejects.toThrow(/cursor/);
      expect(await store.findApiKey({ $ne: null } as unknown as string)).toBeUndefined();
    });

    it('applies a change with its audit lines, only from the expected status', async () => {
      const before = await store.getCase('A3');
      expect(await store.getCaseWork('A3')).toEqual({ assignee: null, outcome: null, dismissal: null, approval: null });
      expect(
        await store.changeCase({ claimId: 'A3', expected: 'new', status: 'assigned', assignee: 'wang', audit: [draft('A3', 'assign', null, 'wang'), draft('A3', 'status', 'new', 'assigned')] }),
      ).toBe('ok');
      const after = await store.getCase('A3');
      expect(after?.status).toBe('assigned');
      expect(after!.updatedAt >= before!.updatedAt).toBe(true);
      expect(await ids({ assignee: 'wang' })).toEqual(['A3']);
      expect(await ids({ status: 'assigned' })).toEqual(['A3']);

      // Someone else already moved it: nothing is written, not even the audit line.
      expect(await store.changeCase({ claimId: 'A3', expected: 'new', status: 'assigned', assignee: 'li', audit: [draft('A3', 'assign', 'wang', 'li')] })).toBe('conflict');
      expect(await store.changeCase({ claimId: 'NOPE', expected: 'new', audit: [draft('NOPE', 'note', null, null)] })).toBe('missing');

      await store.changeCase({ claimId: 'A3', expected: 'assigned', status: 'investigating', audit: [draft('A3', 'status', 'assigned', 'investigating')] });
      const outcome = { amountToRecoverFen: 4999, summary: '超限定支付范围' };
      await store.changeCase({ claimId: 'A3', expected: 'investigating', status: 'confirmed', outcome, audit: [draft('A3', 'status', 'investigating', 'confirmed'), draft('A3', 'outcome', null, '49.99')] });
      expect(await store.getCaseWork('A3')).toEqual({ assignee: 'wang', outcome, dismissal: null, approval: null });

      const trail = await store.listAudit({ claimId: 'A3', limit: 100 });
      expect(trail.map((e) => [e.action, e.from, e.to])).toEqual([
        ['assign', null, 'wang'],
        ['status', 'new', 'assigned'],
        ['status', 'assigned', 'investigating'],
        ['status', 'investigating', 'confirmed'],
        ['outcome', null, '49.99'],
      ]);
      expect(trail[0]).toEqual({ ...draft('A3', 'assign', null, 'wang'), at: expect.any(String), seq: expect.any(Number) });
      expect(trail.every((e, i) => i === 0 || e.seq > trail[i - 1].seq)).toBe(true);
      // A re-review keeps the worked case's status and work.
      await store.saveReviews([reviewedFrom(SPECS[2])]);
      expect((await store.getCase('A3'))?.status).toBe('confirmed');
      expect(await store.getCaseWork('A3')).toEqual({ assignee: 'wang', outcome, dismissal: null, approval: null });
    });

    it('refuses a change made against another version (updatedAt), moves updatedAt forward on every change, and dates the status', async () => {
      const seen = (await store.getCase('A1'))!.updatedAt;
      expect(await store.changeCase({ claimId: 'A1', expected: 'new', expectedUpdatedAt: '2000-01-01T00:00:00.000Z', status: 'assigned', audit: [] })).toBe('conflict');
      expect(await store.changeCase({ claimId: 'A1', expected: 'new', expectedUpdatedAt: seen, status: 'assigned', assignee: 'wang', audit: [] })).toBe('ok');
      const v1 = (await store.getCase('A1'))!.updatedAt;
      expect(v1 > seen).toBe(true);
      // The same page sent twice: the second is stale, even within one millisecond.
      expect(await store.changeCase({ claimId: 'A1', expected: 'assigned', expectedUpdatedAt: seen, assignee: 'li', audit: [] })).toBe('conflict');
      expect(await store.changeCase({ claimId: 'A1', expected: 'assigned', expectedUpdatedAt: v1, audit: [] })).toBe('ok');
      expect((await store.getCase('A1'))!.updatedAt > v1).toBe(true);
      const item = (await store.listCases({ claimIdPrefix: 'A1' }, AMOUNT_DESC, null, 10)).items[0];
      expect(item.statusSince).toBe(v1);
      const dismissal = { reasonCode: '系统误报', text: '病历齐全' };
      const approval = { maxAmountFen: 1, by: 'boss', keyId: 'k9', at: v1, reason: 'r' };
      await store.changeCase({ claimId: 'A1', expected: 'assigned', dismissal, approval, audit: [] });
      expect(await store.getCaseWork('A1')).toMatchObject({ dismissal, approval });
      await store.changeCase({ claimId: 'A1', expected: 'assigned', dismissal: null, approval: null, audit: [] });
      expect(await store.getCaseWork('A1')).toMatchObject({ dismissal: null, approval: null });
    });

    it('finds cases by claim-number prefix, insured key, whole name, code prefixes, department names, and overdue cutoffs', async () => {
      expect(await ids({ claimIdPrefix: 'A' })).toEqual(['A2', 'A1', 'A3']);
      expect(await ids({ claimIdPrefix: '%' })).toEqual([]);
      expect(await ids({ hospitalId: 'H' })).toEqual(['A2', 'B1', 'A1', 'A3']);
      expect(await ids({ doctorId: 'D3' })).toEqual(['A3']);
      expect(await ids({ patientName: '张三丰', province: '22' })).toEqual(['B1']);
      expect(await ids({ patientName: '张' })).toEqual([]);
      expect(await ids({ department: '外', departmentIn: [] })).toEqual(['A2']);
      expect(await ids({ department: 'x', departmentIn: ['儿科'] })).toEqual(['B1']);
      // Insured keys: none until filled; filled once per version; redone under another.
      const keyOf = (id: string) => `v1:${id.length}:${id}`;
      expect(await ids({ insuredKey: keyOf('INS-A3-0001') })).toEqual([]);
      expect(await store.fillInsuredKeys('v1:', keyOf)).toBe(4);
      expect(await store.fillInsuredKeys('v1:', keyOf)).toBe(0);
      expect(await ids({ insuredKey: keyOf('INS-A3-0001') })).toEqual(['A3']);
      expect(await store.fillInsuredKeys('v2:', (id) => `v2:${id}`)).toBe(4);
      expect(await ids({ insuredKey: keyOf('INS-A3-0001') })).toEqual([]);
      const future = '2999-01-01T00:00:00.000Z';
      const past = '2000-01-01T00:00:00.000Z';
      expect(await ids({ overdueBefore: { new: future, assigned: past, investigating: past } })).toEqual(['A2', 'B1', 'A1', 'A3']);
      expect(await ids({ overdueBefore: { new: past, assigned: future, investigating: future } })).toEqual([]);
      expect(await store.countCases({ overdueBefore: { new: future, assigned: past, investigating: past }, province: '51' })).toBe(3);
    });

    it('keeps an append-only audit trail, read by case or in order with after/limit', async () => {
      await store.appendAudit([draft('A1', 'view-identity', null, null), draft(null, 'key-create', null, 'k2'), draft('A1', 'note', null, null)]);
      const all = await store.listAudit({ limit: 100 });
      expect(all.map((e) => e.action)).toEqual(['view-identity', 'key-create', 'note']);
      expect(await store.listAudit({ claimId: 'A1', limit: 100 })).toHaveLength(2);
      expect((await store.listAudit({ after: all[0].seq, limit: 1 })).map((e) => e.action)).toEqual(['key-create']);
      // The interface offers no way to change or remove an entry.
      expect(Object.keys(store).filter((k) => /audit/i.test(k)).sort()).toEqual(['appendAudit', 'listAudit']);
    });
  });
}
