import type Database from 'better-sqlite3';
import type { AlongReviews, InvalidInput, ReviewedClaim, ReviewStore, VerdictQuery } from './review-store';
import type { SqliteConnection } from '../../store/sqlite/connection';
import { holdsParts, isPartsRef, storedParts, wholeText, type PartWriter } from '../../store/sqlite/stored-parts';
import { isLong as long } from '../../store/long-texts';
import {
  caseRow,
  invalidRow,
  memberClaimRow,
  toBillPeer,
  toAdmissionPeer,
  toDoctorVisit,
  toDayBill,
  type DayBillRow,
  toMemberClaim,
  toCaseRecord,
  toVerdictRecord,
  verdictRow,
  type BillPeerRow,
  type AdmissionPeerRow,
  type DoctorVisitRow,
  type CaseRow,
  type InvalidRow,
  type MemberClaimRow,
  type VerdictRow,
} from './sqlite-rows';
import type { MemberClaim } from '../../benefits/member-claim';
import type { BillPeer } from '../../benefits/identical-bills';
import type { DoctorVisit } from '../../benefits/cross-claim/doctor-grade';
import type { DayBill } from '../../benefits/template-rotation';
import type { AdmissionPeer } from '../../benefits/cross-claim/batch-admission';
import type { CaseStatus } from '../../contract/records';
import { verdictJson as verdictText } from '../../contract/verdict-json';
import type { Hit, Verdict } from '../../contract/verdict';
import { claimFromLedger, findingText, reviseVerdict, type Revision } from './revise-verdict';

const VERDICT_COLUMNS: readonly (keyof VerdictRow)[] = [
  'claim_id', 'decision', 'risk_score', 'families', 'rule_ids', 'ruleset_version', 'model_version', 'reviewed_at',
  'region', 'province', 'hospital_id', 'hospital_level', 'department', 'doctor_id', 'insurance_type', 'visit_type',
  'service_date', 'month', 'total_fen', 'fund_claimed_fen', 'amount_at_stake_fen', 'age_years', 'principal_diagnosis', 'verdict',
];
const CASE_COLUMNS: readonly (keyof CaseRow)[] = [
  'claim_id', 'status', 'decision', 'claim', 'verdict', 'created_at', 'updated_at', 'region', 'province',
  'hospital_id', 'doctor_id', 'department', 'month', 'service_date', 'risk_score', 'amount_at_stake_fen',
  'insured_id', 'patient_name',
];
/** What every re-review refreshes on a case; status, decision and created_at are the case's own. */
const CASE_REFRESHED: readonly (keyof CaseRow)[] = CASE_COLUMNS.filter(
  (c) => !['claim_id', 'status', 'decision', 'created_at'].includes(c),
);
const REFRESH_PARAMS: readonly (keyof CaseRow)[] = ['claim_id', ...CASE_REFRESHED];
const MEMBER_COLUMNS: readonly (keyof MemberClaimRow)[] = [
  'claim_id', 'insured_id', 'insurance_type', 'visit_type', 'service_date', 'end_date', 'hospital_id', 'hospital_level', 'region', 'doctor_id', 'department', 'consult',
  'principal_category', 'mdc', 'total_fen', 'policy_fen', 'fund_claimed_fen', 'items_signature', 'bundle_signature', 'service_codes',
  'admission_route', 'discharge_mode', 'transfer_from_hospital_id', 'codes', 'third_party', 'operation_days', 'lines',
];
const INVALID_COLUMNS: readonly (keyof InvalidRow)[] = ['claim_id', 'errors', 'raw', 'source', 'received_at'];

/** How often a store being written to looks for parts a crash left (a look is one query of a table nearly always empty). */
const SWEEP_EVERY_MS = 5 * 60 * 1000;

const params = (cols: readonly string[]) => cols.map((c) => `@${c}`).join(', ');
const fromExcluded = (cols: readonly string[]) => cols.map((c) => `${c} = excluded.${c}`).join(', ');
const fromParams = (cols: readonly string[]) => cols.map((c) => `${c} = @${c}`).join(', ');

