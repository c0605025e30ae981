import type { Connection } from 'mongoose';
import type { ReviewStore, VerdictQuery } from './review-store';
import { invalidDoc, toMemberClaim, toVerdictRecord } from './mongo-documents';
import { partsHeldBy, refsIn, wholeDoc, writeLongTexts } from './mongo-long-texts';
import { reviewWrites } from './mongo-review-writes';
import { applyFindings, reapplyFindings } from './mongo-retrospective';
import type { Revision } from './revise-verdict';
import { drugsOf } from '../../benefits/identical-bills';
import type { LedgerLine } from '../../benefits/member-claim';

type BillPeerDoc = Pick<MemberClaimDoc, '_id' | 'insuredId' | 'hospitalId' | 'doctorId' | 'visitType' | 'serviceDate' | 'itemsSignature' | 'bundleSignature'>;
type AdmissionPeerDoc = Pick<MemberClaimDoc, '_id' | 'insuredId' | 'hospitalId' | 'serviceDate' | 'endDate' | 'principalCategory' | 'fundClaimedFen' | 'admissionRoute'>;
type DoctorVisitDoc = Pick<MemberClaimDoc, '_id' | 'insuredId' | 'hospitalId' | 'doctorId' | 'serviceDate' | 'consult'>;
type DayBillDoc = Pick<MemberClaimDoc, '_id' | 'insuredId' | 'hospitalId' | 'doctorId' | 'serviceDate' | 'itemsSignature' | 'lines' | 'parts'>;
import type { MemberClaimDoc, Models, VerdictDoc } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';
import type { MongoStoredParts } from '../../store/mongo/stored-parts';

/** How often a store being written to looks for files a crash left (a look is one query of a collection nearly always empty). */
const SWEEP_EVERY_MS = 5 * 60 * 1000;

/**
 * The review store on MongoDB (MONGO_URL). Batches go as ordered bulk writes per collection. On a replica set the
 * three bulk writes of a batch run in one transaction (all or nothing, as in SQLite); on a standalone server
 * they run one after another, and a batch cut short by a crash is completed by its redelivery, every write
 * being an idempotent upsert by claimId. A long claim's texts are written as parts first (mongo-long-texts.ts).
 */
