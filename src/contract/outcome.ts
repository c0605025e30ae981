import type { ErrorCode } from './error-codes';
import type { FieldError } from './verdict';

// Domain errors, after Medplum's OperationOutcomeError: a service throws an error carrying an outcome (what
// went wrong, in domain terms), never an HTTP status; the API's one error handler maps each outcome code to a
// status code (src/api/errors.ts), and any other caller (CLI, a job) can read the same outcome.

export type OutcomeCode =
  /** The request itself is wrong (a field, a combination of fields). */
  | 'invalid'
  /** No credentials, or credentials that name no one. */
  | 'unauthenticated'
  /** The caller may not do this, or not here (role, provinces). */
  | 'forbidden'
  | 'not-found'
  /** Legal in general, not in the resource's current state (an illegal case transition, a lost race). */
  | 'conflict'
  /** Understood, but the content cannot be used (rule files or a model that do not load). */
  | 'unprocessable'
  /** This instance cannot do it at all. */
  | 'not-supported';

export interface Outcome {
  code: OutcomeCode;
  message: string;
  /** Field problems (code invalid). */
  errors?: FieldError[];
  /** More to show the caller (current status, allowed actions, the loader's errors). */
  details?: Record<string, unknown>;
  /** The stable machine code the caller keys on (error-codes.ts); absent = the outcome's own code. */
  errorCode?: ErrorCode;
}

export class OutcomeError extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.message);
  }
}

export const invalid = (message: string, errors: FieldError[] = [], errorCode?: ErrorCode) =>
  new OutcomeError({ code: 'invalid', message, errors, ...(errorCode ? { errorCode } : {}) });
export const unauthenticated = (message = 'an API key is required (Authorization: Bearer <key> or X-API-Key)') =>
  new OutcomeError({ code: 'unauthenticated', message });
export const forbidden = (message: string, errorCode?: ErrorCode) => new OutcomeError({ code: 'forbidden', message, ...(errorCode ? { errorCode } : {}) });
export const notFound = (what: string) => new OutcomeError({ code: 'not-found', message: `${what} not found` });
export const conflict = (message: string, details?: Record<string, unknown>, errorCode?: ErrorCode) =>
  new OutcomeError({ code: 'conflict', message, details, ...(errorCode ? { errorCode } : {}) });
export const unprocessable = (message: string, details?: Record<string, unknown>, errorCode?: ErrorCode) =>
  new OutcomeError({ code: 'unprocessable', message, details, ...(errorCode ? { errorCode } : {}) });
export const notSupported = (message: string) => new OutcomeError({ code: 'not-supported', message });
