import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startService } from './server';
import { setReviewCompilerFlags } from './review/compiler-flags';

// Before the service reviews anything (compiler-flags.ts says why).
setReviewCompilerFlags();

// `npm start`: the service on its embedded defaults. Config is checked before anything else starts.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  const service = await startService(config, logger);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      service.shutdown(signal).then(
        () => process.exit(0),
        (err) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((err) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
