import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { addDays } from '../contract/dates';
import { parseTable } from '../contract/json-table';

// The 医保医师 register (国家医保信息业务编码标准 医保医师代码) as administrators load it: each doctor's code, name,
// institution and professional title (职称) with the dates it held. Versions sit side by side in
// rules/history/doctor-registry/<version>.json, written by `yibao-review doctors import` (src/catalogue/import-doctors.ts)
// as catalogue versions are; the version in force on a service date is the latest taking effect on or before it.

export const DOCTOR_REGISTRY_SUBDIR = 'doctor-registry';

/** 《卫生技术人员职务试行条例》 医师的专业技术职务, lowest first. */
export const DOCTOR_TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'] as const;
export type DoctorTitle = (typeof DOCTOR_TITLES)[number];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const registryRowSchema = z.strictObject({
  /** 医保医师代码 (as the claim's provider.doctorId carries it). */
  doctorCode: z.string().min(1),
  /** 姓名: held for administrators; never put in a finding, log or export. */
  name: z.string().min(1),
  /** 定点医药机构编码 the doctor practises at (the claim's provider.hospitalId). */
  hospitalId: z.string().min(1),
  title: z.enum(DOCTOR_TITLES),
  /** First and last day (inclusive) the doctor held this title there; no last day: still holds it. */
  effectiveFrom: date,
  effectiveTo: date.optional(),
});
export type RegistryRow = z.infer<typeof registryRowSchema>;

export const registryVersionSchema = z.strictObject({
  note: z.string().min(1),
  version: z.string().min(1),
  effectiveFrom: date,
  effectiveTo: date.optional(),
  importedFrom: z.string().min(1),
  rows: z.array(registryRowSchema),
});
export type RegistryVersionFile = z.infer<typeof registryVersionSchema>;

/** The entry the registry holds for a doctor on a date, and the version it was read from. */
export interface RegisteredDoctor {
  row: RegistryRow;
  version: string;
}

export interface DoctorRegistry {
  readonly versions: readonly { version: string; effectiveFrom: string; effectiveTo: string | null; rows: number }[];
  /** The doctor's entry at the institution on the date (YYYY-MM-DD), else null: the registry does not know him or her then. */
  on(hospitalId: string, doctorCode: string, date: string): RegisteredDoctor | null;
}

/** A claim's doctor as the register knows him or her on the service day at the institution, else null. */
export function registeredDoctor(c: { hospitalId: string; doctorId?: string | null; serviceDate: string }, registry: DoctorRegistry | undefined): RegisteredDoctor | null {
  return registry && c.doctorId ? registry.on(c.hospitalId, c.doctorId, c.serviceDate) : null;
}

/** A doctor at an institution: the register's key (the same code may be issued at two institutions). */
export const registryKey = (hospitalId: string, doctorCode: string) => `${hospitalId}\u0000${doctorCode}`;

/** Two periods of one doctor's titles that share a day: a doctor holds one title at an institution on a date. */
export const periodsOverlap = (a: Pick<RegistryRow, 'effectiveFrom' | 'effectiveTo'>, b: Pick<RegistryRow, 'effectiveFrom' | 'effectiveTo'>) =>
  a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');

/** Checks one version file's rows: a doctor holds one title at an institution on a date (no overlapping rows). */
export function checkRegistryRows(rows: readonly RegistryRow[], where: string): Map<string, RegistryRow[]> {
  const byDoctor = new Map<string, RegistryRow[]>();
  rows.forEach((row, i) => {
    if (row.effectiveTo !== undefined && row.effectiveTo < row.effectiveFrom) throw new Error(`${where} row ${i}: effectiveTo ${row.effectiveTo} is before effectiveFrom ${row.effectiveFrom}`);
    const key = registryKey(row.hospitalId, row.doctorCode);
    const list = byDoctor.get(key) ?? [];
    const clash = list.find((r) => periodsOverlap(r, row));
    if (clash) throw new Error(`${where} row ${i}: ${row.doctorCode} at ${row.hospitalId} already holds ${clash.title} from ${clash.effectiveFrom}: one title on a date`);
    byDoctor.set(key, [...list, row]);
  });
  return byDoctor;
}

export function parseRegistryVersion(json: unknown, file: string): RegistryVersionFile {
  const parsed = parseTable(registryVersionSchema, json, file);
  if (parsed.effectiveTo !== undefined && parsed.effectiveTo < parsed.effectiveFrom) throw new Error(`${file}: effectiveTo is before effectiveFrom`);
  return parsed;
}

export function registryDir(rulesDir: string): string {
  return join(rulesDir, 'history', DOCTOR_REGISTRY_SUBDIR);
}

/** Every version file, oldest effectiveFrom first (checked). */
export function listRegistryVersions(rulesDir: string): RegistryVersionFile[] {
  const dir = registryDir(rulesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => parseRegistryVersion(JSON.parse(readFileSync(join(dir, n), 'utf8')), join(dir, n)))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** The registry from its version files; undefined when none is loaded (the statistical reading judges every doctor). */
export function loadDoctorRegistry(rulesDir: string): DoctorRegistry | undefined {
  const files = listRegistryVersions(rulesDir);
  if (!files.length) return undefined;
  const loaded = files.map((f, i) => {
    const next = files[i + 1];
    if (next && next.effectiveFrom === f.effectiveFrom) throw new Error(`${registryDir(rulesDir)}: versions ${f.version} and ${next.version} both take effect on ${f.effectiveFrom}`);
    // A version ends where the next begins, unless its own effectiveTo ends it earlier.
    const nextEnd = next ? addDays(next.effectiveFrom, -1) : null;
    const to = f.effectiveTo && (!nextEnd || f.effectiveTo < nextEnd) ? f.effectiveTo : nextEnd;
    return { version: f.version, effectiveFrom: f.effectiveFrom, effectiveTo: to, byDoctor: checkRegistryRows(f.rows, `${f.version}`), rows: f.rows.length };
  });
  return {
    versions: loaded.map(({ version, effectiveFrom, effectiveTo, rows }) => ({ version, effectiveFrom, effectiveTo, rows })),
    on(hospitalId, doctorCode, date) {
      const v = loaded.find((x) => x.effectiveFrom <= date && (x.effectiveTo === null || date <= x.effectiveTo));
      const row = v?.byDoctor.get(registryKey(hospitalId, doctorCode))?.find((r) => r.effectiveFrom <= date && (r.effectiveTo === undefined || date <= r.effectiveTo));
      return v && row ? { row, version: v.version } : null;
    },
  };
}
