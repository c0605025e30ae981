import { OutcomeError, type OutcomeCode } from '../../contract/outcome';
import type { FieldError } from '../../contract/verdict';

// The inspection slice's refusals: a domain outcome (→ HTTP status in api/errors.ts) with a stable machine
// code beside the Chinese message the console shows (`{ error, code }` in the response body).

export type InspectionErrorCode =
  | 'INSPECTION_ROLE'
  | 'INSPECTION_OUT_OF_PROVINCE'
  | 'INSPECTION_NOT_FOUND'
  | 'INSPECTION_POINT_NOT_FOUND'
  | 'INSPECTION_NO_SUSPECTS'
  | 'INSPECTION_BAD_PERIOD'
  | 'INSPECTION_BAD_TEAM'
  | 'INSPECTION_NOT_MEMBER'
  | 'INSPECTION_NOT_LEADER'
  | 'INSPECTION_CLOSED'
  | 'INSPECTION_POINTS_PENDING'
  | 'INSPECTION_BAD_FINDING';

export function inspectionError(
  outcome: OutcomeCode,
  code: InspectionErrorCode,
  message: string,
  more: { errors?: FieldError[]; details?: Record<string, unknown> } = {},
): OutcomeError {
  return new OutcomeError({
    code: outcome,
    message,
    ...(outcome === 'invalid' ? { errors: more.errors ?? [] } : {}),
    details: { code, ...more.details },
  });
}
