import { DEFAULT_CASE_DUE_DAYS, type CaseDueDays } from '../../config';
import { conflict, forbidden, invalid, notFound, OutcomeError, unprocessable } from '../../contract/outcome';
import type { CaseDismissal, CaseOutcome, CaseRecord, CaseStatus, RecoveryApproval } from '../../contract/records';
import type { KeyStore } from '../keys/key-store';
import type { FsiStore } from '../fsi/fsi-store';
import { inScope, provinceScope, type Principal } from '../keys/principal';
import type { ReviewStore } from '../reviews/review-store';
import { auditEntry } from './audit-entry';
import { decodeCursor, encodeCursor, isOverdue } from './case-filter';
import { DEPARTMENT_NAMES, departmentCodesNamed } from './departments';
import type { InsuredKeyer } from './insured-key';
import type { DismissalReason } from './resolutions';
import type { ViolationType } from '../../contract/violation-types';
import type { AuditDraft, CaseChange, CaseFilter, CaseListItem, CaseSort, CaseStore } from './case-store';
import { maskClaim, maskId, maskName } from './mask';
import { withCurrentLabels } from '../../model/explain';
import { recentClaims } from './recent-claims';
import { relatedCases } from './related-cases';
import { memberPage } from './member-page';
import { allowedActions, canRecordOutcome, nextStatus, type CaseAction } from './workflow';
import { actionsFor, isSupervisor, mayWork } from './who-works';

// The case rules, for every caller: reads and writes are limited to the caller's provinces; every change goes
// through store.changeCase, which appends its audit lines in the same transaction and refuses the write if
// someone else moved the case meanwhile. Failures are domain outcomes (contract/outcome.ts), not HTTP errors.

export type CaseServiceStore = CaseStore & Pick<ReviewStore, 'getMemberClaims' | 'getVerdict'> & Pick<FsiStore, 'listFindings'> & Pick<KeyStore, 'listApiKeys'>;

export interface CaseServiceOptions {
  /** Days a case may stay in each open status (config CASE_DUE_DAYS). */
  dueDays?: CaseDueDays;
  /** Makes the insured-ID search key (AUTH_PEPPER); without it a search by insured ID is refused. */
  insuredKeys?: InsuredKeyer;
  /** The Chinese name of a diagnosis code (the CHS-DRG grouping tables' diagnoses.json), for the case page. */
  diagnosisName?: (code: string) => string | undefined;
  now?: () => Date;
}

/** A queue request: the filter (the caller's provinces are added), order, page size and the cursor text. */
export interface CaseListRequest {
  filter: Omit<CaseFilter, 'provinces' | 'insuredKey' | 'departmentIn' | 'overdueBefore'> & { insuredId?: string; overdue?: boolean };
  sort: CaseSort;
  limit: number;
  cursor?: string;
}

/** An outcome as investigators give it: money in yuan; the summary is the conclusion the case page shows. */
export interface OutcomeInput {
  amountToRecover: number;
  summary: string;
  violationType?: ViolationType;
}

/** What every change carries: the case's updatedAt as the caller's page showed it. */
export interface Seen {
  expectedUpdatedAt: string;
}

export interface TransitionInput extends Seen {
  action: Exclude<CaseAction, 'assign'>;
  reason?: string;
  /** Dismiss: why (one of DISMISSAL_REASONS); the text goes in reason. */
  reasonCode?: DismissalReason;
  /** Confirm: the violation type; outcome: the amount and the conclusion. */
  violationType?: ViolationType;
  outcome?: OutcomeInput;
}

/** Yuan as given → fen as kept. */
export const yuanToFen = (v: number) => Math.round(v * 100);
const DAY_MS = 86_400_000;

/** When a case in this status falls due, or null for a closed one. */
export function dueAt(status: CaseStatus, since: string, days: CaseDueDays): string | null {
  if (status !== 'new' && status !== 'assigned' && status !== 'investigating') return null;
  return new Date(Date.parse(since) + days[status] * DAY_MS).toISOString();
}

