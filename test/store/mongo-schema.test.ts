import mongoose from 'mongoose';
import type { ReviewedClaim } from '../../src/features/reviews/review-store';
import { claimOf, invalidDoc, memberClaimDoc, toCaseRecord, toMemberClaim, toVerdictRecord, verdictDoc } from '../../src/features/reviews/mongo-documents';
import { LIST_PROJECTION, queueFilter } from '../../src/features/cases/mongo-case-queue';
import { reviewWrites } from '../../src/features/reviews/mongo-review-writes';
import { defineModels } from '../../src/store/mongo/schemas';
import { makeClaim, makeClaimWithUnknownFields, makeHit, makeInvalid, makeReviewed } from '../helpers/fixtures';
import type { CaseStatus } from '../../src/contract/records';
import type { PartRefs } from '../../src/store/mongo/schemas';

// The MongoDB documents without a server: schema validation, strict modes, indexes, and the bulk writes
// replayed through a small model of their server-side semantics.

const conn = mongoose.createConnection(); // never opened: validation and casting need no server
const m = defineModels(conn);
afterAll(() => conn.close());

describe('mongo document schemas', () => {
  const reviewed = makeReviewed({ claimId: 'V-1' }, { decision: 'review' });

  it('accepts the documents the store writes', async () => {
    await expect(new m.Verdict(verdictDoc(reviewed.record, reviewed.verdict)).validate()).resolves.toBeUndefined();
    await expect(new m.MemberClaim(memberClaimDoc(reviewed.ledger)).validate()).resolves.toBeUndefined();
    await expect(new m.Invalid(invalidDoc(makeInvalid({ raw: { $where: 'x', 'a.b': 1 } }))).validate()).resolves.toBeUndefined();
    const ops = reviewWrites([reviewed], '2025-06-01T00:00:00.000Z');
    const upsert = (ops.cases[0] as { updateOne: { update: { $set: object; $setOnInsert: object } } }).updateOne.update;
    await expect(new m.Case({ _id: 'V-1', ...upsert.$set, ...upsert.$setOnInsert }).validate()).resolves.toBeUndefined();
  });

  it('keeps the ledger entry\'s treating region through the document, and reads an entry stored before it as null', async () => {
    const doc = new m.MemberClaim(memberClaimDoc(reviewed.ledger)).toObject();
    expect(doc.region).toBe(reviewed.claim.region);
    expect(toMemberClaim(doc).region).toBe(reviewed.claim.region);
    const { region: _gone, ...before } = memberClaimDoc(reviewed.ledger);
    await expect(new m.MemberClaim(before).validate()).resolves.toBeUndefined();
    expect(toMemberClaim(before).region).toBeNull();
  });

  it("keeps a stay's operation days through the document (getDoctorOperations' multikey field), none on a visit", async () => {
    const ledger = { ...reviewed.ledger, operationDays: ['2025-03-05', '2025-03-07'] };
    const doc = new m.MemberClaim(memberClaimDoc(ledger)).toObject();
    expect(doc.operationDays).toEqual(['2025-03-05', '2025-03-07']);
    expect(toMemberClaim(doc).operationDays).toEqual(['2025-03-05', '2025-03-07']);
    expect(toMemberClaim(new m.MemberClaim(memberClaimDoc(reviewed.ledger)).toObject())).not.toHaveProperty('operationDays');
  });

  it.each([
    ['fractional fen', { totalFen: 12.5 }, 'totalFen'],
    ['negative fen', { amountAtStakeFen: -1 }, 'amountAtStakeFen'],
    ['decision invalid (never a verdict row)', { decision: 'invalid' }, 'decision'],
    ['unknown family', { families: ['astrology'] }, 'families.0'],
    ['bad month', { month: '2025-3' }, 'month'],
    ['bad province', { province: '5' }, 'province'],
    ['score out of range', { riskScore: 1.5 }, 'riskScore'],
    ['missing ruleset version', { rulesetVersion: undefined }, 'rulesetVersion'],
  ])('rejects a verdict with %s', async (_name, patch, path) => {
    const doc = { ...verdictDoc(reviewed.record, reviewed.verdict), ...patch };
    const err = await new m.Verdict(doc).validate().then(() => null, (e: mongoose.Error.ValidationError) => e);
    expect(err).toBeInstanceOf(mongoose.Error.ValidationError);
    expect(Object.keys(err!.errors)).toContain(path);
  });

  it('rejects a case with an unknown status and a member claim without its member', async () => {
    const ops = reviewWrites([reviewed], 'now');
    const upsert = (ops.cases[0] as { updateOne: { update: { $set: object } } }).updateOne.update;
    await expect(new m.Case({ _id: 'V-1', ...upsert.$set, status: 'lost', createdAt: 'now' }).validate()).rejects.toThrow(/status/);
    await expect(new m.MemberClaim({ ...memberClaimDoc(reviewed.ledger), insuredId: undefined }).validate()).rejects.toThrow(/insuredId/);
    await expect(m.Invalid.validate({ ...invalidDoc(makeInvalid()), fieldErrors: [] })).rejects.toThrow(/at least one error/);
  });

  it('throws on fields and filters the schema does not know (strict and strictQuery "throw")', async () => {
    expect(() => new m.Verdict({ ...verdictDoc(reviewed.record, reviewed.verdict), typo: 1 })).toThrow(/typo/);
    expect(() => m.Case.find({ stauts: 'new' }).cast(m.Case)).toThrow(/stauts/);
    expect(() => m.Case.find({ status: 'new' }).cast(m.Case)).not.toThrow();
  });

  it('declares the indexes the investigators query by', () => {
    const keys = (schema: mongoose.Schema) => schema.indexes().map(([k]) => Object.keys(k).join('+'));
    expect(keys(m.Verdict.schema)).toEqual(expect.arrayContaining(['month+province', 'hospitalId+month', 'decision+month']));
    expect(keys(m.Case.schema)).toEqual(
      expect.arrayContaining(['province+month', 'region+month', 'status+amountAtStakeFen', 'month', 'hospitalId+month', 'doctorId']),
    );
    // hospitalId+doctorId+serviceDate: a doctor's other patients' visits (history.doctor-grade-fees, getDoctorVisits).
    // hospitalId+serviceDate: stays admitted at one institution on one day (history.batch-admission-recurring, getAdmissions).
    // bundleSignature+hospitalId+doctorId+serviceDate: one doctor's visits of a day with one treatment bundle (诱导就医).
    // hospitalId+doctorId+serviceDate+itemsSignature: a doctor's clinic visits of one day, whatever the bill (rotating templates, getDoctorDays).
    // doctorId+serviceDate: a doctor's clinic visits of one day at any institution (冒名医生, getDoctorClinics).
    // doctorId+operationDays: a doctor's stays by operation day at any institution (the other order, getDoctorOperations).
    expect(keys(m.MemberClaim.schema)).toEqual(['insuredId+serviceDate', 'itemsSignature+hospitalId+doctorId+serviceDate', 'bundleSignature+hospitalId+doctorId+serviceDate', 'hospitalId+doctorId+serviceDate', 'hospitalId+serviceDate', 'hospitalId+doctorId+serviceDate+itemsSignature', 'doctorId+serviceDate', 'doctorId+operationDays']);
  });

  it('keeps a claim that has no JSON form out before any write is built', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const bad = makeReviewed({ claimId: 'T-2' }, { decision: 'review', hits: [makeHit({ evidence: circular })] });
    expect(() => reviewWrites([makeReviewed({ claimId: 'T-1' }), bad], 'now')).toThrow();
  });
});

