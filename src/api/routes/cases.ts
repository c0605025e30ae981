import type { RequestHandler } from 'express';
import { auditEntry } from '../../cases/audit-entry';
import { decodeCursor, encodeCursor } from '../../cases/case-filter';
import { maskClaim, maskId, maskName } from '../../cases/mask';
import { inScope, provinceScope, type Principal } from '../../cases/principal';
import { recentClaims } from '../../cases/recent-claims';
import { allowedActions, canRecordOutcome, nextStatus } from '../../cases/workflow';
import type { AuditDraft, CaseChange, CaseListItem, CaseOutcome } from '../../store/case-work-store';
import type { CaseRecord, Store } from '../../store/store';
import { principalOf } from '../auth/authenticate';
import { BadRequest, Conflict, Forbidden, NotFound } from '../errors';
import { bodyOf, queryOf } from '../validate';
import { claimIdParam, yuanToFen, type ListCasesQuery } from './case-schemas';
import type { z } from 'zod';
import type { assignBody, caseDetailQuery, noteBody, outcomeBody, transitionBody } from './case-schemas';

// The case API: queue, one case with its evidence and history, and the workflow. Reads and writes are limited
// to the caller's provinces; every write goes through store.changeCase, which appends its audit lines in the
// same transaction and refuses the write if someone else moved the case meanwhile.

type Ctx = { store: Store };

/** The list row as the API shows it: identifiers masked, money also in yuan. */
function listRow(i: CaseListItem) {
  return {
    ...i,
    insuredId: maskId(i.insuredId),
    patientName: i.patientName === null ? null : maskName(i.patientName),
    amountAtStake: i.amountAtStakeFen / 100,
  };
}

export function listCases(ctx: Ctx): RequestHandler {
  return async (_req, res) => {
    const p = principalOf(res);
    const q = queryOf<ListCasesQuery>(res);
    const sort = { field: q.sort, dir: q.order };
    const cursor = q.cursor === undefined ? null : decodeCursor(q.cursor, sort);
    if (q.cursor !== undefined && cursor === null) {
      throw new BadRequest('bad query: cursor: is not a cursor of this sort', [{ path: 'cursor', message: 'is not a cursor of this sort' }]);
    }
    const page = await ctx.store.listCases(
      {
        provinces: provinceScope(p),
        province: q.province,
        region: q.region,
        hospitalId: q.hospital,
        doctorId: q.doctor,
        department: q.department,
        family: q.family,
        ruleId: q.rule,
        decision: q.decision,
        status: q.status,
        assignee: q.assignee,
        scoreMin: q.scoreMin,
        scoreMax: q.scoreMax,
        serviceFrom: q.from,
        serviceTo: q.to,
        amountMinFen: q.amountMin === undefined ? undefined : yuanToFen(q.amountMin),
        amountMaxFen: q.amountMax === undefined ? undefined : yuanToFen(q.amountMax),
      },
      sort,
      cursor,
      q.limit,
    );
    res.json({ items: page.items.map(listRow), next: page.next ? encodeCursor(page.next, sort) : null });
  };
}

/** The case, if the caller may see it: 404 when there is none, 403 when it is in another province. */
async function caseInScope(store: Store, p: Principal, rawId: unknown): Promise<CaseRecord> {
  const parsed = claimIdParam.safeParse(rawId);
  if (!parsed.success) throw new BadRequest('bad claim id');
  const found = await store.getCase(parsed.data);
  if (!found) throw new NotFound(`case for claim ${parsed.data}`);
  if (!inScope(p, found.summary.province)) throw new Forbidden(`case ${parsed.data} is outside your provinces`);
  return found;
}

export function getCaseDetail(ctx: Ctx): RequestHandler {
  return async (req, res) => {
    const p = principalOf(res);
    const kase = await caseInScope(ctx.store, p, req.params.claimId);
    const reveal = queryOf<z.infer<typeof caseDetailQuery>>(res).reveal === 'identity';
    if (reveal) {
      // A full view of a person's identifiers is itself a recorded event.
      const fields = ['insuredId', 'name', 'idNumber'].filter((f) => (kase.claim.patient as Record<string, unknown>)[f] !== undefined);
      await ctx.store.appendAudit([auditEntry(p, 'view-identity', kase.claimId, null, null, { fields })]);
    }
    const [work, history, recent, findings] = await Promise.all([
      ctx.store.getCaseWork(kase.claimId),
      ctx.store.listAudit({ claimId: kase.claimId, limit: 1000 }),
      recentClaims(ctx.store, kase.claim.patient.insuredId, kase.claimId, (province) => inScope(p, province)),
      ctx.store.listFindings(kase.claimId),
    ]);
    const anomaly = kase.verdict.hits.find((h) => h.family === 'anomaly');
    res.json({
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
    });
  };
}

