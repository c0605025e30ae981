import { markHourlyLines } from '../../src/enrich/hourly-lines';
import { markInjectionCourses } from '../../src/enrich/injection-courses';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

// Lines of one day that are the day's count, not a second charge: hours of monitoring ordered apart, and a clinic's
// injection course written at one visit (repeatExplained, read by catalogue.duplicate-charge and quantity-per-day).

const HOURLY = { code: 'ECG', unit: '小时', subcategory: 'treatment', maxPerDay: 24 };
const GA = { code: 'GA', unit: '小时', subcategory: 'surgery', maxPerDay: 12 };
const IM = { code: 'IM', unit: '次', maxPerDay: 4, perDose: { source: 's' } };
const PROGESTERONE = { code: 'P', name: '黄体酮注射液', unit: '支', usualPerDay: 1 };

function line(lineId: string, catalogue: Record<string, unknown>, quantity: number, quantityOnDay: number, category = 'service', date = '2025-06-10'): ItemFacts {
  // The drugs here are all injections (注射液), as the item facts mark them.
  return { lineId, code: String(catalogue.code), name: String(catalogue.name ?? catalogue.code), category, parenteral: category === 'drug', date, quantity, quantityOnDay, catalogue, repeatExplained: false } as unknown as ItemFacts;
}

describe('hourly services on several lines of a day', () => {
  it('marks lines of their own counts within the day', () => {
    const items = [line('1', HOURLY, 6, 18), line('2', HOURLY, 12, 18)];
    markHourlyLines(items);
    expect(items.map((l) => l.repeatExplained)).toEqual([true, true]);
  });
  it('leaves a copied count, a day above the limit, a counted service and a second anaesthesia', () => {
    const copied = [line('1', HOURLY, 12, 24), line('2', HOURLY, 12, 24)];
    const over = [line('1', HOURLY, 12, 30), line('2', HOURLY, 18, 30)];
    const counted = [line('1', { code: 'BP', unit: '次', maxPerDay: 24, maxPerHour: 4 }, 12, 16), line('2', { code: 'BP', unit: '次', maxPerDay: 24, maxPerHour: 4 }, 4, 16)];
    const anaesthesia = [line('1', GA, 3, 5), line('2', GA, 2, 5)];
    for (const items of [copied, over, counted, anaesthesia]) {
      markHourlyLines(items);
      expect(items.some((l) => l.repeatExplained)).toBe(false);
    }
  });
});

describe('nursing charged per occasion on several lines of a day', () => {
  const SUCTION = { code: 'SUCTION', unit: '次', subcategory: 'nursing', maxPerDay: 24 };
  it('marks the shifts\' lines, equal counts too, while the day stays within the limit', () => {
    const items = [line('1', SUCTION, 8, 16), line('2', SUCTION, 8, 16)];
    markHourlyLines(items);
    expect(items.map((l) => l.repeatExplained)).toEqual([true, true]);
  });
  it('leaves a day above the limit, and graded nursing (per day) on two lines', () => {
    const over = [line('1', SUCTION, 16, 32), line('2', SUCTION, 16, 32)];
    const graded = [line('1', { code: 'N1', unit: '日', subcategory: 'nursing', maxPerDay: 1 }, 1, 2), line('2', { code: 'N1', unit: '日', subcategory: 'nursing', maxPerDay: 1 }, 1, 2)];
    for (const items of [over, graded]) {
      markHourlyLines(items);
      expect(items.some((l) => l.repeatExplained)).toBe(false);
    }
  });
});

describe('a clinic injection course', () => {
  it('reads seven injections over the seven days of seven ampoules', () => {
    const items = [line('1', PROGESTERONE, 7, 7, 'drug'), line('2', IM, 7, 7)];
    markInjectionCourses(items, false);
    expect(items[1].repeatExplained).toBe(true);
  });
  it('counts no carrier fluid (a saline bag is dripped, not injected) as a dose', () => {
    const SALINE = { code: 'NACL', name: '氯化钠注射液', unit: '袋', usualPerDay: 1 };
    const items = [line('1', SALINE, 8, 8, 'drug'), line('2', IM, 8, 8)];
    markInjectionCourses(items, false, ['NACL']);
    expect(items[1].repeatExplained).toBe(false);
  });
  it('keeps injections beyond the doses, and a stay', () => {
    const few = [line('1', PROGESTERONE, 2, 2, 'drug'), line('2', IM, 7, 7)];
    markInjectionCourses(few, false);
    expect(few[1].repeatExplained).toBe(false);
    const stay = [line('1', PROGESTERONE, 7, 7, 'drug'), line('2', IM, 7, 7)];
    markInjectionCourses(stay, true);
    expect(stay[1].repeatExplained).toBe(false);
  });
});
