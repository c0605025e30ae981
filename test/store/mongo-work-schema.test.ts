import mongoose from 'mongoose';
import { FilterValueError } from '../../src/features/cases/case-filter';
import type { AuditDraft, CaseFilter } from '../../src/features/cases/case-store';
import { mongoRankingStore } from '../../src/features/rankings/mongo-ranking-store';
import { queueFilter, queueSort } from '../../src/features/cases/mongo-case-queue';
import { reviewWrites } from '../../src/features/reviews/mongo-review-writes';
import { defineModels } from '../../src/store/mongo/schemas';
import { makeReviewed } from '../helpers/fixtures';
import { finding } from '../features/fsi/fsi-store-contract';

// The case-work and FSI documents without a server: validation, strict modes, the append-only hooks, and the
// queue filters as mongoose casts them (strictQuery 'throw' would refuse a path the schema does not know).

const conn = mongoose.createConnection(); // never opened: validation, casting and pre hooks need no server
const m = defineModels(conn);
afterAll(() => conn.close());

const errorPaths = async (doc: { validate(): Promise<void> }) =>
  doc.validate().then(
    () => [],
    (e: mongoose.Error.ValidationError) => Object.keys(e.errors),
  );

describe('mongo case work fields', () => {
  const reviewed = makeReviewed({ claimId: 'W-1' }, { decision: 'review' });
  const ops = reviewWrites([reviewed], '2025-06-01T00:00:00.000Z');
  const upsert = (ops.cases[0] as { updateOne: { update: { $set: object; $setOnInsert: object } } }).updateOne.update;
  const kase = (over: object = {}) => new m.Case({ _id: 'W-1', ...upsert.$set, ...upsert.$setOnInsert, ...over });

  it('a new case has no assignee or outcome, and carries the verdict’s families and rule ids', async () => {
    expect(upsert.$setOnInsert).toMatchObject({ assignee: null, outcome: null });
    expect(upsert.$set).toMatchObject({ families: reviewed.record.families, ruleIds: reviewed.record.ruleIds });
    expect(await errorPaths(kase())).toEqual([]);
  });

  it('accepts an assignee and an outcome in whole fen', async () => {
    expect(await errorPaths(kase({ assignee: 'wang', outcome: { amountToRecoverFen: 4999, summary: '超限定支付范围' } }))).toEqual([]);
  });

  it.each([
    ['fractional outcome fen', { outcome: { amountToRecoverFen: 49.5, summary: 's' } }, 'outcome.amountToRecoverFen'],
    ['negative outcome fen', { outcome: { amountToRecoverFen: -1, summary: 's' } }, 'outcome.amountToRecoverFen'],
    ['outcome without summary', { outcome: { amountToRecoverFen: 1 } }, 'outcome.summary'],
    ['unknown family', { families: ['astrology'] }, 'families.0'],
  ])('rejects a case with %s', async (_name, over, path) => {
    expect(await errorPaths(kase(over))).toContain(path);
  });

  it('refuses an unknown key inside the outcome (strict sub-schema: a cast error, not a silent drop)', async () => {
    const doc = kase({ outcome: { amountToRecoverFen: 1, summary: 's', approvedBy: 'x' } });
    await expect(doc.validate()).rejects.toThrow(/outcome.*StrictModeError/);
  });
});

