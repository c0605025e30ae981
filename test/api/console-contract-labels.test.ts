import request from 'supertest';
import { createApp } from '../../src/api/app';
import { EVIDENCE_LABELS } from '../../src/contract/evidence-labels';
import { VIOLATION_TYPES } from '../../src/contract/violation-types';
import { silentLogger, testContext } from '../helpers/context';

// The console's evidence field names and violation types are the server's tables, served as an ES module, not copies.
describe('console contract labels', () => {
  it('serves evidence-labels.ts and violation-types.ts as the ES module labels.js imports', async () => {
    const { ctx, config } = testContext({ MODEL_NAME: 'none' });
    const res = await request(createApp({ ctx, config, logger: silentLogger })).get('/console/contract-labels.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    const match = /^export const EVIDENCE = (\{.*\});\nexport const VIOLATION_TYPES = (\[.*\]);\n$/s.exec(res.text);
    expect(JSON.parse(match![1])).toEqual(EVIDENCE_LABELS);
    expect(JSON.parse(match![2])).toEqual([...VIOLATION_TYPES]);
    expect(EVIDENCE_LABELS.limit).toBe('限定条件');
  });
});
