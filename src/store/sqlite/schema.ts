import type Database from 'better-sqlite3';

// Schema as numbered migrations: a file written by an older build is brought forward on open, and a file
// written by a newer build is refused rather than silently misread.

interface Migration {
  version: number;
  sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE verdicts (
        claim_id            TEXT PRIMARY KEY,
        decision            TEXT NOT NULL,
        risk_score          REAL NOT NULL,
        families            TEXT NOT NULL,   -- JSON array
        rule_ids            TEXT NOT NULL,   -- JSON array
        ruleset_version     TEXT NOT NULL,
        model_version       TEXT NOT NULL,
        reviewed_at         TEXT NOT NULL,
        region              TEXT NOT NULL,
        province            TEXT NOT NULL,
        hospital_id         TEXT NOT NULL,
        hospital_level      INTEGER NOT NULL,
        department          TEXT,
        doctor_id           TEXT,
        insurance_type      TEXT NOT NULL,
        visit_type          TEXT NOT NULL,
        service_date        TEXT NOT NULL,
        month               TEXT NOT NULL,
        total_fen           INTEGER NOT NULL,
        fund_claimed_fen    INTEGER NOT NULL,
        amount_at_stake_fen INTEGER NOT NULL,
        verdict             TEXT NOT NULL    -- full Verdict JSON
      );
      -- Audit exports and rankings: a month of a province, a hospital's months, a decision's months.
      CREATE INDEX verdicts_month_province ON verdicts (month, province);
      CREATE INDEX verdicts_hospital ON verdicts (hospital_id, month);
      CREATE INDEX verdicts_decision ON verdicts (decision, month);

      CREATE TABLE cases (
        claim_id            TEXT PRIMARY KEY,
        status              TEXT NOT NULL,
        decision            TEXT NOT NULL,
        claim               TEXT NOT NULL,   -- full Claim JSON
        verdict             TEXT NOT NULL,   -- full Verdict JSON
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        region              TEXT NOT NULL,
        province            TEXT NOT NULL,
        hospital_id         TEXT NOT NULL,
        doctor_id           TEXT,
        department          TEXT,
        month               TEXT NOT NULL,
        service_date        TEXT NOT NULL,
        risk_score          REAL NOT NULL,
        amount_at_stake_fen INTEGER NOT NULL
      );
      -- Investigators' work lists: by place and month, by status ordered by money at stake, by provider.
      CREATE INDEX cases_province ON cases (province, month);
      CREATE INDEX cases_region ON cases (region, month);
      CREATE INDEX cases_status ON cases (status, amount_at_stake_fen);
      CREATE INDEX cases_month ON cases (month);
      CREATE INDEX cases_hospital ON cases (hospital_id);
      CREATE INDEX cases_doctor ON cases (doctor_id);

