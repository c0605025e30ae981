import type { CaseCursor, CaseFilter, CaseListItem, CaseSort, CaseSortField } from './case-store';

// A filter is data. Every backend calls checkFilter first, so a value smuggled past the API as an object
// ({"$ne": null}) or array is refused rather than handed to a query engine that might read it as an operator.

const STRING_KEYS = [
  'province', 'region', 'claimIdPrefix', 'insuredKey', 'patientName', 'hospitalId', 'doctorId', 'department', 'family',
  'ruleId', 'decision', 'status', 'assignee', 'serviceFrom', 'serviceTo',
] as const;
const NUMBER_KEYS = ['scoreMin', 'scoreMax', 'amountMinFen', 'amountMaxFen'] as const;

export class FilterValueError extends TypeError {
  override name = 'FilterValueError';
}

export function checkFilter(filter: CaseFilter): void {
  for (const k of STRING_KEYS) {
    const v: unknown = filter[k];
    if (v !== undefined && typeof v !== 'string') throw new FilterValueError(`filter ${k} must be a string`);
  }
  for (const k of NUMBER_KEYS) {
    const v: unknown = filter[k];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) throw new FilterValueError(`filter ${k} must be a number`);
  }
  for (const k of ['provinces', 'departmentIn'] as const) {
    const v: unknown = filter[k];
    if (v !== undefined && (!Array.isArray(v) || v.some((p) => typeof p !== 'string'))) throw new FilterValueError(`filter ${k} must be strings`);
  }
  const o: unknown = filter.overdueBefore;
  if (o !== undefined) {
    const cut = o as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || OPEN.some((s) => typeof cut[s] !== 'string')) throw new FilterValueError('filter overdueBefore must hold three instants');
  }
}

const OPEN = ['new', 'assigned', 'investigating'] as const;

/** True when an open case entered its status before that status's cutoff. */
export function isOverdue(item: Pick<CaseListItem, 'status' | 'statusSince'>, cutoffs: { new: string; assigned: string; investigating: string }): boolean {
  const s = item.status;
  return (s === 'new' || s === 'assigned' || s === 'investigating') && item.statusSince < cutoffs[s];
}

const startsWith = (value: string | null, prefix: string | undefined) => prefix === undefined || (value !== null && value.startsWith(prefix));

export function checkCursor(cursor: CaseCursor | null): void {
  if (cursor === null) return;
  if (typeof cursor.claimId !== 'string' || !['string', 'number'].includes(typeof cursor.value)) {
    throw new FilterValueError('cursor must hold a string claimId and a scalar value');
  }
}

/** The value a case sorts by, as the stores hold it. */
export function sortValue(item: CaseListItem, field: CaseSortField): string | number {
  switch (field) {
    case 'amount':
      return item.amountAtStakeFen;
    case 'score':
      return item.riskScore;
    case 'serviceDate':
      return item.serviceDate;
    case 'updatedAt':
      return item.updatedAt;
  }
}

/**
 * The value the case queue orders by: as sortValue, except that at the same amount a case with a rule finding
 * comes before an anomaly-only one (可疑, a reminder): amount × 2 + 1 when some finding is a rule's.
 */
export function queueSortValue(item: CaseListItem, field: CaseSortField): string | number {
  return field === 'amount' ? item.amountAtStakeFen * 2 + (item.families.some((f) => f !== 'anomaly') ? 1 : 0) : sortValue(item, field);
}

/** Sort order of every backend: the field in the asked direction, then claimId ascending (a total order). */
export function compareCases(a: CaseListItem, b: CaseListItem, sort: CaseSort): number {
  const va = queueSortValue(a, sort.field);
  const vb = queueSortValue(b, sort.field);
  const c = va < vb ? -1 : va > vb ? 1 : 0;
  if (c !== 0) return sort.dir === 'asc' ? c : -c;
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}

/** True when the case comes after the cursor in that order. */
export function isAfter(item: CaseListItem, sort: CaseSort, cursor: CaseCursor): boolean {
  const v = queueSortValue(item, sort.field);
  if (v === cursor.value) return item.claimId > cursor.claimId;
  return sort.dir === 'asc' ? v > cursor.value : v < cursor.value;
}

/** The same filter as the SQL of sqlite-case-store.ts, for the in-memory store (which keeps insured keys beside). */
export function matchesFilter(item: CaseListItem & { insuredKey?: string }, f: CaseFilter): boolean {
  return (
    (f.provinces === undefined || f.provinces.includes(item.province)) &&
    (f.province === undefined || item.province === f.province) &&
    (f.region === undefined || item.region === f.region) &&
    startsWith(item.claimId, f.claimIdPrefix) &&
    (f.insuredKey === undefined || item.insuredKey === f.insuredKey) &&
    (f.patientName === undefined || item.patientName === f.patientName) &&
    startsWith(item.hospitalId, f.hospitalId) &&
    startsWith(item.doctorId, f.doctorId) &&
    (f.department === undefined || startsWith(item.department, f.department) || (item.department !== null && (f.departmentIn ?? []).includes(item.department))) &&
    (f.overdueBefore === undefined || isOverdue(item, f.overdueBefore)) &&
    (f.family === undefined || item.families.includes(f.family)) &&
    (f.ruleId === undefined || item.ruleIds.includes(f.ruleId)) &&
    (f.decision === undefined || item.decision === f.decision) &&
    (f.status === undefined || item.status === f.status) &&
    (f.assignee === undefined || item.assignee === f.assignee) &&
    (f.scoreMin === undefined || item.riskScore >= f.scoreMin) &&
    (f.scoreMax === undefined || item.riskScore <= f.scoreMax) &&
    (f.serviceFrom === undefined || item.serviceDate >= f.serviceFrom) &&
    (f.serviceTo === undefined || item.serviceDate <= f.serviceTo) &&
    (f.amountMinFen === undefined || item.amountAtStakeFen >= f.amountMinFen) &&
    (f.amountMaxFen === undefined || item.amountAtStakeFen <= f.amountMaxFen)
  );
}

/** Opaque cursor text for the API: base64url of the keyset position and the sort it belongs to. */
export function encodeCursor(cursor: CaseCursor, sort: CaseSort): string {
  return Buffer.from(JSON.stringify({ v: cursor.value, id: cursor.claimId, s: `${sort.field}:${sort.dir}` })).toString('base64url');
}

/** The position in a cursor, or null when it is not one of ours or belongs to another sort. */
export function decodeCursor(text: string, sort: CaseSort): CaseCursor | null {
  try {
    const o = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { v?: unknown; id?: unknown; s?: unknown };
    if (o.s !== `${sort.field}:${sort.dir}` || typeof o.id !== 'string') return null;
    const numeric = sort.field === 'amount' || sort.field === 'score';
    if (numeric ? typeof o.v !== 'number' || !Number.isFinite(o.v) : typeof o.v !== 'string') return null;
    return { value: o.v as string | number, claimId: o.id };
  } catch {
    return null;
  }
}
