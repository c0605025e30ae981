import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger';

/** A reload's answer (JudgeControl.reloadRules). */
interface Reloaded {
  rulesetVersion: string;
  previousVersion: string;
  count: number;
}

/**
 * Reloads the rule set in `dir` when anything under it changes, through whatever judges (the service's review
 * thread). Editors write files in several steps, so changes are debounced; a reload that fails keeps the last
 * good set and logs the file and rule.
 */
export function watchRules(dir: string, judges: { reloadRules(): Promise<Reloaded> }, logger: Logger, debounceMs = 300): FSWatcher {
  let timer: NodeJS.Timeout | null = null;
  const watcher = watch(dir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      judges.reloadRules().then(
        (next) => {
          if (next.rulesetVersion !== next.previousVersion) {
            logger.info({ rulesetVersion: next.rulesetVersion, rules: next.count }, 'rules reloaded after a file change');
          }
        },
        (err: unknown) => logger.error({ err: (err as Error).message }, 'rules reload failed; keeping the last good set'),
      );
    }, debounceMs);
  });
  watcher.on('close', () => timer && clearTimeout(timer));
  return watcher;
}
