import type { PatternFinding } from '../../../src/features/patterns/pattern-store';
import type { Store } from '../../../src/features/stores';
import { makeClaim, makeHit, makeItem, makeOutpatientClaim, makeReviewed } from '../../helpers/fixtures';

// The pattern store contract: the per-claim facts the provider patterns read, and recorded runs with their
// findings, on every backend (pattern-store.test.ts). `make` returns a fresh, empty store.

const finding = (over: Partial<PatternFinding>): PatternFinding => ({
  providerKind: 'doctor', hospitalId: 'H1', doctorId: 'D1', region: '510100', province: '51', hospitalLevel: 3, metric: 'costly-item',
  itemCode: '002401010010001', title: '高值项目使用占比：头颅MRI平扫 002401010010001', count: 12, volume: 20, rate: 0.6, shrunkRate: 0.4, peerRate: 0.1,
  ratio: 4, priorStrength: 10, peerGroup: { region: '510100', hospitalLevel: 3, department: '神经内科', providers: 6 },
  period: { from: '2025-03-01', to: '2025-03-31' }, evidenceClaimIds: ['C1', 'C2'], ...over,
});

export function describePatternContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Store contract, provider patterns: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives a clinic visit its longest days of supply of one drug line, 长处方 lines left out', async () => {
      const op = makeOutpatientClaim({
        claimId: 'OP2', visitDate: '2025-03-10',
        items: [
          makeItem({ lineId: '1', code: 'XJ01CRA119A001', category: 'drug', date: '2025-03-10', quantity: 42, unitPrice: 1 }),
          makeItem({ lineId: '2', code: 'XC08CAA001A001', category: 'drug', date: '2025-03-10', quantity: 84, unitPrice: 1 }),
        ],
      });
      const reviewed = makeReviewed(op);
      // The ledger's days come from the catalogue's usual daily quantity, which the fixtures' empty catalogue lacks: set here.
      reviewed.ledger.lines = (reviewed.ledger.lines ?? []).map((l) => (l.lineId === '1' ? { ...l, days: 14 } : { ...l, days: 84, long: true }));
      await store.saveReviews([reviewed, makeReviewed(makeOutpatientClaim({ claimId: 'OP3', visitDate: '2025-03-11' }))]);
      const claims = await store.patternClaims({ from: '2025-03-01', to: '2025-03-31' });
      expect(claims.find((c) => c.claimId === 'OP2')?.supplyDays).toBe(14);
      expect(claims.find((c) => c.claimId === 'OP3')?.supplyDays).toBeUndefined();
    });

    it('gives each reviewed claim of the period with its ledger facts: member, discharge, DRG, item codes', async () => {
      const op = makeOutpatientClaim({
        claimId: 'OP1', visitDate: '2025-03-10',
        items: [
          makeItem({ lineId: '1', code: '001102000010001', category: 'service', date: '2025-03-10', quantity: 1, unitPrice: 10 }),
          makeItem({ lineId: '2', code: '002401010010001', category: 'service', date: '2025-03-10', quantity: 1, unitPrice: 450 }),
          makeItem({ lineId: '3', code: 'XA10BJL506B002010147391', category: 'drug', date: '2025-03-10', quantity: 1, unitPrice: 320 }),
        ],
      });
      // A drug of the stay's discharge day: kept in the ledger for the course-continued check (courseEnd), not an item code of the stay.
      const base = makeClaim({ claimId: 'IP1', admissionDate: '2025-03-02', dischargeDate: '2025-03-09', dischargeMode: 'transfer' });
      const ip = makeClaim({ ...base, items: [...base.items, makeItem({ lineId: '9', code: 'XJ01DCT505B002010161001', category: 'drug', date: '2025-03-09', quantity: 1, unitPrice: 4.8 })] });
      const grouped = { scheme: 'CHS-DRG 1.1', mdc: 'MDCB', adrg: 'BR2', drg: 'BR25', dip: null, status: 'grouped' };
      await store.saveReviews([
        makeReviewed(op),
        makeReviewed(ip, { decision: 'review', hits: [makeHit({ ruleId: 'grouping.upcoding-drg', amount: 100 })], grouping: grouped }),
        makeReviewed(makeOutpatientClaim({ claimId: 'LATE', visitDate: '2025-04-20' })),
      ]);
      const claims = await store.patternClaims({ from: '2025-03-01', to: '2025-03-31' });
      expect(claims.map((c) => c.claimId)).toEqual(['IP1', 'OP1']);
      expect(claims[0]).toEqual({
        claimId: 'IP1', hospitalId: 'H510100001', doctorId: 'D510100001', region: '510100', province: '51', hospitalLevel: 3, department: '神经内科',
        visitType: 'inpatient', serviceDate: '2025-03-02', endDate: '2025-03-09', totalFen: expect.any(Number), ruleIds: ['grouping.upcoding-drg'],
        drg: 'BR25', insuredId: 'INS-5101-000001', dischargeMode: 'transfer', admissionRoute: null,
        ageYears: 66, principalDiagnosis: 'I63.900', codes: expect.arrayContaining(['002101000010000']),
        diagnosisCodes: expect.arrayContaining(['I63.900']),
        stayDrugCodes: expect.arrayContaining(['XJ01DCT505B002010161001']),
      });
      // The ledger's procedure codes (ICD-9-CM-3) are not diagnoses.
      expect(claims[0].diagnosisCodes.every((d) => /^[A-Z]/.test(d))).toBe(true);
      expect(claims[0].codes).not.toContain('XJ01DCT505B002010161001');
      // … but a stay drug, as the monitored-drug shares read them; a clinic visit has none (its drugs are item codes).
      expect(claims[1].stayDrugCodes).toEqual([]);
      expect(claims[1]).toMatchObject({ visitType: 'outpatient', endDate: '2025-03-10', drg: null, dischargeMode: null });
      expect(claims[1].codes).toEqual(['001102000010001', '002401010010001', 'XA10BJL506B002010147391']);
    });

    it('records runs and keeps the latest run\'s findings, scoped', async () => {
      expect(await store.lastPatternRun()).toBeNull();
      expect(await store.patternFindings({})).toEqual([]);
      const a = finding({});
      const b = finding({ providerKind: 'institution', doctorId: null, hospitalId: 'H9', region: '220100', province: '22', metric: 'readmission', itemCode: null });
      const first = await store.savePatternRun({ ranAt: '2025-04-01T02:00:00.000Z', from: '2025-01-01', to: '2025-03-31', trigger: 'schedule', findings: 2 }, [a, b]);
      expect(first).toEqual({ id: expect.any(Number), ranAt: '2025-04-01T02:00:00.000Z', from: '2025-01-01', to: '2025-03-31', trigger: 'schedule', findings: 2 });
      expect(await store.lastPatternRun()).toEqual(first);
      expect(await store.patternFindings({})).toEqual([a, b]);
      expect(await store.patternFindings({ provinces: ['22'] })).toEqual([b]);
      expect(await store.patternFindings({ provinces: ['51'], metric: 'costly-item', hospitalId: 'H1', doctorId: 'D1' })).toEqual([a]);
      expect(await store.patternFindings({ provinces: [] })).toEqual([]);

      const second = await store.savePatternRun({ ranAt: '2025-04-02T02:00:00.000Z', from: '2025-01-02', to: '2025-04-01', trigger: 'cli', findings: 1 }, [b]);
      expect(second.id).toBeGreaterThan(first.id);
      expect(await store.lastPatternRun()).toEqual(second);
      expect(await store.patternFindings({})).toEqual([b]);
    });
  });
}
