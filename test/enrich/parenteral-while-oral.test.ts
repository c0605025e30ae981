import { buildClaim as build, hitOf, judge } from '../helpers/shipped-rules';

// IV proton-pump inhibitors on days the stay bills tablets (catalogue.parenteral-while-oral, parenteral-while-oral.json;
// 药品目录: 限…且有禁食医嘱或吞咽困难的患者).

const RULE = 'catalogue.parenteral-while-oral';
const PANTO = 'XA02BCP503B002010175232';
const DOMP = 'XA03FAD507A001010131987';
const OME = 'XA02BCA515A001010168198';
const LACT = 'XA06ADR502A004010199233'; // 乳果糖口服溶液: a liquid, given by tube too
type Line = { code: string; quantity: number; day: number; name?: string; category?: 'drug'; unitPrice?: number };
const stay = (principal: string, lines: Line[]) =>
  build({ set: { 'provider.department': 'gastroenterology', diagnoses: [{ code: principal, principal: true }] }, addItems: lines });
const daily = (code: string, quantity: number, days: number[]) => days.map((day) => ({ code, quantity, day }));

describe('IV PPI while the patient takes tablets', () => {
  it('names only the injection lines of the shared days', async () => {
    // Day 1 of the base stay bills aspirin and atorvastatin tablets: days 1–3 share tablets, days 0 and 4 do not.
    const c = stay('K21.000', [...daily(PANTO, 2, [0, 1, 2, 3, 4]), ...daily(DOMP, 3, [2, 3])]);
    const h = hitOf(await judge(c), RULE)!;
    expect(h.message).toContain('3日');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => i.code === PANTO).slice(1, 4).map((i: any) => i.lineId).sort());
  });

  it('an IV PPI known only by its local name counts', async () => {
    const local: Line = { code: 'LOCAL-ESO-01', name: '注射用艾司奥美拉唑钠', category: 'drug', unitPrice: 30, quantity: 1, day: 0 };
    const lines = [0, 1, 2].map((day) => ({ ...local, day }));
    expect(hitOf(await judge(stay('K29.500', [...lines, ...daily(DOMP, 3, [0, 1, 2])])), RULE)).toBeDefined();
  });

  it('quiet: a bleed, a switch sharing two days (tablets on day 1 of the base stay), or an oral liquid only', async () => {
    expect(hitOf(await judge(stay('K25.400', [...daily(PANTO, 2, [0, 1, 2, 3]), ...daily(DOMP, 3, [0, 1, 2, 3])])), RULE)).toBeUndefined();
    expect(hitOf(await judge(stay('K29.500', [...daily(PANTO, 2, [2, 3, 4, 5]), ...daily(OME, 2, [4, 5])])), RULE)).toBeUndefined();
    expect(hitOf(await judge(stay('K29.500', [...daily(PANTO, 2, [2, 3, 4, 5]), ...daily(LACT, 1, [2, 3, 4, 5])])), RULE)).toBeUndefined();
  });

  it('quiet on a stay with critical care (stress-ulcer prophylaxis; tablets by feeding tube), named without it', async () => {
    const lines = [...daily(PANTO, 2, [0, 1, 2, 3]), ...daily(DOMP, 3, [0, 1, 2, 3])];
    expect(hitOf(await judge(stay('J18.900', lines)), RULE)).toBeDefined();
    expect(hitOf(await judge(stay('J18.900', [...lines, ...daily('001201000010001', 1, [0, 1])])), RULE)).toBeUndefined();
  });

  it('quiet on a stress-ulcer source (应激性溃疡防治专家建议 2015: 心脑血管意外, sepsis, shock, severe head injury) or ileus kept nil by mouth; judged on a chemotherapy day', async () => {
    const lines = [...daily(PANTO, 2, [0, 1, 2, 3]), ...daily(DOMP, 3, [0, 1, 2, 3])];
    for (const code of ['I63.900', 'I61.000', 'I21.000', 'A41.900', 'R57.100', 'S06.500', 'K56.700']) {
      expect(hitOf(await judge(stay(code, lines)), RULE)).toBeUndefined();
    }
    // Concussion is no severe head injury; chemotherapy is no stress source (PPI are no antiemetic).
    for (const code of ['S06.000', 'Z51.102']) expect(hitOf(await judge(stay(code, lines)), RULE)).toBeDefined();
  });
});
