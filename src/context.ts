import type { Config } from './config';
import type { Logger } from './logger';
import { createModelHolder, type ModelHolder } from './model/model-holder';
import type { ReviewContext } from './review/review';
import { createRulesetHolder, type RulesetHolder } from './rules/ruleset-holder';
import { createMongoStore } from './store/mongo';
import { createSqliteStore } from './store/sqlite';

export interface AppContext extends ReviewContext {
  rules: RulesetHolder;
  model: ModelHolder;
}

/**
 * Plain factory wiring: builds every dependency of review() from the checked config.
 * `service`: a long-running server, whose SQLite WAL is checkpointed from a worker thread so no request waits
 * for a checkpoint; batch intakes (CLI, review workers) leave it to SQLite's auto-checkpoint in their commits.
 * `reviewThread`: the service's review thread, whose store connection leaves checkpoints to the service's.
 */
export function createContext(config: Config, logger: Logger, opts: { service?: boolean; reviewThread?: boolean } = {}): AppContext {
  const rules = createRulesetHolder(config.rulesDir);
  const { refs, version } = rules.current();
  if (!refs.grouper) logger.warn({ rulesDir: config.rulesDir }, 'no grouping tables: inpatient claims will not be grouped');
  const model = createModelHolder({ modelsDir: config.modelsDir, name: config.modelName, alertRate: config.modelAlertRate, logger });
  // MONGO_URL set: MongoDB (connects in the background; the first query waits for it). Else the embedded file.
  const store = config.mongoUrl
    ? createMongoStore({ url: config.mongoUrl })
    : createSqliteStore({
        path: config.storePath,
        maxPages: config.storeMaxPages,
        ...(opts.service ? { backgroundCheckpoints: { intervalMs: 1000, onError: (message: string) => logger.warn({ err: message }, 'WAL checkpoint failed') } } : {}),
        checkpointedElsewhere: opts.reviewThread,
      });
  logger.info(
    {
      rulesetVersion: version,
      rules: rules.current().rules.length,
      catalogueEntries: refs.catalogue.size,
      grouping: refs.grouper?.scheme ?? null,
      modelVersion: model.current().version,
      store: config.mongoUrl ? 'mongodb' : config.storePath,
    },
    'review context ready',
  );
  return { rules, model, store };
}
