import type { RequestHandler } from 'express';
import type { JudgeControl } from '../../review/judge-control';
import { RuleLoadError } from '../../rules/errors';
import { HttpError } from '../errors';

export function listRules(judges: JudgeControl): RequestHandler {
  return async (_req, res) => {
    res.json(await judges.rules());
  };
}

/** Reload now; a bad rule file answers 422 naming file and rule, and the last good set stays active. */
export function reloadRules(judges: JudgeControl): RequestHandler {
  return async (_req, res) => {
    try {
      res.json(await judges.reloadRules());
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
  };
}