describe('mongo audit trail documents', () => {
  const entry = (over: Partial<AuditDraft> & { _id?: unknown } = {}) =>
    new m.Audit({ _id: 1, claimId: 'A1', at: '2025-01-01T00:00:00.000Z', actor: 'wang', role: 'investigator', action: 'note', from: null, to: null, detail: { text: 'a' }, ...over });

  it('accepts an entry, and a claim-less one with no detail', async () => {
    expect(await errorPaths(entry())).toEqual([]);
    expect(await errorPaths(entry({ claimId: null, action: 'key-create', detail: null }))).toEqual([]);
  });

  it.each([
    ['an unknown role', { role: 'root' }, 'role'],
    ['an unknown action', { action: 'delete' }, 'action'],
    ['no actor', { actor: undefined }, 'actor'],
    ['no time', { at: undefined }, 'at'],
    ['a fractional seq', { _id: 1.5 }, '_id'],
    ['seq 0', { _id: 0 }, '_id'],
  ])('rejects an entry with %s', async (_name, over, path) => {
    expect(await errorPaths(entry(over as Partial<AuditDraft>))).toContain(path);
  });

  it('throws on an unknown field', () => {
    expect(() => entry({ edited: true } as Partial<AuditDraft>)).toThrow(/edited/);
  });

  it('refuses every update and delete made through the model (append-only)', async () => {
    const refused = /append-only/;
    await expect(m.Audit.updateOne({ _id: 1 }, { $set: { actor: 'x' } })).rejects.toThrow(refused);
    await expect(m.Audit.updateMany({}, { $set: { actor: 'x' } })).rejects.toThrow(refused);
    await expect(m.Audit.replaceOne({ _id: 1 }, { actor: 'x' })).rejects.toThrow(refused);
    await expect(m.Audit.findOneAndUpdate({ _id: 1 }, { $set: { actor: 'x' } })).rejects.toThrow(refused);
    await expect(m.Audit.findOneAndDelete({ _id: 1 })).rejects.toThrow(refused);
    await expect(m.Audit.deleteOne({ _id: 1 })).rejects.toThrow(refused);
    await expect(m.Audit.deleteMany({})).rejects.toThrow(refused);
    await expect(m.Audit.bulkWrite([{ deleteMany: { filter: {} } }])).rejects.toThrow(refused);
    const loaded = m.Audit.hydrate({ _id: 7, claimId: null, at: 'now', actor: 'wang', role: 'admin', action: 'note', from: null, to: null, detail: null });
    loaded.actor = 'someone else';
    await expect(loaded.save()).rejects.toThrow(refused);
    await expect(loaded.deleteOne()).rejects.toThrow(refused);
  });

  it('is read by case in seq order (index)', () => {
    expect(m.Audit.schema.indexes().map(([k]) => Object.keys(k).join('+'))).toContain('claimId+_id');
  });
});

describe('mongo API key documents', () => {
  const key = (over: object = {}) =>
    new m.ApiKey({ _id: 'abcdef012345', name: 'ops', role: 'admin', provinces: ['51'], hash: 'f'.repeat(64), createdAt: 'now', createdBy: 'cli', revokedAt: null, ...over });

  it('accepts a key record holding only the hash', async () => {
    expect(await errorPaths(key())).toEqual([]);
    expect(Object.keys(m.ApiKey.schema.paths).sort()).toEqual(['_id', 'createdAt', 'createdBy', 'hash', 'name', 'provinces', 'revokedAt', 'role']);
  });

  it.each([
    ['a whole key instead of its hash', { hash: 'yb_abcdef012345_secretsecret' }, 'hash'],
    ['an upper-case or short hash', { hash: 'F'.repeat(64) }, 'hash'],
    ['an unknown role', { role: 'superuser' }, 'role'],
    ['a province that is not two digits', { provinces: ['5'] }, 'provinces.0'],
    ['no name', { name: undefined }, 'name'],
  ])('rejects a key with %s', async (_name, over, path) => {
    expect(await errorPaths(key(over))).toContain(path);
  });

  it('throws on an unknown field (a key field must never slip in)', () => {
    expect(() => key({ secret: 'x' })).toThrow(/secret/);
  });
});

describe('mongo FSI finding documents', () => {
  const doc = (over: object = {}) =>
    new m.FsiFinding({ _id: 'JR1', claimId: 'FSI-H1-M1', position: 0, hospitalId: 'H1', doctorId: 'D1', severity: 'block', finding: { ...finding('JR1') }, feedback: null, ...over });

  it('accepts a finding with and without feedback', async () => {
    expect(await errorPaths(doc())).toEqual([]);
    expect(await errorPaths(doc({ feedback: { dspoWay: '1', reason: null, at: 'now' } }))).toEqual([]);
  });

  it.each([
    ['an unknown dspo_way', { feedback: { dspoWay: '3', reason: null, at: 'now' } }, 'feedback.dspoWay'],
    ['feedback without a time', { feedback: { dspoWay: '1', reason: null } }, 'feedback.at'],
    ['no encounter', { claimId: undefined }, 'claimId'],
    ['no finding', { finding: undefined }, 'finding'],
  ])('rejects a finding with %s', async (_name, over, path) => {
    expect(await errorPaths(doc(over))).toContain(path);
  });

  it('throws on an unknown field', () => {
    expect(() => doc({ dspo_way: '1' })).toThrow(/dspo_way/);
  });
  it('refuses an unknown key inside the feedback (strict sub-schema)', async () => {
    await expect(doc({ feedback: { dspoWay: '1', reason: null, at: 'now', extra: 1 } }).validate()).rejects.toThrow(/feedback.*StrictModeError/);
  });

  it('declares the indexes the encounter read and the ranking use', () => {
    expect(m.FsiFinding.schema.indexes().map(([k]) => Object.keys(k).join('+'))).toEqual([
      'claimId+position',
      'severity+feedback.dspoWay+hospitalId+doctorId',
    ]);
  });
});

