// The stable machine codes every 4xx answer carries in `code`, beside its (English) message in `error`.
// Clients key on these, never on the message text; the console shows each in Chinese (src/api/console/messages.js,
// whose table test/console/messages.test.ts holds to this list). A code, once shipped, keeps its meaning.

export const ERROR_CODES = {
  // General: one per kind of domain outcome (contract/outcome.ts) when nothing more precise applies.
  invalid: 'the request is wrong (see errors: field and reason)',
  unauthenticated: 'no API key, or one that names no one',
  forbidden: 'the caller may not do this',
  'not-found': 'no such resource',
  conflict: 'not possible in the current state',
  unprocessable: 'understood, but the content cannot be used',
  'not-supported': 'this instance cannot do it',
  // HTTP plumbing.
  'bad-json': 'the body is not JSON',
  'body-too-large': 'the body is larger than the limit',
  'unsupported_media_type': 'the body is not application/json',
  'no-such-route': 'no route at this path and method',
  'too-many-failures': 'too many failed authentications from this address',
  'store-unavailable': 'the store cannot write now',
  // Who may act.
  'role-not-allowed': 'the key\'s role may not call this',
  'outside-provinces': 'the case (or the province asked for) is in a province the key may not see',
  // Case workflow (README "Investigators' workbench").
  'not-assignee': 'only the case\'s assignee works it',
  'take-new-only': 'an investigator may take only a new case; dispatching and reassigning are a supervisor\'s',
  'take-self-only': 'an investigator may assign a case only to itself',
  'reassign-reason-required': 'reassigning a case needs a reason',
  'unknown-assignee': 'the assignee is no live investigator or supervisor key of the case\'s province',
  stale: 'the case changed since the page was loaded; current holds its state now',
  'illegal-transition': 'the workflow does not allow this move from the case\'s status',
  'dismissal-reason-required': 'a dismissal needs a reason code and a text',
  'violation-type-required': 'a confirmation needs a violation type',
  'conclusion-required': 'a confirmation needs the amount to recover and a conclusion',
  'outcome-only-with-confirm': 'an outcome goes with confirm only',
  'amount-over-claimed': 'the amount to recover is above the fund amount claimed and no supervisor approved it',
  'outcome-not-allowed': 'an outcome is recorded while investigating or once confirmed',
  'bad-cursor': 'the cursor is not one of this sort',
  'too-many-cases': 'a bulk request names more cases than allowed',
  // Inspection campaigns (README "Inspection campaigns"); their messages are already Chinese.
  'inspection-role': 'only a supervisor or admin creates an inspection or builds its team',
  'inspection-out-of-province': 'the inspection or its institution is in a province the key may not see',
  'inspection-not-found': 'no such inspection',
  'inspection-point-not-found': 'the inspection has no suspect point of that number',
  'inspection-no-suspects': 'the institution has no suspect claims in the period',
  'inspection-bad-period': 'the period starts after it ends',
  'inspection-bad-team': 'the leader is not in the team, or a member is no live investigator or supervisor of the province',
  'inspection-not-member': 'only a team member records a point',
  'inspection-not-leader': 'only the team leader closes the inspection',
  'inspection-closed': 'the inspection is closed',
  'inspection-points-pending': 'points without a recorded result remain',
  'inspection-bad-finding': 'the recorded result, amount or violation type do not fit together',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
