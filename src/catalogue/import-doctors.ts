import { basename } from 'node:path';
import { DOCTOR_TITLES, type DoctorTitle, listRegistryVersions, periodsOverlap, registryDir, registryKey, type RegistryRow, type RegistryVersionFile } from '../benefits/doctor-registry';
import { normalise } from './columns';
import type { Rejected } from './import-rows';
import { readTable, type TableRow } from './read-table';
import { checkNewVersion, writeVersionFile } from './versions';

// `doctors import`: the 医保医师 register as the administrator exports it (.xlsx or .csv: 医保医师代码, 姓名, 定点医药机构编码,
// 职称, 起止日期) → a new dated version beside the others (rules/history/doctor-registry/), checked as a catalogue import
// is: rows rejected with their row number and reason, never an overwrite, the changes against the version it follows.
// Names are kept in the version file for administrators and never printed: the report names doctors by code only.

type Field = 'doctorCode' | 'name' | 'hospitalId' | 'title' | 'effectiveFrom' | 'effectiveTo';

const HEADINGS: Record<Field, string[]> = {
  doctorCode: ['医保医师代码', '医保医师编码', '医师代码', '医师编码'],
  name: ['姓名', '医师姓名'],
  hospitalId: ['定点医药机构编码', '定点医疗机构编码', '医疗机构编码', '机构编码'],
  title: ['职称', '专业技术职务', '技术职称', '医师职称'],
  effectiveFrom: ['职称起始日期', '起始日期', '开始日期', '生效日期', '聘任日期'],
  effectiveTo: ['职称终止日期', '终止日期', '结束日期', '失效日期'],
};
const REQUIRED: Field[] = ['doctorCode', 'name', 'hospitalId', 'title', 'effectiveFrom'];

function mapHeader(cells: string[]): Partial<Record<Field, number>> | null {
  const found: Partial<Record<Field, number>> = {};
  cells.forEach((cell, i) => {
    const h = normalise(cell);
    const field = (Object.keys(HEADINGS) as Field[]).find((f) => found[f] === undefined && HEADINGS[f].includes(h));
    if (field) found[field] = i;
  });
  return Object.keys(found).length >= 2 ? found : null;
}

/** YYYY-MM-DD from 2025-03-01, 2025/3/1, 2025.03.01 or 20250301; null for an empty cell; 'bad' otherwise. */
function dateOf(text: string): string | null | 'bad' {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(t);
  if (!m) return 'bad';
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : 'bad';
}

export interface ImportedDoctors {
  headerRow: number;
  rows: RegistryRow[];
  rejected: Rejected[];
  skipped: number;
}

/** Spreadsheet rows → register rows, each rejected row named with its row number and reason (in Chinese). */
export function importDoctorRows(table: readonly TableRow[]): ImportedDoctors {
  let header: { at: number; cols: Partial<Record<Field, number>> } | null = null;
  for (let i = 0; i < Math.min(table.length, 20) && !header; i++) {
    const cols = mapHeader(table[i].cells);
    if (cols) header = { at: i, cols };
  }
  if (!header) throw new Error(`没有找到表头：前 20 行里没有一行含有至少两个已知列名（${HEADINGS.doctorCode.join('/')}；${HEADINGS.title.join('/')}）`);
  const cols = header.cols;
  const missing = REQUIRED.filter((f) => cols[f] === undefined);
  if (missing.length) throw new Error(`第 ${table[header.at].rowNumber} 行表头缺少列：${missing.map((f) => HEADINGS[f].join('/')).join('，')}`);
  const cell = (r: TableRow, f: Field) => (cols[f] === undefined ? '' : (r.cells[cols[f]!] ?? '').trim());
  const out: ImportedDoctors = { headerRow: table[header.at].rowNumber, rows: [], rejected: [], skipped: 0 };
  const held = new Map<string, RegistryRow[]>();
  for (const r of table.slice(header.at + 1)) {
    const doctorCode = cell(r, 'doctorCode');
    const name = cell(r, 'name');
    if (!doctorCode && !name) {
      out.skipped += 1;
      continue;
    }
    const reject = (reason: string) => out.rejected.push({ rowNumber: r.rowNumber, reason });
    const hospitalId = cell(r, 'hospitalId');
    const title = cell(r, 'title');
    const from = dateOf(cell(r, 'effectiveFrom'));
    const to = dateOf(cell(r, 'effectiveTo'));
    if (!doctorCode) reject('缺少医保医师代码');
    else if (!name) reject('缺少姓名');
    else if (!hospitalId) reject('缺少定点医药机构编码');
    else if (!DOCTOR_TITLES.includes(title as DoctorTitle)) reject(`职称“${title}”不是 ${DOCTOR_TITLES.join('、')} 之一`);
    else if (from === null || from === 'bad') reject(`职称起始日期“${cell(r, 'effectiveFrom')}”不是日期`);
    else if (to === 'bad') reject(`职称终止日期“${cell(r, 'effectiveTo')}”不是日期`);
    else if (to !== null && to < from) reject(`职称终止日期 ${to} 早于起始日期 ${from}`);
    else {
      const row: RegistryRow = { doctorCode, name, hospitalId, title: title as DoctorTitle, effectiveFrom: from, ...(to ? { effectiveTo: to } : {}) };
      const key = registryKey(hospitalId, doctorCode);
      const mine = held.get(key) ?? [];
      // A doctor holds one title at an institution on a date: overlapping periods cannot both be true.
      const clash = mine.find((x) => periodsOverlap(x, row));
      if (clash) reject(`医师 ${doctorCode}（${hospitalId}）的职称期间与 ${clash.title}（自 ${clash.effectiveFrom}）重叠`);
      else {
        held.set(key, [...mine, row]);
        out.rows.push(row);
      }
    }
  }
  return out;
}

