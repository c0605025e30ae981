import type { Grouping, Hit } from '../../contract/verdict';
import type { ExportCase, ExportQuery, ExportStore, ExportVerdict } from './export-store';
import { claimOf, toVerdictRecord } from '../reviews/mongo-documents';
import { wholeDoc } from '../reviews/mongo-long-texts';
import type { CaseDoc, Models, VerdictDoc } from '../../store/mongo/schemas';
import type { CaseStatus } from '../../contract/records';
import type { MongoStoredParts } from '../../store/mongo/stored-parts';

// Monthly exports on MongoDB (see ../export-store.ts): cursors over the month in _id (claimId) order, read in
// batches so each batch's other half (case status for verdicts, verdict row for cases) is one $in query, not
// one query per document. The (month, _id) indexes are created on first use, so the sort walks an index
// instead of sorting the month in memory; allowDiskUse covers a server where that index is still building.
// Compile-checked here; the contract suite runs against it only with MONGO_URL.

const BATCH = 1000;

const filterOf = (q: ExportQuery): Record<string, string> => ({
  month: q.month,
  ...(q.province !== undefined ? { province: q.province } : {}),
  ...(q.region !== undefined ? { region: q.region } : {}),
});

async function* batches<T>(cursor: AsyncIterable<T>): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const doc of cursor) {
    batch.push(doc);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export function mongoExportStore(m: Models, parts: MongoStoredParts): ExportStore {
  let indexes: Promise<unknown> | null = null;
  const ensureIndexes = () =>
    (indexes ??= Promise.all([
      m.Verdict.collection.createIndex({ month: 1, _id: 1 }, { name: 'export_month_claim' }),
      m.Case.collection.createIndex({ month: 1, _id: 1 }, { name: 'export_month_claim' }),
    ]));

  return {
    async countForExport(q) {
      const [verdicts, cases] = await Promise.all([m.Verdict.countDocuments(filterOf(q)), m.Case.countDocuments(filterOf(q))]);
      return { verdicts, cases };
    },
    async *iterateVerdicts(q) {
      await ensureIndexes();
      const cursor = m.Verdict.find(filterOf(q)).sort({ month: 1, _id: 1 }).allowDiskUse(true).lean<VerdictDoc[]>().cursor();
      for await (const docs of batches(cursor as AsyncIterable<VerdictDoc>)) {
        const cases = await m.Case.find({ _id: { $in: docs.map((d) => d._id) } }, { status: 1 }).lean<Pick<CaseDoc, '_id' | 'status'>[]>();
        const status = new Map(cases.map((c) => [c._id, c.status]));
        for (const d of docs) {
          const v = (await wholeDoc(parts, d, ['verdict'])).verdict as { hits?: Hit[]; grouping?: Grouping | null };
          yield { ...toVerdictRecord(d), hits: v.hits ?? [], grouping: v.grouping ?? null, caseStatus: status.get(d._id) ?? null } satisfies ExportVerdict;
        }
      }
    },
    async *iterateCases(q) {
      await ensureIndexes();
      const cursor = m.Case.find(filterOf(q), { verdict: 0 }).sort({ month: 1, _id: 1 }).allowDiskUse(true).lean<CaseDoc[]>().cursor();
      for await (const docs of batches(cursor as AsyncIterable<CaseDoc>)) {
        const rows = await m.Verdict.find({ _id: { $in: docs.map((d) => d._id) } }, { verdict: 0, parts: 0 }).lean<VerdictDoc[]>();
        const summary = new Map(rows.map((r) => [r._id, toVerdictRecord(r)]));
        for (const d of docs) {
          const s = summary.get(d._id);
          if (!s) continue; // a case always has its verdict row; skip one removed mid-read
          const p = claimOf((await wholeDoc(parts, d, ['claim'])).claim).patient;
          yield {
            claimId: d._id,
            status: d.status as CaseStatus,
            caseDecision: d.decision,
            summary: s,
            patient: { insuredId: p.insuredId, name: p.name ?? null, idNumber: p.idNumber ?? null },
          } satisfies ExportCase;
        }
      }
    },
  };
}
