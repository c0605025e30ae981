import { auditEntry, systemAuditEntry } from '../features/cases/audit-entry';
import type { AuditDraft, CaseStore } from '../features/cases/case-store';
import type { Principal } from '../features/keys/principal';
import type { AuditAction } from '../contract/records';
import type { Logger } from '../logger';
import type { JudgeControl } from '../review/judge-control';
import type { WatchReload } from '../rules/watch-rules';

// Rule and model reloads in the audit trail (issue 18 point 6): who (a key, or the service itself when a rule file
// changed on disk), from which version to which; a refused reload too, with its error, the active version staying.

type Trail = Pick<CaseStore, 'appendAudit'>;
/** A caller's key, or `system`: the service acting by itself. */
export type Reloader = Principal | 'system';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function line(who: Reloader, action: AuditAction, from: string | null, to: string | null, detail: Record<string, unknown>): AuditDraft {
  return who === 'system' ? systemAuditEntry(action, from, to, detail) : auditEntry(who, action, null, from, to, detail);
}

/** A rule set that became active: from the old version to the new. */
export async function auditRulesReloaded(trail: Trail, who: Reloader, r: { previousVersion: string; rulesetVersion: string; count: number }, detail: Record<string, unknown> = {}): Promise<void> {
  await trail.appendAudit([line(who, 'rules-reload', r.previousVersion, r.rulesetVersion, { rules: r.count, ...detail })]);
}

/** Rule files refused: from the active version (which stays) to the version on disk that was refused, with the error. */
export async function auditRulesRefused(trail: Trail, judges: Pick<JudgeControl, 'versions'>, who: Reloader, err: unknown, detail: Record<string, unknown> = {}): Promise<void> {
  const { rulesetVersion, rejectedRules } = await judges.versions();
  const refused = { error: rejectedRules?.error ?? message(err), file: rejectedRules?.file ?? null, ruleId: rejectedRules?.ruleId ?? null };
  await trail.appendAudit([line(who, 'rules-reload-refused', rulesetVersion, rejectedRules?.version ?? null, { ...refused, ...detail })]);
}

/** A model that failed to load: from the active model (which stays) to the name asked for, with the error. */
export async function auditModelRefused(trail: Trail, who: Reloader, activeVersion: string, name: string | null, err: unknown): Promise<void> {
  await trail.appendAudit([line(who, 'model-reload-refused', activeVersion, name, { name, error: message(err) })]);
}

/** What the rules watcher reports, written to the trail as the service's own reloads. */
export function auditWatchReloads(trail: Trail, judges: Pick<JudgeControl, 'versions'>): (outcome: WatchReload) => Promise<void> {
  const detail = { trigger: 'file-watch' };
  return (o) => (o.ok ? auditRulesReloaded(trail, 'system', o, detail) : auditRulesRefused(trail, judges, 'system', o.error, detail));
}
