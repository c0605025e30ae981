import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger';
import type { RulesetHolder } from './ruleset-holder';

/**
 * Reloads the rule set when anything under rules/ changes. Editors write files in several steps, so
 * changes are debounced; a reload that fails keeps the last good set and logs the file and rule.
 */
export function watchRules(holder: RulesetHolder, logger: Logger, debounceMs = 300): FSWatcher {
  let timer: NodeJS.Timeout | null = null;
  const watcher = watch(holder.dir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const before = holder.current().version;
      try {
        const next = holder.reload();
        if (next.version !== before) {
          logger.info({ rulesetVersion: next.version, rules: next.rules.length }, 'rules reloaded after a file change');
        }
      } catch (err) {
        logger.error({ err: (err as Error).message, rulesetVersion: before }, 'rules reload failed; keeping the last good set');
      }
    }, debounceMs);
  });
  watcher.on('close', () => timer && clearTimeout(timer));
  return watcher;
}
