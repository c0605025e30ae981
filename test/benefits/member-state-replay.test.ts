import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClaims } from '../../src/generate';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createSqliteStore } from '../../src/features/stores';
import { RULES_DIR } from '../helpers/reviewed-file';
import { sharedRules } from '../helpers/shared-rules';

function dump(path: string, withArrival = true) {
  const db = new Database(path, { readonly: true });
  const ledger = db.prepare(`SELECT * FROM member_claims ORDER BY claim_id`).all() as Record<string, unknown>[];
  if (!withArrival) ledger.forEach((row) => delete row.arrival);
  const verdicts = db.prepare('SELECT claim_id, decision, rule_ids, amount_at_stake_fen FROM verdicts ORDER BY claim_id').all();
  const cases = db.prepare('SELECT claim_id, status, decision FROM cases ORDER BY claim_id').all();
  db.close();
  return { ledger, verdicts, cases };
}

async function pass(ctx: ReviewContext, claims: unknown[], batch: number) {
  for (let i = 0; i < claims.length; i += batch) await review(claims.slice(i, i + batch), ctx, { source: 'test' });
}

describe('member state is idempotent', () => {
  const claims = [...generateClaims({ count: 2000, seed: 'replay', fraudRate: 0.3 })];

  it('replaying a whole file leaves ledger, verdicts and cases identical', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'replay-')), 'review.db');
    const store = createSqliteStore({ path });
    const ctx: ReviewContext = { rules: sharedRules(RULES_DIR), model: { current: () => NO_MODEL }, store };
    await pass(ctx, claims, 300);
    const once = dump(path);
    await pass(ctx, claims, 300);
    const twice = dump(path);
    await store.close();
    expect(once.ledger).toHaveLength(2000);
    expect(twice).toEqual(once);
  });

  it('the ledger does not depend on arrival order; verdicts in a service-date-sorted file do not depend on batching', async () => {
    const sorted = [...claims].sort((a, b) => {
      const d = (c: any) => c.admissionDate ?? c.visitDate;
      return d(a) < d(b) ? -1 : d(a) > d(b) ? 1 : a.claimId < b.claimId ? -1 : 1;
    });
    const run = async (input: unknown[], batch: number) => {
      const path = join(mkdtempSync(join(tmpdir(), 'order-')), 'review.db');
      const store = createSqliteStore({ path });
      await pass({ rules: sharedRules(RULES_DIR), model: { current: () => NO_MODEL }, store }, input, batch);
      await store.close();
      return dump(path, false);
    };
    const a = await run(sorted, 1000);
    const b = await run(sorted, 7);
    const reversed = await run([...claims].reverse(), 250);
    expect(b).toEqual(a);
    expect(reversed.ledger).toEqual(a.ledger);
  });
});
