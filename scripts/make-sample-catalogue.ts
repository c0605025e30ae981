import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

// Writes samples/catalogue/*.xlsx: SAMPLE catalogue files in the column layouts the national and provincial
// catalogues are published in (a title row, a note row, the header, 药品分类 heading rows between groups).
// Names and 备注 phrasings are real-style; codes, prices and the pairing of 备注 with drugs are SAMPLE values.
// Run: npm run build && node dist/scripts/make-sample-catalogue.js

export const SAMPLE_NOTE = '样例数据：代码、价格及备注与药品的对应均为演示用，不是官方目录（SAMPLE, not an official catalogue）';

type Row = (string | number | null)[];

/** 药品分类代码, 药品分类, 编号, 药品名称, 剂型, 医保药品代码, 甲乙类, 备注 (a heading row has only the first two). */
export const DRUG_HEADER = ['药品分类代码', '药品分类', '编号', '药品名称', '剂型', '医保药品代码', '甲乙类', '备注'];
export const DRUG_ROWS: Row[] = [
  ['XA', '消化道和代谢方面的药物', null, null, null, null, null, null],
  ['XA02BC', '质子泵抑制剂', 1, '奥美拉唑', '口服常释剂型', 'XA02BCA123A001', '甲', null],
  ['XA02BC', '质子泵抑制剂', 2, '奥美拉唑', '注射剂', 'XA02BCA123B002', '乙', '限有说明书标明的疾病诊断且有禁食医嘱或吞咽困难的患者'],
  ['XA07BC', '其他肠道吸附剂', 3, '蒙脱石', '口服散剂', 'XA07BCM011A006', '甲', '限儿童'],
  ['XA10BA', '双胍类', 4, '二甲双胍', '口服常释剂型', 'XA10BAE014A001', '甲', null],
  ['XA10AE', '长效胰岛素及其类似物', 5, '甘精胰岛素', '注射剂', 'XA10AEG021B002', '乙', '限2型糖尿病患者；限门诊'],
  ['XB', '血液和造血器官药', null, null, null, null, null, null],
  ['XB01AC', '血小板凝聚抑制剂', 6, '阿司匹林', '肠溶片', 'XB01ACA088A001', '甲', null],
  ['XB05AA', '血液代用品和血浆蛋白成分', 7, '人血白蛋白', '注射剂', 'XB05AAR005B002', '乙', '限抢救、重症或因肝硬化、癌症引起胸腹水的患者，且白蛋白低于30g/L'],
  ['XC', '心血管系统', null, null, null, null, null, null],
  ['XC01EA', '前列腺素类', 8, '前列地尔', '注射剂', 'XC01EAQ003B002', '乙', '限二级及以上医疗机构；限住院；限14天'],
  ['XC10AA', 'HMG CoA还原酶抑制剂', 9, '阿托伐他汀', '口服常释剂型', 'XC10AAA201A001', '乙', null],
  ['XG', '泌尿生殖系统药和性激素', null, null, null, null, null, null],
  ['XH01BB', '催产素及其类似物', 10, '缩宫素', '注射剂', 'XH01BBS009B002', '甲', '限生育保险'],
  ['XH05BA', '降钙素制剂', 11, '鲑降钙素', '注射剂', 'XH05BAG017B002', '乙', '限骨质疏松患者；限二线用药'],
  ['XJ', '全身用抗感染药', null, null, null, null, null, null],
  ['XJ01DD', '第三代头孢菌素', 12, '头孢曲松', '注射剂', 'XJ01DDT033B002', '甲', null],
  ['XJ01MA', '氟喹诺酮类', 13, '左氧氟沙星', '口服常释剂型', 'XJ01MAZ019A001', '乙', '限18岁以上患者'],
  ['XJ01MA', '氟喹诺酮类', 14, '莫西沙星', '注射剂', 'XJ01MAM027B002', '乙', '限二线用药；限重症感染患者'],
  ['XJ05AH', '神经氨酸酶抑制剂', 15, '奥司他韦', '口服常释剂型', 'XJ05AHA052A001', '乙', '限流感重症高危人群及重症患者的抗流感病毒治疗'],
  ['XL', '抗肿瘤药及免疫调节剂', null, null, null, null, null, null],
  ['XL01XC', '单克隆抗体', 16, '曲妥珠单抗', '注射剂', 'XL01XCQ062B002', '乙', '限以下情况方可支付：HER2阳性的乳腺癌患者；限二级及以上医疗机构'],
  ['XL04AB', '肿瘤坏死因子α抑制剂', 17, '阿达木单抗', '注射剂', 'XL04ABA301B002', '乙', '限类风湿关节炎、强直性脊柱炎患者；限二级及以上医疗机构'],
  ['XL01EA', 'BCR-ABL酪氨酸激酶抑制剂', 18, '伊马替尼', '口服常释剂型', 'XL01EAY008A001', '乙', '限慢性髓性白血病患者；限6个周期'],
  ['XM', '肌肉-骨骼系统', null, null, null, null, null, null],
  ['XM04AA', '抑制尿酸生成的制剂', 19, '别嘌醇', '口服常释剂型', 'XM04AAB015A001', '甲', '限痛风患者'],
  ['XN', '神经系统药物', null, null, null, null, null, null],
  ['XN02BE', '酰基苯胺类', 20, '对乙酰氨基酚', '口服颗粒剂', 'XN02BED041A010', '甲', '限6岁以下儿童'],
  ['XN04BA', '多巴和其衍生物', 21, '多巴丝肼', '口服常释剂型', 'XN04BAD077A001', '乙', '限帕金森病患者'],
  ['XR', '呼吸系统', null, null, null, null, null, null],
  ['XR03BA', '糖皮质激素', 22, '布地奈德', '吸入剂', 'XR03BAB029C003', '乙', '限支气管哮喘患者；限工伤保险'],
  ['XV', '其他', null, null, null, null, null, null],
  ['XV03AB', '解毒药', 23, '纳洛酮', '注射剂', 'XV03ABN004B002', '甲', '限急救抢救'],
];