export interface DoctorChanges {
  against: string | null;
  added: string[];
  removed: string[];
  /** Doctors whose titles (the periods listed) differ from the version followed. */
  titleChanged: { doctor: string; before: string; after: string }[];
}

const titlesOf = (rows: readonly RegistryRow[]) => {
  const out = new Map<string, string>();
  for (const r of [...rows].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))) {
    const key = `${r.doctorCode}（${r.hospitalId}）`;
    const period = `${r.title} ${r.effectiveFrom}～${r.effectiveTo ?? ''}`;
    out.set(key, out.has(key) ? `${out.get(key)}；${period}` : period);
  }
  return out;
};

/** What a new version changes against the one it follows, by doctor (code and institution). */
export function diffRegistry(previous: RegistryVersionFile | null, rows: readonly RegistryRow[]): DoctorChanges {
  const out: DoctorChanges = { against: previous?.version ?? null, added: [], removed: [], titleChanged: [] };
  if (!previous) return out;
  const before = titlesOf(previous.rows);
  const after = titlesOf(rows);
  for (const [doctor, t] of after) {
    const old = before.get(doctor);
    if (old === undefined) out.added.push(doctor);
    else if (old !== t) out.titleChanged.push({ doctor, before: old, after: t });
  }
  for (const doctor of before.keys()) if (!after.has(doctor)) out.removed.push(doctor);
  return out;
}

export interface DoctorImportOptions {
  file: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  rulesDir: string;
  acceptPartial?: boolean;
}

export interface DoctorImportReport extends Omit<ImportedDoctors, 'rows'> {
  imported: number;
  written: string | null;
  changes: DoctorChanges;
}

/** Imports `opts.file`, or `table` when given (the HTTP import's CSV text; `opts.file` then only names it). */
export async function importDoctors(opts: DoctorImportOptions, table?: readonly TableRow[]): Promise<DoctorImportReport> {
  const existing = listRegistryVersions(opts.rulesDir);
  checkNewVersion(existing, opts.version, opts.effectiveFrom, opts.effectiveTo);
  const result = importDoctorRows(table ?? (await readTable(opts.file)));
  if (result.rows.length === 0) throw new Error(`${opts.file}: no rows imported`);
  const before = existing.filter((v) => v.effectiveFrom < opts.effectiveFrom);
  const changes = diffRegistry(before.length ? before[before.length - 1] : null, result.rows);
  let written: string | null = null;
  if (result.rejected.length === 0 || opts.acceptPartial) {
    // Written as a catalogue version is (versions.ts): the fields in the schema's order (registryVersionSchema), rows last.
    const fields: Omit<RegistryVersionFile, 'rows'> = {
      note: `Imported by \`yibao-review doctors import\` from ${basename(opts.file)}: the 医保医师 register as published (医保医师代码, 姓名, 定点医药机构编码, 职称 and its dates).`,
      version: opts.version,
      effectiveFrom: opts.effectiveFrom,
      effectiveTo: opts.effectiveTo || undefined,
      importedFrom: basename(opts.file),
    };
    written = writeVersionFile(registryDir(opts.rulesDir), fields, result.rows);
  }
  const { rows, ...rest } = result;
  return { ...rest, imported: rows.length, written, changes };
}

/** The report as an administrator reads it (doctors by code: names stay in the register). */
export function formatDoctorReport(r: DoctorImportReport, acceptPartial: boolean): string {
  const lines: string[] = [];
  lines.push(`表头在第 ${r.headerRow} 行；导入 ${r.imported} 行，拒绝 ${r.rejected.length} 行，跳过空行 ${r.skipped} 行`);
  for (const x of r.rejected) lines.push(`  拒绝 第 ${x.rowNumber} 行：${x.reason}`);
  const c = r.changes;
  if (c.against === null) lines.push('变更：没有更早的版本可比');
  else {
    lines.push(`变更（对比版本 ${c.against}）：新增医师 ${c.added.length}，删除医师 ${c.removed.length}，职称变更 ${c.titleChanged.length}`);
    for (const d of c.added) lines.push(`  新增 ${d}`);
    for (const d of c.removed) lines.push(`  删除 ${d}`);
    for (const t of c.titleChanged) lines.push(`  职称 ${t.doctor}: ${t.before} → ${t.after}`);
  }
  if (r.written) lines.push(`已写入版本：${r.written}`);
  else lines.push(`有被拒绝的行，未创建版本${acceptPartial ? '' : '（确认无误后可加 --accept-partial 只导入通过的行）'}`);
  return `${lines.join('\n')}\n`;
}