/**
 * The review store on SQLite (see review-store.ts): one transaction per batch. `writeParts`: where a long
 * text's parts are written (default: this connection, see stored-parts.ts); the rows that hold them always here.
 */
export function sqliteReviewStore(conn: SqliteConnection, writeParts?: PartWriter): ReviewStore {
  const { db } = conn;
  const stmt = statements(db);

  const parts = storedParts(conn);
  const writePart = writeParts ?? parts.write;
  const partsHeldBy = (claimId: string) => stmt.partsHeld.all({ claim_id: claimId }) as string[];
  // Parts a crash left behind go when the store is opened, and again now and then while it is written to
  // (a service runs for months; stored-parts.ts says which parts and when).
  parts.sweep(partsHeldBy);
  let lastSweep = Date.now();
  /** A review's rows written; whether a case row now holds its claim's text (a flagged case, or one being worked). */
  const writeRows = ({ review, verdictJson, verdict, member, flaggedCase, claimJson }: PreparedReview, now: string): boolean => {
    stmt.upsertVerdict.run(verdict);
    stmt.upsertMemberClaim.run(member);
    // A stay's operation days, one row each (getDoctorOperations), replaced with its entry; a visit holds none (a
    // claimId once a stay and now a visit leaves rows the lookup's visit-type test skips).
    if (member.visit_type === 'inpatient') {
      stmt.clearOperations.run(member.claim_id);
      if (member.doctor_id) for (const day of review.ledger.operationDays ?? []) stmt.addOperation.run({ doctor_id: member.doctor_id, operation_date: day, claim_id: member.claim_id });
    }
    if (flaggedCase) {
      stmt.upsertFlaggedCase.run(flaggedCase);
      return true;
    }
    // Most claims pass and have no case: one index lookup, and the claim is not serialised.
    const status = stmt.caseStatus.get(review.record.claimId) as string | undefined;
    if (status === 'new') stmt.deleteCase.run(review.record.claimId);
    if (status === undefined || status === 'new') return false;
    // A case someone is working stays, showing the newer verdict.
    stmt.refreshCase.run(pick(caseRow(review, verdictJson, now, claimJson), REFRESH_PARAMS));
    return true;
  };
  // One transaction per batch: a batch is all stored or not at all, and 1,000 rows cost one commit. The rows
  // (JSON and all) are made before it, so the write lock is held for SQLite's work only. A claim with texts
  // stored as parts (inParts) has them written before; the references its rows held until now (a claim re-reviewed,
  // long or short) and a long claim's text no case keeps are returned, to drop once no row holds them.
  /** The findings kept about a claim, in the order found. */
  /** The claims of the batch being saved written so far (saveReviewsTx). */
  const written = new Set<string>();
  const keptAbout = (claimId: string): Hit[] => (stmt.findingsOf.all(claimId) as string[]).map((h) => JSON.parse(h) as Hit);
  /**
   * A claim's findings about earlier claims kept (a finding kept before, unchanged, is nothing new; changed, it keeps
   * when it was first found), and each earlier claim whose findings changed revised: its verdict row, and its case
   * opened or updated. Its claim's text: the case's, this batch's, else what its ledger entry says (a pass keeps none).
   */
  const applyFindings = (row: PreparedReview, inBatch: ReadonlyMap<string, PreparedReview>, now: string, superseded: string[], revisions: Revision[], later: Set<string>) => {
    const changed = new Set<string>();
    for (const { claimId, hit } of row.review.retrospective ?? []) {
      const by = hit.retrospective?.byClaimId ?? row.review.record.claimId;
      const old = stmt.finding.get(claimId, hit.ruleId, by) as string | undefined;
      const oldHit = old === undefined ? undefined : (JSON.parse(old) as Hit);
      if (oldHit && findingText(oldHit) === findingText(hit)) continue;
      const kept = oldHit?.retrospective ? { ...hit, retrospective: oldHit.retrospective } : hit;
      stmt.upsertFinding.run({ claim_id: claimId, rule_id: hit.ruleId, by_claim_id: by, hit: JSON.stringify(kept), found_at: kept.retrospective?.foundAt ?? now });
      changed.add(claimId);
    }
    for (const claimId of changed) {
      // A claim later in this batch (a pair judged whatever its order) is revised once it is written, as on its re-review.
      if (inBatch.has(claimId) && !written.has(claimId)) later.add(claimId);
      else reviseStored(claimId, row.review.record.claimId, inBatch, now, superseded, revisions);
    }
  };
  /** A stored claim's verdict row and case revised by the findings kept about it, found by claim `after`. */
  const reviseStored = (claimId: string, after: string, inBatch: ReadonlyMap<string, PreparedReview>, now: string, superseded: string[], revisions: Revision[]) => {
    const stored = stmt.verdictText.get(claimId) as (VerdictRow & { stored: string }) | undefined;
    if (!stored) return;
    const revised = reviseVerdict(JSON.parse(stored.verdict) as Verdict, toVerdictRecord(stored), keptAbout(claimId));
    const json = JSON.stringify(revised.verdict);
    const held = [stored.stored, stmt.caseVerdict.get(claimId) as string | undefined].filter((t): t is string => t != null && isPartsRef(t));
    stmt.upsertVerdict.run(verdictRow(revised.record, json));
    const status = stmt.caseStatus.get(claimId) as string | undefined;
    const r = revised.record;
    if (status !== undefined) {
      stmt.reviseCase.run({ claim_id: claimId, decision: r.decision, verdict: json, updated_at: now, risk_score: r.riskScore, amount_at_stake_fen: r.amountAtStakeFen });
    } else if (r.decision !== 'pass') {
      const batchRow = inBatch.get(claimId);
      const entry = batchRow ? batchRow.review.ledger : toMemberClaim(stmt.ledgerEntry.get(claimId) as MemberClaimRow);
      const claim = batchRow ? batchRow.review.claim : claimFromLedger(entry, r);
      stmt.upsertFlaggedCase.run(caseRow({ claim, verdict: revised.verdict, record: r, ledger: entry }, json, now));
    }
    parts.released(held, claimId);
    superseded.push(...held);
    revisions.push({ claimId, after, verdict: revised.verdict });
  };
  const saveReviewsTx = conn.writeTransaction((rows: PreparedReview[], now: string, reapplied: Revision[], along?: AlongReviews): { superseded: string[]; revisions: Revision[] } => {
    const superseded: string[] = [];
    const revisions: Revision[] = [];
    const inBatch = new Map(rows.map((r) => [r.review.record.claimId, r]));
    written.clear();
    const later = new Set<string>();
    // A claim with no parts has rows that hold none: most claims, found in one statement for the batch.
    const withParts = new Set(stmt.claimsWithParts.all(JSON.stringify(rows.map((r) => r.review.record.claimId))));
    for (const row of rows) {
      const id = row.review.record.claimId;
      const replaced = withParts.has(id) ? partsHeldBy(id) : [];
      const caseKept = writeRows(row, now);
      const { claimJson } = row;
      if (claimJson !== undefined) {
        const isRef = (t: string | null | undefined): t is string => t != null && isPartsRef(t);
        parts.held([row.verdictJson, row.member.lines, caseKept ? claimJson : null].filter(isRef));
        if (!caseKept && isRef(claimJson)) replaced.push(claimJson);
      }
      parts.released(replaced, id);
      superseded.push(...replaced);
      written.add(id);
      if (row.review.retrospective?.length) applyFindings(row, inBatch, now, superseded, revisions, later);
    }
    for (const claimId of later) reviseStored(claimId, claimId, inBatch, now, superseded, revisions);
    // A promise here would write after the commit: outside the transaction it claims to share.
    if (along && along([...reapplied, ...revisions]) instanceof Promise) throw new Error('a write along a review batch must be synchronous on SQLite');
    return { superseded, revisions };
  });
  // One prepared statement per number of members asked for (a request asks for one, a batch for a few dozen):
  // preparing costs more than the lookup.
  const memberClaimsStatements = new Map<number, Database.Statement>();
  const memberClaimsOf = (n: number): Database.Statement => {
    let st = memberClaimsStatements.get(n);
    if (!st) {
      st = db.prepare(`SELECT *, ${wholeText('lines')} AS lines FROM member_claims WHERE insured_id IN (${Array.from({ length: n }, () => '?').join(', ')})`);
      memberClaimsStatements.set(n, st);
    }
    return st;
  };
  /**
   * A long claim's texts as parts (stored-parts.ts), its rows given the references: the verdict's text once
   * (its row and its case's), the claim's (for its case, kept or refreshed), the ledger lines. Small claims
   * are left as they are.
   */
  const inParts = async (row: PreparedReview): Promise<void> => {
    const claimText = row.flaggedCase?.claim;
    // A pass's claim text is made only if it is long enough to matter (a verdict that long comes from one).
    if (!long(row.verdictJson) && !long(claimText) && !long(row.member.lines)) return;
    const id = row.review.record.claimId;
    const put = (text: string) => (long(text) ? writePart(id, text) : Promise.resolve(text));
    row.verdictJson = await put(row.verdictJson);
    row.verdict.verdict = row.verdictJson;
    row.claimJson = await put(claimText ?? JSON.stringify(row.review.claim));
    if (row.flaggedCase) Object.assign(row.flaggedCase, { claim: row.claimJson, verdict: row.verdictJson });
    if (long(row.member.lines)) row.member.lines = await put(row.member.lines);
  };
  const saveInvalidTx = conn.writeTransaction((rows: InvalidRow[]) => {
    for (const row of rows) stmt.insertInvalid.run(row);
  });

  const countStatements = new Map<string, Database.Statement>();
  const countStatement = (query: VerdictQuery): { s: Database.Statement; args: Record<string, string> } => {
    const args: Record<string, string> = {};
    if (query.decision !== undefined) args.decision = query.decision;
    if (query.month !== undefined) args.month = query.month;
    if (query.province !== undefined) args.province = query.province;
    const keys = Object.keys(args);
    const key = keys.join(',');
    let s = countStatements.get(key);
    if (!s) {
      const where = keys.length ? ` WHERE ${keys.map((k) => `${k} = @${k}`).join(' AND ')}` : '';
      s = db.prepare(`SELECT COUNT(*) FROM verdicts${where}`).pluck();
      countStatements.set(key, s);
    }
    return { s, args };
  };

  return {
    async saveReviews(batch, along) {
      if (!batch.length) return [];
      const now = new Date().toISOString();
      // A claim re-reviewed gets the findings later claims made about it again (one query for the batch; nearly
      // always none).
      const reapplied: Revision[] = [];
      const kept = stmt.findingsIn.all(JSON.stringify(batch.map((r) => r.record.claimId))) as { claim_id: string; hit: string }[];
      if (kept.length) {
        const about = new Map<string, Hit[]>();
        for (const k of kept) (about.get(k.claim_id) ?? about.set(k.claim_id, []).get(k.claim_id)!).push(JSON.parse(k.hit) as Hit);
        batch = batch.map((review) => {
          const found = about.get(review.record.claimId);
          if (!found) return review;
          const revised = reviseVerdict(review.verdict, review.record, found);
          reapplied.push({ claimId: review.record.claimId, after: review.record.claimId, verdict: revised.verdict });
          return { ...review, ...revised };
        });
      }
      const rows = batch.map((review) => prepareReview(review, now));
      for (const row of rows) await inParts(row);
      const { superseded, revisions } = saveReviewsTx(rows, now, reapplied, along);
      if (superseded.length) await parts.drop(new Set(superseded));
      if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        await parts.sweep(partsHeldBy, { wait: true });
      }
      return [...reapplied, ...revisions];
    },
    async saveInvalid(batch) {
      if (!batch.length) return;
      const rows = batch.map(invalidRow);
      saveInvalidTx(rows);
    },
    async getMemberClaims(insuredIds) {
      const out: MemberClaim[] = [];
      // Chunks keep the statement under SQLite's bound-parameter limit.
      for (let i = 0; i < insuredIds.length; i += 500) {
        const chunk = insuredIds.slice(i, i + 500);
        const rows = memberClaimsOf(chunk.length).all(...chunk) as MemberClaimRow[];
        out.push(...rows.map(toMemberClaim));
      }
      return out;
    },
    async getIdenticalBills(keys) {
      // One indexed lookup per bill (member_claims_bill); a batch asks for a few. Each entry once, whatever the keys.
      const out = new Map<string, BillPeer>();
      for (const k of keys) {
        // A pharmacy's purchases (doctorId null) are the pharmacy's day, whoever dispensed (identical-bills.ts).
        const rows = (k.doctorId === null ? (k.bundle ? stmt.identicalPurchaseBundles : stmt.identicalPurchases) : k.bundle ? stmt.identicalBundles : stmt.identicalBills).all({
          itemsSignature: k.itemsSignature,
          hospitalId: k.hospitalId,
          ...(k.doctorId !== null && { doctorId: k.doctorId }),
          serviceDate: k.serviceDate,
        }) as BillPeerRow[];
        for (const row of rows) out.set(row[1], toBillPeer(row, k));
      }
      return [...out.values()];
    },
    async getDoctorVisits(keys) {
      // One indexed range per doctor (member_claims_doctor); each entry once, whatever the keys.
      const out = new Map<string, DoctorVisit>();
      for (const k of keys) {
        const rows = stmt.doctorVisits.all({ hospitalId: k.hospitalId, doctorId: k.doctorId, from: k.from, to: k.to }) as DoctorVisitRow[];
        for (const row of rows) out.set(row[1], toDoctorVisit(row, k));
      }
      return [...out.values()];
    },
    async getDoctorDays(keys) {
      // One indexed lookup per doctor and day (member_claims_doctor); each entry once, whatever the keys.
      const out = new Map<string, DayBill>();
      for (const k of keys) {
        const rows = stmt.doctorDay.all({ hospitalId: k.hospitalId, doctorId: k.doctorId, serviceDate: k.serviceDate }) as DayBillRow[];
        for (const row of rows) out.set(row[1], toDayBill(row, k));
      }
      return [...out.values()];
    },
    async getDoctorClinics(keys) {
      // One indexed lookup per doctor and day (member_claims_doctor_date), at any institution but the stay's; each entry once.
      const out = new Map<string, MemberClaim>();
      for (const k of keys) {
        for (const row of stmt.doctorClinics.all({ doctorId: k.doctorId, serviceDate: k.serviceDate, hospitalId: k.hospitalId }) as MemberClaimRow[]) out.set(row.claim_id, toMemberClaim(row));
      }
      return [...out.values()];
    },
    async getDoctorOperations(keys) {
      // One indexed lookup per doctor and day (doctor_operations), at any institution but the visit's; each entry once.
      const out = new Map<string, MemberClaim>();
      for (const k of keys) {
        for (const row of stmt.doctorOperations.all({ doctorId: k.doctorId, serviceDate: k.serviceDate, hospitalId: k.hospitalId }) as MemberClaimRow[]) out.set(row.claim_id, toMemberClaim(row));
      }
      return [...out.values()];
    },
    async getAdmissions(keys) {
      // One indexed lookup per institution and day (member_claims_admission); each entry once, whatever the keys.
      const out = new Map<string, AdmissionPeer>();
      for (const k of keys) {
        const rows = stmt.admissions.all({ hospitalId: k.hospitalId, serviceDate: k.serviceDate }) as AdmissionPeerRow[];
        for (const row of rows) out.set(row[1], toAdmissionPeer(row, k));
      }
      return [...out.values()];
    },
    async getVerdict(claimId) {
      const row = stmt.getVerdict.get(claimId) as VerdictRow | undefined;
      return row && toVerdictRecord(row);
    },
    async countVerdicts(query: VerdictQuery = {}) {
      const { s, args } = countStatement(query);
      return s.get(args) as number;
    },
    async countInvalid() {
      return stmt.countInvalid.get() as number;
    },
    async ping() {
      if (!db.open) return false;
      try {
        return stmt.ping.get() === 1;
      } catch {
        return false;
      }
    },
    async close() {
      await conn.close();
    },
  };
}

