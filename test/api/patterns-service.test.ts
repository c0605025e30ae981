import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { trailingPeriod } from '../../src/features/patterns/pattern-service';
import { startService } from '../../src/server';
import { silentLogger } from '../helpers/context';
import { tempDir } from '../helpers/temp-dir';

// The service runs the provider patterns at start when the last run is stale (here: never run), over the
// trailing PATTERNS_WINDOW_DAYS, and not at all with PATTERNS_SCHEDULE=off. The nightly timing itself is
// tested on an injected clock (test/features/patterns/scheduler.test.ts).

const start = (env: Record<string, string>) =>
  startService(loadConfig({ STORE_PATH: join(tempDir('pat-svc-'), 'review.db'), SAMPLE_DATA: 'off', PORT: '0', HOST: '127.0.0.1', ...env }), silentLogger);

describe('provider patterns in the service', () => {
  it('runs at start on a store that has never had a run, and records it', async () => {
    const service = await start({ PATTERNS_WINDOW_DAYS: '30' });
    try {
      expect(service.patterns).not.toBeNull();
      await service.patterns!.idle();
      const run = await service.ctx.store.lastPatternRun();
      const expected = trailingPeriod(new Date(), 30);
      expect(run).toMatchObject({ trigger: 'start', findings: 0, from: expected.from, to: expected.to });
    } finally {
      await service.shutdown('test');
    }
  }, 60_000);

  it('does not schedule or run with PATTERNS_SCHEDULE=off', async () => {
    const service = await start({ PATTERNS_SCHEDULE: 'off' });
    try {
      expect(service.patterns).toBeNull();
      expect(await service.ctx.store.lastPatternRun()).toBeNull();
    } finally {
      await service.shutdown('test');
    }
  }, 60_000);
});
