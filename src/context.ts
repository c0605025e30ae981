import type { Config } from './config';
import type { Logger } from './logger';
import { NO_MODEL, type AnomalyModel } from './model/model';
import type { ReviewContext } from './review/review';
import { createRulesetHolder, type RulesetHolder } from './rules/ruleset-holder';
import { createMongoStore } from './store/mongo';
import { createSqliteStore } from './store/sqlite';

export interface AppContext extends ReviewContext {
  rules: RulesetHolder;
}

/** Plain factory wiring: builds every dependency of review() from the checked config. */
export function createContext(config: Config, logger: Logger): AppContext {
  const rules = createRulesetHolder(config.rulesDir);
  const { refs, version } = rules.current();
  if (!refs.grouper) logger.warn({ rulesDir: config.rulesDir }, 'no grouping tables: inpatient claims will not be grouped');
  const model: AnomalyModel = NO_MODEL;
  // MONGO_URL set: MongoDB (connects in the background; the first query waits for it). Else the embedded file.
  const store = config.mongoUrl ? createMongoStore({ url: config.mongoUrl }) : createSqliteStore({ path: config.storePath });
  logger.info(
    {
      rulesetVersion: version,
      rules: rules.current().rules.length,
      catalogueEntries: refs.catalogue.size,
      grouping: refs.grouper?.scheme ?? null,
      modelVersion: model.version,
      store: config.mongoUrl ? 'mongodb' : config.storePath,
    },
    'review context ready',
  );
  return { rules, model: { current: () => model }, store };
}
