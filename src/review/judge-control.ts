import type { Logger } from '../logger';
import type { ModelHolder } from '../model/model-holder';
import type { AnomalyModel } from '../model/model';
import type { RejectedRules, RulesetHolder } from '../rules/ruleset-holder';

/**
 * Control of whatever judges the claims: its versions, its rule list and reloads. Asked, never held: in the
 * service the review thread owns the rules and model, and the HTTP thread asks it (review-thread.ts), so
 * /readyz reports what actually judges. On one thread it is the thread's own holders (localJudges).
 */
export interface JudgeControl {
  versions(): Promise<JudgeVersions>;
  rules(): Promise<RuleList>;
  /** Loads the rule files again; a bad file throws RuleLoadError and the active set stays. */
  reloadRules(): Promise<{ rulesetVersion: string; previousVersion: string; count: number }>;
  /** Loads `name` (or the configured / newest model); a failed load throws and the active model stays. Absent: cannot reload. */
  reloadModel?(name?: string): Promise<{ modelVersion: string; previousVersion: string; threshold: number }>;
}

export interface JudgeVersions {
  rulesetVersion: string;
  modelVersion: string;
  /** Rule files on disk that the last reload refused (the active set keeps judging); null when none. */
  rejectedRules: RejectedRules | null;
}

export interface RuleList {
  rulesetVersion: string;
  count: number;
  rules: { id: string; family: string; severity: string; appliesTo: string; title: string; scope: unknown; meta: unknown; file: string; examples: unknown }[];
}

export interface LocalJudges {
  rules: RulesetHolder;
  model: { current(): AnomalyModel } & Partial<Pick<ModelHolder, 'reload'>>;
}

/** The holders of this thread. Each reload runs before the returned promise, so a review after it sees it. */
export function localJudges({ rules, model }: LocalJudges): JudgeControl {
  const reload = model.reload?.bind(model);
  return {
    versions: async () => ({ rulesetVersion: rules.current().version, modelVersion: model.current().version, rejectedRules: rules.rejected() }),
    async rules() {
      const rs = rules.current();
      return {
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
          // What the rule must and must not fire on (patches of the base claims): shown in the console's rule page.
          examples: def.examples,
        })),
      };
    },
    async reloadRules() {
      const previousVersion = rules.current().version;
      const next = rules.reload();
      return { rulesetVersion: next.version, previousVersion, count: next.rules.length };
    },
    ...(reload && {
      async reloadModel(name?: string) {
        const previousVersion = model.current().version;
        const next = reload(name);
        return { modelVersion: next.version, previousVersion, threshold: next.threshold };
      },
    }),
  };
}

/** Whatever repeats the reloads of the judges: its answers are not used. */
export interface ReloadFollower {
  reloadRules(): Promise<unknown>;
  reloadModel?(name?: string): Promise<unknown>;
}

/**
 * `first` judges and answers; `follower` (the review thread's lane for big bodies, or the Kafka door's review
 * workers) follows each reload that `first` accepted. A follower that fails to follow keeps its last good set
 * and is logged: its verdicts then name their own versions.
 */
export function followedBy(first: JudgeControl, follower: ReloadFollower, logger: Logger): JudgeControl {
  const follow = async <T>(what: string, answer: T, reload: () => Promise<unknown>): Promise<T> => {
    await reload().catch((err: unknown) => logger.error({ err: (err as Error).message, what }, 'a second set of judges could not follow a reload; it keeps its last good set'));
    return answer;
  };
  return {
    versions: () => first.versions(),
    rules: () => first.rules(),
    reloadRules: async () => follow('rules', await first.reloadRules(), () => follower.reloadRules()),
    ...(first.reloadModel && {
      reloadModel: async (name?: string) => follow('model', await first.reloadModel!(name), () => follower.reloadModel?.(name) ?? Promise.resolve()),
    }),
  };
}
