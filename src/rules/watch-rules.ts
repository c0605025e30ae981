import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger';

/** A reload's answer (JudgeControl.reloadRules). */
interface Reloaded {
  rulesetVersion: string;
  previousVersion: string;
  count: number;
}

/** What a reload after a file change came to: a new set, or refused (the last good set stays). */
export type WatchReload = ({ ok: true } & Reloaded) | { ok: false; error: unknown };

export interface WatchOptions {
  debounceMs?: number;
  /** Told of each reload that changed the set or was refused (the service writes it to the audit trail). */
  onReload?: (outcome: WatchReload) => Promise<void> | void;
}

/**
 * Reloads the rule set in `dir` when anything under it changes, through whatever judges (the service's review
 * thread). Editors write files in several steps, so changes are debounced; a reload that fails keeps the last
 * good set and logs the file and rule.
 */
export function watchRules(dir: string, judges: { reloadRules(): Promise<Reloaded> }, logger: Logger, opts: WatchOptions = {}): FSWatcher {
  const { debounceMs = 300, onReload } = opts;
  let timer: NodeJS.Timeout | null = null;
  const tell = (outcome: WatchReload) =>
    Promise.resolve()
      .then(() => onReload?.(outcome))
      .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'a rules reload could not be reported'));
  const watcher = watch(dir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      judges.reloadRules().then(
        (next) => {
          if (next.rulesetVersion === next.previousVersion) return;
          logger.info({ rulesetVersion: next.rulesetVersion, rules: next.count }, 'rules reloaded after a file change');
          return tell({ ok: true, ...next });
        },
        (err: unknown) => {
          logger.error({ err: (err as Error).message }, 'rules reload failed; keeping the last good set');
          return tell({ ok: false, error: err });
        },
      );
    }, debounceMs);
  });
  watcher.on('close', () => timer && clearTimeout(timer));
  return watcher;
}