export function getCaseAudit(ctx: Ctx): RequestHandler {
  return async (req, res) => {
    const kase = await caseInScope(ctx.store, principalOf(res), req.params.claimId);
    res.json({ claimId: kase.claimId, entries: await ctx.store.listAudit({ claimId: kase.claimId, limit: 10000 }) });
  };
}

async function apply(store: Store, change: CaseChange): Promise<void> {
  const result = await store.changeCase(change);
  if (result === 'missing') throw new NotFound(`case for claim ${change.claimId}`);
  if (result === 'conflict') throw new Conflict(`case ${change.claimId} was changed by someone else; reload it and try again`);
}

const outcomeOf = (o: { amountToRecover: number; summary: string }): CaseOutcome => ({
  amountToRecoverFen: yuanToFen(o.amountToRecover),
  summary: o.summary,
});

export function assignCase(ctx: Ctx): RequestHandler {
  return async (req, res) => {
    const p = principalOf(res);
    const { assignee } = bodyOf<z.infer<typeof assignBody>>(res);
    const kase = await caseInScope(ctx.store, p, req.params.claimId);
    const to = nextStatus(kase.status, 'assign');
    if (!to) throw new Conflict(`a ${kase.status} case cannot be assigned; reopen it first`, { status: kase.status, allowedActions: allowedActions(kase.status) });
    const before = (await ctx.store.getCaseWork(kase.claimId))?.assignee ?? null;
    const audit: AuditDraft[] = [auditEntry(p, 'assign', kase.claimId, before, assignee)];
    if (to !== kase.status) audit.push(auditEntry(p, 'status', kase.claimId, kase.status, to, { action: 'assign' }));
    await apply(ctx.store, { claimId: kase.claimId, expected: kase.status, status: to, assignee, audit });
    res.json({ claimId: kase.claimId, status: to, assignee, allowedActions: allowedActions(to) });
  };
}

export function transitionCase(ctx: Ctx): RequestHandler {
  return async (req, res) => {
    const p = principalOf(res);
    const body = bodyOf<z.infer<typeof transitionBody>>(res);
    const kase = await caseInScope(ctx.store, p, req.params.claimId);
    if (body.outcome && body.action !== 'confirm') throw new BadRequest('an outcome goes with confirm only', [{ path: 'outcome', message: 'only with action confirm' }]);
    const to = nextStatus(kase.status, body.action);
    if (!to) {
      throw new Conflict(`cannot ${body.action} a case that is ${kase.status}`, { status: kase.status, allowedActions: allowedActions(kase.status) });
    }
    const audit: AuditDraft[] = [auditEntry(p, 'status', kase.claimId, kase.status, to, { action: body.action, ...(body.reason ? { reason: body.reason } : {}) })];
    let outcome: CaseOutcome | undefined;
    if (body.outcome) {
      outcome = outcomeOf(body.outcome);
      const before = (await ctx.store.getCaseWork(kase.claimId))?.outcome ?? null;
      audit.push(auditEntry(p, 'outcome', kase.claimId, before ? String(before.amountToRecoverFen / 100) : null, String(body.outcome.amountToRecover), { summary: outcome.summary }));
    }
    await apply(ctx.store, { claimId: kase.claimId, expected: kase.status, status: to, outcome, audit });
    res.json({ claimId: kase.claimId, status: to, allowedActions: allowedActions(to) });
  };
}

export function addNote(ctx: Ctx): RequestHandler {
  return async (req, res) => {
    const p = principalOf(res);
    const { text } = bodyOf<z.infer<typeof noteBody>>(res);
    const kase = await caseInScope(ctx.store, p, req.params.claimId);
    const entry = auditEntry(p, 'note', kase.claimId, null, null, { text });
    await apply(ctx.store, { claimId: kase.claimId, expected: kase.status, audit: [entry] });
    res.status(201).json({ claimId: kase.claimId, note: entry });
  };
}

export function recordOutcome(ctx: Ctx): RequestHandler {
  return async (req, res) => {
    const p = principalOf(res);
    const body = bodyOf<z.infer<typeof outcomeBody>>(res);
    const kase = await caseInScope(ctx.store, p, req.params.claimId);
    if (!canRecordOutcome(kase.status)) throw new Conflict(`an outcome is recorded while investigating or once confirmed, not on a ${kase.status} case`);
    const before = (await ctx.store.getCaseWork(kase.claimId))?.outcome ?? null;
    const outcome = outcomeOf(body);
    const entry = auditEntry(p, 'outcome', kase.claimId, before ? String(before.amountToRecoverFen / 100) : null, String(body.amountToRecover), { summary: body.summary });
    await apply(ctx.store, { claimId: kase.claimId, expected: kase.status, outcome, audit: [entry] });
    res.json({ claimId: kase.claimId, outcome: { ...outcome, amountToRecover: body.amountToRecover } });
  };
}
