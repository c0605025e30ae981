import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { externalCause, loadExternalCauses, retiredForWork } from '../../src/enrich/external-cause';

// Who else pays for an injury (rules/knowledge/external-causes.json, 《社会保险法》第三十条): 工伤保险 only for
// employees (《工伤保险条例》第二条), a third party whatever the member's insurance.

const rows = loadExternalCauses(join(__dirname, '../../rules/knowledge/external-causes.json'));
const find = (codes: string[], insuranceType: string, retired = false) => externalCause(codes, insuranceType, retired, rows, 100, () => undefined);

describe('external cause by the member\'s insurance', () => {
  it('a work injury (Y96) of an employee names 工伤保险', () => {
    expect(find(['S62.600', 'W23.x00', 'Y96.x00'], 'employee')?.payer).toMatch(/工伤保险/);
  });
  it('the same work injury of a resident-insured member names no other payer', () => {
    expect(find(['S62.600', 'W23.x00', 'Y96.x00'], 'resident')).toBeNull();
  });
  it('a resident hit by a car on the way to work names the third party, not 工伤保险', () => {
    const f = find(['S82.200x081', 'V43.x00', 'Y96.x00'], 'resident');
    expect(f?.codes).toBe('V43.x00');
    expect(f?.payer).not.toMatch(/工伤/);
  });
  it('an assault (Y04) of a resident names the assailant', () => {
    expect(find(['S02.600', 'Y04.x00'], 'resident')?.cause).toMatch(/加害/);
  });
  it('a single-vehicle crash keeps the traffic row: the 医保版 V47.x00/V48.x00 carry no 4th character naming the driver', () => {
    expect(find(['S22.400', 'V47.x00'], 'employee')?.cause).toMatch(/交通事故/);
    expect(find(['S52.500x001', 'V28.x00'], 'resident')?.cause).toMatch(/交通事故/);
    // a local code with the 4th character is read like any V code: no carve-out the national table cannot express
    expect(find(['S22.400', 'V47.500'], 'employee')?.cause).toMatch(/交通事故/);
  });
});

describe('the later care and the workplace\'s own equipment', () => {
  it('Y85.000 机动车事故的后遗症 names the traffic third party; Y87.1 加害的后遗症 the assailant; Y87.0 self-harm no one', () => {
    expect(find(['T92.100x008', 'Y85.000'], 'resident')?.cause).toMatch(/交通事故/);
    expect(find(['T90.500', 'Y87.100'], 'employee')?.cause).toMatch(/加害/);
    expect(find(['T92.100x008', 'Y87.000'], 'employee')).toBeNull();
  });
  it('an employee in work hurt by machinery (W31) with no Y96 names 工伤保险', () => {
    expect(find(['S61.900', 'W31.x00'], 'employee')?.payer).toMatch(/工伤保险/);
  });
  it('the same machinery injury of a resident or a retiree, and an employee\'s fall from a ladder (W11), name no one', () => {
    expect(find(['S61.900', 'W31.x00'], 'resident')).toBeNull();
    expect(find(['S61.900', 'W31.x00'], 'employee', true)).toBeNull();
    expect(find(['S62.600x011', 'W11.x00'], 'employee')).toBeNull();
  });
  it('Y96 keeps naming 工伤保险 for a retired employee (the row is not in-work only)', () => {
    expect(find(['S62.600', 'W23.x00', 'Y96.x00'], 'employee', true)?.payer).toMatch(/工伤保险/);
  });
});

describe('external-causes.json: a whole code standing for the subcode that names the cause', () => {
  it('X59.900x097 工作中的意外损伤 of an employee names 工伤保险; X59.900x096 意外事故 names no one', () => {
    expect(find(['S61.902', 'X59.900x097'], 'employee')?.payer).toMatch(/工伤保险/);
    expect(find(['S61.902', 'X59.900x096'], 'employee')).toBeNull();
  });
  it('a claim that does not say whether the member is retired reads them as retired from the earliest statutory age', () => {
    expect(retiredForWork(undefined, 75, 'M')).toBe(true);
    expect(retiredForWork(undefined, 52, 'F')).toBe(true);
    expect(retiredForWork(undefined, 45, 'M')).toBe(false);
    expect(retiredForWork(false, 65, 'M')).toBe(false); // re-employed: the claim says so
  });

  it('a code outside chapter 20 still fails the load', () => {
    const f = join(tempDir('ext-'), 'external-causes.json');
    const table = (prefixes: string[]) => JSON.stringify({ note: 'x', rows: [{ name: 'n', prefixes, payer: 'p', source: 's' }] });
    writeFileSync(f, table(['S61.902']));
    expect(() => loadExternalCauses(f)).toThrow(/external-cause/);
    writeFileSync(f, table(['X59.900x097']));
    expect(loadExternalCauses(f)).toHaveLength(1);
  });
});
