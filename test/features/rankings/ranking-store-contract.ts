import type { Store } from '../../../src/features/stores';
import { reviewedFrom, SPECS } from '../cases/case-store-contract';

// The ranking store contract: the facts rankings and trends are computed from, on every backend
// (ranking-store.test.ts). `make` returns a fresh, empty store.

export function describeRankingContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Store contract, rankings: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
      await store.saveReviews(SPECS.map(reviewedFrom));
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives the facts rankings and trends are computed from, within a scope', async () => {
      await store.changeCase({ claimId: 'A1', expected: 'new', status: 'confirmed', audit: [] });
      const { providers, rules } = await store.providerFacts({});
      const h1d1 = providers.find((p) => p.hospitalId === 'H1' && p.doctorId === 'D1');
      expect(h1d1).toEqual({
        hospitalId: 'H1', doctorId: 'D1', region: '510100', hospitalLevel: 3, claims: 2, flagged: 1, flaggedAmountFen: 10000,
        riskSum: expect.closeTo(1.0, 6), confirmed: 1, dismissed: 0,
      });
      expect(providers).toHaveLength(4);
      expect(rules.filter((r) => r.ruleId === 'catalogue.gender').sort((a, b) => a.hospitalId.localeCompare(b.hospitalId))).toEqual([
        { hospitalId: 'H1', doctorId: 'D1', ruleId: 'catalogue.gender', flagged: 1, amountFen: 10000 },
        { hospitalId: 'H3', doctorId: 'D4', ruleId: 'catalogue.gender', flagged: 1, amountFen: 20000 },
      ]);
      const scoped = await store.providerFacts({ provinces: ['22'] });
      expect(scoped.providers.map((p) => p.hospitalId)).toEqual(['H3']);
      expect((await store.providerFacts({ from: '2025-03-01' })).providers.map((p) => p.hospitalId)).toEqual(['H2']);

      const trend = await store.trendFacts({ provinces: ['51'] });
      expect(trend.byMonth).toEqual([
        { month: '2025-01', claims: 2, flagged: 1, amountFen: 10000 },
        { month: '2025-02', claims: 1, flagged: 1, amountFen: 30000 },
        { month: '2025-03', claims: 1, flagged: 1, amountFen: 5000 },
      ]);
      expect(trend.byFamily).toEqual([
        { month: '2025-01', family: 'catalogue', flagged: 1, amountFen: 10000 },
        { month: '2025-02', family: 'anomaly', flagged: 1, amountFen: 30000 },
        { month: '2025-02', family: 'history', flagged: 1, amountFen: 30000 },
        { month: '2025-03', family: 'benefits', flagged: 1, amountFen: 5000 },
      ]);
    });
  });
}
