import { join } from 'node:path';
import { bedDaySetting, loadBedDaySettings } from '../../src/enrich/bed-day-setting';
import { loadRehabilitationTherapy } from '../../src/enrich/rehabilitation-therapy';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

const dir = join(__dirname, '../../rules/knowledge');
const rows = loadBedDaySettings(join(dir, 'bed-day-settings.json'));
const therapy = loadRehabilitationTherapy(join(dir, 'rehabilitation-therapy.json'));

// Bed and nursing every day of a 6-day bill, 运动疗法 on the given days.
function stay(therapyDays: number[]): ItemFacts[] {
  const items: ItemFacts[] = [];
  for (let d = 0; d < 6; d++) {
    const date = `2025-03-${String(4 + d).padStart(2, '0')}`;
    items.push({ lineId: `b${d}`, code: '001105000010001', name: '普通病房床位费', category: 'service', date, catalogue: null } as unknown as ItemFacts);
    if (therapyDays.includes(d)) items.push({ lineId: `t${d}`, code: '001218000010001', name: '运动疗法', category: 'service', date, catalogue: null } as unknown as ItemFacts);
  }
  return items;
}
const rehabWard = (items: ItemFacts[]) => bedDaySetting({ items, inpatient: true, principalDiagnosis: 'I69.300', procedureCodes: [], department: 'rehabilitation' }, rows, therapy);

describe('bedDaySetting therapyDaily', () => {
  it('is true when the rehabilitation row\'s therapy is billed on at least its share of the days', () => {
    expect(rehabWard(stay([0, 1, 2]))).toEqual(expect.objectContaining({ by: '所在科室', therapyDaily: true }));
  });
  it('is false for the rehabilitation ward with training on fewer days (placed by its ward only)', () => {
    expect(rehabWard(stay([0, 3]))).toEqual(expect.objectContaining({ by: '所在科室', therapyDaily: false }));
  });
  it('is false for a row without a therapy list (psychiatry)', () => {
    const s = bedDaySetting({ items: stay([0, 1, 2, 3, 4, 5]), inpatient: true, principalDiagnosis: 'F20.000', procedureCodes: [], department: 'psychiatry' }, rows, therapy);
    expect(s).toEqual(expect.objectContaining({ therapyDaily: false }));
  });
});
