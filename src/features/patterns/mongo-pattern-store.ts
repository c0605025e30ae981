import { Schema, type Connection, type PipelineStage } from 'mongoose';
import { FilterValueError } from '../cases/case-filter';
import type { Models, PartRefs } from '../../store/mongo/schemas';
import type { MongoStoredParts } from '../../store/mongo/stored-parts';
import { wholeDoc } from '../reviews/mongo-long-texts';
import { nullableString, strictOptions } from '../../store/mongo/schema-options';
import { diagnosisCodesOf, supplyField, type PatternClaim, type PatternFinding, type PatternStore } from './pattern-store';

type SupplyLine = { kind?: string; days?: number; long?: boolean };

// Provider patterns on MongoDB: the per-claim facts are a $lookup of each verdict's member-ledger entry; runs
// and findings are two collections of their own (a counter-free run id: the previous one plus one).

interface RunDoc {
  _id: number;
  ranAt: string;
  from: string;
  to: string;
  trigger: string;
  findings: number;
}

interface FindingDoc {
  runId: number;
  seq: number;
  province: string;
  hospitalId: string;
  doctorId: string | null;
  metric: string;
  finding: Record<string, unknown>;
}

const runSchema = new Schema<RunDoc>(
  {
    _id: { type: Number, required: true },
    ranAt: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    trigger: { type: String, required: true },
    findings: { type: Number, required: true, min: 0 },
  },
  { ...strictOptions, collection: 'pattern_runs' },
);

const findingSchema = new Schema<FindingDoc>(
  {
    runId: { type: Number, required: true },
    seq: { type: Number, required: true },
    province: { type: String, required: true },
    hospitalId: { type: String, required: true },
    doctorId: nullableString,
    metric: { type: String, required: true },
    finding: { type: Schema.Types.Mixed, required: true },
  },
  { ...strictOptions, collection: 'pattern_findings' },
);
findingSchema.index({ runId: 1, province: 1, hospitalId: 1 });

const isString = (v: unknown): v is string => typeof v === 'string';

