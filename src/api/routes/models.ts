import type { RequestHandler } from 'express';
import { z } from 'zod';
import { auditEntry } from '../../features/cases/audit-entry';
import type { CaseStore } from '../../features/cases/case-store';
import { MODEL_NAME_PATTERN } from '../../model/model-holder';
import type { JudgeControl } from '../../review/judge-control';
import { principalOf } from '../auth/authenticate';
import { HttpError } from '../errors';
import { auditModelRefused } from '../reload-audit';
import { bodyOf } from '../validate';

/** The reload body: a model version (a directory name under MODELS_DIR, or "none"), never a path. */
export const modelReloadBody = z.strictObject({
  name: z.string().regex(MODEL_NAME_PATTERN, '须为模型版本名(字母、数字、. _ -),不能是路径 (a model version name, not a path)').optional(),
});

/**
 * POST /api/v1/models/reload, optional body {"name": "<version>"}: switch to that model (or the configured /
 * newest one) without a restart. A model that fails to load answers 422 and the active one stays. A reload
 * is written to the audit trail: who, from which version, to which; a refused one with its error.
 */
export function reloadModel(judges: JudgeControl, store: Pick<CaseStore, 'appendAudit'>): RequestHandler {
  return async (_req, res) => {
    if (!judges.reloadModel) throw new HttpError(501, 'this service cannot reload its model');
    const name = bodyOf<z.infer<typeof modelReloadBody>>(res).name || undefined;
    let answer: Awaited<ReturnType<NonNullable<JudgeControl['reloadModel']>>>;
    try {
      answer = await judges.reloadModel(name);
    } catch (err) {
      const { modelVersion } = await judges.versions();
      // As for rules: an audit line the store cannot write does not hide why the model was refused.
      await auditModelRefused(store, principalOf(res), modelVersion, name ?? null, err).catch(() => undefined);
      throw new HttpError(422, 'model not loaded; the active model is unchanged', {
        detail: err instanceof Error ? err.message : String(err),
        modelVersion,
      });
    }
    await store.appendAudit([auditEntry(principalOf(res), 'model-reload', null, answer.previousVersion, answer.modelVersion, { name: name ?? null })]);
    res.json(answer);
  };
}
