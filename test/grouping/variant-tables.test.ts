/**
 * The grouper holds no scheme knowledge: a changed copy of the tables changes the result with no
 * code change, and the optional code maps come from the directory too.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGrouper, type GrouperInput } from '../../src/grouping';
import { tempDir } from '../helpers/temp-dir';

const DIR = join(__dirname, '../../rules/grouping/chs-drg-1.1');

/** Copies the scheme to a temp dir and lets `edit` change one JSON file. */
function variant(file: string, edit: (json: any) => void): string {
  const dir = tempDir('drg-variant-');
  cpSync(DIR, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

const stroke: GrouperInput = { gender: 'M', ageYears: 70, diagnoses: ['I63.900'], procedures: [] };

describe('table variants load with no code change', () => {
  const base = loadGrouper(DIR);

  test('moving I63.900 from BR2 to BR1 changes the DRG', () => {
    // Base: I63.900 is only in BR2 -> BR25. Variant: BR1 (earlier, split mcc/none) also lists it -> BR15.
    expect(base.group(stroke).drg).toBe('BR25');
    const dir = variant('adrg.json', (j) => j.adrgs.BR1.condition.principalDiagnosisIn.push('I63.900'));
    expect(loadGrouper(dir).group(stroke).drg).toBe('BR15');
  });

  test('removing I63.900 from BR2 makes the record fall through MDCB and end ungroupable', () => {
    const dir = variant('adrg.json', (j) => {
      const c = j.adrgs.BR2.condition;
      c.principalDiagnosisIn = c.principalDiagnosisIn.filter((x: string) => x !== 'I63.900');
    });
    const r = loadGrouper(dir).group(stroke);
    expect(r.status).toBe('ungroupable');
    expect(r.path.map((p) => p.step)).toEqual(['mdc', 'fallthrough', 'ungroupable']);
  });

  test('a changed exclusion table changes the split', () => {
    // J96.000 is mcc 109; cce[I63.900] is 96. Setting cce[I63.900] to 109 excludes it: BR21 -> BR25.
    const withMcc = { ...stroke, diagnoses: ['I63.900', 'J96.000'] };
    expect(base.group(withMcc).drg).toBe('BR21');
    const dir = variant('cce.json', (j) => {
      j['I63.900'] = '109';
    });
    const r = loadGrouper(dir).group(withMcc);
    expect(r.drg).toBe('BR25');
    expect(r.excludedComplications).toEqual([expect.objectContaining({ code: 'J96.000', kind: 'mcc' })]);
  });

  test('an active ambiguous group yields <L>QY', () => {
    // MDCG ambiguous group made active at position 0: appendicitis with an OR procedure is then GQY.
    const dir = variant('mdc.json', (j) => {
      j.mdcs.find((m: any) => m.code === 'MDCG').ambiguousGroup = { code: 'GQY', position: 0, active: true };
    });
    const g = loadGrouper(dir);
    const r = g.group({ gender: 'M', ageYears: 30, diagnoses: ['K35.301'], procedures: ['47.0901'] });
    expect(r).toMatchObject({ status: 'ambiguous', drg: 'GQY', mdc: 'MDCG', adrg: 'QY' });
    // Without an OR procedure the ambiguity test does not fire: GZ1 as in the base tables.
    expect(g.group({ gender: 'M', ageYears: 30, diagnoses: ['K35.301'], procedures: [] }).drg).toBe('GZ15');
  });

  test('a different evaluation order is honoured', () => {
    // S06.000 + S27.000 is multiple trauma (MDCZ -> ZZ1, which splits on MCC only; S27.000 is a CC -> ZZ15).
    // With MDCB evaluated first, BY1 wins, and S27.000 (cc 198 != cce[S06.000] 196) gives BY13.
    const rec: GrouperInput = { gender: 'M', ageYears: 30, diagnoses: ['S06.000', 'S27.000'], procedures: [] };
    expect(base.group(rec).drg).toBe('ZZ15');
    const dir = variant('mdc.json', (j) => {
      j.evaluationOrder = ['MDCB', ...j.evaluationOrder.filter((c: string) => c !== 'MDCB')];
    });
    expect(loadGrouper(dir).group(rec).drg).toBe('BY13');
  });

  test('an unknown condition key is refused at load', () => {
    const dir = variant('adrg.json', (j) => {
      j.adrgs.BR2.condition.lengthOfStayMax = 3;
    });
    expect(() => loadGrouper(dir)).toThrow(/unknown condition key "lengthOfStayMax"/);
  });

  test('an MDC naming a missing ADRG is refused at load', () => {
    const dir = variant('adrg.json', (j) => {
      delete j.adrgs.BR2;
    });
    expect(() => loadGrouper(dir)).toThrow(/BR2 is not in adrg.json/);
  });
});

describe('code maps (diagnosis_map.json / procedure_map.json)', () => {
  const plain = loadGrouper(DIR);
  const mapped = loadGrouper(DIR, { useCodeMaps: true });

  test('a diagnosis is converted before grouping', () => {
    // A04.700x001 is not a grouper code (ungroupable as is); the map turns it into A04.702, MDCG GW1 -> GW19.
    const rec: GrouperInput = { gender: 'F', ageYears: 40, diagnoses: ['A04.700x001'], procedures: [] };
    expect(plain.group(rec).status).toBe('ungroupable');
    const r = mapped.group(rec);
    expect(r.drg).toBe('GW19');
    expect(r.path[0]).toMatchObject({ step: 'code_map', code: 'A04.700x001' });
  });

  test('a procedure is converted once (maps are not chained)', () => {
    // 00.6500x014 is OR but in no ADRG list: MDCA falls through, then BR2 -> BR25.
    // Mapped to 00.6501 (BE2 list) -> BE29. The map also has 00.6400x007 -> 00.6500x014; one step only.
    const rec: GrouperInput = { gender: 'M', ageYears: 70, diagnoses: ['I63.900'], procedures: ['00.6500x014'] };
    expect(plain.group(rec).drg).toBe('BR25');
    expect(mapped.group(rec).drg).toBe('BE29');
    expect(mapped.group({ ...rec, procedures: ['00.6400x007'] }).drg).toBe('BR25');
  });

  test('a code missing from its map fails the checks', () => {
    // A04.702 is a grouper code but not a key of diagnosis_map.json -> "code not convertible".
    const r = mapped.group({ gender: 'F', ageYears: 40, diagnoses: ['A04.702'], procedures: [] });
    expect(r).toMatchObject({ status: 'check_failed', drg: '0000', mdc: '0000', adrg: '00' });
    expect(r.path[0].detail).toContain('not convertible');
  });
});
