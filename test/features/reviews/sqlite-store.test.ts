import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { rollBackSchema } from '../../helpers/roll-back-schema';
import { createSqliteStore } from '../../../src/features/stores';
import { SCHEMA_VERSION } from '../../../src/store/sqlite/schema';
import { makeInvalid, makeReviewed } from '../../helpers/fixtures';
import { describeStoreContract } from './review-store-contract';
import { moveCase } from '../../helpers/cases';
import { finding } from '../fsi/fsi-store-contract';
import { tempDir } from '../../helpers/temp-dir';

const dir = tempDir('sqlite-store-');
let n = 0;
const freshPath = () => join(dir, `s${++n}`, 'review.db'); // a missing parent directory is created on open


/** A store file holding `old` as an older build left it (every migration after `schema` undone), reopened by this build. */
async function reopenedFrom(schema: number, old: ReturnType<typeof makeReviewed>) {
  const path = freshPath();
  const first = createSqliteStore({ path });
  await first.saveReviews([old]);
  await first.close();
  const db = new Database(path);
  rollBackSchema(db, schema);
  db.close();
  return { path, store: createSqliteStore({ path }) };
}

/** Commits in a store file's WAL (frames whose header carries the database size: the last frame of a commit). */
function walCommits(path: string): number {
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) if (wal.readUInt32BE(at + 4) !== 0) commits += 1;
  return commits;
}

describeStoreContract('sqlite file', () => createSqliteStore({ path: freshPath() }));
describeStoreContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));

