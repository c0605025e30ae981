import type { RequestHandler } from 'express';
import { auditEntry } from '../../features/cases/audit-entry';
import { RuleLoadError } from '../../rules/errors';
import type { Ruleset } from '../../rules/engine';
import type { RulesetHolder } from '../../rules/ruleset-holder';
import type { CaseStore } from '../../features/cases/case-store';
import { principalOf } from '../auth/authenticate';
import { HttpError } from '../errors';

export function listRules(holder: RulesetHolder): RequestHandler {
  return (_req, res) => {
    const rs = holder.current();
    res.json({
      rulesetVersion: rs.version,
      count: rs.rules.length,
      rules: rs.rules.map(({ def, file }) => ({
        id: def.id,
        family: def.family,
        severity: def.severity,
        appliesTo: def.appliesTo,
        title: def.title,
        scope: def.scope ?? null,
        meta: def.meta,
        file,
      })),
    });
  };
}

/**
 * Reload now; a bad rule file answers 422 naming file and rule, and the last good set stays active. A reload
 * is written to the audit trail: who, from which version, to which.
 */
export function reloadRules(holder: RulesetHolder, store: Pick<CaseStore, 'appendAudit'>): RequestHandler {
  return async (_req, res) => {
    const before = holder.current().version;
    let next: Ruleset;
    try {
      next = holder.reload();
    } catch (err) {
      if (err instanceof RuleLoadError) {
        throw new HttpError(422, 'rule files rejected; the active rule set is unchanged', {
          file: err.file,
          ruleId: err.ruleId,
          detail: err.message,
          rulesetVersion: before,
        });
      }
      throw err;
    }
    await store.appendAudit([auditEntry(principalOf(res), 'rules-reload', null, before, next.version, { rules: next.rules.length })]);
    res.json({ rulesetVersion: next.version, previousVersion: before, count: next.rules.length });
  };
}