describe("a claim's unknown fields on MongoDB: opaque text, read back unchanged (issue 18, point 1)", () => {
  const claim = makeClaimWithUnknownFields('U-1', 1000);
  const base = makeClaim({ claimId: 'U-1' });
  const reviewed = makeReviewed(claim, { decision: 'review' });
  const caseDoc = () => {
    const upsert = (reviewWrites([reviewed], '2025-06-01T00:00:00.000Z').cases[0] as { updateOne: { update: { $set: object; $setOnInsert: object } } }).updateOne.update;
    return { _id: 'U-1', ...upsert.$set, ...upsert.$setOnInsert } as Record<string, unknown>;
  };

  it('the case document holds the claim as JSON text that validates, and reads back to the claim as sent', async () => {
    const doc = caseDoc();
    expect(typeof doc.claim).toBe('string');
    await expect(m.Case.validate(doc)).resolves.toBeDefined();
    const hydrated = new m.Case(doc);
    await expect(hydrated.validate()).resolves.toBeUndefined();
    expect(hydrated.claim).toBe(doc.claim); // kept as given: no casting reaches into it
    expect(claimOf(hydrated.toObject().claim)).toEqual(claim);
    const record = toCaseRecord(hydrated.toObject(), toVerdictRecord(verdictDoc(reviewed.record, reviewed.verdict)));
    expect(record.claim).toEqual(claim);
  });

  it('a sub-document claim is refused by the schema; one written before claims were text still reads', async () => {
    const err = await new m.Case({ ...caseDoc(), claim: { ...base } }).validate().then(() => null, (e: mongoose.Error.ValidationError) => e);
    expect(err).toBeInstanceOf(mongoose.Error.ValidationError);
    expect(Object.keys(err!.errors)).toEqual(['claim']);
    expect(claimOf({ ...base })).toEqual(base);
  });

  it('no queue filter names the claim: every filter field, sort and cursor is a case field (strictQuery "throw" casts it)', () => {
    const every = {
      provinces: ['51'], province: '51', region: '510100', claimIdPrefix: 'U', insuredKey: 'k', patientName: '张三', hospitalId: 'H', doctorId: 'D',
      department: '内科', departmentIn: ['神经内科'], overdueBefore: { new: 'a', assigned: 'b', investigating: 'c' }, family: 'catalogue' as const,
      ruleId: 'catalogue.gender', decision: 'review' as const, status: 'new' as const, assignee: 'x', scoreMin: 0, scoreMax: 1,
      serviceFrom: '2025-01-01', serviceTo: '2025-12-31', amountMinFen: 0, amountMaxFen: 1,
    };
    const filter = queueFilter(every, { field: 'amount', dir: 'desc' }, { value: 5, claimId: 'U-0' });
    expect(JSON.stringify(filter)).not.toMatch(/claim\b(?!Id)/);
    expect(() => m.Case.find(filter).cast(m.Case)).not.toThrow();
    // The list projection reads the case's own fields; the claim paths in it serve only cases from before the
    // patient was copied onto the case (on a text claim they select nothing).
    expect(Object.keys(LIST_PROJECTION).filter((k) => k.startsWith('claim'))).toEqual(['claim.patient.insuredId', 'claim.patient.name']);
  });
});