export function caseService(store: CaseServiceStore, opts: CaseServiceOptions = {}) {
  const days = opts.dueDays ?? DEFAULT_CASE_DUE_DAYS;
  const now = opts.now ?? (() => new Date());

  /** The list row as shown: identifiers masked, money also in yuan, age and due date. */
  function listRow(i: CaseListItem, at: Date) {
    const due = dueAt(i.status, i.statusSince, days);
    return {
      ...i,
      insuredId: maskId(i.insuredId),
      patientName: i.patientName === null ? null : maskName(i.patientName),
      amountAtStake: i.amountAtStakeFen / 100,
      departmentName: i.department === null ? null : (DEPARTMENT_NAMES[i.department] ?? i.department),
      ageDays: Math.floor((at.getTime() - Date.parse(i.createdAt)) / DAY_MS),
      dueAt: due,
      overdue: due !== null && due < at.toISOString(),
    };
  }

  /** Open cases entered their status before these instants are overdue. */
  function overdueCutoffs(at: Date) {
    const cut = (d: number) => new Date(at.getTime() - d * DAY_MS).toISOString();
    return { new: cut(days.new), assigned: cut(days.assigned), investigating: cut(days.investigating) };
  }

  /** The case, if the caller may see it: not-found when there is none, forbidden when it is in another province. */
  async function caseInScope(p: Principal, rawId: unknown): Promise<CaseRecord> {
    if (typeof rawId !== 'string' || rawId.length < 1 || rawId.length > 128) throw invalid('bad claim id');
    const found = await store.getCase(rawId);
    if (!found) throw notFound(`case for claim ${rawId}`);
    if (!inScope(p, found.summary.province)) throw forbidden(`case ${rawId} is outside your provinces`, 'outside-provinces');
    return found;
  }

  /** The case as it is now, for a 409: the caller's page is out of date. */
  async function currentState(claimId: string) {
    const [kase, work] = await Promise.all([store.getCase(claimId), store.getCaseWork(claimId)]);
    if (!kase) return null;
    return { status: kase.status, assignee: work?.assignee ?? null, updatedAt: kase.updatedAt, allowedActions: allowedActions(kase.status) };
  }

  async function stale(claimId: string): Promise<OutcomeError> {
    const current = await currentState(claimId);
    return conflict(`case ${claimId} was changed by someone else since your page was loaded; reload it and try again`, { current, ...(current ? { status: current.status, allowedActions: current.allowedActions } : {}) }, 'stale');
  }

  /** The page the caller saw must still be the case's: else 409 with the case as it is now. */
  async function checkSeen(kase: CaseRecord, seen: Seen | undefined) {
    if (seen && seen.expectedUpdatedAt !== kase.updatedAt) throw await stale(kase.claimId);
  }

  async function apply(change: CaseChange): Promise<void> {
    const result = await store.changeCase(change);
    if (result === 'missing') throw notFound(`case for claim ${change.claimId}`);
    if (result === 'conflict') throw await stale(change.claimId);
  }

  /** Only the assignee works a case (a supervisor or admin of its province may also note and reopen). */
  function mustWork(p: Principal, assignee: string | null, claimId: string, action: string) {
    if (!mayWork(p, assignee, action)) {
      throw forbidden(`only the assignee (${assignee ?? 'nobody yet'}) works case ${claimId}; ${p.name} may not ${action} it`, 'not-assignee');
    }
  }

  /** The live investigator or supervisor keys of the case's province that go by this name. */
  async function checkAssignee(assignee: string, province: string) {
    const keys = await store.listApiKeys();
    const fits = keys.some((k) => k.name === assignee && k.revokedAt === null && (k.role === 'investigator' || k.role === 'supervisor') && k.provinces.includes(province));
    if (!fits) {
      throw unprocessable(`${assignee} is not a live investigator or supervisor key of province ${province}`, { assignee }, 'unknown-assignee');
    }
  }

  /** The amount must stay within the fund amount claimed unless a supervisor approved more (that approval is used up). */
  function checkAmount(kase: CaseRecord, amountFen: number, approval: RecoveryApproval | null): RecoveryApproval | null {
    const claimedFen = kase.summary.fundClaimedFen;
    if (amountFen <= claimedFen) return null;
    if (approval && amountFen <= approval.maxAmountFen) return approval;
    throw unprocessable(
      `the amount to recover (${amountFen / 100}) is above the fund amount claimed (${claimedFen / 100}); a supervisor must approve it first`,
      { fundClaimed: claimedFen / 100, amountToRecover: amountFen / 100, approved: approval ? approval.maxAmountFen / 100 : null },
      'amount-over-claimed',
    );
  }

  const outcomeAudit = (p: Principal, kase: CaseRecord, before: CaseOutcome | null, o: CaseOutcome, used: RecoveryApproval | null) =>
    auditEntry(p, 'outcome', kase.claimId, before ? String(before.amountToRecoverFen / 100) : null, String(o.amountToRecoverFen / 100), {
      summary: o.summary,
      ...(o.violationType ? { violationType: o.violationType } : {}),
      ...(used ? { approvedBy: used.by, approvedAt: used.at, approvedMax: used.maxAmountFen / 100 } : {}),
    });

  async function assignOne(p: Principal, kase: CaseRecord, assignee: string, reason: string | undefined, seen: Seen | undefined) {
    await checkSeen(kase, seen);
    const before = (await store.getCaseWork(kase.claimId))?.assignee ?? null;
    const to = nextStatus(kase.status, 'assign');
    if (!to) throw conflict(`a ${kase.status} case cannot be assigned; reopen it first`, { status: kase.status, allowedActions: allowedActions(kase.status) }, 'illegal-transition');
    if (!isSupervisor(p)) {
      // An investigator takes a new case for itself; dispatching and reassigning are a supervisor's.
      if (assignee !== p.name) throw forbidden(`an investigator assigns a case only to itself (${p.name}); dispatching is a supervisor's`, 'take-self-only');
      if (kase.status !== 'new') {
        throw conflict(`case ${kase.claimId} is already ${kase.status} (assignee ${before ?? 'none'}); only a supervisor reassigns it`, { current: await currentState(kase.claimId) }, 'take-new-only');
      }
    } else if (before !== null && before !== assignee && !reason) {
      throw invalid(`reassigning case ${kase.claimId} from ${before} needs a reason`, [{ path: 'reason', message: 'required when the case has an assignee' }], 'reassign-reason-required');
    }
    await checkAssignee(assignee, kase.summary.province);
    const audit: AuditDraft[] = [auditEntry(p, 'assign', kase.claimId, before, assignee, reason ? { reason } : null)];
    if (to !== kase.status) audit.push(auditEntry(p, 'status', kase.claimId, kase.status, to, { action: 'assign' }));
    await apply({ claimId: kase.claimId, expected: kase.status, ...(seen ? { expectedUpdatedAt: seen.expectedUpdatedAt } : {}), status: to, assignee, audit });
    return { claimId: kase.claimId, status: to, assignee, allowedActions: allowedActions(to) };
  }

  return {
    async list(p: Principal, req: CaseListRequest) {
      const cursor = req.cursor === undefined ? null : decodeCursor(req.cursor, req.sort);
      if (req.cursor !== undefined && cursor === null) {
        throw invalid('bad query: cursor: is not a cursor of this sort', [{ path: 'cursor', message: 'is not a cursor of this sort' }], 'bad-cursor');
      }
      const at = now();
      const { insuredId, overdue, ...rest } = req.filter;
      const filter: CaseFilter = { provinces: provinceScope(p), ...rest };
      if (insuredId !== undefined) {
        if (!opts.insuredKeys) throw invalid('this service cannot search by insured ID', [{ path: 'insuredId', message: 'not available' }]);
        await store.fillInsuredKeys(opts.insuredKeys.version, opts.insuredKeys.keyOf);
        filter.insuredKey = opts.insuredKeys.keyOf(insuredId);
      }
      if (rest.department !== undefined) filter.departmentIn = departmentCodesNamed(rest.department);
      if (overdue) filter.overdueBefore = overdueCutoffs(at);
      const [page, total] = await Promise.all([store.listCases(filter, req.sort, cursor, req.limit), store.countCases(filter)]);
      return { items: page.items.map((i) => listRow(i, at)), next: page.next ? encodeCursor(page.next, req.sort) : null, total };
    },

    /** One case with its evidence and history; revealing identity is itself a recorded event. */
    async detail(p: Principal, claimId: unknown, reveal: boolean) {
      const kase = await caseInScope(p, claimId);
      if (reveal) {
        const fields = ['insuredId', 'name', 'idNumber'].filter((f) => (kase.claim.patient as Record<string, unknown>)[f] !== undefined);
        await store.appendAudit([auditEntry(p, 'view-identity', kase.claimId, null, null, { fields })]);
      }
      const mayRead = (province: string) => inScope(p, province);
      const [work, history, recent, findings] = await Promise.all([
        store.getCaseWork(kase.claimId),
        store.listAudit({ claimId: kase.claimId, limit: 1000 }),
        recentClaims(store, kase.claim.patient.insuredId, kase.claimId, mayRead),
        store.listFindings(kase.claimId),
      ]);
      const related = await relatedCases(store, kase, recent.claims.map((c) => c.claimId), mayRead, provinceScope(p));
      const anomaly = kase.verdict.hits.find((h) => h.family === 'anomaly');
      const assignee = work?.assignee ?? null;
      const since = history.filter((e) => e.action === 'status').at(-1)?.at ?? kase.createdAt;
      const at = now();
      const due = dueAt(kase.status, since, days);
      return {
        claimId: kase.claimId,
        status: kase.status,
        decision: kase.decision,
        createdAt: kase.createdAt,
        updatedAt: kase.updatedAt,
        ageDays: Math.floor((at.getTime() - Date.parse(kase.createdAt)) / DAY_MS),
        dueAt: due,
        overdue: isOverdue({ status: kase.status, statusSince: since }, overdueCutoffs(at)),
        assignee,
        outcome: work?.outcome ? { ...work.outcome, amountToRecover: work.outcome.amountToRecoverFen / 100 } : null,
        dismissal: work?.dismissal ?? null,
        approval: work?.approval ? { ...work.approval, maxAmount: work.approval.maxAmountFen / 100 } : null,
        fundClaimed: kase.summary.fundClaimedFen / 100,
        departmentName: kase.summary.department === null ? null : (DEPARTMENT_NAMES[kase.summary.department] ?? kase.summary.department),
        // What this reader may do now (the console's buttons): the workflow's moves that its role and the assignee allow.
        allowedActions: allowedActions(kase.status),
        myActions: actionsFor(p, kase.status, assignee),
        identityRevealed: reveal,
        claim: reveal ? kase.claim : maskClaim(kase.claim),
        // The claim's diagnoses with their Chinese names (null where the grouping tables do not know the code).
        diagnoses: kase.claim.diagnoses.map((d) => ({ ...d, name: opts.diagnosisName?.(d.code) ?? null })),
        verdict: kase.verdict,
        summary: kase.summary,
        hits: kase.verdict.hits,
        // Relabelled by feature name: a case saved before the labels were Chinese reads like a new one.
        explanation: anomaly?.evidence ? withCurrentLabels(anomaly.evidence) : null,
        notes: history.filter((e) => e.action === 'note'),
        history,
        memberClaims: recent.claims,
        // The member's claims in provinces the reader may not open: how many, nothing else.
        memberClaimsInOtherProvinces: recent.otherProvinces,
        // Cases to open from here: the member's, the other claim of a cross-claim pair, the doctor's with a hit on the same item.
        relatedCases: related.items,
        relatedCasesInOtherProvinces: related.otherProvinces,
        // National 3101 findings on this encounter and what the doctor did about each (3103).
        findings,
      };
    },

    /** The insured person's page, opened from one of their cases (so the address never holds their ID). */
    async member(p: Principal, claimId: unknown) {
      const kase = await caseInScope(p, claimId);
      const id = kase.claim.patient.insuredId;
      return memberPage(store, kase.claimId, id, maskId(id), (province) => inScope(p, province));
    },

    async audit(p: Principal, claimId: unknown) {
      const kase = await caseInScope(p, claimId);
      return { claimId: kase.claimId, entries: await store.listAudit({ claimId: kase.claimId, limit: 10000 }) };
    },

    /** Take (an investigator, a new case, for itself), dispatch or reassign (a supervisor or admin, with a reason). */
    async assign(p: Principal, claimId: unknown, body: { assignee: string; reason?: string } & Partial<Seen>) {
      const kase = await caseInScope(p, claimId);
      return assignOne(p, kase, body.assignee, body.reason, body.expectedUpdatedAt ? { expectedUpdatedAt: body.expectedUpdatedAt } : undefined);
    },

    /** A supervisor's dispatch of many cases to one person: each case on its own, each result reported. */
    async assignMany(p: Principal, body: { claimIds: string[]; assignee: string; reason?: string }) {
      if (!isSupervisor(p)) throw forbidden('only a supervisor or admin assigns cases in bulk', 'role-not-allowed');
      const results = [];
      for (const id of [...new Set(body.claimIds)]) {
        try {
          const kase = await caseInScope(p, id);
          results.push({ ...(await assignOne(p, kase, body.assignee, body.reason, undefined)), ok: true as const });
        } catch (err) {
          if (!(err instanceof OutcomeError)) throw err;
          results.push({ claimId: id, ok: false as const, code: err.outcome.errorCode ?? err.outcome.code, error: err.outcome.message });
        }
      }
      return { assigned: results.filter((r) => r.ok).length, results };
    },

    async transition(p: Principal, claimId: unknown, body: TransitionInput) {
      const kase = await caseInScope(p, claimId);
      await checkSeen(kase, body);
      const work = await store.getCaseWork(kase.claimId);
      mustWork(p, work?.assignee ?? null, kase.claimId, body.action);
      if (body.outcome && body.action !== 'confirm') throw invalid('an outcome goes with confirm only', [{ path: 'outcome', message: 'only with action confirm' }], 'outcome-only-with-confirm');
      const to = nextStatus(kase.status, body.action);
      if (!to) throw conflict(`cannot ${body.action} a case that is ${kase.status}`, { status: kase.status, allowedActions: allowedActions(kase.status) }, 'illegal-transition');
      const change: CaseChange = { claimId: kase.claimId, expected: kase.status, expectedUpdatedAt: kase.updatedAt, status: to, audit: [] };
      const detail: Record<string, unknown> = { action: body.action, ...(body.reason ? { reason: body.reason } : {}) };
      if (body.action === 'dismiss') {
        if (!body.reasonCode || !body.reason) {
          throw invalid('a dismissal needs a reason code and a text', [{ path: body.reasonCode ? 'reason' : 'reasonCode', message: 'required to dismiss' }], 'dismissal-reason-required');
        }
        const dismissal: CaseDismissal = { reasonCode: body.reasonCode, text: body.reason };
        change.dismissal = dismissal;
        detail.reasonCode = body.reasonCode;
      }
      if (body.action === 'reopen') change.dismissal = null;
      let outcome: CaseOutcome | undefined;
      let used: RecoveryApproval | null = null;
      if (body.action === 'confirm') {
        if (!body.violationType) throw invalid('a confirmation needs the violation type', [{ path: 'violationType', message: 'required to confirm' }], 'violation-type-required');
        if (!body.outcome) throw invalid('a confirmation needs the amount to recover and a conclusion', [{ path: 'outcome', message: 'required to confirm' }], 'conclusion-required');
        outcome = { amountToRecoverFen: yuanToFen(body.outcome.amountToRecover), summary: body.outcome.summary, violationType: body.violationType };
        used = checkAmount(kase, outcome.amountToRecoverFen, work?.approval ?? null);
        change.outcome = outcome;
        if (used) change.approval = null;
        detail.violationType = body.violationType;
      }
      change.audit.push(auditEntry(p, 'status', kase.claimId, kase.status, to, detail));
      if (outcome) change.audit.push(outcomeAudit(p, kase, work?.outcome ?? null, outcome, used));
      await apply(change);
      return { claimId: kase.claimId, status: to, allowedActions: allowedActions(to) };
    },

    /** A supervisor approves recovering up to this amount, above the fund claimed: the second approval. */
    async approveRecovery(p: Principal, claimId: unknown, body: { amountToRecover: number; reason: string } & Partial<Seen>) {
      const kase = await caseInScope(p, claimId);
      if (!isSupervisor(p)) throw forbidden('only a supervisor or admin approves a recovery above the fund claimed', 'role-not-allowed');
      if (body.expectedUpdatedAt) await checkSeen(kase, { expectedUpdatedAt: body.expectedUpdatedAt });
      if (kase.status !== 'investigating' && kase.status !== 'confirmed') {
        throw conflict(`a recovery is approved while investigating or once confirmed, not on a ${kase.status} case`, { status: kase.status, allowedActions: allowedActions(kase.status) }, 'outcome-not-allowed');
      }
      const at = now().toISOString();
      const approval: RecoveryApproval = { maxAmountFen: yuanToFen(body.amountToRecover), by: p.name, keyId: p.keyId, at, reason: body.reason };
      const entry = auditEntry(p, 'approve-recovery', kase.claimId, String(kase.summary.fundClaimedFen / 100), String(body.amountToRecover), { reason: body.reason });
      await apply({ claimId: kase.claimId, expected: kase.status, expectedUpdatedAt: kase.updatedAt, approval, audit: [entry] });
      return { claimId: kase.claimId, approval: { ...approval, maxAmount: body.amountToRecover } };
    },

    async addNote(p: Principal, claimId: unknown, text: string) {
      const kase = await caseInScope(p, claimId);
      mustWork(p, (await store.getCaseWork(kase.claimId))?.assignee ?? null, kase.claimId, 'note');
      const entry = auditEntry(p, 'note', kase.claimId, null, null, { text });
      await apply({ claimId: kase.claimId, expected: kase.status, audit: [entry] });
      return { claimId: kase.claimId, note: entry };
    },

    async recordOutcome(p: Principal, claimId: unknown, body: OutcomeInput & Seen) {
      const kase = await caseInScope(p, claimId);
      await checkSeen(kase, body);
      const work = await store.getCaseWork(kase.claimId);
      mustWork(p, work?.assignee ?? null, kase.claimId, 'outcome');
      if (!canRecordOutcome(kase.status)) {
        throw conflict(`an outcome is recorded while investigating or once confirmed, not on a ${kase.status} case`, { status: kase.status, allowedActions: allowedActions(kase.status) }, 'outcome-not-allowed');
      }
      const before = work?.outcome ?? null;
      const violationType = body.violationType ?? before?.violationType;
      const outcome: CaseOutcome = { amountToRecoverFen: yuanToFen(body.amountToRecover), summary: body.summary, ...(violationType ? { violationType } : {}) };
      const used = checkAmount(kase, outcome.amountToRecoverFen, work?.approval ?? null);
      await apply({
        claimId: kase.claimId, expected: kase.status, expectedUpdatedAt: kase.updatedAt, outcome,
        ...(used ? { approval: null } : {}),
        audit: [outcomeAudit(p, kase, before, outcome, used)],
      });
      return { claimId: kase.claimId, outcome: { ...outcome, amountToRecover: body.amountToRecover } };
    },
  };
}

export type CaseService = ReturnType<typeof caseService>;
