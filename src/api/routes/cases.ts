import type { RequestHandler } from 'express';
import type { z } from 'zod';
import type { CaseListRequest, CaseService } from '../../features/cases/case-service';
import { yuanToFen } from '../../features/cases/case-service';
import { principalOf } from '../auth/authenticate';
import { bodyOf, queryOf } from '../validate';
import type { approvalBody, assignBody, bulkAssignBody, caseDetailQuery, ListCasesQuery, noteBody, outcomeBody, transitionBody } from './case-schemas';

// The case API: one line per route; the case rules (scope, workflow, audit trail) are the case service's, and
// its domain errors become status codes in the one error handler (../errors.ts).

/** The queue request in the service's terms (query parameter names are the API's). */
function listRequest(q: ListCasesQuery): CaseListRequest {
  return {
    filter: {
      province: q.province,
      region: q.region,
      claimIdPrefix: q.claim,
      insuredId: q.insuredId,
      patientName: q.patientName,
      overdue: q.overdue === 'true',
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
    sort: { field: q.sort, dir: q.order },
    limit: q.limit,
    cursor: q.cursor,
  };
}

export const listCases = (cases: CaseService): RequestHandler => async (_req, res) => {
  res.json(await cases.list(principalOf(res), listRequest(queryOf<ListCasesQuery>(res))));
};

export const getCaseDetail = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.detail(principalOf(res), req.params.claimId, queryOf<z.infer<typeof caseDetailQuery>>(res).reveal === 'identity'));
};

export const getCaseMember = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.member(principalOf(res), req.params.claimId));
};

export const getCaseAudit = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.audit(principalOf(res), req.params.claimId));
};

export const assignCase = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.assign(principalOf(res), req.params.claimId, bodyOf<z.infer<typeof assignBody>>(res)));
};

export const assignCases = (cases: CaseService): RequestHandler => async (_req, res) => {
  res.json(await cases.assignMany(principalOf(res), bodyOf<z.infer<typeof bulkAssignBody>>(res)));
};

export const approveRecovery = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.approveRecovery(principalOf(res), req.params.claimId, bodyOf<z.infer<typeof approvalBody>>(res)));
};

export const transitionCase = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.transition(principalOf(res), req.params.claimId, bodyOf<z.infer<typeof transitionBody>>(res)));
};

export const addNote = (cases: CaseService): RequestHandler => async (req, res) => {
  res.status(201).json(await cases.addNote(principalOf(res), req.params.claimId, bodyOf<z.infer<typeof noteBody>>(res).text));
};

export const recordOutcome = (cases: CaseService): RequestHandler => async (req, res) => {
  res.json(await cases.recordOutcome(principalOf(res), req.params.claimId, bodyOf<z.infer<typeof outcomeBody>>(res)));
};
