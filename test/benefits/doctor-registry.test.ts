import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDoctorRegistry, registryDir } from '../../src/benefits/doctor-registry';
import { tempDir } from '../helpers/temp-dir';

// The 医保医师 register applied by service date: the version in force on the day, then the title the doctor held
// at the institution that day (a promotion mid-year is two rows, or a later version).

const ROOT = resolve(__dirname, '../..');

function dirWith(files: Record<string, unknown>): string {
  const rules = tempDir('doctors-');
  mkdirSync(registryDir(rules), { recursive: true });
  for (const [name, json] of Object.entries(files)) writeFileSync(join(registryDir(rules), name), JSON.stringify(json));
  return rules;
}

const version = (v: string, from: string, rows: unknown[], to?: string) => ({ note: 'test', version: v, effectiveFrom: from, ...(to ? { effectiveTo: to } : {}), importedFrom: 'test.csv', rows });
const row = (code: string, title: string, from: string, to?: string, hospitalId = 'H1') => ({ doctorCode: code, name: '测试', hospitalId, title, effectiveFrom: from, ...(to ? { effectiveTo: to } : {}) });

describe('医保医师 register', () => {
  it('ships a SAMPLE register whose promotion takes effect on its date', () => {
    const reg = loadDoctorRegistry(join(ROOT, 'rules'))!;
    expect(reg.on('H23030003', 'D1528', '2024-12-31')?.row.title).toBe('主治医师');
    expect(reg.on('H23030003', 'D1528', '2025-01-01')?.row.title).toBe('副主任医师');
    // Another institution's doctor of the same code is not known: the code is read at the claim's institution.
    expect(reg.on('H23030004', 'D1528', '2025-01-01')).toBeNull();
    expect(reg.on('H23030003', 'D9999', '2025-01-01')).toBeNull();
  });

  it('reads the version in force on the service date: a later version holds the promotion', () => {
    const rules = dirWith({
      'v2025a.json': version('v2025a', '2025-01-01', [row('D1', '主治医师', '2020-01-01')]),
      'v2025b.json': version('v2025b', '2025-07-01', [row('D1', '副主任医师', '2025-07-01'), row('D2', '主任医师', '2010-01-01')]),
    });
    const reg = loadDoctorRegistry(rules)!;
    expect(reg.on('H1', 'D1', '2025-06-30')).toEqual({ row: expect.objectContaining({ title: '主治医师' }), version: 'v2025a' });
    expect(reg.on('H1', 'D1', '2025-07-01')).toEqual({ row: expect.objectContaining({ title: '副主任医师' }), version: 'v2025b' });
    // Before any version took effect the register knows nobody (the statistical reading stands).
    expect(reg.on('H1', 'D1', '2024-12-31')).toBeNull();
    // D2 entered with the later version: unknown on a day the earlier one was in force.
    expect(reg.on('H1', 'D2', '2025-03-01')).toBeNull();
    expect(reg.versions.map((v) => [v.version, v.effectiveTo])).toEqual([['v2025a', '2025-06-30'], ['v2025b', null]]);
  });

  it('ends a version at its own effectiveTo', () => {
    const reg = loadDoctorRegistry(dirWith({ 'v.json': version('v', '2025-01-01', [row('D1', '住院医师', '2024-01-01')], '2025-03-31') }))!;
    expect(reg.on('H1', 'D1', '2025-03-31')?.row.title).toBe('住院医师');
    expect(reg.on('H1', 'D1', '2025-04-01')).toBeNull();
  });

  it('refuses a doctor holding two titles on one day, an unknown title and two versions of one day', () => {
    expect(() => loadDoctorRegistry(dirWith({ 'v.json': version('v', '2025-01-01', [row('D1', '主治医师', '2020-01-01'), row('D1', '副主任医师', '2025-01-01')]) }))).toThrow(/one title on a date/);
    expect(() => loadDoctorRegistry(dirWith({ 'v.json': version('v', '2025-01-01', [row('D1', '教授', '2020-01-01')]) }))).toThrow(/title/);
    expect(() => loadDoctorRegistry(dirWith({ 'a.json': version('a', '2025-01-01', []), 'b.json': version('b', '2025-01-01', []) }))).toThrow(/both take effect/);
    expect(loadDoctorRegistry(tempDir('doctors-none-'))).toBeUndefined();
  });
});
