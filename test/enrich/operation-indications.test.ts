import { join } from 'node:path';
import { loadOperationIndications, operationWithoutIndication } from '../../src/enrich/operation-indications';
import { loadOperationClasses } from '../../src/benefits/operation-classes';
import { placesRow } from '../../src/enrich/implant-facts';
import { loadImplantProcedures } from '../../src/enrich/stay-knowledge';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

// Operations and their indications (operation-indications.json), and bone cement's osteoporotic-bone condition
// (implant-procedures.json placesWith), on the shipped tables.
const table = loadOperationIndications(join(__dirname, '../../rules/knowledge/operation-indications.json'));
const line = (lineId: string, code: string, name: string, amount: number) =>
  ({ lineId, code, name, amountFen: amount * 100, catalogue: { code, name } }) as unknown as ItemFacts;
const items = [line('1', '003303040030001', '关节镜下前交叉韧带重建术', 3600), line('2', 'C03010151000001628810000001', '带线锚钉', 4400), line('3', '003101000010001', '床位费', 40)];

describe('手术无相应指征诊断（operation-indications.json）', () => {
  it('an ACL reconstruction on a meniscus tear alone names the operation and the anchors', () => {
    const hit = operationWithoutIndication({ inpatient: true, items, diagnosisCodes: ['M23.205'], procedureCodes: ['81.4504'] }, table);
    expect(hit).toMatchObject({ operation: '膝关节交叉韧带重建术', lineIds: ['1', '2'], amount: 8000 });
  });

  it('quiet: a cruciate tear, an old cruciate injury, chronic instability; no reconstruction coded; a visit', () => {
    for (const dx of [['S83.500x032', 'S83.200x005'], ['M23.201'], ['M23.500'], ['M23.800x011']]) {
      expect(operationWithoutIndication({ inpatient: true, items, diagnosisCodes: dx, procedureCodes: ['81.4504'] }, table)).toBeNull();
    }
    expect(operationWithoutIndication({ inpatient: true, items, diagnosisCodes: ['M23.205'], procedureCodes: ['80.6x06'] }, table)).toBeNull();
    expect(operationWithoutIndication({ inpatient: false, items, diagnosisCodes: ['M23.205'], procedureCodes: ['81.4504'] }, table)).toBeNull();
  });
});

describe('腰椎融合术无融合指征（operation-indications.json 腰椎融合术 row, formerly fusion-indications.json）', () => {
  const spine = [line('1', '003303020020001', '腰椎间盘切除术', 5000), line('2', 'C03010150600001323210000001', '椎间融合器', 6000), line('3', 'C03010150500001199820000001', '骨科螺钉', 3200)];
  it('a primary fusion of a simple herniation names the implants, not the discectomy', () => {
    const hit = operationWithoutIndication({ inpatient: true, items: spine, diagnosisCodes: ['M51.202'], procedureCodes: ['81.0800x018', '84.5100x006'] }, table);
    expect(hit).toMatchObject({ operation: '腰椎融合术', procedures: '81.0800x018', lineIds: ['2', '3'], amount: 9200 });
    expect(hit?.advice).toContain('髓核摘除');
  });
  it('quiet: spondylolisthesis, instability, an earlier operation; a refusion; a cervical fusion', () => {
    for (const dx of [['M43.102', 'M48.005'], ['M51.202', 'M53.207'], ['M51.202', 'M96.100']]) {
      expect(operationWithoutIndication({ inpatient: true, items: spine, diagnosisCodes: dx, procedureCodes: ['81.0800x018'] }, table)).toBeNull();
    }
    expect(operationWithoutIndication({ inpatient: true, items: spine, diagnosisCodes: ['M51.202'], procedureCodes: ['81.3800x005'] }, table)).toBeNull();
    expect(operationWithoutIndication({ inpatient: true, items: spine, diagnosisCodes: ['M50.001+G99.2*'], procedureCodes: ['81.0200x001'] }, table)).toBeNull();
  });
});

