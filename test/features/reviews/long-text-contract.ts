import type { Store } from '../../../src/features/stores';
import { bigReview, LONG_HIT_MESSAGE } from '../../helpers/big-claim';
import { moveCase } from '../../helpers/cases';
import { makeReviewed } from '../../helpers/fixtures';

// Long texts (store/long-texts.ts) on every store that keeps them apart: SQLite's stored parts always, MongoDB's
// GridFS files when MONGO_URL is set. Written against the Store interface alone: what is read back is whole
// and the latest, by every reader (case, verdict row, ledger, exports, provider patterns).

export function describeLongTextContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`long texts: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('a 60,000-line claim (its verdict ~31 MB, past MongoDB\'s 16 MB document): stored, and read back whole by every reader', async () => {
      const r = bigReview(60_000, 'HUGE-1', 'reject', LONG_HIT_MESSAGE);
      await store.saveReviews([r, makeReviewed({ claimId: 'SHORT-1' })]);
      expect(await store.getVerdict('HUGE-1')).toEqual(r.record);
      const found = await store.getCase('HUGE-1');
      expect(found?.claim).toEqual(r.claim);
      expect(found?.verdict).toEqual(r.verdict);
      const [ledger] = await store.getMemberClaims(['INS-HUGE-1']);
      expect(ledger.lines).toEqual(r.ledger.lines);
      const hits = [];
      for await (const v of store.iterateVerdicts({ month: r.record.month })) if (v.claimId === 'HUGE-1') hits.push(...v.hits);
      expect(hits).toEqual(r.verdict.hits);
      const patients = [];
      for await (const c of store.iterateCases({ month: r.record.month })) patients.push(c.patient.insuredId);
      expect(patients).toEqual(['INS-HUGE-1']);
      const claims = await store.patternClaims({ from: r.record.serviceDate, to: r.record.serviceDate });
      const codes = claims.find((c) => c.claimId === 'HUGE-1')?.codes;
      expect(new Set(codes)).toEqual(new Set([...r.ledger.serviceCodes, ...(r.ledger.lines ?? []).map((l) => l.code)]));
    });

    it('a long claim re-reviewed short, long again, then passed while worked: always the latest texts', async () => {
      await store.saveReviews([bigReview(4000, 'LONG-1')]);
      const short = makeReviewed({ claimId: 'LONG-1' }, { decision: 'reject' });
      await store.saveReviews([short]);
      expect((await store.getCase('LONG-1'))?.verdict).toEqual(short.verdict);
      const again = bigReview(4000, 'LONG-1', 'reject', '再次审核');
      await store.saveReviews([again]);
      expect((await store.getCase('LONG-1'))?.verdict).toEqual(again.verdict);
      await moveCase(store, 'LONG-1', 'investigating');
      const passed = bigReview(4000, 'LONG-1', 'pass');
      await store.saveReviews([passed]);
      const worked = await store.getCase('LONG-1');
      expect(worked?.status).toBe('investigating');
      expect(worked?.claim).toEqual(passed.claim);
      expect(worked?.verdict).toEqual(passed.verdict);
    });

    it('a long claim passed with no case keeps no case, and its ledger lines read back', async () => {
      const passed = bigReview(4000, 'LONG-2', 'pass');
      await store.saveReviews([passed]);
      expect(await store.getCase('LONG-2')).toBeUndefined();
      expect((await store.getMemberClaims(['INS-LONG-2']))[0].lines).toEqual(passed.ledger.lines);
    });
  });
}
