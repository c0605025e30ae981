import { toResultEntry } from '../../src/ingest/fsi/findings';
import type { FsiFinding } from '../../src/features/fsi/fsi-store';

const finding = (evidence: Record<string, unknown>): FsiFinding => ({
  jrId: 'JR1', claimId: 'FSI-H1-MD1', mdtrtId: 'MD1', patnId: 'P1', fixmedinsCode: 'H1', hospitalId: 'H1', doctorId: null,
  ruleId: 'history.overlapping-stay', ruleName: '住院期间另有住院', family: 'history', severity: 'warn', sevDeg: '2',
  message: '住院期间另有住院', amount: null, evidence, rxIds: [], involvedRxIds: [], trigScen: '5', stage: 'review',
  taskId: null, issuedAt: '2025-03-04T00:00:00Z', feedback: null,
});

// 3101's vola_evid is read by hospital staff: every field name in Chinese, nested ones too, no JSON.
describe('3101 vola_evid', () => {
  it('names nested evidence fields in Chinese and writes yes/no as 是/否', () => {
    const text = toResultEntry(finding({ otherClaim: { otherHospital: 'H2', otherFrom: '2025-03-01', nested: true }, codes: ['A', 'B'] })).vola_evid;
    // Each value as the console shows it (evidence-labels.ts evidenceText), the fields by "; " (review 31 item 15).
    expect(text).toBe('另一单据: 另一医疗机构：H2；另一单据开始日期：2025-03-01；完全包含于另一住院：是; 相同项目编码: A、B');
    expect(text).not.toMatch(/"|otherHospital|nested/);
  });
});
