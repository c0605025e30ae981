import type { CaseStatus } from '../../src/contract/records';
import type { CaseStore } from '../../src/features/cases/case-store';

// Case reads and moves for tests, through the case store's own methods (every move leaves an audit line),
// now that the store has no test-only counters or status setter.

/** How many cases the store holds: the whole queue, paged. */
export async function countCases(store: Pick<CaseStore, 'listCases'>): Promise<number> {
  let n = 0;
  let cursor = null;
  do {
    const page = await store.listCases({}, { field: 'updatedAt', dir: 'desc' }, cursor, 1000);
    n += page.items.length;
    cursor = page.next;
  } while (cursor);
  return n;
}

/** Puts a case in `status` (as an investigator's change would, with its audit line); false when there is no case. */
export async function moveCase(store: Pick<CaseStore, 'getCase' | 'changeCase'>, claimId: string, status: CaseStatus): Promise<boolean> {
  const kase = await store.getCase(claimId);
  if (!kase) return false;
  const audit = [{ claimId, at: new Date().toISOString(), actor: 'test', role: 'investigator' as const, action: 'status' as const, from: kase.status, to: status, detail: null }];
  return (await store.changeCase({ claimId, expected: kase.status, status, audit })) === 'ok';
}
