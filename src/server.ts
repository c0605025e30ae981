import { createReadStream, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from './api/app';
import type { Config } from './config';
import { createContext, type AppContext } from './context';
import { reviewNdjson } from './ingest/ndjson-intake';
import type { Logger } from './logger';

export interface RunningService {
  server: Server;
  ctx: AppContext;
  /** Stops accepting, lets in-flight reviews finish and be recorded, then closes the store. */
  shutdown(reason: string): Promise<void>;
}

/** Reviews the shipped sample once into an empty store, so a fresh service has cases to show. */
async function loadSample(config: Config, ctx: AppContext, logger: Logger): Promise<void> {
  if (!config.sampleData || !existsSync(config.sampleData)) return;
  if ((await ctx.store.countVerdicts()) > 0) return;
  const summary = await reviewNdjson(createReadStream(config.sampleData), ctx, { source: 'sample', onVerdicts: () => {} });
  logger.info({ file: config.sampleData, ...summary }, 'reviewed sample data into the empty store');
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const ctx = createContext(config, logger);
  await loadSample(config, ctx, logger);
  let draining = false;
  const app = createApp({ ctx, config, logger, isDraining: () => draining });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  const address = server.address();
  logger.info({ address }, 'listening');

  let closing: Promise<void> | null = null;
  const shutdown = (reason: string) => {
    closing ??= (async () => {
      draining = true;
      logger.info({ reason }, 'shutting down: no new requests, finishing those in flight');
      // close() waits for in-flight requests; idle keep-alive sockets are closed so it cannot hang on them.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await ctx.store.close();
      logger.info('shut down cleanly');
    })();
    return closing;
  };
  return { server, ctx, shutdown };
}
