import { rmSync } from 'node:fs';
import { testContext } from '../helpers/context';
import { kafkaPool } from '../kafka/kit';

// The Kafka door's review workers follow the service's reloads (followedBy in src/server.ts): each worker
// reloads after the batches before it and says whether it could.

describe('review pool reloads', () => {
  it('every worker reloads its rules; a model that does not exist is refused, naming why', async () => {
    const { ctx, config, dir } = testContext();
    const pool = kafkaPool(config.storePath);
    try {
      await expect(pool.reload('rules')).resolves.toBeUndefined();
      await expect(pool.reload('model', 'no-such-model')).rejects.toThrow(/could not reload its model: .*no-such-model/);
      // Still reviewing after both.
      const { output } = await pool.review([Buffer.from('not json')], []);
      expect(JSON.parse(output.toString('utf8')).decision).toBe('invalid');
    } finally {
      await pool.close();
      await ctx.store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
