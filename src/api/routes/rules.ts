import type { RequestHandler } from 'express';
import { auditEntry } from '../../features/cases/audit-entry';
import type { CaseStore } from '../../features/cases/case-store';
import type { JudgeControl } from '../../review/judge-control';
import { RuleLoadError } from '../../rules/errors';
import { principalOf } from '../auth/authenticate';
import { HttpError } from '../errors';

export function listRules(judges: JudgeControl): RequestHandler {
  return async (_req, res) => {
    res.json(await judges.rules());
  };
}

/**
 * Reloads the rules; a bad rule file (a table just written by an import included) becomes a 422 naming file and rule,
 * and the last good set stays active. Shared by every route that reloads.
 */
export async function reloadOrRefuse(judges: JudgeControl): Promise<Awaited<ReturnType<JudgeControl['reloadRules']>>> {
  try {
    return await judges.reloadRules();
  } catch (err) {
    if (err instanceof RuleLoadError) {
      throw new HttpError(422, 'rule files rejected; the active rule set is unchanged', {
        file: err.file,
        ruleId: err.ruleId,
        detail: err.message,
        rulesetVersion: (await judges.versions()).rulesetVersion,
      });
    }
    throw err;
  }
}

/** Reload now, written to the audit trail: who, from which version, to which. */
export function reloadRules(judges: JudgeControl, store: Pick<CaseStore, 'appendAudit'>): RequestHandler {
  return async (_req, res) => {
    const answer = await reloadOrRefuse(judges);
    await store.appendAudit([auditEntry(principalOf(res), 'rules-reload', null, answer.previousVersion, answer.rulesetVersion, { rules: answer.count })]);
    res.json(answer);
  };
}
