import { longestRun } from '../../src/contract/dates';

describe('longestRun', () => {
  it('counts the most days in a row, from day numbers or ISO dates, in any order, a repeated day once', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([3, 1, 2, 2, 7, 8])).toBe(3);
    expect(longestRun(['2025-12-31', '2026-01-01', '2026-01-03', '2026-01-02', '2026-01-05'])).toBe(4);
    expect(longestRun(['2025-03-01', '2025-03-03'])).toBe(1);
  });
});
