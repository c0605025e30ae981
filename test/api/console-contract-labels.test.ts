import request from 'supertest';
import { createApp } from '../../src/api/app';
import { EVIDENCE_LABELS, evidenceText } from '../../src/contract/evidence-labels';
import { VIOLATION_TYPES } from '../../src/contract/violation-types';
import { silentLogger, testContext } from '../helpers/context';

// The console's evidence field names and violation types are the server's tables, served as an ES module, not copies.
describe('console contract labels', () => {
  it('serves evidence-labels.ts and violation-types.ts as the ES module labels.js imports', async () => {
    const { ctx, config } = testContext({ MODEL_NAME: 'none' });
    const res = await request(createApp({ ctx, config, logger: silentLogger })).get('/console/contract-labels.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    const match = /^export const EVIDENCE = (\{.*\});\nexport const VIOLATION_TYPES = (\[.*\]);\nexport function evidenceText\(/s.exec(res.text);
    expect(JSON.parse(match![1])).toEqual(EVIDENCE_LABELS);
    expect(JSON.parse(match![2])).toEqual([...VIOLATION_TYPES]);
    expect(EVIDENCE_LABELS.limit).toBe('限定条件');
    // The served module stands alone (the browser has nothing else): evaluated by itself, its evidenceText renders a
    // value as the 3101 response does (review 31 item 15: one rendering, not two).
    const served = new Function(`${res.text.replace(/^export /gm, '')}\nreturn { EVIDENCE, evidenceText };`)();
    const value = { otherClaim: { otherHospital: 'H2', nested: true, dates: ['2025-03-01', '2025-03-02'] }, limit: null };
    expect(served.evidenceText(value, served.EVIDENCE)).toBe(evidenceText(value, EVIDENCE_LABELS));
    expect(served.evidenceText(value, served.EVIDENCE)).toBe('另一单据：另一医疗机构：H2；完全包含于另一住院：是；日期：2025-03-01、2025-03-02；限定条件：—');
  });
});
