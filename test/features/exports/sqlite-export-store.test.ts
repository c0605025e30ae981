import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../../src/features/stores';
import { describeExportContract } from './export-store-contract';
import { tempDir } from '../../helpers/temp-dir';

const dir = tempDir('sqlite-export-');
let n = 0;
const freshPath = () => join(dir, `s${++n}`, 'review.db');

describeExportContract('sqlite file', () => createSqliteStore({ path: freshPath() }));
describeExportContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));

describe('sqlite export reads', () => {
  it('walk the month index in claimId order, without a temporary sort', () => {
    const path = freshPath();
    createSqliteStore({ path }).close();
    const db = new Database(path, { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ month: '2025-03', province: '51', region: '510100' }) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const verdicts = plan(`SELECT v.* FROM verdicts v LEFT JOIN cases c ON c.claim_id = v.claim_id WHERE v.month = @month AND v.province = @province ORDER BY v.month, v.claim_id`);
    expect(verdicts).toMatch(/verdicts_month_claim/);
    expect(verdicts).not.toMatch(/TEMP B-TREE/);
    const cases = plan(`SELECT c.* FROM cases c JOIN verdicts v ON v.claim_id = c.claim_id WHERE c.month = @month AND c.region = @region ORDER BY c.month, c.claim_id`);
    expect(cases).toMatch(/cases_month_claim/);
    expect(cases).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
