import type { FsiFinding } from '../../../src/features/fsi/fsi-store';
import type { FsiFeedback } from '../../../src/contract/records';
import type { Store } from '../../../src/features/stores';

// The FSI part of the Store contract (3101 findings, 3103 feedback), as sqlite/fsi.ts behaves. Run on the
// reference backends by mongo-fsi-contract.test.ts and on MongoDB by mongo-store.test.ts (with MONGO_URL).

export const finding = (jrId: string, over: Partial<FsiFinding> = {}): FsiFinding => ({
  jrId,
  claimId: 'FSI-H1-M1',
  mdtrtId: 'M1',
  patnId: 'P1',
  fixmedinsCode: 'H1',
  hospitalId: 'H1',
  doctorId: 'D1',
  ruleId: 'catalogue.gender',
  ruleName: '限性别',
  family: 'catalogue',
  severity: 'block',
  sevDeg: '1',
  message: '男性患者使用女性专用项目',
  amount: 1200,
  evidence: { gender: 'M', nested: { codes: ['A', 'B'] } },
  rxIds: ['RX1'],
  involvedRxIds: [],
  trigScen: '1',
  stage: 'reminder',
  taskId: null,
  issuedAt: '2025-03-01T08:00:00.000Z',
  feedback: null,
  ...over,
});
const goOn: FsiFeedback = { dspoWay: '1', reason: '病情需要', at: '2025-03-01T08:05:00.000Z' };
const changed: FsiFeedback = { dspoWay: '2', reason: null, at: '2025-03-01T08:06:00.000Z' };

export function describeFsiContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Store contract, FSI findings: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an encounter’s findings in order and reads them back whole', async () => {
      const set = [finding('JR1'), finding('JR2', { severity: 'warn', doctorId: null, evidence: null, amount: null })];
      await store.saveFindings('FSI-H1-M1', set);
      expect(await store.listFindings('FSI-H1-M1')).toEqual(set);
      expect(await store.listFindings('FSI-H1-M2')).toEqual([]);
    });

    it('keeps saves made at the same moment, in the order they were asked (the later set of an encounter wins)', async () => {
      await Promise.all([
        store.saveFindings('FSI-H1-M1', [finding('JR1')]),
        store.saveFindings('FSI-H1-M2', [finding('JR2', { claimId: 'FSI-H1-M2' })]),
        store.saveFindings('FSI-H1-M1', [finding('JR3'), finding('JR4')]),
      ]);
      expect((await store.listFindings('FSI-H1-M1')).map((f) => f.jrId)).toEqual(['JR3', 'JR4']);
      expect((await store.listFindings('FSI-H1-M2')).map((f) => f.jrId)).toEqual(['JR2']);
    });

    it('replaces the set on a repeated call, keeping feedback of the jr_ids that persist', async () => {
      await store.saveFindings('FSI-H1-M1', [finding('JR1'), finding('JR2')]);
      expect(await store.recordFeedback([{ jrId: 'JR1', feedback: goOn }, { jrId: 'JR2', feedback: changed }, { jrId: 'NOPE', feedback: goOn }])).toEqual(['NOPE']);
      await store.saveFindings('FSI-H1-M1', [finding('JR3', { stage: 'review' }), finding('JR1', { stage: 'review', message: '更新' })]);
      const after = await store.listFindings('FSI-H1-M1');
      expect(after.map((f) => [f.jrId, f.stage, f.feedback])).toEqual([
        ['JR3', 'review', null],
        ['JR1', 'review', goOn],
      ]);
      expect(after[1].message).toBe('更新');
      // JR2 is gone: feedback for it now names it unknown.
      expect(await store.recordFeedback([{ jrId: 'JR2', feedback: goOn }])).toEqual(['JR2']);
    });

    it('takes feedback carried on a new finding when none was given before', async () => {
      await store.saveFindings('FSI-H1-M1', [finding('JR1', { feedback: changed })]);
      expect((await store.listFindings('FSI-H1-M1'))[0].feedback).toEqual(changed);
    });

    it('counts block findings the doctor continued on, per doctor and institution', async () => {
      await store.saveFindings('FSI-H1-M1', [finding('JR1'), finding('JR2'), finding('JR3', { severity: 'warn' })]);
      await store.saveFindings('FSI-H2-M9', [finding('JR9', { claimId: 'FSI-H2-M9', hospitalId: 'H2', doctorId: null })]);
      expect(await store.continuedAfterBlock()).toEqual([]);
      await store.recordFeedback([
        { jrId: 'JR1', feedback: goOn },
        { jrId: 'JR2', feedback: goOn },
        { jrId: 'JR3', feedback: goOn },
        { jrId: 'JR9', feedback: goOn },
      ]);
      expect(await store.continuedAfterBlock()).toEqual([
        { hospitalId: 'H1', doctorId: 'D1', count: 2 },
        { hospitalId: 'H2', doctorId: null, count: 1 },
      ]);
      // Changed orders do not count.
      await store.recordFeedback([{ jrId: 'JR2', feedback: changed }]);
      expect((await store.continuedAfterBlock())[0]).toEqual({ hospitalId: 'H1', doctorId: 'D1', count: 1 });
    });
  });
}
