import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { cellsHasher } from '../../src/features/exports/cells-hash';
import { runExport, workbookName, type ExportResult } from '../../src/features/exports/run-export';
import { header, TABLE_NAMES, TABLES } from '../../src/features/exports/sheets';
import { verifyExport } from '../../src/features/exports/verify';
import { MONTH, parseCsv, readWorkbook, reviewedMonth, type ReviewedMonth } from './helpers';
import { loadPolicies } from '../../src/benefits/policy';

/** The shipped policy table: each province's DRG/DIP target, as the API and the CLI pass it. */
const policies = loadPolicies(resolve(__dirname, '../../rules'));

// A generated, reviewed month exported and checked against sums taken straight from the SQLite file with SQL
// (not through the export code), then read back: CSV bytes and headers, the workbook's sheets and totals,
// masking, reproducibility and the manifest check.

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const NOW = () => new Date('2025-04-05T10:00:00.000Z');

let m: ReviewedMonth;
let db: Database.Database;
let first: ExportResult;
const csv = (table: string, dir = first.dir) => parseCsv(readFileSync(join(dir, `${table}.csv`), 'utf8').replace(/^\uFEFF/, ''));
/** Data rows of a CSV table keyed by the value in its first `keyCols` columns. */
const byKey = (rows: string[][], keyCols = 1) => new Map(rows.slice(1).map((r) => [r.slice(0, keyCols).join('|'), r]));
const col = (table: keyof typeof TABLES, en: string) => TABLES[table].columns.findIndex((c) => c.en === en);

beforeAll(async () => {
  m = await reviewedMonth(3000);
  db = new Database(m.dbPath, { readonly: true });
  first = await runExport(m.store, { policies, query: { month: MONTH }, outDir: join(m.dir, 'out1'), now: NOW });
}, 180_000);

afterAll(async () => {
  db.close();
  await m.store.close();
});

