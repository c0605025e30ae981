/**
 * Local amendments (rules/grouping/chs-drg-1.1/local-amendments.json): a normal delivery coded as
 * the coding rules say (O80 principal, Z37 other) groups to OR19 instead of falling into MDCO's
 * ambiguous group; the national files stay untouched and a broken amendment refuses to load.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GrouperLoadError, loadGrouper, type GrouperInput } from '../../src/grouping';
import { tempDir } from '../helpers/temp-dir';

const DIR = join(__dirname, '../../rules/grouping/chs-drg-1.1');

function copyWith(amendments: unknown | null): string {
  const dir = tempDir('drg-amend-');
  cpSync(DIR, dir, { recursive: true });
  if (amendments === null) rmSync(join(dir, 'local-amendments.json'));
  else writeFileSync(join(dir, 'local-amendments.json'), JSON.stringify(amendments));
  return dir;
}

const delivery: GrouperInput = { gender: 'F', ageYears: 29, diagnoses: ['O80.000', 'Z37.000'], procedures: [] };

test('a normal delivery with O80 principal groups to OR19 (阴道分娩)', () => {
  const r = loadGrouper(DIR).group(delivery);
  expect(r.drg).toBe('OR19');
  expect(r.status).toBe('grouped');
});

test('without the amendment the national tables leave it ungroupable (MDCO ambiguous)', () => {
  const r = loadGrouper(copyWith(null)).group(delivery);
  expect(r.drg).not.toBe('OR19');
  expect(r.status).toBe('ungroupable');
});

test('Z37 as principal still groups to OR19, and a delivery with forceps still goes to OC1 first', () => {
  const g = loadGrouper(DIR);
  expect(g.group({ ...delivery, diagnoses: ['Z37.000', 'O80.000'] }).drg).toBe('OR19');
  expect(g.group({ ...delivery, procedures: ['72.0x00'] }).drg).toMatch(/^OC1/);
});

test('an amendment naming an unknown ADRG, list or lacking a source refuses to load', () => {
  const one = (a: object) => ({ amendments: [{ adrg: 'OR1', add: { principalDiagnosisIn: ['O80.000'] }, reason: 'r', source: 's', ...a }] });
  expect(() => loadGrouper(copyWith(one({ adrg: 'XX9' })))).toThrow(GrouperLoadError);
  expect(() => loadGrouper(copyWith(one({ add: { anyDiagnosisIn: ['O80.000'] } })))).toThrow(/no list anyDiagnosisIn/);
  expect(() => loadGrouper(copyWith(one({ source: '' })))).toThrow(/reason and a source/);
});
