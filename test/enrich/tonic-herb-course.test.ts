import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTonicHerbCourse, tonicHerbCourse } from '../../src/enrich/tonic-herb-course';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

// The 膏方 check on the shipped table and the shipped 饮片 rows: a prescription's 剂 against its claim's ground.
const table = loadTonicHerbCourse(join(__dirname, '../../rules/knowledge/tonic-herb-course.json'));
const rows = new Map<string, { code: string; name: string; class: string }>(
  JSON.parse(readFileSync(join(__dirname, '../../rules/catalogue/drugs-tcm-herbs.json'), 'utf8')).rows.map((r: { code: string }) => [r.code, r]),
);
const HERBS = { 黄芪: 'T001700501', 党参: 'T001700502', 当归: 'T001700503', 白术: 'T001700504', 西洋参: 'T001700507' } as const;

function lines(grams: Partial<Record<keyof typeof HERBS, number>>, long = false): ItemFacts[] {
  return Object.entries(grams).map(([name, g], i) => {
    const row = rows.get(HERBS[name as keyof typeof HERBS])!;
    return { lineId: String(i + 1), code: row.code, name, category: 'drug', date: '2025-11-20', quantity: g, amountFen: g * 10,
      longPrescription: long, catalogue: row, itemClass: row.class } as unknown as ItemFacts;
  });
}
const claim = (dx: string[], items: ItemFacts[], visitType = 'outpatient') => tonicHerbCourse({ visitType, items, diagnosisCodes: dx }, table);

describe('tonic-herb-course (膏方/滋补饮片按治疗结算)', () => {
  it('a check-up billing 30 剂 names every paid herb and the whole amount', () => {
    const f = claim(['Z00.000'], lines({ 黄芪: 450, 党参: 450, 当归: 300, 白术: 300 }));
    expect(f).toMatchObject({ ji: 30, limitJi: 14, lineIds: ['1', '2', '3', '4'], amount: 150 });
  });
  it('self-paid 西洋参 beside 20 剂 for a condition is an ordinary 益气 formula, judged at four weeks; named beside 35 剂', () => {
    expect(claim(['G47.000'], lines({ 黄芪: 300, 党参: 300, 当归: 200, 白术: 200, 西洋参: 60 }))).toBeNull();
    const f = claim(['G47.000'], lines({ 黄芪: 525, 党参: 525, 当归: 350, 白术: 350, 西洋参: 105 }));
    expect(f).toMatchObject({ limitJi: 28, lineIds: ['1', '2', '3', '4'], tonics: '西洋参' });
  });
  it('a chronic refill (Z76.0) or a follow-up after treatment (Z08) is no check-up: 20 剂 within four weeks', () => {
    expect(claim(['Z76.000'], lines({ 黄芪: 300, 党参: 300, 当归: 200, 白术: 200 }))).toBeNull();
    expect(claim(['Z08.800x001'], lines({ 黄芪: 300, 党参: 300, 当归: 200, 白术: 200 }))).toBeNull();
  });
  it('a disease with 21 剂 is within four weeks; 35 剂 is beyond, the share beyond counted', () => {
    expect(claim(['N18.300'], lines({ 黄芪: 315, 党参: 315, 当归: 210, 白术: 210 }))).toBeNull();
    const f = claim(['N95.100'], lines({ 黄芪: 525, 党参: 525, 当归: 350, 白术: 350 }));
    expect(f).toMatchObject({ ji: 35, limitJi: 28 });
  });
  it('leaves a 长处方, a stay and an ordinary 7 剂 for fatigue alone', () => {
    expect(claim(['N95.100'], lines({ 黄芪: 525, 党参: 525, 当归: 350, 白术: 350 }, true))).toBeNull();
    expect(claim(['Z00.000'], lines({ 黄芪: 450, 党参: 450, 当归: 300, 白术: 300 }), 'inpatient')).toBeNull();
    expect(claim(['R53.x00x002'], lines({ 黄芪: 105, 党参: 105, 当归: 70, 白术: 70 }))).toBeNull();
  });
});
