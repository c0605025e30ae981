import { conflict, forbidden, invalid, notFound } from '../../contract/outcome';
import type { CaseOutcome, CaseRecord } from '../../contract/records';
import type { FsiStore } from '../fsi/fsi-store';
import { inScope, provinceScope, type Principal } from '../keys/principal';
import type { ReviewStore } from '../reviews/review-store';
import { auditEntry } from './audit-entry';
import { decodeCursor, encodeCursor } from './case-filter';
import type { AuditDraft, CaseChange, CaseFilter, CaseListItem, CaseSort, CaseStore } from './case-store';
import { maskClaim, maskId, maskName } from './mask';
import { recentClaims } from './recent-claims';
import { allowedActions, canRecordOutcome, nextStatus, type CaseAction } from './workflow';

// The case rules, for every caller: reads and writes are limited to the caller's provinces; every change goes
// through store.changeCase, which appends its audit lines in the same transaction and refuses the write if
// someone else moved the case meanwhile. Failures are domain outcomes (contract/outcome.ts), not HTTP errors.

export type CaseServiceStore = CaseStore & Pick<ReviewStore, 'getMemberClaims' | 'getVerdict'> & Pick<FsiStore, 'listFindings'>;

/** A queue request: the filter (the caller's provinces are added), order, page size and the cursor text. */
export interface CaseListRequest {
  filter: Omit<CaseFilter, 'provinces'>;
  sort: CaseSort;
  limit: number;
  cursor?: string;
}

/** An outcome as investigators give it: money in yuan. */
export interface OutcomeInput {
  amountToRecover: number;
  summary: string;
}

/** Yuan as given → fen as kept. */
export const yuanToFen = (v: number) => Math.round(v * 100);
const outcomeOf = (o: OutcomeInput): CaseOutcome => ({ amountToRecoverFen: yuanToFen(o.amountToRecover), summary: o.summary });

/** The list row as shown: identifiers masked, money also in yuan. */
function listRow(i: CaseListItem) {
  return {
    ...i,
    insuredId: maskId(i.insuredId),
    patientName: i.patientName === null ? null : maskName(i.patientName),
    amountAtStake: i.amountAtStakeFen / 100,
  };
}

