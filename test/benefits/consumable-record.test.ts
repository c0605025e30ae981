import { consumableWithoutRecord, type ConsumableRowFinding } from '../../src/benefits/consumable-record';

// Each consumable row is read against the member's record with its own categories and window: an operation 20 days
// before excuses the dressings (60-day window), never the strips (no window); a diabetic's record excuses the strips only.

const strips: ConsumableRowFinding = { lineIds: ['L1'], name: '血糖试纸', quantity: '血糖试纸100片', expected: '糖尿病', categories: ['E10', 'E11', 'O24', 'R73'], afterOperationDays: 0, amountFen: 8000 };
const gauze: ConsumableRowFinding = { lineIds: ['L2'], name: '医用纱布', quantity: '医用纱布30包', expected: '伤口或术后', categories: ['S', 'T81', 'Z48'], afterOperationDays: 60, amountFen: 4550 };

describe('consumableWithoutRecord', () => {
  it('an operation within the dressing window excuses the dressings, not the strips', () => {
    expect(consumableWithoutRecord([strips, gauze], { categories: ['K80'], daysSinceOperation: 20 })).toEqual({
      lineIds: ['L1'], names: '血糖试纸', quantity: '血糖试纸100片', expected: '糖尿病', amount: 80,
    });
  });
  it('an earlier diabetic principal excuses the strips, not the dressings', () => {
    expect(consumableWithoutRecord([strips, gauze], { categories: ['E11'], daysSinceOperation: null })?.lineIds).toEqual(['L2']);
  });
  it('a row with no window is not excused by an operation the same day', () => {
    expect(consumableWithoutRecord([strips], { categories: [], daysSinceOperation: 0 })?.lineIds).toEqual(['L1']);
  });
  it('nothing on record: every row, merged', () => {
    expect(consumableWithoutRecord([strips, gauze], { categories: [], daysSinceOperation: null })).toMatchObject({ names: '血糖试纸、医用纱布', amount: 125.5 });
    expect(consumableWithoutRecord([strips, gauze], { categories: ['E11'], daysSinceOperation: 30 })).toBeNull();
    expect(consumableWithoutRecord(null, { categories: [], daysSinceOperation: null })).toBeNull();
  });
});
