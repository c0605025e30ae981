import type { Command } from 'commander';
import { createApiKey } from '../api/auth/create-key';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { ROLES, type Role } from '../contract/records';

// `yibao-review keys create --role admin --name ops [--provinces 51,22]`: the way to the first admin key (and
// any later one). The key is printed once on stdout; the store keeps only its HMAC under AUTH_PEPPER, so the
// service must run with the same AUTH_PEPPER as this command.

const CLI = { keyId: 'cli', name: 'cli', role: 'admin' as const, provinces: [] };

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('API keys for the HTTP API and the console');
  keys
    .command('create')
    .description('create a key and print it once (only its hash is stored)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--name <name>', 'who holds the key (shown in the audit trail)')
    .option('--provinces <codes>', 'comma-separated 2-digit province codes the key may see (investigators: required)', '')
    .option('--store <path>', 'embedded store file (STORE_PATH)')
    .action(async (o: { role: string; name: string; provinces: string; store?: string }) => {
      if (!ROLES.includes(o.role as Role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const provinces = o.provinces.split(',').map((p) => p.trim()).filter(Boolean);
      const bad = provinces.find((p) => !/^\d{2}$/.test(p));
      if (bad) throw new Error(`--provinces: ${bad} is not a 2-digit province code`);
      if (!o.name.trim() || o.name.length > 64) throw new Error('--name must be 1-64 characters');
      const config = loadConfig({ ...process.env, ...(o.store ? { STORE_PATH: o.store } : {}) });
      if (config.auth.pepperIsDefault) {
        process.stderr.write('warning: AUTH_PEPPER is not set; this key only works with a service using the development pepper\n');
      }
      const { createStore } = await import('../context');
      const store = createStore(config, createLogger('silent'));
      try {
        const { key, record } = await createApiKey(store, { name: o.name.trim(), role: o.role as Role, provinces }, config.auth.pepper, CLI);
        process.stderr.write(`created ${record.role} key ${record.id} for ${record.name}${record.provinces.length ? ` (provinces ${record.provinces.join(', ')})` : ''}; it is shown only now:\n`);
        process.stdout.write(`${key}\n`);
      } catch (err) {
        if (err instanceof RangeError) throw new Error(err.message);
        throw err;
      } finally {
        await store.close();
      }
    });
}
