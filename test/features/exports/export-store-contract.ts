import type { ExportCase, ExportVerdict } from '../../../src/features/exports/export-store';
import type { ReviewedClaim } from '../../../src/features/reviews/review-store';
import { makeClaim, makeHit, makeLedger, makeOutpatientClaim, makeRecord, makeReviewed, makeVerdict } from '../../helpers/fixtures';
import type { Store } from '../../../src/features/stores';
import { moveCase } from '../../helpers/cases';

// What every backend's export reads must do (src/store/export-store.ts), against the interface alone:
// the month (and province or region) only, claimId order, hits, grouping and case status with each verdict,
// patient identifiers with each case, and a stream that lets the store keep working while it is read.

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

function reviewedOutpatient(): ReviewedClaim {
  const claim = makeOutpatientClaim({ claimId: 'M-4', region: '510700' });
  const verdict = makeVerdict(claim, { decision: 'review' });
  return { claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim) };
}

const GROUPED = { scheme: 'CHS-DRG 1.1', mdc: 'MDCB', adrg: 'BR2', drg: 'BR23', dip: null, status: 'grouped' };

export function describeExportContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Export store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
      await store.saveReviews([
        // Saved out of order: the streams must sort by claimId.
        makeReviewed({ claimId: 'M-3', patient: { insuredId: 'INS-0003', gender: 'F', birthDate: '1970-01-01', name: '王小明', idNumber: '51010419700101123X' } }, { decision: 'reject', grouping: GROUPED }),
        makeReviewed({ claimId: 'M-1' }, { decision: 'pass', grouping: GROUPED, hits: [makeHit({ severity: 'info', amount: 1.5 })] }),
        makeReviewed({ claimId: 'M-2', region: '370100' }, { decision: 'review' }),
        makeReviewed({ claimId: 'A-0', admissionDate: '2025-02-27' }, { decision: 'reject' }), // February
        reviewedOutpatient(),
      ]);
    });
    afterEach(async () => {
      await store.close();
    });

    it('counts and streams the verdicts of the month in claimId order', async () => {
      expect(await store.countForExport({ month: '2025-03' })).toEqual({ verdicts: 4, cases: 3 });
      const rows = await collect(store.iterateVerdicts({ month: '2025-03' }));
      expect(rows.map((r) => r.claimId)).toEqual(['M-1', 'M-2', 'M-3', 'M-4']);
      const m1 = rows[0];
      expect(m1).toMatchObject({ decision: 'pass', month: '2025-03', province: '51', caseStatus: null, grouping: GROUPED });
      expect(m1.hits).toEqual([expect.objectContaining({ severity: 'info', amount: 1.5 })]);
      expect(rows[2]).toMatchObject<Partial<ExportVerdict>>({ claimId: 'M-3', decision: 'reject', caseStatus: 'new' });
      expect(await collect(store.iterateVerdicts({ month: '2025-04' }))).toEqual([]);
    });

    it('narrows to a province or a region', async () => {
      expect((await collect(store.iterateVerdicts({ month: '2025-03', province: '37' }))).map((r) => r.claimId)).toEqual(['M-2']);
      expect((await collect(store.iterateVerdicts({ month: '2025-03', province: '51' }))).map((r) => r.claimId)).toEqual(['M-1', 'M-3', 'M-4']);
      expect((await collect(store.iterateCases({ month: '2025-03', region: '510100' }))).map((r) => r.claimId)).toEqual(['M-3']);
      expect(await store.countForExport({ month: '2025-03', region: '510100' })).toEqual({ verdicts: 2, cases: 1 });
      expect(await store.countForExport({ month: '2025-03', province: '51', region: '370100' })).toEqual({ verdicts: 0, cases: 0 });
    });

    it('streams the cases of the month with patient identifiers, status and the current verdict row', async () => {
      await moveCase(store, 'M-3', 'confirmed');
      const cases = await collect(store.iterateCases({ month: '2025-03' }));
      expect(cases.map((c) => c.claimId)).toEqual(['M-2', 'M-3', 'M-4']);
      expect(cases[1]).toEqual<ExportCase>({
        claimId: 'M-3',
        status: 'confirmed',
        caseDecision: 'reject',
        summary: expect.objectContaining({ claimId: 'M-3', decision: 'reject', amountAtStakeFen: expect.any(Number) }),
        patient: { insuredId: 'INS-0003', name: '王小明', idNumber: '51010419700101123X' },
      });
      expect(cases[0].patient).toEqual({ insuredId: makeClaim().patient.insuredId, name: null, idNumber: null });
      const verdicts = await collect(store.iterateVerdicts({ month: '2025-03' }));
      expect(verdicts.find((v) => v.claimId === 'M-3')!.caseStatus).toBe('confirmed');
    });

    it('keeps a worked case that a re-review cleared, showing the newer verdict', async () => {
      await moveCase(store, 'M-2', 'investigating');
      await store.saveReviews([makeReviewed({ claimId: 'M-2', region: '370100' }, { decision: 'pass' })]);
      const [c] = await collect(store.iterateCases({ month: '2025-03', province: '37' }));
      expect(c).toMatchObject({ claimId: 'M-2', status: 'investigating', caseDecision: 'review', summary: { decision: 'pass' } });
    });

    it('lets the store keep working while a stream is read, and a stream can be left early', async () => {
      const it = store.iterateVerdicts({ month: '2025-03' })[Symbol.asyncIterator]();
      expect((await it.next()).value?.claimId).toBe('M-1');
      await store.saveReviews([makeReviewed({ claimId: 'M-9' }, { decision: 'review' })]);
      await moveCase(store, 'M-9', 'assigned');
      await it.return?.();
      expect((await collect(store.iterateCases({ month: '2025-03' }))).map((c) => c.claimId)).toContain('M-9');
    });

    it('streams more rows than one read page, in order', async () => {
      const batch = Array.from({ length: 2_345 }, (_, i) => makeReviewed({ claimId: `P-${String(i).padStart(5, '0')}` }, { decision: i % 7 ? 'pass' : 'review' }));
      await store.saveReviews(batch);
      const ids = (await collect(store.iterateVerdicts({ month: '2025-03' }))).map((r) => r.claimId).filter((id) => id.startsWith('P-'));
      expect(ids).toEqual(batch.map((b) => b.record.claimId));
      const cases = (await collect(store.iterateCases({ month: '2025-03' }))).filter((c) => c.claimId.startsWith('P-'));
      expect(cases).toHaveLength(batch.filter((b) => b.record.decision === 'review').length);
    }, 30_000);
  });
}
