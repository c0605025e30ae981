import type { ErrorCode } from '../../contract/error-codes';
import { OutcomeError, type OutcomeCode } from '../../contract/outcome';
import type { FieldError } from '../../contract/verdict';

// The inspection slice's refusals: a domain outcome (→ HTTP status in api/errors.ts) with a stable machine
// code from contract/error-codes.ts beside the Chinese message the console shows (`{ error, code }`).

export type InspectionErrorCode = Extract<ErrorCode, `inspection-${string}`>;

export function inspectionError(
  outcome: OutcomeCode,
  code: InspectionErrorCode,
  message: string,
  more: { errors?: FieldError[]; details?: Record<string, unknown> } = {},
): OutcomeError {
  return new OutcomeError({
    code: outcome,
    message,
    errorCode: code,
    ...(outcome === 'invalid' ? { errors: more.errors ?? [] } : {}),
    ...(more.details ? { details: more.details } : {}),
  });
}
