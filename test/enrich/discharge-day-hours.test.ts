import { buildClaim, hitOf, judge } from '../helpers/shipped-rules';

// catalogue.day-items-over-stay and the hourly bedside treatments: the discharge day of a stay with a night ends when
// the patient leaves, so a full 24 hours of monitoring that day is care beyond the stay; fewer hours are not judged.

const ECG = '001209000010001';
const stay = (dischargeHours: number) => {
  const c = buildClaim({ set: { items: [], dischargeDate: '2025-03-06' }, addItems: [{ code: ECG, day: 0, quantity: 12 }, { code: ECG, day: 1, quantity: 24 }, { code: ECG, day: 2, quantity: dischargeHours }] } as never);
  return c;
};

describe('hours of monitoring on the discharge day', () => {
  it('flags a full 24 hours on the discharge day, naming its line', async () => {
    const c = stay(24);
    const h = hitOf(await judge(c), 'catalogue.day-items-over-stay');
    expect(h?.message).toContain('心电监测出院当日计24小时');
    expect(h?.lineIds).toEqual([c.items.find((i: { date: string }) => i.date === '2025-03-06').lineId]);
  });

  it('leaves the morning’s hours on the discharge day alone', async () => {
    expect(hitOf(await judge(stay(10)), 'catalogue.day-items-over-stay')).toBeUndefined();
  });
});

// A per-day nursing row beside the grade (防褥疮气垫床, unit 日) is the bed's day: counted against the nights, 入院当日计、
// 出院当日不计, on its own; a per-day treatment (腹膜透析, unit 日) may be done on the discharge morning.
describe('per-day rows on the discharge day', () => {
  const MATTRESS = '001219000060001';
  const PD = '003310010050001';
  const days = (code: string, n: number) => Array.from({ length: n }, (_, day) => ({ code, day }));
  // A 2-night stay (admitted 03-04, discharged 03-06).
  const twoNights = (extra: { code: string; day: number }[]) => buildClaim({ set: { items: [], dischargeDate: '2025-03-06' }, addItems: extra } as never);

  it('flags the air mattress on the discharge day, naming that line', async () => {
    const c = twoNights(days(MATTRESS, 3));
    const h = hitOf(await judge(c), 'catalogue.day-items-over-stay');
    expect(h?.message).toContain('防褥疮气垫床3日/允许2日');
    expect(h?.lineIds).toEqual([c.items.find((i: { date: string }) => i.date === '2025-03-06').lineId]);
  });

  it('leaves the mattress on each night, and a dialysis day on each calendar day, alone', async () => {
    expect(hitOf(await judge(twoNights(days(MATTRESS, 2))), 'catalogue.day-items-over-stay')).toBeUndefined();
    expect(hitOf(await judge(twoNights(days(PD, 3))), 'catalogue.day-items-over-stay')).toBeUndefined();
  });
});
