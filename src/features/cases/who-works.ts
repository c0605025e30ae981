import type { CaseStatus } from '../../contract/records';
import type { Principal } from '../keys/principal';
import { allowedActions, type CaseAction } from './workflow';

// Who works a case: its assignee. A supervisor (of the case's provinces) or an admin dispatches and reassigns,
// approves a recovery above the fund claimed, and may also note and reopen; an investigator takes a new case for
// itself. Province scope is checked before any of this (case-service.ts caseInScope).

export const isSupervisor = (p: Principal) => p.role === 'supervisor' || p.role === 'admin';

/** Actions besides assignment that a supervisor may take on a case it does not hold. */
const SUPERVISOR_WORK = new Set(['note', 'reopen']);

/** May the caller take this action (start, confirm, dismiss, reopen, note, outcome) on a case held by `assignee`? */
export function mayWork(p: Principal, assignee: string | null, action: string): boolean {
  if (assignee !== null && assignee === p.name && (p.role === 'investigator' || p.role === 'supervisor')) return true;
  return isSupervisor(p) && SUPERVISOR_WORK.has(action);
}

/** The workflow's moves this caller may make now (the console's buttons). */
export function actionsFor(p: Principal, status: CaseStatus, assignee: string | null): CaseAction[] {
  return allowedActions(status).filter((a) => {
    if (a === 'assign') return isSupervisor(p) || (p.role === 'investigator' && status === 'new');
    return mayWork(p, assignee, a);
  });
}
