import { Schema, type Connection, type Model } from 'mongoose';
import { strictOptions } from '../../store/mongo/schema-options';
import type { Models } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';
import { appendAuditLines } from '../cases/mongo-audit';
import type { AuditDoc } from '../../store/mongo/schemas';
import type { AuditEntry } from '../cases/case-store';
import { headerOf, type Inspection, type PointFinding } from './inspection';
import type { InspectionStore } from './inspection-store';

// Inspections on MongoDB: one document per inspection with its points embedded (a list of at most a few
// hundred points, always read whole). A finding is set on one point by its number, only while the document
// is open; audit lines go to the shared trail in the same session.

/** Points are kept as given (checked by the service): plumbing does not know their shape. */
type InspectionDoc = Omit<Inspection, 'id' | 'points'> & { _id: string; points: object[] };

// Points and findings are checked by the service before they get here: kept as given.
const inspectionSchema = new Schema<InspectionDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    hospitalId: { type: String, required: true },
    region: { type: String, required: true },
    province: { type: String, required: true, match: /^\d{2}$/ },
    from: { type: String, required: true },
    to: { type: String, required: true },
    team: { type: [String], default: [] },
    leader: { type: String, required: true },
    status: { type: String, required: true, enum: ['open', 'closed'] },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    closedBy: { type: String, default: null },
    closedAt: { type: String, default: null },
    conclusion: { type: String, default: null },
    omittedClaims: { type: Number, required: true, min: 0 },
    points: { type: [Schema.Types.Mixed], default: [] },
  },
  { ...strictOptions, collection: 'inspections' },
);
inspectionSchema.index({ province: 1, createdAt: -1 });

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const fromDoc = ({ _id, points, ...rest }: InspectionDoc): Inspection => ({ id: _id, ...rest, points: points as Inspection['points'] });

export function mongoInspectionStore(conn: Connection, m: Models, inSession: InSession): InspectionStore {
  const Inspections: Model<InspectionDoc> = conn.models.Inspection ?? conn.model<InspectionDoc>('Inspection', inspectionSchema);
  return {
    async createInspection(inspection, audit) {
      const { id, ...rest } = json(inspection);
      await inSession(async (session) => {
        await Inspections.create([{ _id: id, ...rest }], { session });
        await appendAuditLines(m, audit, session);
      });
    },
    async getInspection(id) {
      const doc = await Inspections.findById(String(id)).lean<InspectionDoc>();
      return doc ? fromDoc(doc) : undefined;
    },
    async listInspections(provinces) {
      const filter = provinces === undefined ? {} : { province: { $in: provinces.map(String) } };
      const docs = await Inspections.find(filter).sort({ createdAt: -1, _id: -1 }).lean<InspectionDoc[]>();
      return docs.map((d) => headerOf(fromDoc(d)));
    },
    async recordPoint(id, no, finding: PointFinding, audit) {
      return inSession(async (session) => {
        const r = await Inspections.updateOne(
          { _id: String(id), status: 'open', 'points.no': Number(no) },
          { $set: { 'points.$.finding': json(finding) } },
          { session },
        );
        if (r.matchedCount === 0) {
          const doc = await Inspections.findOne({ _id: String(id), 'points.no': Number(no) }, { status: 1 }).session(session ?? null).lean<Pick<InspectionDoc, 'status'>>();
          return doc ? ('closed' as const) : ('missing' as const);
        }
        await appendAuditLines(m, audit, session);
        return 'ok' as const;
      });
    },
    async closeInspection(id, close, audit) {
      return inSession(async (session) => {
        const r = await Inspections.updateOne(
          { _id: String(id), status: 'open' },
          { $set: { status: 'closed', closedBy: close.by, closedAt: close.at, conclusion: close.conclusion } },
          { session },
        );
        if (r.matchedCount === 0) return (await Inspections.exists({ _id: String(id) }).session(session ?? null)) ? ('closed' as const) : ('missing' as const);
        await appendAuditLines(m, audit, session);
        return 'ok' as const;
      });
    },
    async inspectionTrail(id) {
      const docs = await m.Audit.find({ 'detail.inspectionId': String(id) }).sort({ _id: 1 }).lean<AuditDoc[]>();
      return docs.map(
        (d): AuditEntry => ({ seq: d._id, claimId: d.claimId ?? null, at: d.at, actor: d.actor, role: d.role, action: d.action, from: d.from ?? null, to: d.to ?? null, detail: d.detail ?? null }),
      );
    },
  };
}