describe('monthly export of a reviewed month', () => {
  it('totals agree with independent sums over the store', () => {
    const t = db
      .prepare(
        `SELECT COUNT(*) n, SUM(decision <> 'pass') flagged, SUM(decision = 'reject') rejected, SUM(total_fen) total,
                SUM(fund_claimed_fen) fund, SUM(amount_at_stake_fen) stake FROM verdicts WHERE month = ?`,
      )
      .get(MONTH) as { n: number; flagged: number; rejected: number; total: number; fund: number; stake: number };
    expect(t.n).toBeGreaterThan(2000);
    expect(t.flagged).toBeGreaterThan(50);
    expect(first.manifest.totals).toEqual({
      claimsReviewed: t.n,
      flagged: t.flagged,
      rejected: t.rejected,
      totalClaimed: yuan(t.total),
      fundClaimed: yuan(t.fund),
      amountAtStake: yuan(t.stake),
    });
    const rows = csv('summary');
    const grand = rows[rows.length - 1];
    expect(grand.slice(0, 2)).toEqual(['合计 all', '合计 all']);
    expect(grand.slice(2, 9)).toEqual([String(t.n), String(t.flagged), String(t.rejected), expect.stringMatching(/%$/), yuan(t.total), yuan(t.fund), yuan(t.stake)]);

    // Each scheme × visit type row.
    const groups = db
      .prepare(
        `SELECT insurance_type || '|' || visit_type k, COUNT(*) n, SUM(decision <> 'pass') flagged, SUM(total_fen) total, SUM(amount_at_stake_fen) stake
         FROM verdicts WHERE month = ? GROUP BY 1`,
      )
      .all(MONTH) as { k: string; n: number; flagged: number; total: number; stake: number }[];
    const summary = byKey(rows, 2);
    for (const g of groups) {
      const r = summary.get(g.k)!;
      expect([r[2], r[3], r[col('summary', 'totalClaimed')], r[col('summary', 'amountAtStake')]]).toEqual([String(g.n), String(g.flagged), yuan(g.total), yuan(g.stake)]);
    }
  });

  it('DRG/DIP share of inpatient fund spending is grouped claims over all inpatient claims, against 70%', () => {
    const d = db
      .prepare(
        `SELECT SUM(fund_claimed_fen) inpatient,
                SUM(CASE WHEN json_extract(verdict, '$.grouping.status') = 'grouped' THEN fund_claimed_fen ELSE 0 END) grouped
         FROM verdicts WHERE month = ? AND visit_type = 'inpatient'`,
      )
      .get(MONTH) as { inpatient: number; grouped: number };
    expect(d.inpatient).toBeGreaterThan(0);
    const grand = csv('summary').at(-1)!;
    expect(grand[col('summary', 'inpatientFundClaimed')]).toBe(yuan(d.inpatient));
    expect(grand[col('summary', 'drgDipFundClaimed')]).toBe(yuan(d.grouped));
    const share = Math.round((d.grouped * 10000) / d.inpatient) / 100;
    expect(grand[col('summary', 'drgDipShare')]).toBe(`${share.toFixed(2)}%`);
    expect(grand[col('summary', 'drgDipTarget')]).toBe('≥70%');
    expect(grand[col('summary', 'drgDipTargetMet')]).toBe(d.grouped * 100 >= 70 * d.inpatient ? '是 yes' : '否 no');
    // An outpatient-only row has no DRG figures.
    const outpatient = byKey(csv('summary'), 2).get('合计 all|outpatient')!;
    expect(outpatient[col('summary', 'drgDipShare')]).toBe('');
  });

  it('by region and by institution agree with GROUP BY over the store', () => {
    const regions = db
      .prepare(`SELECT region, COUNT(*) n, SUM(decision <> 'pass') flagged, SUM(amount_at_stake_fen) stake FROM verdicts WHERE month = ? GROUP BY region`)
      .all(MONTH) as { region: string; n: number; flagged: number; stake: number }[];
    const regionCsv = byKey(csv('by-region'), 2);
    expect(regionCsv.size).toBe(regions.length);
    for (const r of regions) {
      const row = regionCsv.get(`${r.region.slice(0, 2)}|${r.region}`)!;
      expect([row[2], row[3], row[col('by-region', 'amountAtStake')]]).toEqual([String(r.n), String(r.flagged), yuan(r.stake)]);
    }
    const hospitals = db
      .prepare(
        `SELECT hospital_id, MIN(hospital_level) level, COUNT(*) n, SUM(decision <> 'pass') flagged, SUM(amount_at_stake_fen) stake
         FROM verdicts WHERE month = ? GROUP BY hospital_id`,
      )
      .all(MONTH) as { hospital_id: string; level: number; n: number; flagged: number; stake: number }[];
    const instCsv = byKey(csv('by-institution'));
    expect(instCsv.size).toBe(hospitals.length);
    for (const h of hospitals) {
      const row = instCsv.get(h.hospital_id)!;
      const rate = `${(Math.round((h.flagged * 10000) / h.n) / 100).toFixed(2)}%`;
      expect([row[2], row[3], row[4], row[col('by-institution', 'flagRate')], row[col('by-institution', 'amountAtStake')]]).toEqual([
        String(h.level), String(h.n), String(h.flagged), rate, yuan(h.stake),
      ]);
    }
  });

  it('by rule: hits, hit amounts and confirmed rate from case outcomes agree with SQL over the verdict JSON', () => {
    const rules = db
      .prepare(
        `SELECT json_extract(h.value, '$.ruleId') rule, COUNT(*) hits, COUNT(DISTINCT v.claim_id) claims,
                SUM(CAST(ROUND(COALESCE(json_extract(h.value, '$.amount'), 0) * 100) AS INTEGER)) fen
         FROM verdicts v, json_each(v.verdict, '$.hits') h WHERE v.month = ? GROUP BY 1`,
      )
      .all(MONTH) as { rule: string; hits: number; claims: number; fen: number }[];
    const outcomes = db
      .prepare(
        `SELECT r.value rule, SUM(c.status = 'confirmed') confirmed, SUM(c.status = 'dismissed') dismissed, COUNT(*) cases
         FROM verdicts v JOIN cases c ON c.claim_id = v.claim_id, json_each(v.rule_ids) r WHERE v.month = ? GROUP BY 1`,
      )
      .all(MONTH) as { rule: string; confirmed: number; dismissed: number; cases: number }[];
    const ruleCsv = byKey(csv('by-rule'));
    expect(ruleCsv.size).toBe(rules.length);
    expect(rules.length).toBeGreaterThan(3);
    for (const r of rules) {
      const row = ruleCsv.get(r.rule)!;
      expect([row[col('by-rule', 'hits')], row[col('by-rule', 'claims')], row[col('by-rule', 'hitAmount')]]).toEqual([String(r.hits), String(r.claims), yuan(r.fen)]);
    }
    let someConfirmed = 0;
    for (const o of outcomes) {
      const row = ruleCsv.get(o.rule)!;
      expect([row[col('by-rule', 'cases')], row[col('by-rule', 'confirmed')], row[col('by-rule', 'dismissed')]]).toEqual([String(o.cases), String(o.confirmed), String(o.dismissed)]);
      const decided = o.confirmed + o.dismissed;
      expect(row[col('by-rule', 'confirmedRate')]).toBe(decided ? `${(Math.round((o.confirmed * 10000) / decided) / 100).toFixed(2)}%` : '');
      someConfirmed += o.confirmed;
    }
    expect(someConfirmed).toBeGreaterThan(0);
  });

  it('lists one row per case of the month, in claimId order, with status and outcome', () => {
    const ids = db.prepare('SELECT claim_id FROM cases WHERE month = ? ORDER BY claim_id').pluck().all(MONTH) as string[];
    const rows = csv('cases');
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
    expect(first.manifest.counts.cases).toBe(ids.length);
    const cases = byKey(rows);
    const c = cases.get(m.confirmed[0])!;
    expect(c[col('cases', 'status')]).toBe('confirmed');
    expect(c[col('cases', 'outcome')]).toBe('查实 confirmed');
    expect(cases.get(m.dismissed[0])![col('cases', 'outcome')]).toBe('排除 dismissed');
    const stake = db.prepare('SELECT amount_at_stake_fen FROM verdicts WHERE claim_id = ?').pluck().get(ids[0]) as number;
    expect(cases.get(ids[0])![col('cases', 'amountAtStake')]).toBe(yuan(stake));
  });

  it('never writes a patient identifier whole, in any file', () => {
    const texts = readdirSync(first.dir)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(join(first.dir, f), 'utf8'));
    const rows = csv('cases');
    const [ins, name, idn] = ['insuredIdMasked', 'patientNameMasked', 'idNumberMasked'].map((en) => col('cases', en));
    for (const r of rows.slice(1)) {
      expect(r[ins]).toMatch(/^.{2}\*+.{2}$/);
      expect(r[name]).toMatch(/^[\u4e00-\u9fff]\*+$/);
      expect(r[idn]).toMatch(/^510\*{13}.X$/);
    }
    const whole = [...m.secrets.insuredIds, ...m.secrets.idNumbers, ...m.secrets.names.filter((n) => [...n].length > 1)];
    for (const text of texts) for (const s of whole) expect(text.includes(s)).toBe(false);
  });

  it('writes each CSV as UTF-8 with a BOM, CRLF rows and "中文 (english)" headers', () => {
    for (const table of TABLE_NAMES) {
      const bytes = readFileSync(join(first.dir, `${table}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const firstLine = text.slice(0, text.indexOf('\r\n'));
      expect(firstLine).toBe(TABLES[table].columns.map(header).join(','));
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    }
    expect(TABLES['by-region'].columns.map(header)).toContain('涉及金额(元) (amountAtStake)');
  });

  it('gives byte-identical CSV and the same workbook cells on a second export of the same data', async () => {
    const second = await runExport(m.store, { policies, query: { month: MONTH }, outDir: join(m.dir, 'out2'), now: () => new Date() });
    for (const table of TABLE_NAMES) expect(sha(join(second.dir, `${table}.csv`))).toBe(sha(join(first.dir, `${table}.csv`)));
    const wb = (r: ExportResult) => r.manifest.files.find((f) => f.format === 'xlsx')!;
    expect(wb(second).cellsSha256).toEqual(wb(first).cellsSha256);
    expect(wb(second).rows).toEqual(wb(first).rows);
    // The CSV tables and the workbook's sheets hold the same cells.
    for (const f of first.manifest.files.filter((x) => x.format === 'csv')) {
      const table = Object.keys(f.cellsSha256)[0];
      expect(wb(first).cellsSha256[table]).toBe(f.cellsSha256[table]);
    }
  }, 60_000);

  it('reads back with exceljs: sheets, headers, totals, and cells hashing to the manifest', async () => {
    const file = first.manifest.files.find((f) => f.format === 'xlsx')!;
    expect(file.name).toBe(workbookName({ month: MONTH }));
    const sheets = await readWorkbook(join(first.dir, file.name));
    expect([...sheets.keys()]).toEqual(TABLE_NAMES.map((t) => TABLES[t].sheet));
    for (const t of TABLE_NAMES) {
      const rows = sheets.get(TABLES[t].sheet)!;
      const width = TABLES[t].columns.length;
      expect(rows[0]).toEqual(TABLES[t].columns.map(header));
      expect(rows.length - 1).toBe(file.rows[t]);
      const h = cellsHasher();
      for (const r of rows) h.add([...r, ...Array(width - r.length).fill('')]);
      expect(h.hex()).toBe(file.cellsSha256[t]);
    }
    const grand = sheets.get(TABLES.summary.sheet)!.at(-1)!;
    const t = first.manifest.totals;
    expect(grand.slice(0, 9)).toEqual(['合计 all', '合计 all', t.claimsReviewed, t.flagged, t.rejected, expect.any(String), t.totalClaimed, t.fundClaimed, t.amountAtStake]);
  }, 60_000);

  it('manifest lists files, row counts, versions and the query; verify passes on a fresh export', async () => {
    const man = first.manifest;
    expect(man.query).toEqual({ month: MONTH, province: null, region: null });
    expect(man.generatedAt).toBe(NOW().toISOString());
    expect(man.files.map((f) => f.name).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.csv`), workbookName({ month: MONTH })].sort());
    const versions = db.prepare('SELECT DISTINCT ruleset_version FROM verdicts WHERE month = ? ORDER BY 1').pluck().all(MONTH);
    expect(man.versions.ruleset).toEqual(versions);
    expect(man.versions.model).toEqual(['none']);
    expect(man.files.find((f) => f.name === 'cases.csv')!.rows).toEqual({ cases: man.counts.cases });
    await expect(verifyExport(first.dir)).resolves.toEqual({ ok: true, checked: man.files.length, problems: [] });
  });

  it('verify fails, naming the file, after one byte is changed or a file is added', async () => {
    const dir = (await runExport(m.store, { policies, query: { month: MONTH }, outDir: join(m.dir, 'tampered') })).dir;
    const path = join(dir, 'by-region.csv');
    const bytes = readFileSync(path);
    const i = bytes.indexOf(Buffer.from('\r\n')) + 3; // a byte of the first data row
    bytes[i] = bytes[i] === 0x31 ? 0x32 : 0x31;
    writeFileSync(path, bytes);
    const r = await verifyExport(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ file: 'by-region.csv', problem: expect.stringMatching(/^sha256 /) }]);

    const wb = join(dir, workbookName({ month: MONTH }));
    appendFileSync(wb, 'x');
    writeFileSync(join(dir, 'extra.csv'), 'a\r\n');
    const files = (await verifyExport(dir)).problems.map((p) => p.file);
    expect(files).toEqual(expect.arrayContaining(['by-region.csv', workbookName({ month: MONTH }), 'extra.csv']));
  }, 60_000);

  it('scopes to a province or a region', async () => {
    const byProvince = await runExport(m.store, { policies, query: { month: MONTH, province: '51' }, outDir: join(m.dir, 'p51'), formats: ['csv'] });
    const n51 = db.prepare(`SELECT COUNT(*) FROM verdicts WHERE month = ? AND province = '51'`).pluck().get(MONTH) as number;
    expect(n51).toBeGreaterThan(0);
    expect(byProvince.manifest.totals.claimsReviewed).toBe(n51);
    expect(byProvince.manifest.files.map((f) => f.format)).toEqual(Array(6).fill('csv'));
    expect(csv('by-region', byProvince.dir).slice(1).every((r) => r[0] === '51')).toBe(true);

    const byRegion = await runExport(m.store, { policies, query: { month: MONTH, region: '510100' }, outDir: join(m.dir, 'r510100'), formats: ['xlsx'] });
    const nRegion = db.prepare(`SELECT COUNT(*) FROM verdicts WHERE month = ? AND region = '510100'`).pluck().get(MONTH) as number;
    expect(byRegion.manifest.totals.claimsReviewed).toBe(nRegion);
    expect(byRegion.manifest.query).toEqual({ month: MONTH, province: null, region: '510100' });
    expect(byRegion.manifest.files.map((f) => f.name)).toEqual(['audit-2025-03-510100.xlsx']);
  }, 60_000);

  it('refuses a bad query, naming the field, and a folder holding something else', async () => {
    await expect(runExport(m.store, { policies, query: { month: '2025-13' }, outDir: join(m.dir, 'bad') })).rejects.toThrow(/month/);
    await expect(runExport(m.store, { policies, query: { month: MONTH, province: '51', region: '370100' }, outDir: join(m.dir, 'bad') })).rejects.toThrow(/region/);
    writeFileSync(join(m.dir, 'out1', 'notes.txt'), 'mine');
    await expect(runExport(m.store, { policies, query: { month: MONTH }, outDir: join(m.dir, 'out1') })).rejects.toThrow(/not empty/);
  });
  // Last: it changes the store the tests above compare against.
  it('shows the assignee and amount to recover that case work recorded', async () => {
    const id = m.confirmed[1];
    const work = { claimId: id, audit: [] };
    expect(await m.store.changeCase({ ...work, expected: 'confirmed', assignee: 'inspector-07' })).toBe('ok');
    expect(await m.store.changeCase({ ...work, expected: 'confirmed', outcome: { amountToRecoverFen: 123456, summary: '重复收费，已追回' } })).toBe('ok');
    const again = await runExport(m.store, { policies, query: { month: MONTH }, outDir: join(m.dir, 'worked'), formats: ['csv'] });
    const row = byKey(csv('cases', again.dir)).get(id)!;
    expect([row[col('cases', 'assignee')], row[col('cases', 'amountToRecover')], row[col('cases', 'outcome')]]).toEqual(['inspector-07', '1234.56', '查实 confirmed']);
    // Free text of the finding stays out of the export (it may name people).
    expect(readFileSync(join(again.dir, 'cases.csv'), 'utf8')).not.toContain('重复收费');
  });
});