export function mongoPatternStore(conn: Connection, m: Models, parts: MongoStoredParts): PatternStore {
  const Run = conn.models.PatternRun ?? conn.model<RunDoc>('PatternRun', runSchema);
  const Finding = conn.models.PatternFinding ?? conn.model<FindingDoc>('PatternFinding', findingSchema);
  const ledger = m.MemberClaim.collection.name;
  const lastRun = async (): Promise<RunDoc | null> => (await Run.find().sort({ _id: -1 }).limit(1).lean<RunDoc[]>())[0] ?? null;

  return {
    async patternClaims({ from, to }) {
      if (!isString(from) || !isString(to)) throw new FilterValueError('period dates must be strings');
      const pipeline: PipelineStage[] = [
        { $match: { serviceDate: { $gte: from, $lte: to } } },
        { $sort: { _id: 1 } },
        { $lookup: { from: ledger, localField: '_id', foreignField: '_id', pipeline: [{ $project: { insuredId: 1, endDate: 1, dischargeMode: 1, admissionRoute: 1, serviceCodes: 1, codes: 1, lineCodes: { $map: { input: { $filter: { input: { $ifNull: ['$lines', []] }, cond: { $and: [{ $ne: ['$$this.courseEnd', true] }, { $ne: ['$$this.courseStart', true] }] } } }, in: '$$this.code' } }, stayDrugCodes: { $map: { input: { $filter: { input: { $ifNull: ['$lines', []] }, cond: { $and: [{ $eq: ['$$this.kind', 'drug'] }, { $or: [{ $eq: ['$$this.courseEnd', true] }, { $eq: ['$$this.courseStart', true] }] }] } } }, in: '$$this.code' } }, supplyLines: { $filter: { input: { $ifNull: ['$lines', []] }, cond: { $and: [{ $eq: ['$$this.kind', 'drug'] }, { $ne: [{ $type: '$$this.days' }, 'missing'] }] } } }, parts: 1 } }], as: 'ledger' } },
        {
          $project: {
            hospitalId: 1, doctorId: 1, region: 1, province: 1, hospitalLevel: 1, department: 1, visitType: 1, serviceDate: 1, totalFen: 1, ruleIds: 1,
            ageYears: 1, principalDiagnosis: 1,
            grouping: '$verdict.grouping', ledger: { $first: '$ledger' }, parts: 1,
          },
        },
      ];
      type Row = Omit<PatternClaim, 'claimId' | 'drg' | 'endDate' | 'insuredId' | 'dischargeMode' | 'admissionRoute' | 'codes' | 'diagnosisCodes' | 'stayDrugCodes' | 'supplyDays' | 'ageYears' | 'principalDiagnosis'> & {
        ageYears?: number | null;
        principalDiagnosis?: string | null;
        _id: string;
        grouping?: { status?: string; drg?: string | null } | null;
        ledger?: { insuredId: string; endDate: string; dischargeMode?: string | null; admissionRoute?: string | null; serviceCodes?: string[]; codes?: string[]; lineCodes?: string[]; stayDrugCodes?: string[]; supplyLines?: SupplyLine[]; parts?: PartRefs };
        parts?: PartRefs;
      };
      const rows = await m.Verdict.aggregate<Row>(pipeline);
      // A long claim's verdict and ledger lines are stored as parts, out of the pipeline's reach: read here.
      for (const r of rows) {
        if (r.parts?.verdict) r.grouping = ((await wholeDoc(parts, r, ['verdict'])).verdict as { grouping?: Row['grouping'] }).grouping;
        if (r.ledger?.parts?.lines) {
          const lines = (await wholeDoc(parts, r.ledger, ['lines'])).lines as (SupplyLine & { code: string; courseEnd?: boolean; courseStart?: boolean })[];
          r.ledger.lineCodes = lines.filter((l) => !l.courseEnd && !l.courseStart).map((l) => l.code);
          r.ledger.supplyLines = lines;
        }
      }
      return rows.map((r) => ({
        claimId: r._id,
        hospitalId: r.hospitalId,
        doctorId: r.doctorId ?? null,
        region: r.region,
        province: r.province,
        hospitalLevel: r.hospitalLevel,
        department: r.department ?? null,
        visitType: r.visitType,
        serviceDate: r.serviceDate,
        endDate: r.ledger?.endDate ?? null,
        totalFen: r.totalFen,
        ruleIds: r.ruleIds ?? [],
        drg: r.grouping?.status === 'grouped' ? r.grouping.drg ?? null : null,
        insuredId: r.ledger?.insuredId ?? null,
        dischargeMode: r.ledger?.dischargeMode ?? null,
        admissionRoute: r.ledger?.admissionRoute ?? null,
        ageYears: r.ageYears ?? null,
        principalDiagnosis: r.principalDiagnosis ?? null,
        codes: [...new Set([...(r.ledger?.serviceCodes ?? []), ...(r.ledger?.lineCodes ?? [])])].sort(),
        diagnosisCodes: diagnosisCodesOf(r.ledger?.codes),
        stayDrugCodes: [...new Set(r.ledger?.stayDrugCodes ?? [])].sort(),
        ...supplyField(r.ledger?.supplyLines),
      }));
    },
    async savePatternRun(run, findings) {
      const id = ((await lastRun())?._id ?? 0) + 1;
      await Run.create({ _id: id, ...run });
      if (findings.length) {
        await Finding.insertMany(
          findings.map((f, seq) => ({ runId: id, seq, province: f.province, hospitalId: f.hospitalId, doctorId: f.doctorId, metric: f.metric, finding: { ...f } })),
        );
      }
      await Finding.deleteMany({ runId: { $lt: id } });
      return { id, ...run };
    },
    async lastPatternRun() {
      const r = await lastRun();
      return r ? { id: r._id, ranAt: r.ranAt, from: r.from, to: r.to, trigger: r.trigger, findings: r.findings } : null;
    },
    async patternFindings(q) {
      const run = await lastRun();
      if (!run) return [];
      const filter: Record<string, unknown> = { runId: run._id };
      if (q.provinces !== undefined) {
        if (!Array.isArray(q.provinces) || !q.provinces.every(isString)) throw new FilterValueError('scope provinces must be strings');
        filter.province = { $in: [...q.provinces] };
      }
      for (const [k, v] of [['hospitalId', q.hospitalId], ['doctorId', q.doctorId], ['metric', q.metric]] as const) {
        if (v === undefined) continue;
        if (!isString(v)) throw new FilterValueError(`${k} must be a string`);
        filter[k] = v;
      }
      const docs = await Finding.find(filter).sort({ seq: 1 }).lean<FindingDoc[]>();
      return docs.map((d) => d.finding as unknown as PatternFinding);
    },
  };
}

