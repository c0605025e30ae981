import type { AuditDraft } from '../../../src/features/cases/case-store';
import type { Inspection, PointFinding } from '../../../src/features/inspections/inspection';
import type { Store } from '../../../src/features/stores';

// The inspection store contract, run against every backend (inspection-store.test.ts): an inspection and its
// points read back whole, listed by province, findings set only while open, closing once, and every write's
// audit lines readable by the inspection's id. `make` returns a fresh, empty store.

export function sampleInspection(id: string, province = '51', createdAt = '2025-04-01T08:00:00.000Z'): Inspection {
  return {
    id, title: `检查 ${id}`, hospitalId: 'H1', region: `${province}0100`, province, from: '2025-01-01', to: '2025-03-31',
    team: ['王调查', '李组长'], leader: '李组长', status: 'open', createdBy: '督导', createdAt,
    closedBy: null, closedAt: null, conclusion: null, omittedClaims: 2,
    points: [
      {
        no: 1, kind: 'claim', claimId: 'A1', title: '性别不符', ruleIds: ['catalogue.gender'], serviceDate: '2025-01-05',
        insuredIdMasked: 'IN**********01', amountAtStakeFen: 10000, fundClaimedFen: 80000,
        evidence: [{ ruleId: 'catalogue.gender', message: '性别不符', amountFen: 10000, lineIds: ['1'], evidence: { gender: 'M' } }], finding: null,
      },
      {
        no: 2, kind: 'provider', claimId: null, title: '周末就诊激增', ruleIds: ['pattern.weekend'], serviceDate: null,
        insuredIdMasked: null, amountAtStakeFen: 500, fundClaimedFen: null,
        evidence: [{ ruleId: 'pattern.weekend', message: '周末就诊激增', amountFen: 500, lineIds: [], evidence: { ratio: 3.2 } }], finding: null,
      },
    ],
  };
}

const line = (inspectionId: string, action: AuditDraft['action'], claimId: string | null = null): AuditDraft => ({
  claimId, at: '2025-04-01T09:00:00.000Z', actor: '李组长', role: 'supervisor', action, from: null, to: 'x', detail: { keyId: 'k1', inspectionId },
});
const finding: PointFinding = { result: 'partial', violationType: '超标准收费', amountFen: 4200, note: '现场核实', by: '王调查', at: '2025-04-02T08:00:00.000Z' };

export function describeInspectionContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Store contract, inspections: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps an inspection with its points and evidence whole, and lists it by province, newest first', async () => {
      await store.createInspection(sampleInspection('JC-1'), [line('JC-1', 'inspection-create')]);
      await store.createInspection(sampleInspection('JC-2', '22', '2025-04-03T08:00:00.000Z'), [line('JC-2', 'inspection-create')]);
      await store.createInspection(sampleInspection('JC-3', '51', '2025-04-05T08:00:00.000Z'), [line('JC-3', 'inspection-create')]);
      expect(await store.getInspection('JC-1')).toEqual(sampleInspection('JC-1'));
      expect(await store.getInspection('nope')).toBeUndefined();
      expect((await store.listInspections(undefined)).map((i) => i.id)).toEqual(['JC-3', 'JC-2', 'JC-1']);
      const sichuan = await store.listInspections(['51']);
      expect(sichuan.map((i) => i.id)).toEqual(['JC-3', 'JC-1']);
      expect(sichuan[1]).toMatchObject({ id: 'JC-1', pointCount: 2, recordedCount: 0, team: ['王调查', '李组长'], omittedClaims: 2 });
      expect(sichuan[1]).not.toHaveProperty('points');
    });

    it('records a finding while open, with its audit line; refuses an unknown point or inspection', async () => {
      await store.createInspection(sampleInspection('JC-1'), [line('JC-1', 'inspection-create')]);
      expect(await store.recordPoint('JC-1', 1, finding, [line('JC-1', 'inspection-record', 'A1')])).toBe('ok');
      expect(await store.recordPoint('JC-1', 9, finding, [line('JC-1', 'inspection-record')])).toBe('missing');
      expect(await store.recordPoint('JC-9', 1, finding, [line('JC-9', 'inspection-record')])).toBe('missing');
      const got = await store.getInspection('JC-1');
      expect(got?.points[0].finding).toEqual(finding);
      expect(got?.points[1].finding).toBeNull();
      expect((await store.listInspections(undefined))[0].recordedCount).toBe(1);
      // The line about claim A1 is also in that case's own history.
      expect((await store.listAudit({ claimId: 'A1', limit: 10 })).map((e) => e.action)).toEqual(['inspection-record']);
      expect((await store.inspectionTrail('JC-1')).map((e) => e.action)).toEqual(['inspection-create', 'inspection-record']);
      expect(await store.inspectionTrail('JC-9')).toEqual([]);
    });

    it('closes once; a closed inspection takes no finding and writes no audit line for the refusal', async () => {
      await store.createInspection(sampleInspection('JC-1'), [line('JC-1', 'inspection-create')]);
      await store.createInspection(sampleInspection('JC-2'), [line('JC-2', 'inspection-create')]);
      const close = { by: '李组长', at: '2025-04-09T08:00:00.000Z', conclusion: '属实 1 项' };
      expect(await store.closeInspection('JC-1', close, [line('JC-1', 'inspection-close')])).toBe('ok');
      expect(await store.closeInspection('JC-1', close, [line('JC-1', 'inspection-close')])).toBe('closed');
      expect(await store.closeInspection('JC-9', close, [line('JC-9', 'inspection-close')])).toBe('missing');
      expect(await store.recordPoint('JC-1', 1, finding, [line('JC-1', 'inspection-record')])).toBe('closed');
      expect(await store.getInspection('JC-1')).toMatchObject({ status: 'closed', closedBy: '李组长', closedAt: close.at, conclusion: '属实 1 项' });
      expect((await store.getInspection('JC-2'))?.status).toBe('open');
      expect((await store.inspectionTrail('JC-1')).map((e) => e.action)).toEqual(['inspection-create', 'inspection-close']);
    });
  });
}
