import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { herbPrescriptionDays, herbPrescriptions } from '../../src/benefits/herb-prescription';

// A date's 饮片 are one prescription of n 剂: each herb lasts n days, a large dose of one herb is dose, not days
// (rules/catalogue/drugs-tcm-herbs.json: minDose, maxDose, maxDoseFor from the 药典 and 补阳还五汤).

const 黄芪 = { code: 'T001700501', subcategory: 'tcm-herb', usualPerDay: 15, minDose: 9, maxDose: 30, maxDoseFor: [{ codes: ['I69', 'I63'], maxDose: 120 }] };
const 当归 = { code: 'T001700503', subcategory: 'tcm-herb', usualPerDay: 10, minDose: 6, maxDose: 12 };
const 党参 = { code: 'T001700502', subcategory: 'tcm-herb', usualPerDay: 15, minDose: 9, maxDose: 30 };
const 甘草 = { code: 'T001700505', subcategory: 'tcm-herb', usualPerDay: 6, minDose: 2, maxDose: 10 };

function herb(lineId: string, row: BenefitItem['catalogue'], grams: number): BenefitItem {
  return { lineId, code: row!.code, name: lineId, category: 'drug', date: '2025-03-10', quantity: grams, unitPrice: 0.1, amountFen: grams * 10, longPrescription: false, catalogue: row };
}

describe('饮片 prescription days', () => {
  it('reads 补阳还五汤 黄芪 120 g × 14 剂 for stroke sequelae as 14 days, not 112', () => {
    const days = herbPrescriptionDays([herb('1', 黄芪, 1680), herb('2', 当归, 84)], ['I69.300']);
    expect(days.get('1')).toBe(14);
    expect(days.get('2')).toBe(14);
  });

  it('holds 黄芪 to the 药典 30 g where no diagnosis is the formula\'s indication: 55 g a 剂 for CKD is read on its own', () => {
    const days = herbPrescriptionDays([herb('1', 黄芪, 770), herb('2', 当归, 140), herb('3', 甘草, 84)], ['N18.300']);
    expect(days.get('1')).toBeCloseTo(51.3, 1);
  });

  it('does not let a token second herb turn a kilogram of 党参 into 7 剂', () => {
    const days = herbPrescriptionDays([herb('1', 党参, 1200), herb('2', 甘草, 42)], ['N18.300']);
    expect(days.get('1')).toBe(80);
  });

  it('gives every herb of an ordinary formula the 剂 count at the usual doses', () => {
    const days = herbPrescriptionDays([herb('1', 黄芪, 210), herb('2', 当归, 140), herb('3', 甘草, 84)], ['K29.500']);
    expect([days.get('1'), days.get('2'), days.get('3')]).toEqual([14, 14, 14]);
  });

  it('gives each date\'s prescription its lines and the one 剂 count they share (tonic-herb-course.ts reads it), null when none', () => {
    const later = (h: BenefitItem, date: string) => ({ ...h, date });
    const 无量 = { code: 'T001700599', subcategory: 'tcm-herb' };
    const { prescriptions, days } = herbPrescriptions([herb('1', 黄芪, 210), herb('2', 当归, 140), later(herb('3', 党参, 1200), '2025-03-11'), later(herb('4', 甘草, 42), '2025-03-11'), herb('5', 无量, 100)], ['K29.500']);
    expect(prescriptions.map((p) => [p.date, p.lines.map((l) => l.lineId), p.ji])).toEqual([['2025-03-10', ['1', '2', '5'], null], ['2025-03-11', ['3', '4'], null]]);
    expect([days.get('1'), days.get('2'), days.get('5')]).toEqual([14, 14, undefined]);
    expect(herbPrescriptions([herb('1', 黄芪, 210), herb('2', 当归, 140)], ['K29.500']).prescriptions[0].ji).toBe(14);
  });
});
