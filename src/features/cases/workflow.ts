import type { CaseStatus } from '../../contract/records';

// The case workflow: new → assigned → investigating → confirmed | dismissed, and reopen (back to
// investigating). Assignment moves a new case to assigned; an open case can be handed to someone else.

export type CaseAction = 'assign' | 'start' | 'confirm' | 'dismiss' | 'reopen';
/** The actions POST /cases/:id/transition takes (assignment has its own route, it names someone). */
export const CASE_ACTIONS_BODY = ['start', 'confirm', 'dismiss', 'reopen'] as const;

const MOVES: Record<Exclude<CaseAction, 'assign'>, { from: readonly CaseStatus[]; to: CaseStatus }> = {
  start: { from: ['assigned'], to: 'investigating' },
  confirm: { from: ['investigating'], to: 'confirmed' },
  dismiss: { from: ['investigating'], to: 'dismissed' },
  reopen: { from: ['confirmed', 'dismissed'], to: 'investigating' },
};

export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'investigating'];

/** The status the action leads to from `from`, or null when the workflow does not allow it. */
export function nextStatus(from: CaseStatus, action: CaseAction): CaseStatus | null {
  if (action === 'assign') return OPEN_STATUSES.includes(from) ? (from === 'new' ? 'assigned' : from) : null;
  const move = MOVES[action];
  return move.from.includes(from) ? move.to : null;
}

/** Actions a reader can take on a case in this status (the console shows these buttons). */
export function allowedActions(from: CaseStatus): CaseAction[] {
  return (['assign', 'start', 'confirm', 'dismiss', 'reopen'] as const).filter((a) => nextStatus(from, a) !== null);
}

/** An outcome (amount to recover) may be recorded while investigating or once confirmed. */
export function canRecordOutcome(status: CaseStatus): boolean {
  return status === 'investigating' || status === 'confirmed';
}
