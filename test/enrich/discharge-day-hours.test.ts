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