/** 项目编码, 项目名称, 项目内涵, 除外内容, 计价单位, 一级价格, 二级价格, 三级价格, 医保类别, 备注 */
export const SERVICE_HEADER = ['项目编码', '项目名称', '项目内涵', '除外内容', '计价单位', '一级价格', '二级价格', '三级价格', '医保类别', '备注'];
export const SERVICE_ROWS: Row[] = [
  ['001102000010000', '普通门诊诊察费', '指医护人员提供的诊察服务', null, '次', 8, 9, 10, '甲', '限门诊'],
  ['001103000010000', '住院诊察费', '指医务人员对住院患者的诊察服务', null, '日', 12, 14, 16, '甲', '限住院'],
  ['001105000010100', '普通病房床位费(三人间)', null, null, '日', 36, 40, 45, '甲', null],
  ['001201000020000', 'Ⅱ级护理', null, null, '日', 14, 16, 18, '甲', null],
  ['001216000010100', '导尿(留置导尿)', null, '导尿管', '次', 16, 18, 20, '甲', null],
  ['002301010010000', '头颅CT平扫', null, '胶片', '次', 144, 162, 180, '甲', null],
  ['003401000230600', '牵引(悬吊治疗)', null, null, '次', 24, 27, 30, '乙', '限20天'],
  ['004400000010100', '灸法(艾条灸)', null, null, '次', 16, 18, 20, '乙', '限二级及以上医疗机构；限门诊'],
];

/** 医保耗材代码, 耗材名称, 规格型号, 计价单位, 支付标准, 医保类别, 备注 */
export const CONSUMABLE_HEADER = ['医保耗材代码', '耗材名称', '规格型号', '计价单位', '支付标准', '医保类别', '备注'];
export const CONSUMABLE_ROWS: Row[] = [
  ['C140101001', '一次性使用输液器', '各型号', '套', 1.8, '甲', null],
  ['C14010200100001', '一次性使用静脉留置针', '22G', '支', 12, '甲', null],
  ['C0201010010000100001', '冠状动脉药物洗脱支架', '3.0×18mm', '个', 780, '乙', '限二级及以上医疗机构；限住院'],
  ['C02010200200002000020000001', '冠状动脉球囊扩张导管', '2.5×15mm', '根', 560, '乙', '限住院'],
  ['C030201003', '人工髋关节', '各型号', '套', 7000, '乙', '限三级医疗机构'],
  ['C160101001', '医用外科口罩', '各型号', '个', 0.5, '丙', null],
];

async function writeSheet(file: string, sheetName: string, title: string, header: string[], rows: Row[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  // Fixed dates so the file changes only when the rows do.
  wb.created = wb.modified = new Date('2025-01-01T00:00:00Z');
  wb.creator = 'yibao-review scripts/make-sample-catalogue.ts';
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([title]);
  ws.addRow([SAMPLE_NOTE]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  ws.getRow(3).font = { bold: true };
  header.forEach((_, i) => (ws.getColumn(i + 1).width = i === header.length - 1 ? 60 : 16));
  await wb.xlsx.writeFile(file);
}

export const SAMPLE_FILES = {
  drug: 'drug-catalogue.sample.xlsx',
  service: 'service-items.sample.xlsx',
  consumable: 'consumables.sample.xlsx',
} as const;

export async function makeSampleCatalogues(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await writeSheet(join(dir, SAMPLE_FILES.drug), '药品目录', '基本医疗保险、工伤保险和生育保险药品目录（西药部分，样例）', DRUG_HEADER, DRUG_ROWS);
  await writeSheet(join(dir, SAMPLE_FILES.service), '医疗服务项目', '医疗服务项目医保支付目录（样例）', SERVICE_HEADER, SERVICE_ROWS);
  await writeSheet(join(dir, SAMPLE_FILES.consumable), '医用耗材', '医用耗材医保支付目录（样例）', CONSUMABLE_HEADER, CONSUMABLE_ROWS);
}

if (require.main === module) {
  const dir = resolve(__dirname, '../..', 'samples', 'catalogue');
  makeSampleCatalogues(dir).then(
    () => process.stdout.write(`wrote ${Object.values(SAMPLE_FILES).map((f) => join(dir, f)).join(', ')}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
