import type { Claim } from '../../contract/claim';
import type { Hit, Verdict } from '../../contract/verdict';
import { claimFromLedger, findingKey, findingText, reviseVerdict, type Revision } from './revise-verdict';
import type { InvalidInput, ReviewedClaim, ReviewStore, VerdictQuery } from './review-store';
import type { MemberClaim } from '../../benefits/member-claim';
import { billId, bundleKeyOf } from '../../benefits/identical-bills';
import { dayBillOf } from '../../benefits/template-rotation';
import type { CaseRecord, VerdictRecord } from '../../contract/records';

// The fake store for unit tests: same semantics as the SQLite store, kept in Maps. Everything goes in and
// comes out through a JSON copy, as it would through a database, so a test cannot change stored state by
// mutating an object it saved or read, and a value with no JSON form fails here as it would there.

export type StoredCase = Omit<CaseRecord, 'summary'>;

export interface MemoryState {
  verdicts: Map<string, VerdictRecord>;
  cases: Map<string, StoredCase>;
  invalid: InvalidInput[];
  ledger: Map<string, MemberClaim>;
  /** The full verdict of every reviewed claim (the SQLite row's verdict column), for exports. */
  fullVerdicts: Map<string, Verdict>;
  /** Retrospective findings (SQLite's retrospective_hits), by claim, rule and finding claim, in the order found. */
  findings: Map<string, { claimId: string; hit: Hit }>;
  /**
   * While a batch with a write along it (AlongReviews) is being saved: how to undo each write made since it began, so
   * that a throw there rolls the batch back as SQLite's transaction does (the adapters the write goes through add
   * theirs); null otherwise.
   */
  undo: (() => void)[] | null;
  /** Throws once the store is closed. */
  ensureOpen(): void;
  close(): void;
  isOpen(): boolean;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** The maps every memory adapter shares, as the SQLite adapters share one file. */
export function memoryState(): MemoryState {
  let open = true;
  return {
    verdicts: new Map(),
    cases: new Map(),
    invalid: [],
    ledger: new Map(),
    fullVerdicts: new Map(),
    findings: new Map(),
    undo: null,
    ensureOpen: () => {
      if (!open) throw new Error('store is closed');
    },
    close: () => {
      open = false;
    },
    isOpen: () => open,
  };
}

/** The review store in memory (see review-store.ts). */
export function memoryReviewStore(state: MemoryState): ReviewStore {
  const { verdicts, cases, invalid, ledger, fullVerdicts, findings, ensureOpen } = state;
  let arrivals = 0;
  // The ledger's lookups by member and by bill, as the SQLite store's indexes answer them: a scan of the whole
  // ledger per batch grew with everything reviewed before (evaluate and --store :memory: runs).
  const byMember = new Map<string, Set<string>>();
  const byBill = new Map<string, Set<string>>();
  // A doctor's entries billing a consultation (getDoctorVisits), by institution and doctor; dates are filtered on read.
  const byDoctor = new Map<string, Set<string>>();
  // Stays by institution and admission day (getAdmissions).
  const byAdmission = new Map<string, Set<string>>();
  // Clinic visits by institution, doctor and day (getDoctorDays), whatever the bill.
  const byDoctorDay = new Map<string, Set<string>>();
  const doctorDayOf = (e: { visitType: string; hospitalId: string; doctorId?: string | null; serviceDate: string }) =>
    e.doctorId && (e.visitType === 'outpatient' || e.visitType === 'chronic') ? `${e.hospitalId}\u0000${e.doctorId}\u0000${e.serviceDate}` : null;
  // Clinic visits by doctor and day at any institution (getDoctorClinics).
  const byDoctorDate = new Map<string, Set<string>>();
  const doctorDateOf = (e: { visitType: string; doctorId?: string | null; serviceDate: string }) =>
    e.doctorId && (e.visitType === 'outpatient' || e.visitType === 'chronic') ? `${e.doctorId}\u0000${e.serviceDate}` : null;
  // Stays by doctor and operation day at any institution (getDoctorOperations): one key per operation day.
  const byDoctorOperation = new Map<string, Set<string>>();
  const operationKeysOf = (e: MemberClaim) => (e.visitType === 'inpatient' && e.doctorId ? (e.operationDays ?? []).map((d) => `${e.doctorId}\u0000${d}`) : []);
  const admissionOf = (e: { visitType: string; hospitalId: string; serviceDate: string }) => (e.visitType === 'inpatient' ? `${e.hospitalId}\u0000${e.serviceDate}` : null);
  const doctorOf = (e: { hospitalId: string; doctorId?: string | null; consult?: unknown }) => (e.doctorId && e.consult ? `${e.hospitalId}\u0000${e.doctorId}` : null);
  const index = (map: Map<string, Set<string>>, key: string, claimId: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(claimId);
  const unindex = (map: Map<string, Set<string>>, key: string, claimId: string) => map.get(key)?.delete(claimId);
  // Each lookup's entry for a ledger entry, or none: what is indexed on write and unindexed on replacement.
  const keysOf = (e: MemberClaim): [Map<string, Set<string>>, string | null][] => [
    [byMember, e.insuredId],
    [byBill, billId(e)],
    [byBill, bundleKeyOf(e)],
    [byDoctor, doctorOf(e)],
    [byAdmission, admissionOf(e)],
    [byDoctorDay, doctorDayOf(e)],
    [byDoctorDate, doctorDateOf(e)],
    ...operationKeysOf(e).map((k) => [byDoctorOperation, k] as [Map<string, Set<string>>, string]),
  ];
  // The maps as they were, and how to put them back (the lookups are rebuilt from the ledger: a rollback is rare).
  const snapshot = (): (() => void) => {
    const kept = ([verdicts, cases, ledger, fullVerdicts, findings] as Map<string, unknown>[]).map((m) => [m, new Map(m)] as const);
    const arrived = arrivals;
    return () => {
      for (const [map, was] of kept) {
        map.clear();
        for (const [k, v] of was) map.set(k, v);
      }
      arrivals = arrived;
      for (const m of [byMember, byBill, byDoctor, byAdmission, byDoctorDay, byDoctorDate, byDoctorOperation]) m.clear();
      for (const e of ledger.values()) for (const [m, k] of keysOf(e)) if (k) index(m, k, e.claimId);
    };
  };
  const entries = (map: Map<string, Set<string>>, keys: Iterable<string>) =>
    copy([...new Set([...keys].flatMap((k) => [...(map.get(k) ?? [])]))].map((id) => ledger.get(id)!));
  const keptAbout = (claimId: string) => [...findings.values()].filter((f) => f.claimId === claimId).map((f) => copy(f.hit));

  return {
    async saveReviews(batch, along) {
      ensureOpen();
      const now = new Date().toISOString();
      // Copy the whole batch before applying any of it, so a bad entry leaves the store untouched (one transaction).
      const copies = batch.map((r) => ({ record: copy(r.record), claim: copy(r.claim), verdict: copy(r.verdict), ledger: copy(r.ledger), retrospective: copy(r.retrospective ?? []) }));
      const inBatch = new Map(copies.map((r) => [r.record.claimId, r]));
      const revisions: Revision[] = [];
      // A write along the batch may yet throw once the batch is applied: then nothing of it stays (one transaction).
      const undo = along ? [snapshot()] : null;
      state.undo = undo;
      try {
        for (const r of copies) {
          // A claim re-reviewed gets the findings later claims made about it again.
          const found = keptAbout(r.record.claimId);
          if (found.length) {
            Object.assign(r, reviseVerdict(r.verdict, r.record, found));
            revisions.push({ claimId: r.record.claimId, after: r.record.claimId, verdict: copy(r.verdict) });
          }
          applyReview(r, now);
          const before = ledger.get(r.ledger.claimId);
          if (before) for (const [m, k] of keysOf(before)) if (k) unindex(m, k, before.claimId);
          ledger.set(r.ledger.claimId, { ...r.ledger, arrival: before?.arrival ?? ++arrivals });
          for (const [m, k] of keysOf(r.ledger)) if (k) index(m, k, r.ledger.claimId);
          const changed = new Set<string>();
          for (const { claimId, hit } of r.retrospective) {
            const key = findingKey(claimId, hit);
            const old = findings.get(key)?.hit;
            if (old && findingText(old) === findingText(hit)) continue;
            findings.set(key, { claimId, hit: old?.retrospective ? { ...hit, retrospective: old.retrospective } : hit });
            changed.add(claimId);
          }
          for (const claimId of changed) {
            const verdict = fullVerdicts.get(claimId);
            const record = verdicts.get(claimId);
            if (!verdict || !record) continue;
            const revised = reviseVerdict(verdict, record, keptAbout(claimId));
            verdicts.set(claimId, revised.record);
            fullVerdicts.set(claimId, revised.verdict);
            const existing = cases.get(claimId);
            if (existing) {
              const decision = revised.record.decision === 'pass' ? existing.decision : revised.record.decision;
              cases.set(claimId, { ...existing, decision, verdict: revised.verdict, updatedAt: now });
            } else if (revised.record.decision !== 'pass') {
              const claim = inBatch.get(claimId)?.claim ?? claimFromLedger(ledger.get(claimId)!, revised.record);
              cases.set(claimId, { claimId, status: 'new', decision: revised.record.decision, claim, verdict: revised.verdict, createdAt: now, updatedAt: now });
            }
            revisions.push({ claimId, after: r.record.claimId, verdict: copy(revised.verdict) });
          }
        }
        // The other feature's rows, once the batch is applied; synchronous, as SQLite requires (an await here would let
        // another batch in before this one could be undone).
        if (along && along(revisions) instanceof Promise) throw new Error('a write along a review batch must be synchronous in memory');
      } catch (err) {
        for (const u of (undo ?? []).reverse()) u();
        throw err;
      } finally {
        if (state.undo === undo) state.undo = null;
      }
      return revisions;
    },
    async saveInvalid(batch) {
      ensureOpen();
      invalid.push(...batch.map((b) => ({ ...copy(b), raw: copy(b.raw) })));
    },
    async getMemberClaims(insuredIds) {
      ensureOpen();
      return entries(byMember, insuredIds);
    },
    async getIdenticalBills(keys) {
      ensureOpen();
      return entries(byBill, keys.map(billId));
    },
    async getDoctorVisits(keys) {
      ensureOpen();
      const out = new Map<string, MemberClaim>();
      for (const k of keys) {
        for (const e of entries(byDoctor, [`${k.hospitalId}\u0000${k.doctorId}`])) if (e.serviceDate >= k.from && e.serviceDate <= k.to) out.set(e.claimId, e);
      }
      return [...out.values()];
    },
    async getDoctorDays(keys) {
      ensureOpen();
      return entries(byDoctorDay, keys.map((k) => `${k.hospitalId}\u0000${k.doctorId}\u0000${k.serviceDate}`)).map(dayBillOf);
    },
    async getDoctorClinics(keys) {
      ensureOpen();
      // Any institution but the stay's (k.hospitalId); each entry once, whatever the keys.
      const out = new Map<string, MemberClaim>();
      for (const k of keys) for (const e of entries(byDoctorDate, [`${k.doctorId}\u0000${k.serviceDate}`])) if (e.hospitalId !== k.hospitalId) out.set(e.claimId, e);
      return [...out.values()];
    },
    async getDoctorOperations(keys) {
      ensureOpen();
      // Any institution but the visit's (k.hospitalId); each entry once, whatever the keys.
      const out = new Map<string, MemberClaim>();
      for (const k of keys) for (const e of entries(byDoctorOperation, [`${k.doctorId}\u0000${k.serviceDate}`])) if (e.hospitalId !== k.hospitalId) out.set(e.claimId, e);
      return [...out.values()];
    },
    async getAdmissions(keys) {
      ensureOpen();
      return entries(byAdmission, keys.map((k) => `${k.hospitalId}\u0000${k.serviceDate}`));
    },
    async getVerdict(claimId) {
      ensureOpen();
      const record = verdicts.get(claimId);
      return record && copy(record);
    },
    async countVerdicts(query: VerdictQuery = {}) {
      ensureOpen();
      let n = 0;
      for (const r of verdicts.values()) if (matches(r, query)) n++;
      return n;
    },
    async countInvalid() {
      ensureOpen();
      return invalid.length;
    },
    async ping() {
      return state.isOpen();
    },
    async close() {
      state.close();
    },
  };

  function applyReview(r: Pick<ReviewedClaim, 'record'> & { claim: Claim; verdict: Verdict }, now: string): void {
    const id = r.record.claimId;
    verdicts.set(id, r.record);
    fullVerdicts.set(id, r.verdict);
    const existing = cases.get(id);
    if (r.record.decision === 'pass') {
      if (!existing) return;
      if (existing.status === 'new') cases.delete(id);
      // A case someone is working stays, showing the newer verdict; its decision stays the last flagged one.
      else cases.set(id, { ...existing, claim: r.claim, verdict: r.verdict, updatedAt: now });
      return;
    }
    cases.set(id, {
      claimId: id,
      status: existing?.status ?? 'new',
      decision: r.record.decision,
      claim: r.claim,
      verdict: r.verdict,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
  }
}

function matches(r: VerdictRecord, q: VerdictQuery): boolean {
  return (
    (q.decision === undefined || r.decision === q.decision) &&
    (q.month === undefined || r.month === q.month) &&
    (q.province === undefined || r.province === q.province)
  );
}