export function caseService(store: CaseServiceStore) {
  /** The case, if the caller may see it: not-found when there is none, forbidden when it is in another province. */
  async function caseInScope(p: Principal, rawId: unknown): Promise<CaseRecord> {
    if (typeof rawId !== 'string' || rawId.length < 1 || rawId.length > 128) throw invalid('bad claim id');
    const found = await store.getCase(rawId);
    if (!found) throw notFound(`case for claim ${rawId}`);
    if (!inScope(p, found.summary.province)) throw forbidden(`case ${rawId} is outside your provinces`);
    return found;
  }

  async function apply(change: CaseChange): Promise<void> {
    const result = await store.changeCase(change);
    if (result === 'missing') throw notFound(`case for claim ${change.claimId}`);
    if (result === 'conflict') throw conflict(`case ${change.claimId} was changed by someone else; reload it and try again`);
  }

  return {
    async list(p: Principal, req: CaseListRequest) {
      const cursor = req.cursor === undefined ? null : decodeCursor(req.cursor, req.sort);
      if (req.cursor !== undefined && cursor === null) {
        throw invalid('bad query: cursor: is not a cursor of this sort', [{ path: 'cursor', message: 'is not a cursor of this sort' }]);
      }
      const page = await store.listCases({ provinces: provinceScope(p), ...req.filter }, req.sort, cursor, req.limit);
      return { items: page.items.map(listRow), next: page.next ? encodeCursor(page.next, req.sort) : null };
    },

    /** One case with its evidence and history; revealing identity is itself a recorded event. */
    async detail(p: Principal, claimId: unknown, reveal: boolean) {
      const kase = await caseInScope(p, claimId);
      if (reveal) {
        const fields = ['insuredId', 'name', 'idNumber'].filter((f) => (kase.claim.patient as Record<string, unknown>)[f] !== undefined);
        await store.appendAudit([auditEntry(p, 'view-identity', kase.claimId, null, null, { fields })]);
      }
      const [work, history, recent, findings] = await Promise.all([
        store.getCaseWork(kase.claimId),
        store.listAudit({ claimId: kase.claimId, limit: 1000 }),
        recentClaims(store, kase.claim.patient.insuredId, kase.claimId, (province) => inScope(p, province)),
        store.listFindings(kase.claimId),
      ]);
      const anomaly = kase.verdict.hits.find((h) => h.family === 'anomaly');
      return {
        claimId: kase.claimId,
        status: kase.status,
        decision: kase.decision,
        createdAt: kase.createdAt,
        updatedAt: kase.updatedAt,
        assignee: work?.assignee ?? null,
        outcome: work?.outcome ? { ...work.outcome, amountToRecover: work.outcome.amountToRecoverFen / 100 } : null,
        allowedActions: allowedActions(kase.status),
        identityRevealed: reveal,
        claim: reveal ? kase.claim : maskClaim(kase.claim),
        verdict: kase.verdict,
        summary: kase.summary,
        hits: kase.verdict.hits,
        explanation: anomaly?.evidence ?? null,
        notes: history.filter((e) => e.action === 'note'),
        history,
        memberClaims: recent.claims,
        // The member's claims in provinces the reader may not open: how many, nothing else.
        memberClaimsInOtherProvinces: recent.otherProvinces,
        // National 3101 findings on this encounter and what the doctor did about each (3103).
        findings,
      };
    },

    async audit(p: Principal, claimId: unknown) {
      const kase = await caseInScope(p, claimId);
      return { claimId: kase.claimId, entries: await store.listAudit({ claimId: kase.claimId, limit: 10000 }) };
    },

    async assign(p: Principal, claimId: unknown, assignee: string) {
      const kase = await caseInScope(p, claimId);
      const to = nextStatus(kase.status, 'assign');
      if (!to) throw conflict(`a ${kase.status} case cannot be assigned; reopen it first`, { status: kase.status, allowedActions: allowedActions(kase.status) });
      const before = (await store.getCaseWork(kase.claimId))?.assignee ?? null;
      const audit: AuditDraft[] = [auditEntry(p, 'assign', kase.claimId, before, assignee)];
      if (to !== kase.status) audit.push(auditEntry(p, 'status', kase.claimId, kase.status, to, { action: 'assign' }));
      await apply({ claimId: kase.claimId, expected: kase.status, status: to, assignee, audit });
      return { claimId: kase.claimId, status: to, assignee, allowedActions: allowedActions(to) };
    },

    async transition(p: Principal, claimId: unknown, body: { action: Exclude<CaseAction, 'assign'>; reason?: string; outcome?: OutcomeInput }) {
      const kase = await caseInScope(p, claimId);
      if (body.outcome && body.action !== 'confirm') throw invalid('an outcome goes with confirm only', [{ path: 'outcome', message: 'only with action confirm' }]);
      const to = nextStatus(kase.status, body.action);
      if (!to) throw conflict(`cannot ${body.action} a case that is ${kase.status}`, { status: kase.status, allowedActions: allowedActions(kase.status) });
      const audit: AuditDraft[] = [auditEntry(p, 'status', kase.claimId, kase.status, to, { action: body.action, ...(body.reason ? { reason: body.reason } : {}) })];
      let outcome: CaseOutcome | undefined;
      if (body.outcome) {
        outcome = outcomeOf(body.outcome);
        const before = (await store.getCaseWork(kase.claimId))?.outcome ?? null;
        audit.push(auditEntry(p, 'outcome', kase.claimId, before ? String(before.amountToRecoverFen / 100) : null, String(body.outcome.amountToRecover), { summary: outcome.summary }));
      }
      await apply({ claimId: kase.claimId, expected: kase.status, status: to, outcome, audit });
      return { claimId: kase.claimId, status: to, allowedActions: allowedActions(to) };
    },

    async addNote(p: Principal, claimId: unknown, text: string) {
      const kase = await caseInScope(p, claimId);
      const entry = auditEntry(p, 'note', kase.claimId, null, null, { text });
      await apply({ claimId: kase.claimId, expected: kase.status, audit: [entry] });
      return { claimId: kase.claimId, note: entry };
    },

    async recordOutcome(p: Principal, claimId: unknown, body: OutcomeInput) {
      const kase = await caseInScope(p, claimId);
      if (!canRecordOutcome(kase.status)) throw conflict(`an outcome is recorded while investigating or once confirmed, not on a ${kase.status} case`);
      const before = (await store.getCaseWork(kase.claimId))?.outcome ?? null;
      const outcome = outcomeOf(body);
      const entry = auditEntry(p, 'outcome', kase.claimId, before ? String(before.amountToRecoverFen / 100) : null, String(body.amountToRecover), { summary: body.summary });
      await apply({ claimId: kase.claimId, expected: kase.status, outcome, audit: [entry] });
      return { claimId: kase.claimId, outcome: { ...outcome, amountToRecover: body.amountToRecover } };
    },
  };
}

export type CaseService = ReturnType<typeof caseService>;