// The server-side meaning of the few operation shapes reviewWrites uses, applied in order as an ordered
// bulkWrite does; enough to check the case workflow without a server (the contract suite runs the real one).
type Doc = Record<string, unknown> & { _id: string };
type Op = Record<string, { filter: Record<string, unknown>; replacement?: Doc; update?: { $set?: object; $setOnInsert?: object; $unset?: object }; upsert?: boolean }>;
const unset = (doc: Doc, fields: object = {}): Doc => {
  const out = { ...doc };
  for (const k of Object.keys(fields)) delete out[k];
  return out;
};
function apply(coll: Map<string, Doc>, ops: readonly object[]): void {
  for (const op of ops as Op[]) {
    const [kind, o] = Object.entries(op)[0];
    const id = o.filter._id as string;
    const found = coll.get(id);
    const matches = found && Object.entries(o.filter).every(([k, v]) => found[k] === v);
    if (kind === 'replaceOne') {
      if (matches || o.upsert) coll.set(id, structuredClone(o.replacement!));
    } else if (kind === 'deleteOne') {
      if (matches) coll.delete(id);
    } else if (kind === 'updateOne') {
      if (matches) coll.set(id, { ...unset(found!, o.update!.$unset), ...structuredClone(o.update!.$set) });
      else if (o.upsert) coll.set(id, { _id: id, ...structuredClone(o.update!.$setOnInsert), ...structuredClone(o.update!.$set) });
    } else throw new Error(`unmodelled op ${kind}`);
  }
}

