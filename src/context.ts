import type { Config } from './config';
import { createMemoryStore, createMongoStore, createSqliteStore, type Store } from './features/stores';
import type { Logger } from './logger';
import { createModelHolder, type ModelHolder } from './model/model-holder';
import type { ReviewContext } from './features/reviews/review';
import { billLocks } from './features/reviews/bill-locks';
import { createRulesetHolder, type RulesetHolder } from './rules/ruleset-holder';
import type { Checkpoints } from './store/sqlite/connection';
import type { PartWriter } from './store/sqlite/stored-parts';

// The composition root: the one place that turns the checked config into stores and the review runtime.
// Every door, the CLI commands and the worker threads build theirs here.

export interface AppContext extends ReviewContext {
  rules: RulesetHolder;
  model: ModelHolder;
  store: Store;
}

export interface StoreOptions {
  /**
   * Who checkpoints the SQLite WAL (see store/sqlite/connection.ts): `auto` for batch intakes (the CLI,
   * review workers), `background` for the long-running service, `external` for a connection whose
   * checkpoints another connection of the service runs (the review thread's). Ignored by MongoDB.
   */
  checkpoints?: Checkpoints;
  /** The write lock shared by the threads that write the same SQLite file (store/sqlite/write-lock.ts). */
  writeLock?: SharedArrayBuffer | null;
  /** Locks on identical bills shared by the threads that review into the same store (features/reviews/bill-locks.ts). */
  billLocks?: SharedArrayBuffer | null;
  /** A store in memory (tests and examples): no file, nothing shared. */
  memory?: boolean;
  /** Who writes long texts' parts (SQLite; the big review lane's writer thread, api/review-thread/part-writer.ts). */
  writeParts?: PartWriter;
  /** A rule set holder made already (tests: one build of the rules per test file); else built from config.rulesDir. */
  rules?: RulesetHolder;
}

/** Every feature's store on the configured backend: MONGO_URL set, MongoDB (connects in the background; the first query waits for it); else the embedded file. */
export function createStore(config: Pick<Config, 'mongoUrl' | 'storePath' | 'storeMaxPages'>, logger: Logger, opts: StoreOptions = {}): Store {
  if (opts.memory) return createMemoryStore();
  if (config.mongoUrl) return createMongoStore({ url: config.mongoUrl });
  return createSqliteStore({
    path: config.storePath,
    maxPages: config.storeMaxPages,
    checkpoints: opts.checkpoints ?? 'auto',
    writeLock: opts.writeLock ?? null,
    onCheckpointError: (message: string) => logger.warn({ err: message }, 'WAL checkpoint failed'),
  }, opts.writeParts);
}

/** Every dependency of review() from the checked config: rules, grouping tables, model and the store. */
export function createContext(config: Config, logger: Logger, opts: StoreOptions = {}): AppContext {
  const rules = opts.rules ?? createRulesetHolder(config.rulesDir);
  const { refs, version } = rules.current();
  if (!refs.grouper) logger.warn({ rulesDir: config.rulesDir }, 'no grouping tables: inpatient claims will not be grouped');
  const model = createModelHolder({ modelsDir: config.modelsDir, name: config.modelName, alertRate: config.modelAlertRate, logger });
  const store = createStore(config, logger, opts);
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
  return { rules, model, store, ...(opts.billLocks && { billLocks: billLocks(opts.billLocks) }) };
}
