import { claimSchema, type Claim } from '../contract/claim';
import type { FieldError } from '../contract/verdict';
import { fastParseClaim } from './fast-claim';
import { formatPath } from './field-path';
import { semanticErrors } from './semantic-checks';

export type Validation = { ok: true; claim: Claim } | { ok: false; errors: FieldError[]; claimId: string | null };

/** Contract shape (zod) first; the semantic checks only run on a claim whose shape is right. */
export function validateClaim(input: unknown): Validation {
  const fast = fastParseClaim(input);
  const parsed = fast ? { success: true as const, data: fast } : claimSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    return { ok: false, errors, claimId: claimIdOf(input) };
  }
  const errors = semanticErrors(parsed.data);
  if (errors.length > 0) return { ok: false, errors, claimId: parsed.data.claimId };
  return { ok: true, claim: parsed.data };
}

/** Best-effort id of a malformed input, so its invalid verdict can still be matched to it. */
export function claimIdOf(input: unknown): string | null {
  if (input && typeof input === 'object' && 'claimId' in input) {
    const id = (input as { claimId: unknown }).claimId;
    if (typeof id === 'string' && id.length > 0 && id.length <= 128) return id;
  }
  return null;
}
