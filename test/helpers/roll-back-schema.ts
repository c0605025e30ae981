import type Database from 'better-sqlite3';

// Makes a store file look as an older build left it: each later migration undone, newest first. A test of the
// way forward (schema.ts brings old files up) starts from such a file. A new migration adds its undo here.
const UNDO: Record<number, string> = {
  6: `ALTER TABLE member_claims DROP COLUMN admission_route; ALTER TABLE member_claims DROP COLUMN discharge_mode;
      ALTER TABLE member_claims DROP COLUMN transfer_from_hospital_id;`,
  7: 'ALTER TABLE member_claims DROP COLUMN lines;',
  8: 'ALTER TABLE cases DROP COLUMN insured_id; ALTER TABLE cases DROP COLUMN patient_name;',
  9: 'DROP TABLE pattern_findings; DROP TABLE pattern_runs;',
  10: `DROP INDEX cases_insured_key; DROP INDEX cases_patient_name;
      ALTER TABLE cases DROP COLUMN dismissal; ALTER TABLE cases DROP COLUMN approval; ALTER TABLE cases DROP COLUMN status_since;
      ALTER TABLE cases DROP COLUMN insured_key;`,
  11: 'DROP INDEX audit_trail_inspection; DROP TABLE inspection_points; DROP TABLE inspections;',
  12: 'DROP TABLE stored_parts;',
  13: 'DROP INDEX stored_parts_claim; DROP TABLE stored_parts_pending;',
  14: 'ALTER TABLE verdicts DROP COLUMN age_years; ALTER TABLE verdicts DROP COLUMN principal_diagnosis;',
  15: 'DROP INDEX member_claims_bill; ALTER TABLE member_claims DROP COLUMN doctor_id;',
  16: 'ALTER TABLE member_claims DROP COLUMN region;',
  17: 'DROP TABLE retrospective_hits;',
  18: 'ALTER TABLE member_claims DROP COLUMN department;',
  19: 'ALTER TABLE member_claims DROP COLUMN hospital_level;',
  20: 'ALTER TABLE member_claims DROP COLUMN codes; ALTER TABLE member_claims DROP COLUMN third_party;',
  21: 'DROP INDEX member_claims_doctor; ALTER TABLE member_claims DROP COLUMN consult;',
  22: 'DROP INDEX member_claims_admission;',
  23: 'DROP INDEX member_claims_bundle; ALTER TABLE member_claims DROP COLUMN bundle_signature;',
  24: 'DROP INDEX member_claims_doctor_date;',
  25: 'DROP TABLE doctor_operations; ALTER TABLE member_claims DROP COLUMN operation_days;',
};

/** Undoes every migration above `version`; throws when one has no undo here (so a new migration is not forgotten). */
export function rollBackSchema(db: Database.Database, version: number): void {
  const current = db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number;
  for (let v = current; v > version; v--) {
    const undo = UNDO[v];
    if (!undo) throw new Error(`no undo for schema migration ${v} in test/helpers/roll-back-schema.ts`);
    db.exec(undo);
  }
  db.prepare('DELETE FROM schema_version WHERE version > ?').run(version);
}