describe('sqlite store file', () => {
  it('keeps its data when reopened', async () => {
    const path = freshPath();
    const flagged = makeReviewed({ claimId: 'K-1' }, { decision: 'reject' });
    const first = createSqliteStore({ path });
    await first.saveReviews([flagged, makeReviewed({ claimId: 'K-2' })]);
    await first.saveInvalid([makeInvalid()]);
    await moveCase(first, 'K-1', 'confirmed');
    await first.close();

    const again = createSqliteStore({ path });
    expect(await again.countVerdicts()).toBe(2);
    expect(await again.countInvalid()).toBe(1);
    expect(await again.getVerdict('K-1')).toEqual(flagged.record);
    expect(await again.getCase('K-1')).toMatchObject({ status: 'confirmed', claim: flagged.claim, verdict: flagged.verdict });
    await again.close();
  });

  it('is in WAL mode, at the current schema version, money stored as integers', async () => {
    const path = freshPath();
    const store = createSqliteStore({ path });
    await store.saveReviews([makeReviewed({ claimId: 'S-1' }, { decision: 'review' })]);
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(SCHEMA_VERSION);
      const types = db
        .prepare('SELECT typeof(total_fen) AS a, typeof(fund_claimed_fen) AS b, typeof(amount_at_stake_fen) AS c FROM verdicts')
        .get();
      expect(types).toEqual({ a: 'integer', b: 'integer', c: 'integer' });
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['verdicts_month_province', 'verdicts_hospital', 'verdicts_decision', 'cases_status', 'cases_province']));
    } finally {
      db.close();
    }
  });

  it('brings a file written before the ledger had lines (schema 5) forward: old entries read without them', async () => {
    const old = makeReviewed({ claimId: 'OLD-1' });
    const { store } = await reopenedFrom(5, old);
    const [entry] = await store.getMemberClaims([old.claim.patient.insuredId]);
    expect(entry.lines).toBeUndefined();
    expect([entry.admissionRoute, entry.dischargeMode, entry.transferFromHospitalId]).toEqual([null, null, null]);
    const outpatient = makeReviewed({ claimId: 'NEW-1', visitType: 'outpatient', visitDate: '2025-03-20', admissionDate: undefined, dischargeDate: undefined });
    await store.saveReviews([outpatient]);
    const entries = await store.getMemberClaims([outpatient.claim.patient.insuredId]);
    expect(entries.find((e) => e.claimId === 'NEW-1')?.lines).toEqual(outpatient.ledger.lines);
    expect(outpatient.ledger.lines?.length).toBeGreaterThan(0);
    await store.close();
  });

  it('brings a file written before the ledger kept the treating region (schema 15) forward: entries take the region their verdict recorded', async () => {
    const old = makeReviewed({ claimId: 'OLD-R', region: '220100' });
    const { store } = await reopenedFrom(15, old);
    const [entry] = await store.getMemberClaims([old.claim.patient.insuredId]);
    expect(entry.region).toBe('220100');
    await store.close();
  });

  it('brings a file written before the ledger kept the doctor (schema 14) forward: entries take the doctor their verdict recorded', async () => {
    const old = makeReviewed({ claimId: 'OLD-D', visitType: 'outpatient', visitDate: '2025-03-20', admissionDate: undefined, dischargeDate: undefined });
    const { path, store } = await reopenedFrom(14, old);
    const key = { hospitalId: old.ledger.hospitalId, doctorId: old.claim.provider.doctorId as string, serviceDate: '2025-03-20', itemsSignature: old.ledger.itemsSignature };
    expect((await store.getIdenticalBills([key])).map((e) => [e.claimId, e.doctorId])).toEqual([['OLD-D', old.claim.provider.doctorId]]);
    await store.close();
    const check = new Database(path, { readonly: true });
    try {
      const plan = check.prepare('EXPLAIN QUERY PLAN SELECT claim_id FROM member_claims WHERE items_signature = ? AND hospital_id = ? AND doctor_id = ? AND service_date = ?').all('a', 'b', 'c', 'd');
      expect(JSON.stringify(plan)).toContain('member_claims_bill');
    } finally {
      check.close();
    }
  });

  it('writes another feature\'s rows along a batch in its transaction: one commit, and a failure there stores nothing', async () => {
    const path = freshPath();
    const store = createSqliteStore({ path });
    const before = walCommits(path);
    await store.saveReviews([makeReviewed({ claimId: 'A-1' })], () => store.writeFindings([{ claimId: 'A-1', findings: [finding('JR-A1', { claimId: 'A-1' })] }]));
    // One commit for the verdict and its findings together.
    expect(walCommits(path)).toBe(before + 1);
    await store.saveFindings('A-1', [finding('JR-A1', { claimId: 'A-1' })]); // as 3101 saved them before: a commit of their own
    expect(walCommits(path)).toBe(before + 2);
    expect((await store.listFindings('A-1')).map((f) => f.jrId)).toEqual(['JR-A1']);

    const failing = () => {
      store.writeFindings([{ claimId: 'A-2', findings: [finding('JR-A2', { claimId: 'A-2' })] }]);
      throw new Error('findings refused');
    };
    await expect(store.saveReviews([makeReviewed({ claimId: 'A-2' })], failing)).rejects.toThrow('findings refused');
    expect(await store.getVerdict('A-2')).toBeUndefined();
    expect(await store.getMemberClaims([makeReviewed({ claimId: 'A-2' }).ledger.insuredId])).not.toContainEqual(expect.objectContaining({ claimId: 'A-2' }));
    expect(await store.listFindings('A-2')).toEqual([]);

    // A promise would write after the commit: refused, and the batch with it.
    await expect(store.saveReviews([makeReviewed({ claimId: 'A-3' })], async () => undefined)).rejects.toThrow(/synchronous/);
    expect(await store.getVerdict('A-3')).toBeUndefined();
    // Outside a review's transaction the findings are not written this way.
    expect(() => store.writeFindings([{ claimId: 'A-4', findings: [] }])).toThrow(/in its transaction/);
    await store.close();
  });

  it('refuses a file written by a newer schema', async () => {
    const path = freshPath();
    await createSqliteStore({ path }).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(SCHEMA_VERSION + 1, 'later');
    db.close();
    expect(() => createSqliteStore({ path })).toThrow(/newer than this build/);
  });
});
