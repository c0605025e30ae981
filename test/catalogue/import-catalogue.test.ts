import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { importCatalogue } from '../../src/catalogue/import-catalogue';
import { readTable } from '../../src/catalogue/read-table';
import { loadCatalogue } from '../../src/enrich/catalogue';
import { makeSampleCatalogues, SAMPLE_FILES } from '../../scripts/make-sample-catalogue';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(ROOT, 'samples/catalogue');

/** A rules dir with only the condition mapping: versions are written there. */
function rulesDir(): string {
  const dir = tempDir('cat-import-');
  mkdirSync(join(dir, 'catalogue'));
  cpSync(join(ROOT, 'rules/catalogue/indications.json'), join(dir, 'catalogue/indications.json'));
  return dir;
}

function gbCsv(dir: string, name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030'));
  return file;
}

describe('catalogue import', () => {
  it('imports the shipped sample XLSX drug catalogue in the published layout, with 备注 coverage', async () => {
    const rules = rulesDir();
    const r = await importCatalogue({ file: join(SAMPLES, SAMPLE_FILES.drug), kind: 'drug', version: 'v2024', effectiveFrom: '2024-01-01', rulesDir: rules });
    expect(r.headerRow).toBe(3); // under a title row and the sample note
    expect(r.rejected).toEqual([]);
    expect(r.imported).toBe(23);
    expect(r.skipped).toBe(10); // the 药品分类 heading rows
    expect(r.coverage).toEqual({ full: 12, partial: 2, none: 4 });
    expect(r.written).toBe(join(rules, 'catalogue/versions/drug/v2024.json'));

    const cat = loadCatalogue(join(rules, 'catalogue'));
    // A 23-character product code is covered by its generic-and-dosage-form row, named with its version.
    const hit = cat.get('XC01EAQ003B002010100001', '2025-03-05');
    expect(hit).toMatchObject({ code: 'XC01EAQ003B002', name: '前列地尔', version: 'v2024', minLevel: 2, setting: 'inpatient', maxDays: 14 });
    // Partly parsed: the recognised part is kept apart from the clear-violation fields, with the original text.
    expect(cat.get('XL01XCQ062B002010100001', '2025-03-05')).toMatchObject({
      restrictionCoverage: 'partial',
      partial: { minLevel: 2 },
      remark: '限以下情况方可支付：HER2阳性的乳腺癌患者；限二级及以上医疗机构',
    });
    expect(cat.get('XL01XCQ062B002010100001', '2025-03-05')?.minLevel).toBeUndefined();
    expect(cat.get('XC01EAQ003B002010100001', '2023-12-31')).toBeUndefined();
  });

  it('imports the sample service and consumable files (prices per level, 计价单位)', async () => {
    const rules = rulesDir();
    const s = await importCatalogue({ file: join(SAMPLES, SAMPLE_FILES.service), kind: 'service', version: 's1', effectiveFrom: '2024-01-01', rulesDir: rules });
    const c = await importCatalogue({ file: join(SAMPLES, SAMPLE_FILES.consumable), kind: 'consumable', version: 'c1', effectiveFrom: '2024-01-01', rulesDir: rules });
    expect([s.imported, s.rejected.length, c.imported, c.rejected.length]).toEqual([8, 0, 6, 0]);
    const cat = loadCatalogue(join(rules, 'catalogue'));
    expect(cat.get('001102000010000', '2024-06-01')).toMatchObject({ name: '普通门诊诊察费', unit: '次', priceCap: { '1': 8, '2': 9, '3': 10 }, setting: 'outpatient' });
    // A 27-character consumable under a 20-character row; a 10-character 通用名 row covers every model.
    expect(cat.get('C020101001000010000100000AB', '2024-06-01')).toMatchObject({ code: 'C0201010010000100001', minLevel: 2 });
    expect(cat.get('C140101001123450000100000XY', '2024-06-01')).toMatchObject({ code: 'C140101001', priceCap: { '1': 1.8 } });
  });

  it('reads a GB18030 CSV with header variants, names each rejected row, and creates no version unless --accept-partial', async () => {
    const rules = rulesDir();
    const lines = [
      '分类代码,分类,序号,通用名,剂型,医保代码,医保类别,限定支付范围',
      'XA10BA,双胍类,1,二甲双胍,口服常释剂型,XA10BAE014A001,甲,',
      'XJ01MA,氟喹诺酮类,2,左氧氟沙星,口服常释剂型,XJ01MAZ019A001,乙,限18岁以上患者',
      'XJ01MA,氟喹诺酮类,3,莫西沙星,注射剂,XJ01MAM027,乙,',
      'XJ01MA,氟喹诺酮类,4,环丙沙星,口服常释剂型,XJ01MAH0A001,乙,',
      'XJ01DD,第三代头孢菌素,5,头孢曲松,注射剂,XJ01DDT033B002,丁,',
      'XC10AA,HMG CoA还原酶抑制剂,6,阿托伐他汀,口服常释剂型,XA10BAE014A001,乙,',
      'XA10BA,双胍类,7,二甲双胍,口服常释剂型,XA10BAE014A001,甲,',
    ];
    const dir = tempDir('cat-csv-');
    const file = gbCsv(dir, '药品目录.csv', lines);
    const r = await importCatalogue({ file, kind: 'drug', version: 'gb', effectiveFrom: '2024-07-01', rulesDir: rules });
    expect(r.imported).toBe(3);
    expect(r.rejected).toEqual([
      { rowNumber: 5, reason: expect.stringContaining('代码 XJ01MAH0A001 格式不对') },
      { rowNumber: 6, reason: expect.stringContaining('甲乙类“丁”无法识别') },
      { rowNumber: 7, reason: expect.stringContaining('药品分类代码 XC10AA 与代码 XA10BAE014A001') },
      { rowNumber: 8, reason: '代码 XA10BAE014A001 与第 2 行重复' },
    ]);
    expect(r.written).toBeNull();
    expect(existsSync(join(rules, 'catalogue/versions/drug/gb.json'))).toBe(false);

    const again = await importCatalogue({ file, kind: 'drug', version: 'gb', effectiveFrom: '2024-07-01', rulesDir: rules, acceptPartial: true });
    expect(again.written).not.toBeNull();
    const cat = loadCatalogue(join(rules, 'catalogue'));
    expect(cat.get('XJ01MAZ019A001000100001', '2024-07-01')).toMatchObject({ name: '左氧氟沙星', class: '乙', ageMin: 18, remark: '限18岁以上患者' });
    // A 10-character row (the generic name in every dosage form) covers a product code too.
    expect(cat.get('XJ01MAM027B002010100001', '2024-07-01')).toMatchObject({ code: 'XJ01MAM027', name: '莫西沙星' });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const dir = tempDir('cat-csv-');
    const file = gbCsv(dir, 'x.csv', ['药品名称,剂型', '二甲双胍,片剂']);
    await expect(importCatalogue({ file, kind: 'drug', version: 'x', effectiveFrom: '2024-01-01', rulesDir: rulesDir() })).rejects.toThrow(/缺少列：代码.*甲乙类/);
  });

  it('reports what changed against the previous version; versions never overwrite one another', async () => {
    const rules = rulesDir();
    const dir = tempDir('cat-csv-');
    const head = '项目编码,项目名称,计价单位,一级价格,二级价格,三级价格,医保类别,备注';
    const v1 = gbCsv(dir, 'v1.csv', [
      head,
      '001102000010000,普通门诊诊察费,次,8,9,10,甲,限门诊',
      '001103000010000,住院诊察费,日,12,14,16,甲,限住院',
      '002301010010000,头颅CT平扫,次,144,162,180,甲,',
    ]);
    const v2 = gbCsv(dir, 'v2.csv', [
      head,
      '001102000010000,普通门诊诊察费,次,8,9,11,甲,限门诊',
      '001103000010000,住院诊察费,日,12,14,16,甲,限住院；限二级及以上医疗机构',
      '003401000230600,牵引(悬吊治疗),次,24,27,30,乙,限20天',
    ]);
    const first = await importCatalogue({ file: v1, kind: 'service', version: '2024', effectiveFrom: '2024-01-01', rulesDir: rules });
    expect(first.changes.against).toBeNull();
    const second = await importCatalogue({ file: v2, kind: 'service', version: '2025', effectiveFrom: '2025-01-01', rulesDir: rules });
    expect(second.changes).toEqual({
      against: '2024',
      added: ['003401000230600'],
      removed: ['002301010010000'],
      priceChanged: [{ code: '001102000010000', before: { '1': 8, '2': 9, '3': 10 }, after: { '1': 8, '2': 9, '3': 11 } }],
      restrictionChanged: [{ code: '001103000010000', before: '限住院', after: '限住院；限二级及以上医疗机构' }],
      classChanged: [],
    });
    await expect(importCatalogue({ file: v2, kind: 'service', version: '2025', effectiveFrom: '2025-06-01', rulesDir: rules })).rejects.toThrow(/already exists.*never overwritten/);
    await expect(importCatalogue({ file: v2, kind: 'service', version: '2025b', effectiveFrom: '2025-01-01', rulesDir: rules })).rejects.toThrow(/already takes effect on 2025-01-01/);
    await expect(importCatalogue({ file: v2, kind: 'service', version: '2025c', effectiveFrom: '2025-02-30', rulesDir: rules })).rejects.toThrow(/effective-from “2025-02-30”: expected a date/);
    await expect(importCatalogue({ file: v2, kind: 'service', version: '2025c', effectiveFrom: '2025-07-01', effectiveTo: '2025-09-31', rulesDir: rules })).rejects.toThrow(/effective-to “2025-09-31”/);
    expect(readdirSync(join(rules, 'catalogue/versions/service')).sort()).toEqual(['2024.json', '2025.json']);

    // Each version applies from its date: the day before, on and after the boundary.
    const cat = loadCatalogue(join(rules, 'catalogue'));
    expect(cat.get('001102000010000', '2024-12-31')?.priceCap?.['3']).toBe(10);
    expect(cat.get('001102000010000', '2025-01-01')?.priceCap?.['3']).toBe(11);
    expect(cat.get('001102000010000', '2025-01-02')).toMatchObject({ version: '2025' });
    expect(cat.get('002301010010000', '2024-12-31')).toMatchObject({ version: '2024' });
    expect(cat.get('002301010010000', '2025-01-01')).toBeUndefined(); // removed in 2025
  });

  it('the shipped sample XLSX files are what scripts/make-sample-catalogue.ts makes', async () => {
    const dir = tempDir('cat-sample-');
    await makeSampleCatalogues(dir);
    for (const name of Object.values(SAMPLE_FILES)) {
      expect(await readTable(join(dir, name))).toEqual(await readTable(join(SAMPLES, name)));
    }
  });
});