describe('骨折复位内固定无骨折诊断（operation-indications.json 骨折复位及内固定术 row: an injury billed under pain codes）', () => {
  const orif = [line('1', '003303020060001', '胫腓骨骨折切开复位内固定术', 4200), line('2', 'C03010150400001786600000001', '接骨板', 2800), line('3', 'C03010150500001199820000001', '骨科螺钉', 3000), line('4', '003101000010001', '床位费', 40)];
  it('a tibial ORIF with plate and screws on a record coding only limb and joint pain (M79.6, M25.5) names the operation and implants', () => {
    const hit = operationWithoutIndication({ inpatient: true, items: orif, diagnosisCodes: ['M79.600', 'M25.500'], procedureCodes: ['79.3600'] }, table);
    expect(hit).toMatchObject({ operation: '骨折复位及内固定术（四肢、骨盆）', lineIds: ['1', '2', '3'], amount: 10000 });
    expect(hit?.advice).toContain('伪造、变造诊断');
  });
  it('quiet: a tibial shaft fracture, an osteoporotic or un-united fracture, a failed fixation; an implant removal (78.6)', () => {
    for (const dx of [['S82.200'], ['M80.000'], ['M84.100'], ['T84.100']]) {
      expect(operationWithoutIndication({ inpatient: true, items: orif, diagnosisCodes: dx, procedureCodes: ['79.3600'] }, table)).toBeNull();
    }
    expect(operationWithoutIndication({ inpatient: true, items: orif, diagnosisCodes: ['M79.600'], procedureCodes: ['78.6700'] }, table)).toBeNull();
  });
});

describe('every unsupported operation of a stay (mend36: not only the first row)', () => {
  const both = [...items, line('4', 'C03010150600001323210000001', '椎间融合器', 6000)];
  it('an ACL reconstruction and a lumbar fusion, neither indicated: one finding naming both rows and all their lines', () => {
    const hit = operationWithoutIndication({ inpatient: true, items: both, diagnosisCodes: ['M23.205', 'M51.202'], procedureCodes: ['81.4504', '81.0800x018'] }, table);
    expect(hit).toMatchObject({ operation: '膝关节交叉韧带重建术、腰椎融合术', procedures: '81.4504、81.0800x018', lineIds: ['1', '2', '4'], amount: 14000 });
    expect(hit?.expected).toContain('腰椎融合术：');
    expect(hit?.advice).toContain('腰椎融合术疑似无指征手术');
  });
  it('near miss: the cruciate tear coded, so only the fusion is named, worded as a single row', () => {
    const hit = operationWithoutIndication({ inpatient: true, items: both, diagnosisCodes: ['S83.500x032', 'M51.202'], procedureCodes: ['81.4504', '81.0800x018'] }, table);
    expect(hit).toMatchObject({ operation: '腰椎融合术', lineIds: ['4'], amount: 6000 });
    expect(hit?.advice.startsWith('疑似')).toBe(true);
  });
});

describe('骨水泥用于内固定须有骨质疏松或病理性骨', () => {
  const CEMENT = loadImplantProcedures(join(__dirname, '../../rules/knowledge/implant-procedures.json')).get('C03010150900001899880000001')!;
  it('an ankle fixation places cement only with osteoporosis or a bone tumour coded; arthroplasty and PKP always', () => {
    expect(placesRow(CEMENT, '79.3603', ['S82.802', 'W01.x00'])).toBe(false);
    expect(placesRow(CEMENT, '79.3603', ['S82.802', 'M81.000'])).toBe(true);
    expect(placesRow(CEMENT, '79.1500x006', ['S72.101', 'C79.500'])).toBe(true);
    expect(placesRow(CEMENT, '81.5100', ['M16.101'])).toBe(true);
    expect(placesRow(CEMENT, '81.6600', ['M80.800'])).toBe(true);
  });
  it('a fragility-fracture site places it with osteoporosis uncoded (review34 item 5): an intertrochanteric PFNA, a proximal humerus plate', () => {
    expect(placesRow(CEMENT, '79.1500x006', ['S72.101'])).toBe(true);
    expect(placesRow(CEMENT, '79.3101', ['S42.200'])).toBe(true);
    expect(placesRow(CEMENT, '79.3603', ['S82.600'])).toBe(false);
  });
});

