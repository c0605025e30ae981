import type { CaseRecord } from '../../contract/records';
import type { CaseStore } from './case-store';
import type { MemberCase } from './member-page';

// A case's related cases, each openable on its own page: the same member's other cases, the other claim a
// cross-claim rule paired this one with (a readmission, an overlapping stay, a duplicate), and the same
// doctor's cases with a hit on the same item. Only cases in the reader's provinces are listed; the rest counted.

export type Relation =
  | { kind: 'member' }
  | { kind: 'pair'; ruleId: string }
  | { kind: 'doctor-item'; itemCode: string };

/** A case of the member page's shape, with how it relates to the case being read. */
export interface RelatedCase extends MemberCase {
  relations: Relation[];
}

/** The older cross-claim rules' evidence fields that name the other claim(s) (rules/history/history.rules.json). */
const PAIR_FIELDS = new Set(['previousClaim', 'otherClaim', 'duplicateOf', 'claims', 'earlierClaims', 'otherClaims']);
/**
 * An evidence field naming other claims: one of the older English names, or a Chinese name ending in 单据 (the
 * convention of rules/README.md, held for every rule by test/features/cases/paired-claims.test.ts).
 */
export const isPairField = (field: string): boolean => PAIR_FIELDS.has(field) || field.endsWith('单据');
/** How many of the doctor's cases are looked at for a shared item. */
const DOCTOR_CANDIDATES = 50;

/** A list the cross-claim rules joined for reading (src/benefits/cross-claim.ts: "a、b等5件"). */
const LIST_TAIL = /等\d+件$/;

function claimIdsIn(v: unknown, out: Set<string>, depth = 0): void {
  if (depth > 3) return;
  if (typeof v === 'string') {
    for (const id of v.replace(LIST_TAIL, '').split('、')) if (id) out.add(id);
  } else if (Array.isArray(v)) v.forEach((x) => claimIdsIn(x, out, depth + 1));
  else if (v && typeof v === 'object' && typeof (v as { claimId?: unknown }).claimId === 'string') out.add((v as { claimId: string }).claimId);
}

/** The claims named by this case's cross-claim hits, with the rule that paired them. */
export function pairedClaimIds(kase: CaseRecord): Map<string, string> {
  const paired = new Map<string, string>();
  for (const hit of kase.verdict.hits) {
    for (const [field, value] of Object.entries(hit.evidence ?? {})) {
      if (!isPairField(field)) continue;
      const ids = new Set<string>();
      claimIdsIn(value, ids);
      for (const id of ids) if (id !== kase.claimId && !paired.has(id)) paired.set(id, hit.ruleId);
    }
  }
  return paired;
}

/** Item codes of the lines this case's rule hits name. */
export function hitItemCodes(kase: CaseRecord): Set<string> {
  const lines = new Set(kase.verdict.hits.filter((h) => h.family !== 'anomaly').flatMap((h) => h.lineIds));
  return new Set(kase.claim.items.filter((i) => lines.has(i.lineId)).map((i) => i.code));
}

export async function relatedCases(
  store: Pick<CaseStore, 'getCase' | 'listCases'>,
  kase: CaseRecord,
  memberClaimIds: readonly string[],
  mayRead: (province: string) => boolean,
  provinces: readonly string[] | undefined,
): Promise<{ items: RelatedCase[]; otherProvinces: number }> {
  const found = new Map<string, { record: CaseRecord; relations: Relation[] }>();
  let otherProvinces = 0;
  const hidden = new Set<string>();
  const add = async (claimId: string, relation: Relation, known?: CaseRecord) => {
    if (claimId === kase.claimId || hidden.has(claimId)) return;
    const seen = found.get(claimId);
    if (seen) {
      if (!seen.relations.some((r) => JSON.stringify(r) === JSON.stringify(relation))) seen.relations.push(relation);
      return;
    }
    const record = known ?? (await store.getCase(claimId));
    if (!record) return;
    if (!mayRead(record.summary.province)) {
      hidden.add(claimId);
      otherProvinces += 1;
      return;
    }
    found.set(claimId, { record, relations: [relation] });
  };

  for (const [claimId, ruleId] of pairedClaimIds(kase)) await add(claimId, { kind: 'pair', ruleId });
  for (const claimId of memberClaimIds) await add(claimId, { kind: 'member' });

  const doctorId = kase.summary.doctorId;
  const codes = hitItemCodes(kase);
  if (doctorId !== null && codes.size) {
    const page = await store.listCases({ provinces, hospitalId: kase.summary.hospitalId, doctorId }, { field: 'serviceDate', dir: 'desc' }, null, DOCTOR_CANDIDATES);
    for (const row of page.items) {
      // The filter matches code prefixes: keep this doctor at this hospital exactly.
      if (row.claimId === kase.claimId || row.hospitalId !== kase.summary.hospitalId || row.doctorId !== doctorId) continue;
      const other = await store.getCase(row.claimId);
      if (!other) continue;
      for (const code of hitItemCodes(other)) if (codes.has(code)) await add(row.claimId, { kind: 'doctor-item', itemCode: code }, other);
    }
  }

  const items = [...found.values()].map(({ record, relations }) => ({
    claimId: record.claimId,
    relations,
    status: record.status,
    decision: record.decision,
    serviceDate: record.summary.serviceDate,
    hospitalId: record.summary.hospitalId,
    doctorId: record.summary.doctorId,
    amountAtStake: record.summary.amountAtStakeFen / 100,
    ruleIds: record.summary.ruleIds,
  }));
  return { items, otherProvinces };
}
