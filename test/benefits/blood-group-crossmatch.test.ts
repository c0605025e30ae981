import { buildClaim, hitOf, judge } from '../helpers/shipped-rules';

// 血型鉴定 once per stay (billing-frequency.json), one more on each day a crossmatch is billed: 《临床输血技术规范》
// has the recipient's ABO and RhD re-checked on every crossmatch sample, and 交叉配血's 内涵 names no typing.

const GROUP = '002502130010001';
const CROSSMATCH = '002502130020001';
const RED_CELLS = '002600000010001';
const bleed = (addItems: object[]) =>
  buildClaim({ set: { 'provider.department': 'gastroenterology', diagnoses: [{ code: 'K25.400', principal: true }, { code: 'D62.x00' }] }, addItems } as never);
const tooOftenLines = async (addItems: object[]) => {
  const c = bleed(addItems);
  const h = hitOf(await judge(c), 'history.billed-too-often');
  return (h?.lineIds ?? []).map((id) => c.items.find((i: { lineId: string }) => i.lineId === id)!.date);
};

describe('blood group typed again at a crossmatch', () => {
  it('lets the typing on a crossmatch day through, once a day', async () => {
    const crossmatched = [{ code: GROUP, day: 0 }, { code: GROUP, day: 2 }, { code: CROSSMATCH, day: 2 }, { code: RED_CELLS, day: 2, quantity: 2 }];
    expect(await tooOftenLines(crossmatched)).toEqual([]);
    // Typed twice on the crossmatch day: one of them is beyond.
    expect((await tooOftenLines([...crossmatched, { code: GROUP, day: 2 }])).length).toBe(1);
  });

  it('judges a repeat with no crossmatch that day, and names the crossmatch allowance', async () => {
    const c = bleed([{ code: GROUP, day: 0 }, { code: GROUP, day: 2 }, { code: CROSSMATCH, day: 3 }]);
    const h = hitOf(await judge(c), 'history.billed-too-often');
    expect(h?.lineIds?.length).toBe(1);
    expect(h?.message).toContain('交叉配血当日另计1次');
  });
});
