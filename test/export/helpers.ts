import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { generateClaims } from '../../src/generate';
import { NO_MODEL } from '../../src/model/model';
import { review } from '../../src/features/reviews/review';
import type { Store } from '../../src/features/stores';
import { createSqliteStore } from '../../src/features/stores';
import { RULES_DIR } from '../helpers/rules-dir';
import { moveCase } from '../helpers/cases';
import { sharedRules } from '../helpers/shared-rules';
import { tempDir } from '../helpers/temp-dir';

// A generated month reviewed through the real pipeline into a SQLite file, with names and ID numbers on every
// patient (the generator leaves them out) so masking has something to hide, and a few cases worked to an end.

export const MONTH = '2025-03';

export interface ReviewedMonth {
  dir: string;
  dbPath: string;
  store: Store;
  /** Every patient identifier put into the month, to look for in the exports. */
  secrets: { insuredIds: string[]; names: string[]; idNumbers: string[] };
  confirmed: string[];
  dismissed: string[];
}

const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '黄', '赵'];
const GIVEN = ['伟', '秀英', '建国', '丽娟', '志强', '海燕'];

export async function reviewedMonth(count = 3000): Promise<ReviewedMonth> {
  const dir = tempDir('export-');
  const dbPath = join(dir, 'review.db');
  const store = createSqliteStore({ path: dbPath });
  const ctx = { rules: sharedRules(RULES_DIR), model: { current: () => NO_MODEL }, store, clock: () => new Date('2025-04-02T08:00:00Z') };
  const claims = [...generateClaims({ count, seed: 'export-month', fraudRate: 0.15, start: `${MONTH}-01`, months: 1, rulesDir: RULES_DIR })];
  const secrets = { insuredIds: new Set<string>(), names: new Set<string>(), idNumbers: new Set<string>() };
  claims.forEach((c, i) => {
    const p = (c as { patient: Record<string, unknown> }).patient;
    const n = Number(String(p.insuredId).replace(/\D/g, '')) || i;
    p.name = SURNAMES[n % SURNAMES.length] + GIVEN[n % GIVEN.length];
    p.idNumber = `510104${1950 + (n % 50)}0${1 + (n % 9)}1${n % 10}${String(n % 10000).padStart(4, '0')}`.slice(0, 17) + 'X';
    secrets.insuredIds.add(String(p.insuredId));
    secrets.names.add(String(p.name));
    secrets.idNumbers.add(String(p.idNumber));
  });
  for (let i = 0; i < claims.length; i += 500) await review(claims.slice(i, i + 500), ctx, { source: 'test' });

  // Work some of the month's cases to an end, so the by-rule confirmed rate has something to count.
  const db = new Database(dbPath, { readonly: true });
  const caseIds = db.prepare('SELECT claim_id FROM cases WHERE month = ? ORDER BY claim_id').pluck().all(MONTH) as string[];
  db.close();
  const confirmed = caseIds.filter((_, i) => i % 5 === 0);
  const dismissed = caseIds.filter((_, i) => i % 5 === 1);
  for (const id of confirmed) await moveCase(store, id, 'confirmed');
  for (const id of dismissed) await moveCase(store, id, 'dismissed');
  return {
    dir,
    dbPath,
    store,
    secrets: { insuredIds: [...secrets.insuredIds], names: [...secrets.names], idNumbers: [...secrets.idNumbers] },
    confirmed,
    dismissed,
  };
}

/** RFC 4180 CSV (CRLF rows, quoted fields with doubled quotes) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Every sheet of a workbook as rows of cell values (1-based columns flattened to arrays). */
export async function readWorkbook(path: string): Promise<Map<string, (string | number)[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, (string | number)[][]>();
  wb.eachSheet((ws) => {
    const rows: (string | number)[][] = [];
    ws.eachRow({ includeEmpty: true }, (r) => {
      const values = (r.values as (string | number | null | undefined)[]).slice(1);
      // Array.from, not map: an empty cell in the middle of a row is a hole in exceljs's values.
      rows.push(Array.from(values, (v) => (v === null || v === undefined ? '' : v)));
    });
    out.set(ws.name, rows);
  });
  return out;
}
