import { createMemoryStore, createSqliteStore } from '../../../src/features/stores';
import type { Store } from '../../../src/features/stores';
import { reviewedFrom } from './case-store-contract';

// The case queue's default order (money at stake, highest first): at the same amount a case with a rule finding
// comes before an anomaly-only one (可疑: a reminder). SQLite and the in-memory store; paging keeps that order.

const base = { region: '510100', hospitalId: 'H1', level: 3 as const, department: '内科', doctorId: 'D1', date: '2025-02-01', decision: 'review' as const, score: 0.9 };

describe.each<[string, () => Store]>([
  ['memory', () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ path: ':memory:' })],
])('case queue order (%s)', (_name, make) => {
  it('puts anomaly-only cases below rule cases of the same amount, and pages in that order', async () => {
    const store = make();
    await store.saveReviews([
      // Anomaly-only cases carry no amount; "A…" ids would come first if claimId broke the tie alone.
      reviewedFrom({ ...base, id: 'A1', hits: [['anomaly.autoencoder', null]] }),
      reviewedFrom({ ...base, id: 'A2', hits: [['anomaly.autoencoder', null]] }),
      reviewedFrom({ ...base, id: 'R1', hits: [['catalogue.test-not-indicated', null]] }),
      reviewedFrom({ ...base, id: 'R2', hits: [['catalogue.test-not-indicated', null], ['anomaly.autoencoder', null]] }),
      reviewedFrom({ ...base, id: 'M1', hits: [['history.split', 50]] }),
    ]);
    const desc = { field: 'amount' as const, dir: 'desc' as const };
    expect((await store.listCases({}, desc, null, 10)).items.map((i) => i.claimId)).toEqual(['M1', 'R1', 'R2', 'A1', 'A2']);
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<Store['listCases']>> = await store.listCases({}, desc, cursor, 2);
      seen.push(...page.items.map((i) => i.claimId));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(['M1', 'R1', 'R2', 'A1', 'A2']);
    await store.close();
  });
});
