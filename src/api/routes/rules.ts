import type { RequestHandler } from 'express';
import type { CaseStore } from '../../features/cases/case-store';
import type { JudgeControl } from '../../review/judge-control';
import { RuleLoadError } from '../../rules/errors';
import type { Principal } from '../../features/keys/principal';
import { principalOf } from '../auth/authenticate';
import { HttpError } from '../errors';
import { auditRulesRefused, auditRulesReloaded } from '../reload-audit';

export function listRules(judges: JudgeControl): RequestHandler {
  return async (_req, res) => {
    res.json(await judges.rules());
  };
}

/**
 * Reloads the rules and writes it to the audit trail: who, from which version to which, or that the files were
 * refused and why. A bad rule file (a table just written by an import included) becomes a 422 naming file and rule,
 * and the last good set stays active. Shared by every route that reloads.
 */
export async function reloadOrRefuse(
  judges: JudgeControl,
  trail: Pick<CaseStore, 'appendAudit'>,
  who: Principal,
  detail: Record<string, unknown> = {},
): Promise<Awaited<ReturnType<JudgeControl['reloadRules']>>> {
  let answer: Awaited<ReturnType<JudgeControl['reloadRules']>>;
  try {
    answer = await judges.reloadRules();
  } catch (err) {
    // A store that cannot write the audit line must not hide why the reload was refused (its failure is in /metrics).
    await auditRulesRefused(trail, judges, who, err, detail).catch(() => undefined);
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
  await auditRulesReloaded(trail, who, answer, detail);
  return answer;
}

/** POST /api/v1/rules/reload: reload now. */
export function reloadRules(judges: JudgeControl, store: Pick<CaseStore, 'appendAudit'>): RequestHandler {
  return async (_req, res) => {
    res.json(await reloadOrRefuse(judges, store, principalOf(res)));
  };
}
