import Database from 'better-sqlite3';
import { join } from 'node:path';
import { generateClaims } from '../../src/generate';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createSqliteStore } from '../../src/features/stores';
import { RULES_DIR } from '../helpers/rules-dir';
import { sharedRules } from '../helpers/shared-rules';
import { tempDir } from '../helpers/temp-dir';

function dump(path: string, withArrival = true) {
  const db = new Database(path, { readonly: true });
  const ledger = db.prepare(`SELECT * FROM member_claims ORDER BY claim_id`).all() as Record<string, unknown>[];
  if (!withArrival) ledger.forEach((row) => delete row.arrival);
  // The verdict's hits and revision too (less reviewedAt, a replay's own time): retrospective findings (事后发现) revise
  // earlier claims' verdicts, and a replay must neither add them twice nor lose them.
  const verdicts = db
    .prepare(`SELECT claim_id, decision, rule_ids, amount_at_stake_fen, json_extract(verdict, '$.hits') AS hits, json_extract(verdict, '$.revision') AS revision FROM verdicts ORDER BY claim_id`)
    .all();
  const cases = db.prepare(`SELECT claim_id, status, decision, json_extract(verdict, '$.hits') AS hits FROM cases ORDER BY claim_id`).all();
  const findings = db.prepare('SELECT claim_id, rule_id, by_claim_id, hit, found_at FROM retrospective_hits ORDER BY claim_id, rule_id, by_claim_id').all();
  db.close();
  if (!withArrival) {
    // Runs apart: when a finding was made is each run's own time.
    const untimed = (rows: Record<string, unknown>[]) => rows.forEach((r) => {
      for (const k of ['hits', 'hit']) if (typeof r[k] === 'string') r[k] = (r[k] as string).replace(/"foundAt":"[^"]*"/g, '"foundAt":""');
      delete r.found_at;
    });
    [verdicts, cases, findings].forEach((rows) => untimed(rows as Record<string, unknown>[]));
  }
  return { ledger, verdicts, cases, findings };
}

async function pass(ctx: ReviewContext, claims: unknown[], batch: number) {
  for (let i = 0; i < claims.length; i += batch) await review(claims.slice(i, i + batch), ctx, { source: 'test' });
}

describe('member state is idempotent', () => {
  const claims = [...generateClaims({ count: 2000, seed: 'replay', fraudRate: 0.3 })];

  it('replaying a whole file leaves ledger, verdicts and cases identical', async () => {
    const path = join(tempDir('replay-'), 'review.db');
    const store = createSqliteStore({ path });
    const ctx: ReviewContext = { rules: sharedRules(RULES_DIR), model: { current: () => NO_MODEL }, store };
    await pass(ctx, claims, 300);
    const once = dump(path);
    await pass(ctx, claims, 300);
    const twice = dump(path);
    await store.close();
    expect(once.ledger).toHaveLength(2000);
    // The generated file settles visits inside stays before them (and overlapping stays): findings to replay.
    expect(once.findings.length).toBeGreaterThan(0);
    expect(twice).toEqual(once);
  });

  it('the ledger does not depend on arrival order; verdicts in a service-date-sorted file do not depend on batching', async () => {
    const sorted = [...claims].sort((a, b) => {
      const d = (c: any) => c.admissionDate ?? c.visitDate;
      return d(a) < d(b) ? -1 : d(a) > d(b) ? 1 : a.claimId < b.claimId ? -1 : 1;
    });
    const run = async (input: unknown[], batch: number) => {
      const path = join(tempDir('order-'), 'review.db');
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