function statements(db: Database.Database) {
  return {
    upsertVerdict: db.prepare(
      `INSERT INTO verdicts (${VERDICT_COLUMNS.join(', ')}) VALUES (${params(VERDICT_COLUMNS)})
       ON CONFLICT(claim_id) DO UPDATE SET ${fromExcluded(VERDICT_COLUMNS.slice(1))}`,
    ),
    upsertFlaggedCase: db.prepare(
      `INSERT INTO cases (${CASE_COLUMNS.join(', ')}) VALUES (${params(CASE_COLUMNS)})
       ON CONFLICT(claim_id) DO UPDATE SET decision = excluded.decision, ${fromExcluded(CASE_REFRESHED)}`,
    ),
    upsertMemberClaim: db.prepare(
      `INSERT INTO member_claims (${MEMBER_COLUMNS.join(', ')}) VALUES (${params(MEMBER_COLUMNS)})
       ON CONFLICT(claim_id) DO UPDATE SET ${fromExcluded(MEMBER_COLUMNS.slice(1))}`,
    ),
    caseStatus: db.prepare('SELECT status FROM cases WHERE claim_id = ?').pluck(),
    claimsWithParts: db.prepare('SELECT DISTINCT claim_id FROM stored_parts WHERE claim_id IN (SELECT value FROM json_each(?))').pluck(),
    // The references to parts a claim's rows hold (read before they are overwritten).
    partsHeld: db.prepare(
      `SELECT verdict FROM verdicts WHERE claim_id = @claim_id AND ${holdsParts('verdict')}
       UNION SELECT lines FROM member_claims WHERE claim_id = @claim_id AND ${holdsParts('lines')}
       UNION SELECT claim FROM cases WHERE claim_id = @claim_id AND ${holdsParts('claim')}
       UNION SELECT verdict FROM cases WHERE claim_id = @claim_id AND ${holdsParts('verdict')}`,
    ).pluck(),
    deleteCase: db.prepare('DELETE FROM cases WHERE claim_id = ?'),
    refreshCase: db.prepare(`UPDATE cases SET ${fromParams(CASE_REFRESHED)} WHERE claim_id = @claim_id`),
    insertInvalid: db.prepare(
      `INSERT INTO invalid_inputs (${INVALID_COLUMNS.join(', ')}) VALUES (${params(INVALID_COLUMNS)})`,
    ),
    getVerdict: db.prepare('SELECT * FROM verdicts WHERE claim_id = ?'),
    // What a bill is judged by (BillPeer), not the entry's lines (they were most of the read), as arrays: the
    // bill's own fields are the key's (sqlite-rows.ts toBillPeer).
    identicalBills: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, doctor_id, visit_type FROM member_claims
       WHERE items_signature = @itemsSignature AND hospital_id = @hospitalId AND doctor_id = @doctorId AND service_date = @serviceDate`,
      )
      .raw(true),
    identicalPurchases: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, doctor_id, visit_type FROM member_claims
       WHERE items_signature = @itemsSignature AND hospital_id = @hospitalId AND visit_type = 'pharmacy' AND service_date = @serviceDate`,
      )
      .raw(true),
    identicalPurchaseBundles: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, doctor_id, visit_type FROM member_claims
       WHERE bundle_signature = @itemsSignature AND hospital_id = @hospitalId AND visit_type = 'pharmacy' AND service_date = @serviceDate`,
      )
      .raw(true),
    // The same, for a treatment bundle: visits with this care, whatever drugs each billed beside it.
    identicalBundles: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, doctor_id, visit_type FROM member_claims
       WHERE bundle_signature = @itemsSignature AND hospital_id = @hospitalId AND doctor_id = @doctorId AND service_date = @serviceDate`,
      )
      .raw(true),
    // A doctor's consultations around a day (DoctorVisit), not the entries' lines.
    doctorVisits: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, service_date, consult FROM member_claims
       WHERE hospital_id = @hospitalId AND doctor_id = @doctorId AND service_date BETWEEN @from AND @to AND consult IS NOT NULL`,
      )
      .raw(true),
    // A doctor's clinic visits of one day (DayBill): the signature and the lines a drug count is read from (whole when long).
    doctorDay: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, items_signature, ${wholeText('lines')} AS lines FROM member_claims
       WHERE hospital_id = @hospitalId AND doctor_id = @doctorId AND service_date = @serviceDate AND visit_type IN ('outpatient', 'chronic')`,
      )
      .raw(true),
    // A doctor's clinic visits of a day at any other institution, whole (his own clinic at the stay's hospital, tens a
    // day, is no second place); the partial index's condition repeated.
    doctorClinics: db.prepare(
      `SELECT *, ${wholeText('lines')} AS lines FROM member_claims
       WHERE doctor_id = @doctorId AND service_date = @serviceDate AND visit_type IN ('outpatient', 'chronic') AND hospital_id <> @hospitalId`,
    ),
    clearOperations: db.prepare('DELETE FROM doctor_operations WHERE claim_id = ?'),
    addOperation: db.prepare('INSERT OR IGNORE INTO doctor_operations (doctor_id, operation_date, claim_id) VALUES (@doctor_id, @operation_date, @claim_id)'),
    // A doctor's stays with an operation on a day at any other institution, whole (the entry still the stay it was).
    doctorOperations: db.prepare(
      `SELECT m.*, ${wholeText('m.lines')} AS lines FROM doctor_operations d JOIN member_claims m ON m.claim_id = d.claim_id
       WHERE d.doctor_id = @doctorId AND d.operation_date = @serviceDate AND m.visit_type = 'inpatient' AND m.doctor_id = d.doctor_id AND m.hospital_id <> @hospitalId`,
    ),
    // Any member's stays admitted at an institution on a day (AdmissionPeer), not their lines; the partial index's condition repeated.
    admissions: db
      .prepare(
        `SELECT arrival, claim_id, insured_id, end_date, principal_category, fund_claimed_fen, admission_route FROM member_claims
       WHERE hospital_id = @hospitalId AND service_date = @serviceDate AND visit_type = 'inpatient'`,
      )
      .raw(true),
    countInvalid: db.prepare('SELECT COUNT(*) FROM invalid_inputs').pluck(),
    finding: db.prepare('SELECT hit FROM retrospective_hits WHERE claim_id = ? AND rule_id = ? AND by_claim_id = ?').pluck(),
    upsertFinding: db.prepare(
      `INSERT INTO retrospective_hits (claim_id, rule_id, by_claim_id, hit, found_at) VALUES (@claim_id, @rule_id, @by_claim_id, @hit, @found_at)
       ON CONFLICT(claim_id, rule_id, by_claim_id) DO UPDATE SET hit = excluded.hit, found_at = excluded.found_at`,
    ),
    findingsOf: db.prepare('SELECT hit FROM retrospective_hits WHERE claim_id = ? ORDER BY rowid').pluck(),
    findingsIn: db.prepare('SELECT claim_id, hit FROM retrospective_hits WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY rowid'),
    verdictText: db.prepare(`SELECT *, verdict AS stored, ${wholeText('verdict')} AS verdict FROM verdicts WHERE claim_id = ?`),
    caseVerdict: db.prepare('SELECT verdict FROM cases WHERE claim_id = ?').pluck(),
    reviseCase: db.prepare(
      `UPDATE cases SET decision = CASE WHEN @decision = 'pass' THEN decision ELSE @decision END, verdict = @verdict, updated_at = @updated_at,
       risk_score = @risk_score, amount_at_stake_fen = @amount_at_stake_fen WHERE claim_id = @claim_id`,
    ),
    ledgerEntry: db.prepare(`SELECT *, ${wholeText('lines')} AS lines FROM member_claims WHERE claim_id = ?`),
    ping: db.prepare('SELECT 1').pluck(),
  };
}

/** A review's rows, ready to bind. */
interface PreparedReview {
  review: ReviewedClaim;
  verdictJson: string;
  verdict: VerdictRow;
  member: MemberClaimRow;
  /** The case row of a review or reject; a pass touches a case only if one exists. */
  flaggedCase: CaseRow | null;
  /** A long claim's text, or the reference to its parts (inParts); otherwise made only if a case needs it. */
  claimJson?: string;
}

function prepareReview(review: ReviewedClaim, now: string): PreparedReview {
  const verdictJson = verdictText(review.verdict);
  return {
    review,
    verdictJson,
    verdict: verdictRow(review.record, verdictJson),
    member: memberClaimRow(review.ledger),
    flaggedCase: review.record.decision === 'pass' ? null : caseRow(review, verdictJson, now),
  };
}

function pick<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}