export function mongoReviewStore(conn: Connection, m: Models, inSession: InSession, parts: MongoStoredParts): ReviewStore {
  let closed = false;
  const heldBy = partsHeldBy(m);
  // Files a crash left go when the store is first written to, and again now and then (a service runs for months).
  let lastSweep = 0;
  return {
    async saveReviews(given, along) {
      if (!given.length) return [];
      // A claim re-reviewed gets the findings later claims made about it again (read before the batch is written).
      const { batch, revisions: reapplied } = await reapplyFindings(m, given);
      const now = new Date().toISOString();
      const inParts = await writeLongTexts(parts, batch);
      const w = reviewWrites(batch, now, inParts);
      let revisions: Revision[] = [];
      const written = new Map<string, string[]>();
      batch.forEach((r, i) => written.set(r.record.claimId, [...(written.get(r.record.claimId) ?? []), ...refsIn(inParts[i])]));
      const superseded = await inSession(async (session) => {
        // The files the batch's claims held until now: entered as released first (a sweep frees only what no
        // document holds), so a standalone server's crash mid-batch leaves nothing unnamed.
        const withParts = [...(await parts.claimsWithParts([...written.keys()], session))];
        const before = await heldBy(withParts, session);
        for (const [id, refs] of before) await parts.released(refs, id, session);
        await m.Verdict.bulkWrite(w.verdicts, { ordered: true, session });
        await m.MemberClaim.bulkWrite(w.memberClaims, { ordered: true, session });
        await m.Case.bulkWrite(w.cases, { ordered: true, session });
        // Held now, of the claims with files old or new (a pass's long claim text no case kept is not): the
        // held lose their entries (a fresh one's gone means a sweep took its file: the batch fails), the
        // others are released, to drop.
        const touched = [...written].filter(([, refs]) => refs.length).map(([id]) => id);
        const after = await heldBy([...new Set([...withParts, ...touched])], session);
        const gone: string[] = [];
        for (const [id, now] of after) {
          const mine = [...(before.get(id) ?? []), ...(written.get(id) ?? [])];
          await parts.held(mine.filter((r) => now.includes(r)), session);
          const unheld = mine.filter((r) => !now.includes(r));
          await parts.released(unheld, id, session);
          gone.push(...unheld);
        }
        // Findings about earlier claims, in the same session (all or nothing on a replica set).
        const found = await applyFindings(m, parts, batch, now, session);
        revisions = found.revisions;
        return [...gone, ...found.released];
      });
      // After the batch's own writes (its session holds only this store's collections); the batch is redelivered whole
      // if this fails, every write being idempotent. The files the committed batch released go either way.
      try {
        await along?.([...reapplied, ...revisions]);
      } finally {
        if (superseded.length) await parts.drop(new Set(superseded));
      }
      if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        await parts.sweep(heldBy);
      }
      return [...reapplied, ...revisions];
    },
    async saveInvalid(batch) {
      if (!batch.length) return;
      await m.Invalid.insertMany(batch.map(invalidDoc), { ordered: true });
    },
    async getMemberClaims(insuredIds) {
      if (!insuredIds.length) return [];
      const docs = await m.MemberClaim.find({ insuredId: { $in: [...insuredIds] } }).lean<MemberClaimDoc[]>();
      return Promise.all(docs.map(async (d) => toMemberClaim(await wholeDoc(parts, d, ['lines']))));
    },
    async getIdenticalBills(keys) {
      if (!keys.length) return [];
      // Each key an equality on the four fields of the bill index.
      // A pharmacy's purchases (doctorId null) are the pharmacy's day, whoever dispensed (identical-bills.ts).
      const filter = {
        $or: keys.map((k) => ({
          [k.bundle ? 'bundleSignature' : 'itemsSignature']: k.itemsSignature,
          hospitalId: k.hospitalId,
          ...(k.doctorId === null ? { visitType: 'pharmacy' } : { doctorId: k.doctorId }),
          serviceDate: k.serviceDate,
        })),
      };
      // What a peer is judged by (BillPeer), not the whole entry: its lines (read back from parts when long) were
      // most of the read. No arrival is stored here: every stored peer counts as arrived first, as before.
      const docs = await m.MemberClaim.find(filter, { _id: 1, insuredId: 1, hospitalId: 1, doctorId: 1, visitType: 1, serviceDate: 1, itemsSignature: 1, bundleSignature: 1 }).lean<BillPeerDoc[]>();
      return docs.map((d) => ({ claimId: d._id, insuredId: d.insuredId, hospitalId: d.hospitalId, doctorId: d.doctorId ?? null, visitType: d.visitType, serviceDate: d.serviceDate, itemsSignature: d.itemsSignature, bundleSignature: d.bundleSignature ?? null }));
    },
    async getDoctorVisits(keys) {
      if (!keys.length) return [];
      // Each key an equality on institution and doctor and a range of days (the doctor index); never run against a
      // server here. No arrival is stored: every stored visit counts as arrived first, as identical bills do.
      const filter = { $or: keys.map((k) => ({ hospitalId: k.hospitalId, doctorId: k.doctorId, serviceDate: { $gte: k.from, $lte: k.to }, consult: { $type: 'object' as const } })) };
      const docs = await m.MemberClaim.find(filter, { _id: 1, insuredId: 1, hospitalId: 1, doctorId: 1, serviceDate: 1, consult: 1 }).lean<DoctorVisitDoc[]>();
      return docs.map((d) => ({ claimId: d._id, insuredId: d.insuredId, hospitalId: d.hospitalId, doctorId: d.doctorId ?? null, serviceDate: d.serviceDate, consult: d.consult ?? null }));
    },
    async getDoctorDays(keys) {
      if (!keys.length) return [];
      // Each key an equality on institution, doctor and day among clinic visits; never run against a server here. No
      // arrival is stored: every stored visit counts as arrived first, as identical bills do. The lines (whole when
      // long) only for the drug count.
      const filter = { visitType: { $in: ['outpatient', 'chronic'] }, $or: keys.map((k) => ({ hospitalId: k.hospitalId, doctorId: k.doctorId, serviceDate: k.serviceDate })) };
      const docs = await m.MemberClaim.find(filter, { _id: 1, insuredId: 1, hospitalId: 1, doctorId: 1, serviceDate: 1, itemsSignature: 1, lines: 1, parts: 1 }).lean<DayBillDoc[]>();
      const whole = await Promise.all(docs.map((d) => wholeDoc(parts, d, ['lines'])));
      return whole.map((d) => ({ claimId: d._id, insuredId: d.insuredId, hospitalId: d.hospitalId, doctorId: d.doctorId ?? null, serviceDate: d.serviceDate, itemsSignature: d.itemsSignature, drugs: drugsOf({ lines: d.lines as LedgerLine[] | undefined }) }));
    },
    async getDoctorClinics(keys) {
      if (!keys.length) return [];
      // Each key an equality on doctor and day among clinic visits, any institution but the stay's (the doctor-date
      // index); never run against a server here. Whole entries (few per key); no arrival is stored: each counts as arrived first.
      const filter = { visitType: { $in: ['outpatient', 'chronic'] }, $or: keys.map((k) => ({ doctorId: k.doctorId, serviceDate: k.serviceDate, hospitalId: { $ne: k.hospitalId } })) };
      const docs = await m.MemberClaim.find(filter).lean<MemberClaimDoc[]>();
      return Promise.all(docs.map(async (d) => toMemberClaim(await wholeDoc(parts, d, ['lines']))));
    },
    async getDoctorOperations(keys) {
      if (!keys.length) return [];
      // Each key an equality on doctor and one of a stay's operation days, any institution but the visit's (the
      // doctor-operation index); never run against a server here. Whole entries; no arrival is stored: each counts as arrived first.
      const filter = { visitType: 'inpatient', $or: keys.map((k) => ({ doctorId: k.doctorId, operationDays: k.serviceDate, hospitalId: { $ne: k.hospitalId } })) };
      const docs = await m.MemberClaim.find(filter).lean<MemberClaimDoc[]>();
      return Promise.all(docs.map(async (d) => toMemberClaim(await wholeDoc(parts, d, ['lines']))));
    },
    async getAdmissions(keys) {
      if (!keys.length) return [];
      // Each key an equality on institution and admission day among stays (the admission index); never run against a
      // server here. No arrival is stored: every stored stay counts as arrived first, as identical bills do.
      const filter = { visitType: 'inpatient', $or: keys.map((k) => ({ hospitalId: k.hospitalId, serviceDate: k.serviceDate })) };
      const docs = await m.MemberClaim.find(filter, { _id: 1, insuredId: 1, hospitalId: 1, serviceDate: 1, endDate: 1, principalCategory: 1, fundClaimedFen: 1, admissionRoute: 1 }).lean<AdmissionPeerDoc[]>();
      return docs.map((d) => ({ claimId: d._id, insuredId: d.insuredId, hospitalId: d.hospitalId, serviceDate: d.serviceDate, endDate: d.endDate, principalCategory: d.principalCategory, fundClaimedFen: d.fundClaimedFen, admissionRoute: d.admissionRoute ?? null }));
    },
    async getVerdict(claimId) {
      const d = await m.Verdict.findById(claimId, { verdict: 0, parts: 0 }).lean<VerdictDoc>();
      return d ? toVerdictRecord(d) : undefined;
    },
    async countVerdicts(query: VerdictQuery = {}) {
      if (query.decision === 'invalid') return 0; // never stored as a verdict document
      const filter: Partial<Pick<VerdictDoc, 'decision' | 'month' | 'province'>> = {};
      if (query.decision !== undefined) filter.decision = query.decision;
      if (query.month !== undefined) filter.month = query.month;
      if (query.province !== undefined) filter.province = query.province;
      return m.Verdict.countDocuments(filter);
    },
    async countInvalid() {
      return m.Invalid.countDocuments({});
    },
    async ping() {
      if (closed) return false;
      try {
        await conn.asPromise();
        const r = (await conn.db!.admin().ping()) as { ok?: number };
        return r.ok === 1;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await conn.close(true); // force: do not wait for a server that never answered
    },
  };
}
