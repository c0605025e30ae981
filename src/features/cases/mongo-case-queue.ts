import type { QueryFilter } from 'mongoose';
import { checkCursor, checkFilter } from './case-filter';
import type { CaseCursor, CaseFilter, CaseListItem, CaseSort, CaseSortField } from './case-store';
import type { CaseDoc } from '../../store/mongo/schemas';

// Case queues on MongoDB: the filter is built key by key from values checkFilter has proved to be plain
// strings and numbers (copied, never spread from the caller's object), so nothing a caller sends can become
// an operator. Families and rule ids are copied onto the case on every review, so this is one indexed find.

type Sortable = 'amountAtStakeFen' | 'riskScore' | 'serviceDate' | 'updatedAt';
export const SORT_PATHS: Record<CaseSortField, Sortable> = {
  amount: 'amountAtStakeFen',
  score: 'riskScore',
  serviceDate: 'serviceDate',
  updatedAt: 'updatedAt',
};

/** The fields a queue row needs, all the case's own (the stored claim is not read; documents written before
 * insuredId was copied onto the case still answer from the claim's patient). */
export const LIST_PROJECTION = {
  status: 1, decision: 1, region: 1, province: 1, hospitalId: 1, doctorId: 1, department: 1, serviceDate: 1,
  riskScore: 1, amountAtStakeFen: 1, families: 1, ruleIds: 1, assignee: 1, createdAt: 1, updatedAt: 1, statusSince: 1,
  insuredId: 1, patientName: 1,
  'claim.patient.insuredId': 1, 'claim.patient.name': 1,
} as const;

export type ListDoc = Pick<
  CaseDoc,
  | '_id' | 'status' | 'decision' | 'region' | 'province' | 'hospitalId' | 'doctorId' | 'department' | 'serviceDate'
  | 'riskScore' | 'amountAtStakeFen' | 'families' | 'ruleIds' | 'assignee' | 'createdAt' | 'updatedAt' | 'statusSince'
> & { insuredId?: string; patientName?: string | null; claim?: { patient?: { insuredId?: string; name?: string | null } } };

/** The find filter of a queue page: the filter's conditions and, after the first page, the keyset position. */
export function queueFilter(f: CaseFilter, sort: CaseSort, cursor: CaseCursor | null): QueryFilter<CaseDoc> {
  checkFilter(f);
  checkCursor(cursor);
  const and: QueryFilter<CaseDoc>[] = [];
  const eq = <K extends keyof CaseDoc>(path: K, v: string | undefined) => {
    if (v !== undefined) and.push({ [path]: String(v) } as QueryFilter<CaseDoc>);
  };
  const range = (path: Sortable, min: string | number | undefined, max: string | number | undefined) => {
    if (min !== undefined) and.push({ [path]: { $gte: min } } as QueryFilter<CaseDoc>);
    if (max !== undefined) and.push({ [path]: { $lte: max } } as QueryFilter<CaseDoc>);
  };
  if (f.provinces !== undefined) and.push({ province: { $in: f.provinces.map(String) } });
  eq('province', f.province);
  eq('region', f.region);
  // A prefix as an anchored regex of the escaped text: the caller's characters are never regex syntax.
  const prefix = (path: 'hospitalId' | 'doctorId' | 'department' | '_id', v: string | undefined) =>
    v === undefined ? undefined : ({ [path]: { $regex: `^${escapeRegex(String(v))}` } } as QueryFilter<CaseDoc>);
  const starts = (path: 'hospitalId' | 'doctorId' | '_id', v: string | undefined) => {
    const c = prefix(path, v);
    if (c) and.push(c);
  };
  starts('_id', f.claimIdPrefix);
  eq('insuredKey', f.insuredKey);
  eq('patientName', f.patientName);
  starts('hospitalId', f.hospitalId);
  starts('doctorId', f.doctorId);
  if (f.department !== undefined) {
    and.push({ $or: [prefix('department', f.department)!, { department: { $in: (f.departmentIn ?? []).map(String) } }] } as QueryFilter<CaseDoc>);
  }
  if (f.overdueBefore !== undefined) {
    const o = f.overdueBefore;
    const since = (status: 'new' | 'assigned' | 'investigating', cut: string): QueryFilter<CaseDoc> => ({
      status,
      $or: [{ statusSince: { $lt: String(cut) } }, { statusSince: null, createdAt: { $lt: String(cut) } }],
    }) as QueryFilter<CaseDoc>;
    and.push({ $or: [since('new', o.new), since('assigned', o.assigned), since('investigating', o.investigating)] } as QueryFilter<CaseDoc>);
  }
  eq('families', f.family); // array field: equality means "contains"
  eq('ruleIds', f.ruleId);
  eq('decision', f.decision);
  eq('status', f.status);
  eq('assignee', f.assignee);
  range('riskScore', f.scoreMin, f.scoreMax);
  range('serviceDate', f.serviceFrom, f.serviceTo);
  range('amountAtStakeFen', f.amountMinFen, f.amountMaxFen);
  if (cursor) {
    const path = SORT_PATHS[sort.field];
    const beyond = sort.dir === 'asc' ? '$gt' : '$lt';
    and.push({ $or: [{ [path]: { [beyond]: cursor.value } }, { [path]: cursor.value, _id: { $gt: String(cursor.claimId) } }] } as QueryFilter<CaseDoc>);
  }
  return and.length ? { $and: and } : {};
}

/** Sort field in the asked direction, then claimId ascending: the order every backend gives. */
export function queueSort(sort: CaseSort): Record<string, 1 | -1> {
  return { [SORT_PATHS[sort.field]]: sort.dir === 'asc' ? 1 : -1, _id: 1 };
}

export function toListItem(d: ListDoc): CaseListItem {
  return {
    claimId: d._id,
    status: d.status,
    decision: d.decision,
    region: d.region,
    province: d.province,
    hospitalId: d.hospitalId,
    doctorId: d.doctorId ?? null,
    department: d.department ?? null,
    serviceDate: d.serviceDate,
    riskScore: d.riskScore,
    amountAtStakeFen: d.amountAtStakeFen,
    families: (d.families ?? []) as CaseListItem['families'],
    ruleIds: d.ruleIds ?? [],
    assignee: d.assignee ?? null,
    insuredId: d.insuredId ?? d.claim?.patient?.insuredId ?? '',
    patientName: d.insuredId !== undefined ? (d.patientName ?? null) : (d.claim?.patient?.name ?? null),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    statusSince: d.statusSince ?? d.createdAt,
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