describe('mongo case queue filter', () => {
  const cast = (filter: object) => m.Case.find(filter).cast(m.Case);
  const AMOUNT_DESC = { field: 'amount', dir: 'desc' } as const;

  it('builds one condition per filter key, every one on a path the schema knows', () => {
    const all: Required<CaseFilter> = {
      provinces: ['51', '22'], province: '51', region: '510100', hospitalId: 'H1', doctorId: 'D1', department: '内科',
      family: 'catalogue', ruleId: 'catalogue.gender', decision: 'reject', status: 'new', assignee: 'wang',
      scoreMin: 0.1, scoreMax: 0.9, serviceFrom: '2025-01-01', serviceTo: '2025-12-31', amountMinFen: 1, amountMaxFen: 100,
      claimIdPrefix: 'A', insuredKey: 'k', patientName: '张三', departmentIn: ['cardiology'],
      overdueBefore: { new: '2025-01-01T00:00:00.000Z', assigned: '2025-01-01T00:00:00.000Z', investigating: '2025-01-01T00:00:00.000Z' },
    };
    const f = queueFilter(all, AMOUNT_DESC, { value: 10000, claimId: 'A1' });
    // departmentIn goes with department (one condition: the code prefix or one of the named codes).
    expect(f.$and).toHaveLength(21 + 1);
    expect(f.$and).toEqual(expect.arrayContaining([{ hospitalId: { $regex: '^H1' } }, { _id: { $regex: '^A' } }]));
    expect(f.$and).toEqual(expect.arrayContaining([{ province: { $in: ['51', '22'] } }, { families: 'catalogue' }, { riskScore: { $gte: 0.1 } }]));
    expect(() => cast(f)).not.toThrow();
    expect(queueFilter({}, AMOUNT_DESC, null)).toEqual({});
  });

  it('continues after the cursor in the sort direction, claimId breaking ties', () => {
    expect(queueFilter({}, { field: 'score', dir: 'asc' }, { value: 0.5, claimId: 'A2' })).toEqual({
      $and: [{ $or: [{ riskScore: { $gt: 0.5 } }, { riskScore: 0.5, _id: { $gt: 'A2' } }] }],
    });
    expect(queueFilter({}, AMOUNT_DESC, { value: 300, claimId: 'A2' })).toEqual({
      $and: [{ $or: [{ amountAtStakeFen: { $lt: 300 } }, { amountAtStakeFen: 300, _id: { $gt: 'A2' } }] }],
    });
    expect(queueSort({ field: 'updatedAt', dir: 'desc' })).toEqual({ updatedAt: -1, _id: 1 });
    expect(queueSort({ field: 'serviceDate', dir: 'asc' })).toEqual({ serviceDate: 1, _id: 1 });
  });

  it('refuses operator objects and arrays as filter, cursor or scope values before any query is built', async () => {
    for (const evil of [{ $ne: null }, { $gt: '' }, ['H1', 'H2'], { $where: '1' }]) {
      expect(() => queueFilter({ hospitalId: evil as unknown as string }, AMOUNT_DESC, null)).toThrow(FilterValueError);
      expect(() => queueFilter({ provinces: [evil as unknown as string] }, AMOUNT_DESC, null)).toThrow(FilterValueError);
      expect(() => queueFilter({}, AMOUNT_DESC, { value: evil as unknown as number, claimId: 'A1' })).toThrow(FilterValueError);
      const facts = mongoRankingStore(m);
      await expect(facts.providerFacts({ provinces: [evil as unknown as string] })).rejects.toThrow(FilterValueError);
      await expect(facts.trendFacts({ from: evil as unknown as string })).rejects.toThrow(FilterValueError);
    }
  });

  it('declares the indexes the queue sorts and the assignee filter use', () => {
    const keys = m.Case.schema.indexes().map(([k]) => Object.keys(k).join('+'));
    expect(keys).toEqual(expect.arrayContaining(['assignee', 'amountAtStakeFen+_id', 'riskScore+_id', 'updatedAt+_id', 'serviceDate+_id']));
  });
});
