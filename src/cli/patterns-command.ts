import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { loadCatalogue } from '../enrich/catalogue';
import { loadBedDaySettings } from '../enrich/bed-day-setting';
import { CATALOGUE_SUBDIR, KNOWLEDGE_SUBDIR, NORMS_SUBDIR } from '../enrich/load-refs';
import { loadNorms } from '../grouping/norms';
import { createLogger } from '../logger';
import { writeAll } from './write';

// `patterns --from YYYY-MM-DD --to YYYY-MM-DD [--store PATH] [--json]`: provider-level patterns over the
// period, recorded as a run (the API and the console show the latest), printed as text or JSON.

interface PatternOpts {
  from?: string;
  to?: string;
  store?: string;
  rules?: string;
  json?: boolean;
}

export function registerPatterns(program: Command): void {
  program
    .command('patterns')
    .description('provider-level patterns (per doctor and institution against peers of the same level and region, shrunk for small volumes) over a period of service dates; records the run')
    .option('--from <YYYY-MM-DD>', 'first service date')
    .option('--to <YYYY-MM-DD>', 'last service date')
    .option('--store <path>', 'embedded store file (STORE_PATH)')
    .option('--rules <dir>', 'rules directory (catalogue prices, DRG norms) (RULES_DIR)')
    .option('--json', 'print the run and its findings as JSON')
    .action(async (o: PatternOpts) => {
      const { checkPeriod, patternRefs, runPatterns } = await import('../features/patterns/pattern-service');
      const period = checkPeriod({ from: o.from, to: o.to });
      const config = loadConfig({ ...process.env, ...(o.store ? { STORE_PATH: o.store } : {}), ...(o.rules ? { RULES_DIR: o.rules } : {}) });
      const refs = patternRefs({
        catalogue: loadCatalogue(join(config.rulesDir, CATALOGUE_SUBDIR)),
        // Without norm tables the period's mean stay of each DRG is its norm.
        norms: existsSync(join(config.rulesDir, NORMS_SUBDIR)) ? loadNorms(join(config.rulesDir, NORMS_SUBDIR)) : null,
        // Stays paid by the bed-day are not measured by the DRG (their stay length, their clinical context).
        knowledge: { bedDaySettings: loadBedDaySettings(join(config.rulesDir, KNOWLEDGE_SUBDIR, 'bed-day-settings.json')) },
      }, config.patterns.clusters);
      const { createStore } = await import('../context');
      const store = createStore(config, createLogger('silent'));
      try {
        const { run, findings } = await runPatterns(store, period, refs, { trigger: 'cli' });
        if (o.json) await writeAll(process.stdout, `${JSON.stringify({ run, findings }, null, 2)}\n`);
        else {
          const { formatRun } = await import('../features/patterns/format-findings');
          await writeAll(process.stdout, formatRun(run, findings));
        }
      } finally {
        await store.close();
      }
    });
}