      CREATE TABLE invalid_inputs (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_id    TEXT,
        errors      TEXT NOT NULL,   -- JSON FieldError[]
        raw         TEXT NOT NULL,   -- JSON of the input as received
        source      TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE INDEX invalid_inputs_claim ON invalid_inputs (claim_id);
      CREATE INDEX invalid_inputs_received ON invalid_inputs (received_at);
    `,
  },
  {
    version: 2,
    sql: `
      -- The member ledger: what each claim says, keyed by claimId; member state is derived from it.
      CREATE TABLE member_claims (
        arrival            INTEGER PRIMARY KEY AUTOINCREMENT,  -- first-seen order, kept on upsert
        claim_id           TEXT NOT NULL UNIQUE,
        insured_id         TEXT NOT NULL,
        insurance_type     TEXT NOT NULL,
        visit_type         TEXT NOT NULL,
        service_date       TEXT NOT NULL,
        end_date           TEXT NOT NULL,
        hospital_id        TEXT NOT NULL,
        principal_category TEXT NOT NULL,
        mdc                TEXT,
        total_fen          INTEGER NOT NULL,
        policy_fen         INTEGER NOT NULL,
        fund_claimed_fen   INTEGER NOT NULL,
        items_signature    TEXT NOT NULL,
        service_codes      TEXT NOT NULL    -- JSON array
      );
      CREATE INDEX member_claims_member ON member_claims (insured_id, service_date);
    `,
  },
  {
    version: 3,
    sql: `
      -- Monthly audit exports walk a month in claim_id order; province and region ride in the index so a
      -- scoped export filters on index entries before touching a row, and nothing is sorted in a temp b-tree.
      CREATE INDEX verdicts_month_claim ON verdicts (month, claim_id, province, region);
      CREATE INDEX cases_month_claim ON cases (month, claim_id, province, region);
    `,
  },
  {
    version: 4,
    sql: `
      -- Case work (investigators' workbench): who has a case and what was found.
      ALTER TABLE cases ADD COLUMN assignee TEXT;
      ALTER TABLE cases ADD COLUMN outcome TEXT;   -- JSON CaseOutcome
      CREATE INDEX cases_assignee ON cases (assignee);
      CREATE INDEX cases_amount ON cases (amount_at_stake_fen, claim_id);
      CREATE INDEX cases_score ON cases (risk_score, claim_id);
      CREATE INDEX cases_updated ON cases (updated_at, claim_id);

      -- Every change to a case, every full view of a person's identifiers, every key event. Append-only: the
      -- code has no UPDATE or DELETE for it, and these triggers refuse one from anywhere else.
      CREATE TABLE audit_trail (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_id   TEXT,
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        role       TEXT NOT NULL,
        action     TEXT NOT NULL,
        from_value TEXT,
        to_value   TEXT,
        detail     TEXT            -- JSON
      );
      CREATE INDEX audit_trail_claim ON audit_trail (claim_id, seq);
      CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
      CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;

      -- API keys: only an HMAC of the key is kept.
      CREATE TABLE api_keys (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        role       TEXT NOT NULL,
        provinces  TEXT NOT NULL,  -- JSON array
        hash       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        revoked_at TEXT
      );
    `,
  },
  {
    version: 5,
    sql: `
      -- 3101 findings per encounter (claim id), with the hospitals' 3103 feedback.
      CREATE TABLE fsi_findings (
        jr_id       TEXT PRIMARY KEY,
        claim_id    TEXT NOT NULL,
        position    INTEGER NOT NULL,
        hospital_id TEXT NOT NULL,
        doctor_id   TEXT,
        severity    TEXT NOT NULL,
        finding     TEXT NOT NULL,   -- FsiFinding JSON (without feedback)
        feedback    TEXT,            -- FsiFeedback JSON
        dspo_way    TEXT
      );
      CREATE INDEX fsi_findings_claim ON fsi_findings (claim_id, position);
      CREATE INDEX fsi_findings_continued ON fsi_findings (severity, dspo_way, hospital_id, doctor_id);
    `,
  },
  {
    version: 6,
    sql: `
      -- Settlement-list fields of the member ledger (issue 19): a transfer is not a split stay.
      ALTER TABLE member_claims ADD COLUMN admission_route TEXT;
      ALTER TABLE member_claims ADD COLUMN discharge_mode TEXT;
      ALTER TABLE member_claims ADD COLUMN transfer_from_hospital_id TEXT;
    `,
  },
  {
    version: 7,
    sql: `
      -- Ledger lines the cross-claim checks read (drug supply, same-day services, billing frequency), JSON;
      -- read with the member's entries through member_claims_member, never queried into.
      ALTER TABLE member_claims ADD COLUMN lines TEXT;
    `,
  },
  {
    version: 8,
    sql: `
      -- The queue lists the patient from columns: no query parses the stored claim, whose unknown fields are
      -- the sender's (a claim nested past SQLite's JSON depth limit once made every page of the queue fail).
      ALTER TABLE cases ADD COLUMN insured_id TEXT;
      ALTER TABLE cases ADD COLUMN patient_name TEXT;
      -- Existing rows: json_valid is 0 for a claim SQLite cannot read, and CASE then leaves the column NULL.
      UPDATE cases SET
        insured_id = CASE WHEN json_valid(claim) THEN json_extract(claim, '$.patient.insuredId') END,
        patient_name = CASE WHEN json_valid(claim) THEN json_extract(claim, '$.patient.name') END;
    `,
  },
  {
    version: 9,
    sql: `
      -- Provider-level patterns (issue 19): every run (when, which period, how many findings), so the
      -- service knows when the last one is stale, and the latest run's findings (earlier runs' are replaced).
      CREATE TABLE pattern_runs (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        ran_at    TEXT NOT NULL,
        from_date TEXT NOT NULL,
        to_date   TEXT NOT NULL,
        trigger   TEXT NOT NULL,
        findings  INTEGER NOT NULL
      );
      CREATE TABLE pattern_findings (
        run_id      INTEGER NOT NULL REFERENCES pattern_runs (id),
        seq         INTEGER NOT NULL,
        province    TEXT NOT NULL,
        hospital_id TEXT NOT NULL,
        doctor_id   TEXT,
        metric      TEXT NOT NULL,
        finding     TEXT NOT NULL,  -- PatternFinding JSON
        PRIMARY KEY (run_id, seq)
      );
      CREATE INDEX pattern_findings_scope ON pattern_findings (run_id, province, hospital_id);
    `,
  },
  {
    version: 10,
    sql: `
      -- Case workflow (issue 20): why a case was dismissed, a supervisor's approval to recover above the fund
      -- claimed (JSON each), and when the case entered its status (NULL = since it was created: the due dates).
      ALTER TABLE cases ADD COLUMN dismissal TEXT;
      ALTER TABLE cases ADD COLUMN approval TEXT;
      ALTER TABLE cases ADD COLUMN status_since TEXT;
      UPDATE cases SET status_since = updated_at WHERE status <> 'new';
      -- Search by insured ID: an HMAC under AUTH_PEPPER (never the ID itself), filled by the case store on the
      -- first search after a case is written; exact match only.
      ALTER TABLE cases ADD COLUMN insured_key TEXT;
      CREATE INDEX cases_insured_key ON cases (insured_key);
      CREATE INDEX cases_patient_name ON cases (patient_name);
    `,
  },
  {
    version: 11,
    sql: `
      -- Inspection campaigns (检查任务, features/inspections): one row per inspection, one per suspect point.
      CREATE TABLE inspections (
        id             TEXT PRIMARY KEY,
        title          TEXT NOT NULL,
        hospital_id    TEXT NOT NULL,
        region         TEXT NOT NULL,
        province       TEXT NOT NULL,
        period_from    TEXT NOT NULL,
        period_to      TEXT NOT NULL,
        team           TEXT NOT NULL,   -- JSON array of key names
        leader         TEXT NOT NULL,
        status         TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        closed_by      TEXT,
        closed_at      TEXT,
        conclusion     TEXT,
        omitted_claims INTEGER NOT NULL
      );
      CREATE INDEX inspections_province ON inspections (province, created_at);
      CREATE TABLE inspection_points (
        inspection_id       TEXT NOT NULL REFERENCES inspections (id),
        no                  INTEGER NOT NULL,
        kind                TEXT NOT NULL,
        claim_id            TEXT,
        title               TEXT NOT NULL,
        rule_ids            TEXT NOT NULL,   -- JSON array
        service_date        TEXT,
        insured_id_masked   TEXT,
        amount_at_stake_fen INTEGER NOT NULL,
        fund_claimed_fen    INTEGER,
        evidence            TEXT NOT NULL,   -- JSON PointEvidence[]
        finding             TEXT,            -- JSON PointFinding
        PRIMARY KEY (inspection_id, no)
      );
      -- An inspection's audit lines (detail.inspectionId), without scanning the whole trail.
      CREATE INDEX audit_trail_inspection ON audit_trail (json_extract(detail, '$.inspectionId'), seq);
    `,
  },
  {
    version: 12,
    sql: `
      -- Texts too long to write in one short transaction (a 60,000-line claim's JSON, its verdict, its ledger
      -- lines), in parts written one transaction each before the row that refers to them (stored-parts.ts).
      CREATE TABLE stored_parts (
        ref      TEXT NOT NULL,   -- the column value that stands for the text
        seq      INTEGER NOT NULL,
        claim_id TEXT NOT NULL,   -- whose (parts no row refers to, after a crash, can be told apart)
        text     TEXT NOT NULL,
        PRIMARY KEY (ref, seq)
      );
    `,
  },
  {
    version: 13,
    sql: `
      -- Parts no row holds (stored-parts.ts): a write's, from its first part until its rows commit (since: when
      -- it began), and those a re-review replaced, until they are deleted (since ''). An entry a crash left is
      -- how a sweep finds parts to delete without reading every row.
      CREATE TABLE stored_parts_pending (
        ref      TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL,
        since    TEXT NOT NULL
      );
      -- Whether a claim has parts at all, before its rows are overwritten (most have none).
      CREATE INDEX stored_parts_claim ON stored_parts (claim_id);
      -- The parts stored before: every reference entered as a write begun now, so a sweep checks each against
      -- its claim's rows once the grace period is over (a build before this one may still be writing one).
      INSERT INTO stored_parts_pending (ref, claim_id, since)
        SELECT ref, MIN(claim_id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM stored_parts GROUP BY ref;
    `,
  },
  {
    version: 14,
    sql: `
      -- Provider patterns (admission clusters): the member's age on the service date and the principal
      -- diagnosis of each reviewed claim; null on rows stored before.
      ALTER TABLE verdicts ADD COLUMN age_years INTEGER;
      ALTER TABLE verdicts ADD COLUMN principal_diagnosis TEXT;
    `,
  },
  {
    version: 15,
    sql: `
      -- Identical bills of many members (集中刷卡): the doctor on each ledger entry, and the lookup of one doctor's
      -- bills of one day with one item signature, whoever the member. Entries stored before take the doctor their
      -- verdict row recorded.
      ALTER TABLE member_claims ADD COLUMN doctor_id TEXT;
      UPDATE member_claims SET doctor_id = (SELECT v.doctor_id FROM verdicts v WHERE v.claim_id = member_claims.claim_id);
      CREATE INDEX member_claims_bill ON member_claims (items_signature, hospital_id, doctor_id, service_date);
    `,
  },
  {
    version: 16,
    sql: `
      -- Same-day care in two provinces far apart (借卡): the treating region (就医地 admdvs) on each ledger entry, read
      -- with the member's entries. Entries stored before take the region their verdict row recorded.
      ALTER TABLE member_claims ADD COLUMN region TEXT;
      UPDATE member_claims SET region = (SELECT v.region FROM verdicts v WHERE v.claim_id = member_claims.claim_id);
    `,
  },
  {
    version: 17,
    sql: `
      -- 事后发现: findings a later claim's review made about an earlier claim (rules' retrospective), one per claim,
      -- rule and finding claim; hit is the Hit JSON (its retrospective.foundAt the first time it was found). Kept apart
      -- from the verdict so re-reviewing the finding claim adds nothing twice and re-reviewing the earlier claim
      -- applies them again; read in the order found (rowid).
      CREATE TABLE retrospective_hits (
        claim_id    TEXT NOT NULL,
        rule_id     TEXT NOT NULL,
        by_claim_id TEXT NOT NULL,
        hit         TEXT NOT NULL,
        found_at    TEXT NOT NULL,
        PRIMARY KEY (claim_id, rule_id, by_claim_id)
      );
    `,
  },
  {
    version: 18,
    sql: `
      -- 检查检验结果互认 whatever the arrival order: a visit's department (an emergency department may repeat an
      -- examination) on each ledger entry, read when the repeat arrived before the result it repeats. Entries stored
      -- before stay NULL; their lines lack indicatedBy, and such a repeat is not judged.
      ALTER TABLE member_claims ADD COLUMN department TEXT;
    `,
  },
  {
    version: 19,
    sql: `
      -- 上转复核: the hospital's level on each ledger entry, so a later claim at a higher-level hospital re-examining an
      -- earlier one's tests is not read as a repeat (cross-claim/referred-up.ts). Entries stored before take the level
      -- their verdict row recorded.
      ALTER TABLE member_claims ADD COLUMN hospital_level INTEGER;
      UPDATE member_claims SET hospital_level = (SELECT v.hospital_level FROM verdicts v WHERE v.claim_id = member_claims.claim_id);
    `,
  },
  {
    version: 20,
    sql: `
      -- What the member's record shows beyond the principal's category: each ledger entry's diagnosis and procedure
      -- codes (JSON array: the injury an aftercare claim continues, a peritoneal dialysis catheter placed) and whether it
      -- carries an external cause a third party or 工伤保险 bears (第三人责任 carried over to the injury's later care).
      -- Entries stored before stay NULL: they show no code and no third party, and nothing is judged from them.
      ALTER TABLE member_claims ADD COLUMN codes TEXT;
      ALTER TABLE member_claims ADD COLUMN third_party INTEGER;
    `,
  },
  {
    version: 21,
    sql: `
      -- 超标准收费 by the doctor's grade: a clinic visit's consultation (catalogue row, line, money; JSON) on each ledger
      -- entry, and the doctor's entries by date, so one doctor's other patients' claims are read by the grade they bill
      -- (cross-claim/doctor-grade.ts). Entries stored before stay NULL (their consultation lines name no catalogue row)
      -- and are not judged.
      ALTER TABLE member_claims ADD COLUMN consult TEXT;
      CREATE INDEX member_claims_doctor ON member_claims (hospital_id, doctor_id, service_date);
    `,
  },
  {
    version: 22,
    sql: `
      -- The same members admitted together again (养转医, cross-claim/batch-admission.ts): any member's stays admitted at
      -- one institution on one day. Stays only: the index holds no visit.
      CREATE INDEX member_claims_admission ON member_claims (hospital_id, service_date) WHERE visit_type = 'inpatient';
    `,
  },
  {
    version: 23,
    sql: `
      -- A treatment bundle billed alike to several members (诱导就医, identical-bills.ts): a clinic visit's care without
      -- its drugs. Entries stored before stay NULL and are not judged.
      ALTER TABLE member_claims ADD COLUMN bundle_signature TEXT;
      CREATE INDEX member_claims_bundle ON member_claims (bundle_signature, hospital_id, doctor_id, service_date) WHERE bundle_signature IS NOT NULL;
    `,
  },
  {
    version: 24,
    sql: `
      -- One doctor operating in one city and seeing clinic patients in a distant one on the same day (冒名医生,
      -- cross-claim/doctor-two-places.ts): a doctor's clinic visits of a day at any institution. Visits only.
      CREATE INDEX member_claims_doctor_date ON member_claims (doctor_id, service_date) WHERE visit_type IN ('outpatient', 'chronic');
    `,
  },
  {
    version: 25,
    sql: `
      -- The same the other way round (cross-claim/doctor-two-places.ts doctorOperatedElsewhere): a clinic visit reviewed
      -- after a stay of its doctor reads the doctor's stays by operation day, at any institution. A stay's operation days
      -- (JSON) on its entry, and one row per stay and day; entries stored before hold none and are not judged.
      ALTER TABLE member_claims ADD COLUMN operation_days TEXT;
      CREATE TABLE doctor_operations (
        doctor_id TEXT NOT NULL,
        operation_date TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        PRIMARY KEY (doctor_id, operation_date, claim_id)
      ) WITHOUT ROWID;
      CREATE INDEX doctor_operations_claim ON doctor_operations (claim_id);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Creates or upgrades the schema; each migration and its version row commit together. */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const currentVersion = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_version').pluck();
  const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
  for (const m of MIGRATIONS) {
    // IMMEDIATE takes the write lock before re-reading the version, so two processes opening the same
    // fresh file do not both run a migration.
    db.transaction(() => {
      const current = currentVersion.get() as number;
      if (current > SCHEMA_VERSION) {
        throw new Error(`store schema version ${current} is newer than this build understands (${SCHEMA_VERSION})`);
      }
      if (m.version <= current) return;
      db.exec(m.sql);
      record.run(m.version, new Date().toISOString());
    }).immediate();
  }
}
