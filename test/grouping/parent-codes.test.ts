/**
 * Parent diagnosis codes the CHS-DRG 1.1 tables do not list as a principal diagnosis (K80.100, P59.900, M17.100,
 * I80.200, I25.100, T81.400 …): grouped through the listed codes beneath them when those all group the record into
 * one ADRG, else left ungroupable (src/grouping/parent-codes.ts).
 */
import { join } from 'node:path';
import { ungroupableReason } from '../../src/enrich/grouping-facts';
import { loadGrouper, type GrouperInput } from '../../src/grouping';

const DIR = join(__dirname, '../../rules/grouping/chs-drg-1.1');
const g = loadGrouper(DIR, { parentCodes: true });
const adult = (diagnosis: string, procedures: string[] = [], more: Partial<GrouperInput> = {}): GrouperInput => ({ gender: 'M', ageYears: 60, diagnoses: [diagnosis], procedures, ...more });
const newborn = (diagnosis: string): GrouperInput => ({ gender: 'M', ageYears: 0, ageDays: 6, birthWeightGrams: 3200, diagnoses: [diagnosis], procedures: [] });

test.each([
  ['P59.900 新生儿黄疸 (P59.901, P59.902 both PU1)', newborn('P59.900'), 'PU1', 'P59.901'],
  ['M17.100 原发性膝关节病 (M17.101 IU1)', adult('M17.100'), 'IU1', 'M17.101'],
  ['M17.100 with a knee replacement', adult('M17.100', ['81.5400']), 'IC2', 'M17.101'],
  ['I80.200 下肢深部静脉炎 (I80.201–I80.209 all FW2)', adult('I80.200'), 'FW2', 'I80.201'],
  ['K40.900 腹股沟疝 (K40.900x001–x006 all GZ1)', adult('K40.900'), 'GZ1', 'K40.900x001'],
  ['K80.100 with a cholecystectomy (every code beneath goes to HC2)', adult('K80.100', ['51.2300']), 'HC2', 'K80.101'],
  ['I25.100 with a PCI (every code beneath goes to FM1)', adult('I25.100', ['36.0700']), 'FM1', 'I25.102'],
  ['A09.900 in an adult (A09.900x005 新生儿腹泻 enters MDCP only at age 0; the rest GW1)', adult('A09.900', [], { ageYears: 40 }), 'GW1', 'A09.901'],
])('%s groups as the codes beneath it do', (_n, input, adrg, detail) => {
  const r = g.group(input);
  expect(r.status).toBe('grouped');
  expect(r.adrg).toBe(adrg);
  expect(r.path[0]).toMatchObject({ step: 'parent_code', code: input.diagnoses[0] });
  // The code beneath groups the same way on its own.
  expect(g.group({ ...input, diagnoses: [detail] }).adrg).toBe(adrg);
});

test.each([
  ['K80.100 without an operation (K80.100x001 HU1, K80.101 HZ2)', adult('K80.100')],
  ['I25.100 without an operation (FR4 or FU2)', adult('I25.100')],
  ['T81.400 伤口感染 (SS1, VT1 or EZ1 by the detail)', adult('T81.400')],
  ['A09.900 in a newborn (PU1 or GW1)', newborn('A09.900')],
  ['a code nothing is listed beneath (Z99.900)', adult('Z99.900')],
])('%s stays ungroupable', (_n, input) => {
  const r = g.group(input);
  expect(r.status).toBe('ungroupable');
  expect(r.path.some((p) => p.step === 'parent_code')).toBe(false);
});

test('a subcategory-shaped code outside the 医保版 dictionary is not read through the codes beneath it (A17.000, A06.400)', () => {
  for (const code of ['A17.000', 'A06.400']) {
    expect(g.knowsDiagnosis(code)).toBe(false);
    const r = g.group(adult(code));
    expect(r.status).toBe('ungroupable');
    expect(r.path.some((p) => p.step === 'parent_code')).toBe(false);
    expect(ungroupableReason(r)).toEqual({ reason: expect.stringContaining('不在医保版字典'), validParent: false });
  }
});

test('without the option the grouper answers as the national grouper: a parent code stays ungroupable', () => {
  const r = loadGrouper(DIR).group(adult('K40.900'));
  expect(r.status).toBe('ungroupable');
  expect(r.path.some((p) => p.step === 'parent_code' || p.step === 'parent_code_parts')).toBe(false);
});

test('a listed code is grouped by the tables alone, never through the fallback', () => {
  const r = g.group(adult('K80.101'));
  expect(r.adrg).toBe('HZ2');
  expect(r.path.some((p) => p.step === 'parent_code')).toBe(false);
});

test('why a record is ungroupable, in Chinese: outside the dictionary, a valid parent whose details part, or the record', () => {
  const outside = g.group(adult('I63.999x999'));
  expect(ungroupableReason(outside)).toEqual({ reason: expect.stringContaining('不在医保版字典'), validParent: false });
  const parent = g.group({ ...adult('Z51.100', ['99.2500']), diagnoses: ['Z51.100', 'C34.900'] });
  expect(parent.status).toBe('ungroupable');
  expect(ungroupableReason(parent)).toEqual({ reason: expect.stringContaining('RU1'), validParent: true });
  const female = g.group(adult('N83.201'));
  expect(ungroupableReason(female)).toEqual({ reason: expect.stringContaining('性别'), validParent: false });
  expect(ungroupableReason(g.group(adult('K80.101')))).toEqual({ reason: null, validParent: false });
});

test('a chemotherapy admission groups to RE1 when coded to the detail the tables list (blind120: Z51.100 + 99.2500 is 0000 by the tables, not a grouper fault)', () => {
  // RE1 恶性增生性疾患的化学治疗 lists principal diagnoses Z51.101–Z51.104 with a listed chemotherapy procedure
  // (99.2502–99.2506, 99.2500x036–x039): 静脉注射化疗药物 99.2503 is the day-ward infusion.
  const detailed = g.group({ ...adult('Z51.103', ['99.2503']), diagnoses: ['Z51.103', 'C34.900'] });
  expect(detailed).toMatchObject({ status: 'grouped', adrg: 'RE1' });
  // The subcategory 99.2500 is not in RE1's list and its details part (99.2501 动脉化疗栓塞, 99.2500x017 化学物质栓塞
  // are not RE1's): with a detailed diagnosis the record is RU1, as the national grouper answers.
  expect(g.group({ ...adult('Z51.103', ['99.2500']), diagnoses: ['Z51.103', 'C34.900'] }).adrg).toBe('RU1');
  // Z51.100 itself parts between RW2 (Z51.100x004 终末期化疗) and RE1, whatever the procedure: ungroupable.
  expect(g.group({ ...adult('Z51.100', ['99.2503']), diagnoses: ['Z51.100', 'C34.900'] }).status).toBe('ungroupable');
});
