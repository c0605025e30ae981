import { join } from 'node:path';
import { daySurgeryProcedure, loadDaySurgery } from '../../src/enrich/day-surgery';

// 日间手术 is a stay of 24 h, a 特殊病例 kept for its condition 48 h at most (以内 includes 48 h): a claim carries dates
// only, so a discharge two days after the admission date (admitted and discharged at the same hour: exactly 48 h) is
// still a day-surgery episode, and three nights, always more than 48 h, are an ordinary stay (shipped day-surgery.json).

const table = loadDaySurgery(join(__dirname, '../../rules/knowledge/day-surgery.json'));
const PHACO = '13.4100'; // 白内障超声乳化抽吸术, on the list
const cataract = 'H25.900';

describe('日间手术的住院夜数（48小时以内）', () => {
  it('a cataract stay discharged two days after admission (exactly 48 h by its dates): a day-surgery episode', () => {
    expect(daySurgeryProcedure([PHACO], 2, table, cataract)).toBe(PHACO);
  });

  it('the same operation kept three nights (always beyond 48 h): an ordinary stay', () => {
    expect(daySurgeryProcedure([PHACO], 3, table, cataract)).toBeNull();
  });
});