describe('无指征手术 of general surgery, ENT and knee arthroscopy (operation-indications.json)', () => {
  const op = (code: string, name: string) => [line('1', code, name, 2000)];
  it.each([
    ['a cholecystectomy for gastritis', '胆囊切除术', ['K29.500'], ['51.2300'], op('003302020010001', '腹腔镜下胆囊切除术')],
    ['an arthroscopic debridement for knee osteoarthritis alone', '关节镜下膝关节清理术', ['M17.101'], ['80.8602'], op('003303040040001', '关节镜下关节清理术')],
    ['a septoplasty for chronic rhinitis', '鼻中隔矫正术', ['J31.000'], ['21.5x01'], op('003304070010001', '鼻中隔矫正术')],
    ['a tonsillectomy in acute tonsillitis', '扁桃体切除术', ['J03.900'], ['28.2x03'], op('003304020010001', '扁桃体切除术')],
    ['an appendicectomy for abdominal pain', '阑尾切除术', ['R10.400'], ['47.0100'], op('003302010010001', '腹腔镜下阑尾切除术')],
    ['a vein stripping for oedema', '大隐静脉高位结扎剥脱术', ['R60.000'], ['38.5900'], op('003307010010001', '大隐静脉高位结扎+剥脱术')],
    ['a septoplasty for allergic rhinitis alone', '鼻中隔矫正术', ['J30.400'], ['21.5x01'], op('003304070010001', '鼻中隔矫正术')],
    ['a vertebroplasty for osteoporosis without a fracture (M81)', '经皮椎体成形术/后凸成形术', ['M81.000'], ['81.6500'], op('003303050020001', '经皮椎体成形术(PVP)')],
  ])('names %s', (_name, operation, dx, px, its) => {
    expect(operationWithoutIndication({ inpatient: true, items: its, diagnosisCodes: dx, procedureCodes: px }, table)).toMatchObject({ operation, lineIds: ['1'] });
  });

  it.each([
    ['a cholecystectomy for gallstones', ['K80.100'], ['51.2300']],
    ['a debridement of an OA knee with a meniscal tear (mechanical symptoms)', ['M17.101', 'M23.205'], ['80.8602']],
    ['a septoplasty for a deviated septum', ['J34.200'], ['21.5x01']],
    ['a tonsillectomy for chronic tonsillitis', ['J35.000'], ['28.2x03']],
    ['an appendicectomy for appendicitis', ['K35.800x001'], ['47.0100']],
    ['an incidental appendicectomy (47.1) in a gynaecological operation', ['N83.200'], ['47.1100']],
    ['a stripping of varicose veins', ['I83.900'], ['38.5900']],
    ['a septoplasty for a deviated septum with allergic rhinitis', ['J30.400', 'J34.200'], ['21.5x01']],
    ['a vertebroplasty for an osteoporotic compression fracture (M80)', ['M80.000'], ['81.6500']],
    ['a kyphoplasty for a vertebral haemangioma', ['D18.000x012'], ['81.6600x001']],
  ])('is quiet for %s', (_name, dx, px) => {
    expect(operationWithoutIndication({ inpatient: true, items: [], diagnosisCodes: dx, procedureCodes: px }, table)).toBeNull();
  });
});

describe('an operation no row lists, judged by its class (operation-classes.json indication)', () => {
  const classes = loadOperationClasses(join(__dirname, '../../rules/knowledge/operation-classes.json'));
  const lens = [line('1', '003304010010001', '白内障超声乳化摘除+人工晶体植入术', 2520), line('2', 'C08010150100001152110000001', '人工晶状体', 1200), line('3', '003101000010001', '床位费', 40)];
  it('a phaco and lens implant for myopia alone names the operation and the lens', () => {
    const hit = operationWithoutIndication({ inpatient: true, items: lens, diagnosisCodes: ['H52.100'], procedureCodes: ['13.4100x001', '13.7100x001'] }, table, classes);
    expect(hit).toMatchObject({ operation: '晶状体手术（白内障摘除、人工晶体植入）', procedures: '13.4100x001、13.7100x001', lineIds: ['1', '2'], amount: 3720 });
    expect(hit?.advice).toContain('近视眼矫形术');
  });
  it('quiet: a cataract beside the myopia; the class table absent; an operation whose class has no indication set', () => {
    expect(operationWithoutIndication({ inpatient: true, items: lens, diagnosisCodes: ['H52.100', 'H25.100'], procedureCodes: ['13.4100x001'] }, table, classes)).toBeNull();
    expect(operationWithoutIndication({ inpatient: true, items: lens, diagnosisCodes: ['H52.100'], procedureCodes: ['13.4100x001'] }, table)).toBeNull();
    expect(operationWithoutIndication({ inpatient: true, items: lens, diagnosisCodes: ['K80.200'], procedureCodes: ['06.2x00'] }, table, classes)).toBeNull();
  });
});
