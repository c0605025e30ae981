import { daysOfSupply, packDays, supplyPerDay, wholeDaysOfSupply } from '../../src/benefits/days-of-supply';

// One definition of a drug's days of supply: quantity ÷ the catalogue row's usual quantity per day.

describe('days of supply', () => {
  it('counts to one decimal for the ledger and 出院带药, in whole days begun for the catalogue\'s 限定天数', () => {
    expect(daysOfSupply(100, 3)).toBe(33.3);
    expect(daysOfSupply(61, 2)).toBe(30.5);
    expect(wholeDaysOfSupply(100, 3)).toBe(34);
    expect(wholeDaysOfSupply(60, 2)).toBe(30);
  });

  it('spreads a drug given by cycle over the cycle\'s calendar days', () => {
    // capecitabine 8 a day on days 1–14 of 21: 224 tablets (28 days on) cover 42 calendar days
    const row = { usualPerDay: 6, supplyPerDay: 8, supplyCycle: { daysOn: 14, cycleDays: 21 } };
    expect(daysOfSupply(224, supplyPerDay(row) as number)).toBe(42);
    expect(supplyPerDay({ usualPerDay: 6 })).toBe(6);
    expect(supplyPerDay(null)).toBeUndefined();
  });

  it('gives one dispensing unit\'s days as grace only where a unit lasts more than a day', () => {
    expect(packDays(0.04)).toBe(25); // a pen used at 0.04 a day (teriparatide in the sample catalogue) lasts 25 days
    expect(packDays(1)).toBe(0);
    expect(packDays(3)).toBe(0);
  });
});
