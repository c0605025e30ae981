import { sameCondition } from '../../src/benefits/cross-claim/common';

// The one reading of "the same condition" the cross-claim checks share: one ICD-10 category or one related-conditions group.
describe('sameCondition', () => {
  const k = { related: new Map([['I63', '脑血管病'], ['I69', '脑血管病'], ['J18', '肺炎']]) };
  it('the same category, or two categories of one group', () => {
    expect(sameCondition('K29', 'K29', k)).toBe(true);
    expect(sameCondition('I63', 'I69', k)).toBe(true);
  });
  it('not two categories of two groups, nor a grouped and an ungrouped one, nor two ungrouped ones', () => {
    expect(sameCondition('I63', 'J18', k)).toBe(false);
    expect(sameCondition('I63', 'K29', k)).toBe(false);
    expect(sameCondition('K29', 'K30', k)).toBe(false);
    expect(sameCondition('K29', 'K30', {})).toBe(false);
  });
});
