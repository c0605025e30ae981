import { supplyField } from '../../../src/features/patterns/pattern-store';

// The one reading of a claim's days of supply that the memory, SQLite and Mongo stores share.
describe('supplyField', () => {
  it('the longest drug line\'s days, 长处方 lines left out, whether `long` is true or SQLite\'s 1', () => {
    expect(supplyField([
      { kind: 'drug', days: 7 },
      { kind: 'drug', days: 60, long: true },
      { kind: 'drug', days: 90, long: 1 },
      { kind: 'item', days: 30 },
      { kind: 'drug', days: 14, long: 0 },
    ])).toEqual({ supplyDays: 14 });
  });
  it('no field where no drug line has known days', () => {
    expect(supplyField([{ kind: 'drug' }, { kind: 'drug', days: 30, long: true }])).toEqual({});
    expect(supplyField(null)).toEqual({});
  });
});
