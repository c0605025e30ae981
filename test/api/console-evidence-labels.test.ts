import request from 'supertest';
import { createApp } from '../../src/api/app';
import { EVIDENCE_LABELS } from '../../src/contract/evidence-labels';
import { silentLogger, testContext } from '../helpers/context';

// The console's evidence field names are the 3101 response's table, served as an ES module, not a copy of it.
describe('console evidence labels', () => {
  it('serves src/contract/evidence-labels.ts as the ES module labels.js imports', async () => {
    const { ctx, config } = testContext({ MODEL_NAME: 'none' });
    const res = await request(createApp({ ctx, config, logger: silentLogger })).get('/console/evidence-labels.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    const match = /^export const EVIDENCE = (\{.*\});\n$/s.exec(res.text);
    expect(JSON.parse(match![1])).toEqual(EVIDENCE_LABELS);
    expect(EVIDENCE_LABELS.limit).toBe('限定条件');
  });
});