describe('mongo bulk writes (server semantics modelled)', () => {
  const cases = new Map<string, Doc>();
  const verdicts = new Map<string, Doc>();
  const ledger = new Map<string, Doc>();
  const save = (batch: ReviewedClaim[], now: string, inParts: (PartRefs | undefined)[] = []) => {
    const w = reviewWrites(batch, now, inParts);
    apply(verdicts, w.verdicts);
    apply(ledger, w.memberClaims);
    apply(cases, w.cases);
  };
  const setStatus = (id: string, status: CaseStatus) => cases.set(id, { ...cases.get(id)!, status });
  beforeEach(() => [cases, verdicts, ledger].forEach((c) => c.clear()));

  it('a redelivered batch changes nothing but updatedAt', () => {
    const batch = [makeReviewed({ claimId: 'R-1' }, { decision: 'reject' }), makeReviewed({ claimId: 'R-2' })];
    save(batch, 't1');
    const before = { cases: structuredClone([...cases]), verdicts: structuredClone([...verdicts]), ledger: structuredClone([...ledger]) };
    save(batch, 't2');
    expect([...verdicts]).toEqual(before.verdicts);
    expect([...ledger]).toEqual(before.ledger);
    expect([...cases].map(([k, v]) => [k, { ...v, updatedAt: 't1' }])).toEqual(before.cases);
    expect(cases.get('R-1')).toMatchObject({ status: 'new', createdAt: 't1', updatedAt: 't2' });
  });

  it('re-review keeps status and createdAt; a pass removes only an untouched case', () => {
    save([makeReviewed({ claimId: 'C-1' }, { decision: 'review' }), makeReviewed({ claimId: 'C-2' }, { decision: 'review' })], 't1');
    setStatus('C-2', 'investigating');
    save([makeReviewed({ claimId: 'C-1' }, { decision: 'pass' }), makeReviewed({ claimId: 'C-2' }, { decision: 'pass', rulesetVersion: 'v2' })], 't2');
    expect(cases.has('C-1')).toBe(false);
    expect(cases.get('C-2')).toMatchObject({ status: 'investigating', decision: 'review', createdAt: 't1', updatedAt: 't2' });
    expect((cases.get('C-2')!.verdict as { rulesetVersion: string }).rulesetVersion).toBe('v2');
    save([makeReviewed({ claimId: 'C-2' }, { decision: 'reject' })], 't3');
    expect(cases.get('C-2')).toMatchObject({ status: 'investigating', decision: 'reject', createdAt: 't1' });
  });

  it("holds each of a case's texts once, inline or by reference to its parts, as a claim's texts grow long and short again", () => {
    const r = makeReviewed({ claimId: 'P-1' }, { decision: 'review' });
    save([r], 't1', [{ claim: 'c1', verdict: 'v1', lines: 'l1' }]);
    expect(cases.get('P-1')).toMatchObject({ parts: { claim: 'c1', verdict: 'v1' }, status: 'new' });
    expect(Object.keys(cases.get('P-1')!)).not.toEqual(expect.arrayContaining(['claim']));
    expect(Object.keys(cases.get('P-1')!)).not.toEqual(expect.arrayContaining(['verdict']));
    expect(verdicts.get('P-1')).toEqual(expect.objectContaining({ parts: { verdict: 'v1' } }));
    expect(verdicts.get('P-1')).not.toHaveProperty('verdict');
    expect(ledger.get('P-1')).toEqual(expect.objectContaining({ parts: { lines: 'l1' } }));
    // Re-reviewed short: the texts inline again, the references gone.
    save([r], 't2');
    expect(cases.get('P-1')).toMatchObject({ claim: JSON.stringify(r.claim), verdict: expect.objectContaining({ decision: 'review' }) });
    expect(cases.get('P-1')).not.toHaveProperty('parts');
    expect(verdicts.get('P-1')).not.toHaveProperty('parts');
    // A worked case refreshed by a pass whose claim alone is long.
    setStatus('P-1', 'investigating');
    save([makeReviewed({ claimId: 'P-1' }, { decision: 'pass' })], 't3', [{ claim: 'c3' }]);
    expect(cases.get('P-1')).toMatchObject({ status: 'investigating', parts: { claim: 'c3' }, verdict: expect.objectContaining({ decision: 'pass' }) });
    expect(cases.get('P-1')).not.toHaveProperty('claim');
  });

  it('keeps the last of two entries for one claimId in a batch', () => {
    save([makeReviewed({ claimId: 'D-1' }, { decision: 'review' }), makeReviewed({ claimId: 'D-1' }, { decision: 'reject', riskScore: 0.99 })], 't1');
    expect(verdicts.size).toBe(1);
    expect(verdicts.get('D-1')).toMatchObject({ decision: 'reject', riskScore: 0.99 });
    expect(cases.get('D-1')).toMatchObject({ decision: 'reject', status: 'new' });
  });
});
