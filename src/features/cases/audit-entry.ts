import type { AuditDraft } from './case-store';
import type { Principal } from '../keys/principal';
import type { AuditAction } from '../../contract/records';

/** One audit line for something the principal did: who, when, what, from what to what. */
export function auditEntry(
  who: Principal,
  action: AuditAction,
  claimId: string | null,
  from: string | null,
  to: string | null,
  detail: Record<string, unknown> | null = null,
  at: Date = new Date(),
): AuditDraft {
  return { claimId, at: at.toISOString(), actor: who.name, role: who.role, action, from, to, detail: { keyId: who.keyId, ...detail } };
}

/** One audit line for something the service did by itself (no key: a rule file changed on disk), actor and role `system`. */
export function systemAuditEntry(
  action: AuditAction,
  from: string | null,
  to: string | null,
  detail: Record<string, unknown> | null = null,
  at: Date = new Date(),
): AuditDraft {
  return { claimId: null, at: at.toISOString(), actor: 'system', role: 'system', action, from, to, detail };
}
